import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver, Authorized } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import type { Context } from "../context";
import { UserRole } from "../entities/user.entity";
import { Paper } from "../entities";
import { removeUpvote, removeVotes, upvotePaper } from "../services/vote.service";
import { inputId, runMutation } from "./mutation";
import { MutationInput, MutationPayload } from "./types/mutation";

@InputType({ description: "The paper to upvote or stop upvoting." })
class PaperVoteInput extends MutationInput {
  @Field(() => ID, { description: "The paper." })
  paperId: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of `upvotePaper` or `removeUpvote`." })
class PaperVotePayload extends MutationPayload {
  @Field(() => Paper, { nullable: true, description: "The paper, with its new `upvotes` and `viewerHasUpvoted`." })
  paper: Paper | null;
}

@InputType({ description: "Whose votes to remove." })
class RemoveVotesInput extends MutationInput {
  @Field(() => ID, { description: "The user whose votes go." })
  userId: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "Only votes cast at or after this time; all when omitted.",
  })
  since?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of `removeVotes`." })
class RemoveVotesPayload extends MutationPayload {
  @Field(() => Int, { nullable: true, description: "How many votes were removed." })
  removedCount: number | null;
}

@Resolver()
export class VoteResolver {
  @Authorized()
  @Mutation(() => PaperVotePayload, {
    description: "Upvotes a paper as the signed-in user. Upvoting again changes nothing and is not an error.",
  })
  upvotePaper(@Arg("input", { description: "The paper." }) input: PaperVoteInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => {
      const paperId = inputId(input.paperId, "Paper", ["input", "paperId"]);
      return { paper: await upvotePaper(ctx, paperId) };
    });
  }

  @Authorized()
  @Mutation(() => PaperVotePayload, {
    description: "Withdraws the signed-in user's upvote. Withdrawing one that is not there changes nothing.",
  })
  removeUpvote(@Arg("input", { description: "The paper." }) input: PaperVoteInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => {
      const paperId = inputId(input.paperId, "Paper", ["input", "paperId"]);
      return { paper: await removeUpvote(ctx, paperId) };
    });
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => RemoveVotesPayload, {
    description: "Removes a user's votes, such as a spammer's, and fixes the counts. Admins only.",
  })
  removeVotes(@Arg("input", { description: "Whose votes." }) input: RemoveVotesInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      removedCount: await removeVotes(ctx, {
        userId: inputId(input.userId, "User", ["input", "userId"]),
        since: input.since ?? null,
      }),
    }));
  }
}
