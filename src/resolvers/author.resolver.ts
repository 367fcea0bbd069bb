import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../context";
import { toGlobalId } from "../domain/global-id";
import { Author } from "../entities";
import { authorPapers } from "../loaders/relations";
import { requireAdmin } from "../services/auth.service";
import { AUTHOR_NAME_ORDER, listAuthors, mergeAuthors } from "../services/author.service";
import { inputId, runMutation } from "./mutation";
import { MutationInput, MutationPayload } from "./types/mutation";
import { parsePage } from "../services/pagination";
import { checkSearch } from "./args";
import { childConnection } from "./child-connection";
import { connection, ConnectionArgs } from "./types/connection";
import { AuthorConnection, PaperConnection } from "./types/connections";

@InputType({ description: "Authors to merge into one." })
class MergeAuthorsInput extends MutationInput {
  @Field(() => [ID], { description: "Authors that are the same person as the target; they are removed." })
  sourceIds: string[];

  @Field(() => ID, { description: "The author that remains." })
  targetId: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of `mergeAuthors`." })
class MergeAuthorsPayload extends MutationPayload {
  @Field(() => Author, { nullable: true, description: "The remaining author, now with every merged authorship." })
  author: Author | null;

  @Field(() => Int, { nullable: true, description: "How many authors were merged into the target." })
  mergedCount: number | null;
}

@Resolver(() => Author)
export class AuthorResolver {
  @Mutation(() => MergeAuthorsPayload, {
    description:
      "Moves every authorship of the sources to the target and removes the sources. Author order on each paper is kept; a paper that listed several of them lists the target once, at the earliest place. Admins only.",
  })
  mergeAuthors(@Arg("input", { description: "Sources and target." }) input: MergeAuthorsInput, @Ctx() ctx: Context) {
    requireAdmin(ctx);
    return runMutation(input, () =>
      mergeAuthors(ctx, {
        sourceIds: input.sourceIds.map((id, index) => inputId(id, "Author", ["input", "sourceIds", String(index)])),
        targetId: inputId(input.targetId, "Author", ["input", "targetId"]),
      }),
    );
  }

  @Query(() => AuthorConnection, { description: "Authors in name order." })
  async authors(
    @Args() args: ConnectionArgs,
    @Arg("search", () => String, {
      nullable: true,
      description: "Matches the starts of words in the name, ignoring case and accents.",
    })
    search: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = parsePage(args, AUTHOR_NAME_ORDER);
    const result = await listAuthors(ctx, search == null ? undefined : checkSearch(search, "search"), page);
    return connection(result, result.count);
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the author." })
  id(@Root() author: Author): string {
    return toGlobalId("Author", author.id);
  }

  @FieldResolver(() => PaperConnection, { description: "The author's papers, newest first." })
  papers(@Root() author: Author, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return childConnection(ctx, authorPapers, author.id, args);
  }
}
