import type { PaperRow } from "../db/rows";
import { utcDay } from "../domain/dates";
import { fromGlobalId } from "../domain/global-id";
import { checkSearch } from "../domain/search";
import { BadUserInputError, DomainError, UserErrorCode, UserErrors } from "../errors";
import { join, queryOne, raw, sql, type Sql } from "../db/sql";
import { paperAuthors, paperRepositories, papers, visiblePapers } from "../db/tables";
import { prefetchColumnsSql, primePrefetched } from "../loaders/prefetch";
import type { ServiceContext } from "./context";
import type { ListPage } from "./list";
import { paperColumns, paperListQuery, readPaperList, type PaperSelection } from "./paper-reads";
import type { Page, SortDirection, SortKey } from "./pagination";
import { trendingSortKey, TrendingWindow } from "./trending";

export enum PaperOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  DAILY_DATE = "DAILY_DATE",
  UPVOTES = "UPVOTES",
  RELEVANCE = "RELEVANCE",
  TRENDING = "TRENDING",
}

/** A validated paper filter: IDs are database keys, dates are 'YYYY-MM-DD'. */
export interface PaperFilter {
  search?: string;
  publishedFrom?: string;
  publishedTo?: string;
  dailyDate?: string;
  hasCode?: boolean;
  keywords?: string[];
  minUpvotes?: number;
  authorId?: number;
  repositoryId?: number;
  /** Added to the catalog at or after this instant, and before `addedBefore`: a digest's period. */
  addedFrom?: Date;
  addedBefore?: Date;
}

/** A paper filter as a caller sends it, through GraphQL's `PaperFilterInput` or a feed's query string. */
export interface PaperFilterFields {
  search?: string | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
  dailyDate?: Date | null;
  hasCode?: boolean | null;
  keywords?: string[] | null;
  minUpvotes?: number | null;
  authorId?: string | null;
  repositoryId?: string | null;
}

export const MAX_FILTER_KEYWORDS = 20;
const MAX_KEYWORD_LENGTH = 100;

/** Trimmed, distinct keywords; none blank or over-long, and not too many. */
function checkKeywords(keywords: string[], argumentName: string): string[] {
  const trimmed = [...new Set(keywords.map((keyword) => keyword.trim()))];
  if (trimmed.length === 0 || trimmed.length > MAX_FILTER_KEYWORDS) {
    throw new BadUserInputError(`Give from 1 to ${MAX_FILTER_KEYWORDS} keywords.`, argumentName);
  }
  if (trimmed.some((keyword) => keyword.length === 0 || keyword.length > MAX_KEYWORD_LENGTH)) {
    throw new BadUserInputError(`Each keyword must have 1 to ${MAX_KEYWORD_LENGTH} characters.`, argumentName);
  }
  return trimmed;
}

/**
 * Validates a filter: trims the search, turns dates into UTC days and global IDs into keys.
 * Refusals name the argument as `prefix` + field, such as `filter.search`.
 */
export function checkPaperFilter(fields: PaperFilterFields, prefix: string): PaperFilter {
  const filter: PaperFilter = {};
  if (fields.search != null) filter.search = checkSearch(fields.search, `${prefix}search`);
  if (fields.publishedFrom != null) filter.publishedFrom = utcDay(fields.publishedFrom);
  if (fields.publishedTo != null) filter.publishedTo = utcDay(fields.publishedTo);
  if (filter.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo) {
    throw new BadUserInputError("`publishedFrom` must not be after `publishedTo`.", `${prefix}publishedFrom`);
  }
  if (fields.dailyDate != null) filter.dailyDate = utcDay(fields.dailyDate);
  if (fields.hasCode != null) filter.hasCode = fields.hasCode;
  if (fields.keywords != null) filter.keywords = checkKeywords(fields.keywords, `${prefix}keywords`);
  if (fields.minUpvotes != null) {
    if (fields.minUpvotes < 0) throw new BadUserInputError("`minUpvotes` must not be negative.", `${prefix}minUpvotes`);
    filter.minUpvotes = fields.minUpvotes;
  }
  if (fields.authorId != null) filter.authorId = fromGlobalId(fields.authorId, `${prefix}authorId`, "Author").id;
  if (fields.repositoryId != null) {
    filter.repositoryId = fromGlobalId(fields.repositoryId, `${prefix}repositoryId`, "Repository").id;
  }
  return filter;
}

/** `checkPaperFilter` for a mutation input: a refusal is a user error on `field` plus the filter's field. */
export function checkPaperFilterInput(fields: PaperFilterFields, field: string[]): PaperFilter {
  try {
    return checkPaperFilter(fields, "");
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw UserErrors.of([...field, error.argumentName ?? ""], UserErrorCode.INVALID, error.message);
  }
}

export interface PaperOrder {
  field: PaperOrderField;
  direction: SortDirection;
  /** With TRENDING: the window to rank in. */
  window?: TrendingWindow;
}

/** The search query, bound once per statement as `q`. */
const SEARCH_QUERY = sql`websearch_to_tsquery('english', q.text)`;

const PAPER_SORT_KEYS: Record<Exclude<PaperOrderField, PaperOrderField.TRENDING>, SortKey> = {
  PUBLISHED_AT: { name: "published", keySql: papers.col.publishedAt, keyType: "timestamptz", idSql: papers.col.id },
  DAILY_DATE: { name: "daily", keySql: papers.col.dailyDate, keyType: "date", nullable: true, idSql: papers.col.id },
  UPVOTES: { name: "upvotes", keySql: papers.col.upvotes, keyType: "integer", idSql: papers.col.id },
  RELEVANCE: {
    name: "relevance",
    keySql: sql`ts_rank(${papers.col.searchVector}, ${SEARCH_QUERY})`,
    keyType: "real",
    idSql: papers.col.id,
  },
};

export function paperSortKey(order: PaperOrder): SortKey {
  return order.field === PaperOrderField.TRENDING
    ? trendingSortKey(order.window ?? TrendingWindow.WEEK)
    : PAPER_SORT_KEYS[order.field];
}

/** FROM and WHERE for the papers a filter selects, as `p`; only visible papers are ever read. */
export function filterSql(filter: PaperFilter): { from: Sql; conditions: Sql[] } {
  const from =
    filter.search === undefined ? visiblePapers : sql`${visiblePapers}, (SELECT ${filter.search}::text AS text) q`;
  const conditions: Sql[] = [];
  if (filter.search !== undefined) conditions.push(sql`${papers.col.searchVector} @@ ${SEARCH_QUERY}`);
  if (filter.publishedFrom !== undefined) {
    conditions.push(sql`${papers.col.publishedAt} >= (${filter.publishedFrom}::date)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (filter.publishedTo !== undefined) {
    conditions.push(sql`${papers.col.publishedAt} < (${filter.publishedTo}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (filter.dailyDate !== undefined) conditions.push(sql`${papers.col.dailyDate} = ${filter.dailyDate}::date`);
  if (filter.hasCode !== undefined) {
    const linked = sql`EXISTS (SELECT 1 FROM ${paperRepositories.from} WHERE ${paperRepositories.col.paperId} = ${papers.col.id})`;
    conditions.push(filter.hasCode ? linked : sql`NOT ${linked}`);
  }
  if (filter.keywords !== undefined) conditions.push(sql`${papers.col.keywords} && ${filter.keywords}::text[]`);
  if (filter.minUpvotes !== undefined) conditions.push(sql`${papers.col.upvotes} >= ${filter.minUpvotes}`);
  if (filter.addedFrom !== undefined) conditions.push(sql`${papers.col.createdAt} >= ${filter.addedFrom}`);
  if (filter.addedBefore !== undefined) conditions.push(sql`${papers.col.createdAt} < ${filter.addedBefore}`);
  if (filter.authorId !== undefined) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${paperAuthors.from} WHERE ${join(
        [sql`${paperAuthors.col.paperId} = ${papers.col.id}`, sql`${paperAuthors.col.authorId} = ${filter.authorId}`],
        " AND ",
      )})`,
    );
  }
  if (filter.repositoryId !== undefined) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${paperRepositories.from} WHERE ${join(
        [
          sql`${paperRepositories.col.paperId} = ${papers.col.id}`,
          sql`${paperRepositories.col.repositoryId} = ${filter.repositoryId}`,
        ],
        " AND ",
      )})`,
    );
  }
  return { from, conditions };
}

/** One page of papers in the given order, and a lazy count of all that match. */
export function listPapers(
  ctx: ServiceContext,
  filter: PaperFilter,
  order: PaperOrder,
  page: Page,
  selection: PaperSelection,
): Promise<ListPage<PaperRow>> {
  const { from, conditions } = filterSql(filter);
  const list = paperListQuery(selection, { from, conditions, sort: paperSortKey(order), direction: order.direction });
  return readPaperList(ctx, selection, list, page);
}

/** One visible paper by id, with the selection's columns and children; null when there is none. */
export async function readPaper(ctx: ServiceContext, id: number, selection: PaperSelection): Promise<PaperRow | null> {
  const children =
    selection.prefetches.length > 0 ? sql`, ${prefetchColumnsSql(selection.prefetches, papers.col.id)}` : raw("");
  const paper = await queryOne<PaperRow>(
    ctx.db,
    sql`SELECT ${paperColumns(selection)}${children} FROM ${visiblePapers} WHERE ${papers.col.id} = ${id}`,
  );
  if (paper) primePrefetched(ctx.loaders, selection.prefetches, [paper]);
  return paper ?? null;
}
