import type { GraphQLResolveInfo } from "graphql";
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
  Authorized,
  Info,
} from "type-graphql";
import type { Context } from "../context";
import type { AuthorRow } from "../db/rows";
import { GlobalIdResolver } from "./global-id";
import { UserRole } from "../entities/user.entity";
import { Author } from "../entities";
import { authorPapers } from "../loaders/relations";
import { AUTHOR_NAME_ORDER, listAuthors, mergeAuthors } from "../services/author.service";
import { inputId, runMutation } from "./mutation";
import { MutationInput, MutationPayload } from "./types/mutation";
import { parsePage } from "../services/pagination";
import { checkSearch } from "../domain/search";
import { childPaperConnection } from "./child-connection";
import { connection, ConnectionArgs } from "./types/connection";
import { AuthorConnection, PaperConnection } from "./types/connection";

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
export class AuthorResolver extends GlobalIdResolver(Author, "Author", "Opaque global ID of the author.") {
  @Authorized(UserRole.ADMIN)
  @Mutation(() => MergeAuthorsPayload, {
    description:
      "Moves every authorship of the sources to the target and removes the sources. Author order on each paper is kept; a paper that listed several of them lists the target once, at the earliest place. Admins only.",
  })
  mergeAuthors(@Arg("input", { description: "Sources and target." }) input: MergeAuthorsInput, @Ctx() ctx: Context) {
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

  @FieldResolver(() => PaperConnection, { description: "The author's papers, newest first." })
  papers(
    @Root() author: AuthorRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childPaperConnection(ctx, authorPapers, author.id, args, info);
  }
}
