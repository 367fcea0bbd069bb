import { DateTimeResolver } from "graphql-scalars";
import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context";

@ObjectType({
  simpleResolvers: true,
  description:
    "The caller's hourly points budget: a signed-in user's, or an anonymous client address's. Every response also reports it in `x-ratelimit-*` headers.",
})
export class RateLimit {
  @Field(() => Int, { description: "Points the caller may spend in an hour." })
  limit: number;

  @Field(() => Int, {
    description: "Points this operation cost: one per hundred connection reads it could make, and at least one.",
  })
  cost: number;

  @Field(() => Int, { description: "Nodes this operation could return, at most; the limit is given under Limits." })
  nodeCount: number;

  @Field(() => Int, { description: "Points left in the current window." })
  remaining: number;

  @Field(() => Int, { description: "Points spent in the current window, this operation included." })
  used: number;

  @Field(() => DateTimeResolver, { description: "When the window ends and the budget is whole again." })
  resetAt: Date;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, { description: "The caller's rate-limit budget, after this operation." })
  rateLimit(@Ctx() ctx: Context): RateLimit {
    // Both transports admit, and charge, every operation before it runs.
    if (!ctx.rateLimit) throw new Error("rateLimit was resolved for an operation that was not admitted");
    return ctx.rateLimit;
  }
}
