import { DateResolver, URLResolver } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import type { FullPaperRow, PaperRow } from "../db/rows";
import { arxivAbsUrl, normalizeArxivId } from "../domain/arxiv";
import { Paper } from "../entities";
import { BadUserInputError, NotFoundError } from "../errors";
import { paperAuthors, paperRepositories } from "../loaders/relations";
import { parsePage, SortDirection } from "../services/pagination";
import {
  checkPaperFilter,
  listPapers,
  paperSortKey,
  PaperOrderField,
  type PaperFilter,
  type PaperOrder,
} from "../services/paper.service";
import { utcDay } from "../domain/dates";
import { describeTrend, TrendingWindow, type PaperTrend as PaperTrendShape } from "../services/trending";
import { childConnection } from "./child-connection";
import { GlobalIdResolver } from "./global-id";
import { planPaperSelection } from "./paper-read";
import { connection, ConnectionArgs } from "./types/connection";
import { PaperAuthorConnection, PaperConnection, PaperRepositoryConnection } from "./types/connection";
import { PaperFilterInput, PaperOrderInput } from "./types/paper.inputs";
import { PaperTrend } from "./types/trending";

/** Newest first, or best match first when searching. */
function toPaperOrder(
  input: PaperOrderInput | null | undefined,
  filter: PaperFilter,
  fallback: PaperOrder,
): PaperOrder {
  if (!input) return filter.search ? { field: PaperOrderField.RELEVANCE, direction: SortDirection.DESC } : fallback;
  if (input.field === PaperOrderField.RELEVANCE && filter.search === undefined) {
    throw new BadUserInputError("Ordering by RELEVANCE needs `filter.search`.", "orderBy");
  }
  if (input.window != null && input.field !== PaperOrderField.TRENDING) {
    throw new BadUserInputError("`orderBy.window` applies only to TRENDING.", "orderBy.window");
  }
  return { field: input.field, direction: input.direction, window: input.window ?? undefined };
}

async function paperConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: ConnectionArgs,
  filter: PaperFilter,
  order: PaperOrder,
) {
  const page = parsePage(args, paperSortKey(order));
  const result = await listPapers(ctx, filter, order, page, planPaperSelection(info, "connection"));
  return connection(result, result.count);
}

@Resolver(() => Paper)
export class PaperResolver extends GlobalIdResolver(Paper, "Paper", "Opaque global ID of the paper.") {
  @Query(() => Paper, { nullable: true, description: "Looks up a paper by arXiv ID; a version suffix is ignored." })
  async paper(
    @Arg("arxivId", { description: "An arXiv ID such as `2410.17243` or `2410.17243v2`." }) arxivId: string,
    @Ctx() ctx: Context,
  ): Promise<FullPaperRow> {
    const normalized = normalizeArxivId(arxivId);
    if (!normalized) throw new BadUserInputError(`"${arxivId}" is not an arXiv ID.`, "arxivId");
    const paper = await ctx.loaders.paperByArxivId.load(normalized);
    if (!paper) throw new NotFoundError(`No paper has the arXiv ID "${normalized}".`);
    return paper;
  }

  @Query(() => PaperConnection, { description: "Papers in the catalog, filtered and ordered." })
  papers(
    @Args() args: ConnectionArgs,
    @Arg("filter", () => PaperFilterInput, { nullable: true, description: "Which papers to include." })
    filterInput: PaperFilterInput | null,
    @Arg("orderBy", () => PaperOrderInput, {
      nullable: true,
      description: "Defaults to RELEVANCE DESC when searching, PUBLISHED_AT DESC otherwise.",
    })
    orderInput: PaperOrderInput | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = filterInput ? checkPaperFilter(filterInput, "filter.") : {};
    const order = toPaperOrder(orderInput, filter, {
      field: PaperOrderField.PUBLISHED_AT,
      direction: SortDirection.DESC,
    });
    return paperConnection(ctx, info, args, filter, order);
  }

  @Query(() => PaperConnection, { description: "The daily list of one day, most upvoted first by default." })
  dailyPapers(
    @Arg("date", () => DateResolver, { description: "The day of the list." }) date: Date,
    @Args() args: ConnectionArgs,
    @Arg("orderBy", () => PaperOrderInput, { nullable: true, description: "Defaults to UPVOTES DESC." })
    orderInput: PaperOrderInput | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { dailyDate: utcDay(date) };
    const order = toPaperOrder(orderInput, filter, { field: PaperOrderField.UPVOTES, direction: SortDirection.DESC });
    return paperConnection(ctx, info, args, filter, order);
  }

  @FieldResolver(() => URLResolver, { nullable: true, description: "The paper's arXiv abstract page." })
  arxivUrl(@Root() paper: PaperRow): string | null {
    return paper.arxivId ? arxivAbsUrl(paper.arxivId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the signed-in caller upvoted the paper; false when anonymous.",
  })
  viewerHasUpvoted(@Root() paper: PaperRow, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.viewerHasUpvoted.load(paper.id);
  }

  @FieldResolver(() => PaperTrend, {
    nullable: true,
    description:
      "The paper's trending score in a window, its rank there, and how the score is made up; null if the paper is removed.",
  })
  async trend(
    @Root() paper: PaperRow,
    @Arg("window", () => TrendingWindow, { defaultValue: TrendingWindow.WEEK, description: "The window." })
    window: TrendingWindow,
    @Ctx() ctx: Context,
  ): Promise<PaperTrendShape | null> {
    const row = await ctx.loaders.paperTrend(window).load(paper.id);
    return row && describeTrend(row, window, new Date());
  }

  @FieldResolver(() => PaperAuthorConnection, { description: "The paper's authors, in the paper's order." })
  authors(
    @Root() paper: PaperRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, paperAuthors, paper.id, args, info);
  }

  @FieldResolver(() => PaperRepositoryConnection, {
    description: "Repositories holding the paper's code, official ones first.",
  })
  repositories(
    @Root() paper: PaperRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, paperRepositories, paper.id, args, info);
  }
}
