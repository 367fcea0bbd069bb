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
