import { DateTimeResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import type { FullPaperRow } from "../../db/rows";
import { Paper } from "../../entities";
import { TrendingWindow } from "../../services/trending";

registerEnumType(TrendingWindow, {
  name: "TrendingWindow",
  description: "How far back trending looks. Votes decay with a half-life of a quarter of the window.",
  valuesConfig: {
    DAY: { description: "Half-life 6 hours." },
    WEEK: { description: "Half-life 42 hours." },
    MONTH: { description: "Half-life 7.5 days." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A paper that has just entered the top of a trending window." })
export class TrendingPaperEvent {
  @Field(() => Paper, { description: "The paper." })
  paper: FullPaperRow;

  @Field(() => Int, { description: "The rank it reached." })
  rank: number;

  @Field(() => Float, { description: "Its trending score at `at`." })
  score: number;

  @Field(() => TrendingWindow, { description: "The window it is trending in." })
  window: TrendingWindow;

  @Field(() => DateTimeResolver, { description: "When it entered." })
  at: Date;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "How a paper's trending score in a window is made up. Each vote counts 1 when cast and halves every " +
    "`halfLifeHours`; imported upvotes count as cast at `importedUpvotesCountedAt`. `score` is their sum now.",
})
export class PaperTrend {
  @Field(() => TrendingWindow, { description: "The window." })
  window: TrendingWindow;

  @Field(() => Float, { description: "Hours for a vote's weight to halve: a quarter of the window." })
  halfLifeHours: number;

  @Field(() => Float, { description: "The trending score now: the decayed votes plus `importedScore`; 0 with none." })
  score: number;

  @Field(() => Int, {
    nullable: true,
    description: "1-based place in the window's whole trending list; null when the paper is not trending.",
  })
  rank: number | null;

  @Field(() => Int, { description: "Upvotes reported by the source the paper was imported from; 0 with none." })
  importedUpvotes: number;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "When the imported upvotes count as cast: UTC midnight of the daily-list day, else publication; null with none.",
  })
  importedUpvotesCountedAt: Date | null;

  @Field(() => Float, { description: "The imported upvotes' part of `score`." })
  importedScore: number;

  @Field(() => Int, { description: "Votes cast here in the last hour; each still weighs nearly 1." })
  votesLastHour: number;

  @Field(() => Int, { description: "Votes cast here in the last 24 hours, those of the last hour included." })
  votesLastDay: number;

  @Field(() => Int, { description: "Votes cast here in the last 7 days, those of the last day included." })
  votesLastWeek: number;
}
