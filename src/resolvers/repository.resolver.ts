import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../context";
import { toGlobalId } from "../domain/global-id";
import { Repository, RepositoryProvider } from "../entities/repository.entity";
import { repositoryPapers } from "../loaders/relations";
import { parsePage, SortDirection } from "../services/pagination";
import { listRepositories, REPOSITORY_SORT_KEYS, RepositoryOrderField } from "../services/repository.service";
import { childConnection } from "./child-connection";
import { connection, ConnectionArgs } from "./types/connection";
import { RepositoryConnection, RepositoryPaperConnection } from "./types/connections";

registerEnumType(RepositoryOrderField, {
  name: "RepositoryOrderField",
  description: "What repositories can be ordered by. Ties are broken by the order they were added.",
  valuesConfig: {
    STARS: { description: "Star count; repositories with no known count come last in DESC, first in ASC." },
    CREATED_AT: { description: "When the repository was added to the catalog." },
  },
});

@InputType({ description: "Which repositories a list includes." })
export class RepositoryFilterInput {
  @Field(() => RepositoryProvider, { nullable: true, description: "Only repositories on this host." })
  provider?: RepositoryProvider | null;

  @Field(() => String, {
    nullable: true,
    description: "Only repositories in this main language, spelled as the host reports it.",
  })
  language?: string | null;
}

@InputType({ description: "How to order a list of repositories." })
export class RepositoryOrderInput {
  @Field(() => RepositoryOrderField, { description: "The field to order by." })
  field: RepositoryOrderField;

  @Field(() => SortDirection, { description: "The direction to order in." })
  direction: SortDirection;
}

@Resolver(() => Repository)
export class RepositoryResolver {
  @Query(() => RepositoryConnection, { description: "Code repositories linked to papers." })
  async repositories(
    @Args() args: ConnectionArgs,
    @Arg("filter", () => RepositoryFilterInput, { nullable: true, description: "Which repositories to include." })
    filter: RepositoryFilterInput | null,
    @Arg("orderBy", () => RepositoryOrderInput, { nullable: true, description: "Defaults to STARS DESC." })
    orderBy: RepositoryOrderInput | null,
    @Ctx() ctx: Context,
  ) {
    const order = orderBy ?? { field: RepositoryOrderField.STARS, direction: SortDirection.DESC };
    const page = parsePage(args, REPOSITORY_SORT_KEYS[order.field]);
    const result = await listRepositories(
      ctx,
      { provider: filter?.provider ?? undefined, language: filter?.language ?? undefined },
      order,
      page,
    );
    return connection(result, result.count);
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the repository." })
  id(@Root() repository: Repository): string {
    return toGlobalId("Repository", repository.id);
  }

  @FieldResolver(() => RepositoryPaperConnection, {
    description: "Papers whose code the repository holds, newest first.",
  })
  papers(@Root() repository: Repository, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return childConnection(ctx, repositoryPapers, repository.id, args);
  }
}
