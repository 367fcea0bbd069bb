import type { GraphQLResolveInfo } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Arg, Args, Ctx, Info, ID, Int, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context";
import type { FullPaperRow } from "../db/rows";
import { fromGlobalId } from "../domain/global-id";
import { Paper } from "../entities";
import { BadUserInputError } from "../errors";
import { MAX_TRENDING_TOP } from "../pubsub/live-events";
import type { PaperUpvotesEvent, TrendingEntryEvent } from "../pubsub/topics";
import { parsePage } from "../services/pagination";
import { checkPaperFilter } from "../services/paper.service";
import { MAX_AS_OF_AGE_DAYS, TOPIC_TRENDING_DEPTH, trendingScore, TrendingWindow } from "../services/trending";
import { listTrending, trendingPageSortKey } from "../services/trending.service";
import { planPaperSelection } from "./paper-read";
import { connection, ConnectionArgs, TrendingPaperConnection } from "./types/connection";
import { PaperFilterInput } from "./types/paper.inputs";
import { TrendingPaperEvent } from "./types/trending";

function checkTop(top: number): void {
  if (!Number.isInteger(top) || top < 1 || top > MAX_TRENDING_TOP) {
    throw new BadUserInputError(`\`top\` must be between 1 and ${MAX_TRENDING_TOP}; got ${top}.`, "top");
  }
}

/**
 * Reads charged for a list at `asOf`: it rebuilds every score from the whole vote history, some
 * 40 times a page's database time (0.8 s on the bench database). 10 points.
 */
const AS_OF_READS = 1000;

@Resolver()
export class TrendingResolver {
  @Query(() => TrendingPaperConnection, {
    description:
      "Papers ranked by recent community votes, best first: each vote counts 1 when cast and halves every half-life " +
      "of the window (see `TrendingWindow`); imported upvotes count as cast on the paper's daily-list day. " +
      "Papers nobody voted for are not listed. `Paper.trend` shows how a paper's score is made up. " +
      "A list at `asOf` costs 10 more rate-limit points.",
    complexity: ({ args }) => (args.asOf != null ? AS_OF_READS : 0),
  })
  async trendingPapers(
    @Arg("window", () => TrendingWindow, { defaultValue: TrendingWindow.WEEK, description: "How far back to look." })
    window: TrendingWindow,
    @Arg("filter", () => PaperFilterInput, {
      nullable: true,
      description:
        "Only the papers this filter selects (as `papers(filter:)` does), ranked among themselves. A filter on " +
        "`authorId`, `repositoryId` or `dailyDate` ranks all of its papers; any other looks among the window's " +
        `first ${TOPIC_TRENDING_DEPTH} trending papers, and its list ends there.`,
    })
    filterInput: PaperFilterInput | null,
    @Arg("asOf", () => DateTimeResolver, {
      nullable: true,
      description:
        "The list as it stood at this time, scored from the votes and imported upvotes that counted then: the " +
        "same `asOf` always answers the same, whatever is voted, withdrawn or re-imported later. Papers removed by " +
        `curators since are left out. At most ${MAX_AS_OF_AGE_DAYS} days back, and not in the future.`,
    })
    asOf: Date | null,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = filterInput ? checkPaperFilter(filterInput, "filter.") : undefined;
    const scope = { filter, asOf: asOf ?? undefined };
    const page = parsePage(args, trendingPageSortKey(window, scope.asOf));
    const result = await listTrending(ctx, window, page, planPaperSelection(info, "connection"), scope);
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
