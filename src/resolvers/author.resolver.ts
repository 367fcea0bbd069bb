import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { toGlobalId } from "../domain/global-id";
import { Author } from "../entities";
import { authorPapers } from "../loaders/relations";
import { listAuthors, AUTHOR_NAME_ORDER } from "../services/author.service";
import { parsePage } from "../services/pagination";
import { checkSearch } from "./args";
import { childConnection } from "./child-connection";
import { connection, ConnectionArgs } from "./types/connection";
import { AuthorConnection, PaperConnection } from "./types/connections";

@Resolver(() => Author)
export class AuthorResolver {
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
