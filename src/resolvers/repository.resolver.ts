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
  registerEnumType,
  Resolver,
  Root,
  Authorized,
  Info,
} from "type-graphql";
import type { Context } from "../context";
import type { RepositoryRow } from "../db/rows";
import { GlobalIdResolver } from "./global-id";
import { UserRole } from "../entities/user.entity";
import { Paper } from "../entities";
import { Repository, RepositoryProvider } from "../entities/repository.entity";
import { repositoryPapers } from "../loaders/relations";
import { parsePage, SortDirection } from "../services/pagination";
import {
  linkRepository,
  listRepositories,
  REPOSITORY_SORT_KEYS,
  RepositoryOrderField,
  unlinkRepository,
  updateRepository,
} from "../services/repository.service";
import { inputId, runMutation } from "./mutation";
import { MutationInput, MutationPayload } from "./types/mutation";
import { childPaperConnection } from "./child-connection";
import { connection, ConnectionArgs } from "./types/connection";
import { RepositoryConnection, RepositoryPaperConnection } from "./types/connection";

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

@InputType({ description: "A repository to link to a paper." })
class LinkRepositoryInput extends MutationInput {
  @Field(() => ID, { description: "The paper." })
  paperId: string;

  @Field({ description: "URL of the repository; it is normalised, so any link into it names the same repository." })
  url: string;

  @Field({ defaultValue: false, description: "True when the paper's authors publish the repository themselves." })
  isOfficial: boolean;
}

@ObjectType({ simpleResolvers: true, description: "The result of `linkRepository`." })
class LinkRepositoryPayload extends MutationPayload {
  @Field(() => Paper, { nullable: true, description: "The paper." })
  paper: Paper | null;

  @Field(() => Repository, {
    nullable: true,
    description: "The linked repository, found or created by its normalised URL.",
  })
  repository: Repository | null;
}

@InputType({ description: "A link to remove." })
class UnlinkRepositoryInput extends MutationInput {
  @Field(() => ID, { description: "The paper." })
  paperId: string;

  @Field(() => ID, { description: "The repository." })
  repositoryId: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of `unlinkRepository`." })
class UnlinkRepositoryPayload extends MutationPayload {
  @Field(() => Paper, { nullable: true, description: "The paper, without the link." })
  paper: Paper | null;
}

@InputType({ description: "New facts about a repository; omitted fields stay as they are, null clears one." })
class UpdateRepositoryInput extends MutationInput {
  @Field(() => ID, { description: "The repository." })
  repositoryId: string;

  @Field(() => Int, { nullable: true, description: "Star count." })
  stars?: number | null;

  @Field(() => String, { nullable: true, description: "Main programming language." })
  language?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of `updateRepository`." })
class UpdateRepositoryPayload extends MutationPayload {
  @Field(() => Repository, { nullable: true, description: "The repository as it is now." })
  repository: Repository | null;
}

@Resolver(() => Repository)
export class RepositoryResolver extends GlobalIdResolver(
  Repository,
  "Repository",
  "Opaque global ID of the repository.",
) {
  @Authorized(UserRole.ADMIN)
  @Mutation(() => LinkRepositoryPayload, {
    description: "Links a repository to a paper, or changes whether the link is official. Admins only.",
  })
  linkRepository(
    @Arg("input", { description: "The paper and repository." }) input: LinkRepositoryInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, () =>
      linkRepository(ctx, {
        paperId: inputId(input.paperId, "Paper", ["input", "paperId"]),
        url: input.url,
        isOfficial: input.isOfficial,
      }),
    );
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => UnlinkRepositoryPayload, { description: "Removes a repository's link to a paper. Admins only." })
  unlinkRepository(@Arg("input", { description: "The link." }) input: UnlinkRepositoryInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      paper: await unlinkRepository(ctx, {
        paperId: inputId(input.paperId, "Paper", ["input", "paperId"]),
        repositoryId: inputId(input.repositoryId, "Repository", ["input", "repositoryId"]),
      }),
    }));
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => UpdateRepositoryPayload, { description: "Sets a repository's star count and language. Admins only." })
  updateRepository(@Arg("input", { description: "The changes." }) input: UpdateRepositoryInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      repository: await updateRepository(ctx, {
        repositoryId: inputId(input.repositoryId, "Repository", ["input", "repositoryId"]),
        ...("stars" in input && { stars: input.stars }),
        ...("language" in input && { language: input.language }),
      }),
    }));
  }

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

  @FieldResolver(() => RepositoryPaperConnection, {
    description: "Papers whose code the repository holds, newest first.",
  })
  papers(
    @Root() repository: RepositoryRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childPaperConnection(ctx, repositoryPapers, repository.id, args, info);
  }
}
