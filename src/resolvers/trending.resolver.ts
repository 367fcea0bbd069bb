import { filter, pipe } from "@graphql-yoga/subscription";
import type { GraphQLResolveInfo } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import {
  Arg,
  Args,
  Ctx,
  Field,
  Float,
  Info,
  ID,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import type { Context } from "../context";
import { fromGlobalId } from "../domain/global-id";
import { Paper } from "../entities";
import { BadUserInputError } from "../errors";
import { MAX_TRENDING_TOP } from "../pubsub/live-events";
import type { PaperUpvotesEvent, TrendingEntryEvent } from "../pubsub/topics";
import { parsePage } from "../services/pagination";
import { listTrending, rankAt, trendingListSortKey, trendingScore, TrendingWindow } from "../services/trending";
import { planPaperRead } from "./paper-read";
import { connection, ConnectionArgs, ConnectionType, EdgeType } from "./types/connection";

registerEnumType(TrendingWindow, {
  name: "TrendingWindow",
  description: "How far back trending looks. Votes decay with a half-life of a quarter of the window.",
  valuesConfig: {
    DAY: { description: "Half-life 6 hours." },
    WEEK: { description: "Half-life 42 hours." },
    MONTH: { description: "Half-life 7.5 days." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A paper in a trending list." })
class TrendingPaperEdge extends EdgeType(Paper) {
  @Field(() => Int, { description: "1-based place in the whole trending list." })
  rank: number;

  @Field(() => Float, {
    description: "Decayed vote count now: each vote counts 1 when cast and halves every half-life.",
  })
  score: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of trending papers, best first." })
class TrendingPaperConnection extends ConnectionType(Paper, TrendingPaperEdge) {}

@ObjectType({ simpleResolvers: true, description: "A paper that has just entered the top of a trending window." })
class TrendingPaperEvent {
  @Field(() => Paper, { description: "The paper." })
  paper: Paper;

  @Field(() => Int, { description: "The rank it reached." })
  rank: number;

  @Field(() => Float, { description: "Its trending score at `at`." })
  score: number;

  @Field(() => TrendingWindow, { description: "The window it is trending in." })
  window: TrendingWindow;

  @Field(() => DateTimeResolver, { description: "When it entered." })
  at: Date;
}

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
    const read = planPaperRead(info, "connection");
    const result = await listTrending(ctx.db, window, page, read);
    read.prime(
      ctx,
      result.edges.map((edge) => edge.node),
    );
    const now = new Date();
    const first = result.edges[0]?.node as (Paper & { trendKey: number }) | undefined;
    // A first page starts at the top; any other page counts the papers above it.
    const startsAtTop = page.cursor === null && !page.backward;
    const firstRank = !first ? 0 : startsAtTop ? 1 : await rankAt(ctx.db, window, first.trendKey, first.id);
    // Assigned, not spread: an edge's cursor is a getter of its class.
    const edges = result.edges.map((edge, index) =>
      Object.assign(edge, {
        rank: firstRank + index,
        score: trendingScore((edge.node as Paper & { trendKey: number }).trendKey, window, now),
      }),
    );
    return connection({ edges, pageInfo: result.pageInfo }, result.count);
  }

  @Subscription(() => TrendingPaperEvent, {
    nullable: true,
    description:
      "Pushes a paper when it enters the top `top` of a window. A paper already there that only moves up does not fire.",
    subscribe: ({ args, context }) => {
      const { window, top } = args as { window: TrendingWindow; top: number };
      checkTop(top);
      return pipe(
        (context as Context).events.watchTrending(),
        filter(
          (event: TrendingEntryEvent) =>
            event.window === window && event.rank <= top && (event.previousRank === null || event.previousRank > top),
        ),
      );
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
  ): Promise<Paper | null> {
    ctx.loaders.viewerHasUpvoted.clear(event.paperId);
    return event.paper;
  }
}
