import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, ID, Int, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context";
import type { FullPaperRow } from "../db/rows";
import { fromGlobalId } from "../domain/global-id";
import { Paper } from "../entities";
import { BadUserInputError } from "../errors";
import { MAX_TRENDING_TOP } from "../pubsub/live-events";
import type { PaperUpvotesEvent, TrendingEntryEvent } from "../pubsub/topics";
import { parsePage } from "../services/pagination";
import { listTrending, trendingListSortKey, trendingScore, TrendingWindow } from "../services/trending";
import { planPaperSelection } from "./paper-read";
import { connection, ConnectionArgs, TrendingPaperConnection } from "./types/connection";
import { TrendingPaperEvent } from "./types/trending";

function checkTop(top: number): void {
  if (!Number.isInteger(top) || top < 1 || top > MAX_TRENDING_TOP) {
    throw new BadUserInputError(`\`top\` must be between 1 and ${MAX_TRENDING_TOP}; got ${top}.`, "top");
  }
}

@Resolver()
export class TrendingResolver {
  @Query(() => TrendingPaperConnection, {
    description: "Papers ranked by recent community votes, best first. Papers nobody voted for are not listed.",
  })
  async trendingPapers(
    @Arg("window", () => TrendingWindow, { defaultValue: TrendingWindow.WEEK, description: "How far back to look." })
    window: TrendingWindow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = parsePage(args, trendingListSortKey(window));
    const result = await listTrending(ctx, window, page, planPaperSelection(info, "connection"));
    return connection(result, result.count);
  }

  @Subscription(() => TrendingPaperEvent, {
    nullable: true,
    description:
      "Pushes a paper when it enters the top `top` of a window. A paper already there that only moves up does not fire.",
    subscribe: ({ args, context }) => {
      const { window, top } = args as { window: TrendingWindow; top: number };
      checkTop(top);
      return (context as Context).events.watchTrending(window, top);
    },
  })
  async trendingPaperAdded(
    @Root() event: TrendingEntryEvent,
    @Arg("window", () => TrendingWindow, { defaultValue: TrendingWindow.DAY, description: "The window to watch." })
    _window: TrendingWindow,
    @Arg("top", () => Int, { defaultValue: 10, description: "Size of the top to watch, 1 to 100." }) _top: number,
    @Ctx() ctx: Context,
  ): Promise<TrendingPaperEvent | null> {
    const paper = await event.paper;
    if (!paper) return null;
    // A subscription keeps its context for its lifetime: forget what it read for earlier events.
    ctx.loaders.viewerHasUpvoted.clear(event.paperId);
    return {
      paper,
      rank: event.rank,
      score: trendingScore(event.key, event.window, event.at),
      window: event.window,
      at: event.at,
    };
  }

  @Subscription(() => Paper, {
    nullable: true,
    description: "Pushes the paper, with its new `upvotes`, whenever its votes change. Null if it is deleted.",
    subscribe: ({ args, context }) => {
      const { id } = fromGlobalId((args as { paperId: string }).paperId, "paperId", "Paper");
      return (context as Context).events.watchUpvotes(id);
    },
  })
  paperUpvotesChanged(
    @Root() event: PaperUpvotesEvent,
    @Arg("paperId", () => ID, { description: "The paper to watch." }) _paperId: string,
    @Ctx() ctx: Context,
  ): Promise<FullPaperRow | null> {
    ctx.loaders.viewerHasUpvoted.clear(event.paperId);
    return event.paper;
  }
}
