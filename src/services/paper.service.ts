import type { SelectedPaperRow } from "../db/rows";
import { utcDay } from "../domain/dates";
import { fromGlobalId } from "../domain/global-id";
import { checkSearch } from "../domain/search";
import { BadUserInputError, DomainError, UserErrorCode, UserErrors } from "../errors";
import { join, plannedOnce, queryOne, raw, sql, where, type Sql } from "../db/sql";
import { paperAuthors, paperRepositories, papers, paperSearchTerms, visiblePapers } from "../db/tables";
import { prefetchColumnsSql, primePrefetched } from "../loaders/prefetch";
import type { ServiceContext } from "./context";
import type { ListPage } from "./list";
import { paperColumns, paperListQuery, readPaperList, type PaperSelection } from "./paper-reads";
import { keysetSql, type Page, type SortDirection, type SortKey } from "./pagination";
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
  /** An arXiv category, primary or cross-listed. */
  category?: string;
  hasDoi?: boolean;
  /** The Hugging Face name of the user who submitted the paper, or of its organization. */
  submitter?: string;
  organization?: string;
  minUpvotes?: number;
  authorId?: number;
  repositoryId?: number;
  /** Added to the catalog at or after this instant, and before `addedBefore`: a digest's period. */
  addedFrom?: Date;
  addedBefore?: Date;
  /** Only these papers: the papers of a watch's events. */
  paperIds?: number[];
  /** Changed at or after this instant, as `Paper.updatedAt` tells: for clients that poll. */
  updatedSince?: Date;
}

/** A paper filter as a caller sends it, through GraphQL's `PaperFilterInput` or a feed's query string. */
export interface PaperFilterFields {
  search?: string | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
  dailyDate?: Date | null;
  hasCode?: boolean | null;
  keywords?: string[] | null;
  category?: string | null;
  hasDoi?: boolean | null;
  submitter?: string | null;
  organization?: string | null;
  minUpvotes?: number | null;
  authorId?: string | null;
  repositoryId?: string | null;
  updatedSince?: Date | null;
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
  for (const name of ["category", "submitter", "organization"] as const) {
    const value = fields[name]?.trim();
    if (value === undefined) continue;
    if (value.length === 0 || value.length > MAX_KEYWORD_LENGTH) {
      throw new BadUserInputError(`\`${name}\` must have 1 to ${MAX_KEYWORD_LENGTH} characters.`, `${prefix}${name}`);
    }
    filter[name] = value;
  }
  if (fields.hasDoi != null) filter.hasDoi = fields.hasDoi;
  if (fields.minUpvotes != null) {
    if (fields.minUpvotes < 0) throw new BadUserInputError("`minUpvotes` must not be negative.", `${prefix}minUpvotes`);
    filter.minUpvotes = fields.minUpvotes;
  }
  if (fields.authorId != null) filter.authorId = fromGlobalId(fields.authorId, `${prefix}authorId`, "Author").id;
  if (fields.repositoryId != null) {
    filter.repositoryId = fromGlobalId(fields.repositoryId, `${prefix}repositoryId`, "Repository").id;
  }
  if (fields.updatedSince != null) filter.updatedSince = fields.updatedSince;
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

/** The search text, bound once per statement as `q`. */
const searchSource = (search: string) => sql`(SELECT ${search}::text AS text) q`;

/** The search query, from `q`. */
const SEARCH_QUERY = sql`websearch_to_tsquery('english', q.text)`;

/**
 * The word of a one-word search, as paper_search_term holds it: a one-word query prints as its
 * word quoted the way a tsvector reads it.
 */
const SEARCH_WORD = sql`(tsvector_to_array(${SEARCH_QUERY}::text::tsvector))[1]`;

/**
 * A one-word search's order as paper_search_term_pkey lists it: `rank` is the ts_rank that
 * RELEVANCE orders by, so its cursors serve both.
 */
const WORD_RANK_SORT_KEY: SortKey = {
  name: "relevance",
  keySql: paperSearchTerms.col.rank,
  keyType: "real",
  idSql: paperSearchTerms.col.paperId,
};

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

/** The conditions of a filter on `p` other than its search. */
function paperConditions(filter: PaperFilter): Sql[] {
  const conditions: Sql[] = [];
  if (filter.publishedFrom !== undefined) {
    conditions.push(sql`${papers.col.publishedAt} >= (${filter.publishedFrom}::date)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (filter.publishedTo !== undefined) {
    conditions.push(sql`${papers.col.publishedAt} < (${filter.publishedTo}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (filter.dailyDate !== undefined) {
    conditions.push(sql`${papers.col.dailyDate} = ${plannedOnce(sql`${filter.dailyDate}::date`)}`);
  }
  if (filter.hasCode !== undefined) {
    const linked = sql`EXISTS (SELECT 1 FROM ${paperRepositories.from} WHERE ${paperRepositories.col.paperId} = ${papers.col.id})`;
    conditions.push(filter.hasCode ? linked : sql`NOT ${linked}`);
  }
  if (filter.keywords !== undefined) conditions.push(sql`${papers.col.keywords} && ${filter.keywords}::text[]`);
  // Containment, so that paper_categories_idx serves it.
  if (filter.category !== undefined)
    conditions.push(sql`${papers.col.categories} @> ARRAY[${filter.category}]::text[]`);
  // Containment of `{"name": …}`, so that the GIN indexes on the accounts serve it.
  if (filter.submitter !== undefined) {
    conditions.push(sql`${papers.col.submittedBy} @> jsonb_build_object('name', ${filter.submitter}::text)`);
  }
  if (filter.organization !== undefined) {
    conditions.push(sql`${papers.col.organization} @> jsonb_build_object('name', ${filter.organization}::text)`);
  }
  if (filter.hasDoi !== undefined)
    conditions.push(sql`${papers.col.doi} IS ${raw(filter.hasDoi ? "NOT NULL" : "NULL")}`);
  if (filter.minUpvotes !== undefined) conditions.push(sql`${papers.col.upvotes} >= ${filter.minUpvotes}`);
  if (filter.addedFrom !== undefined) conditions.push(sql`${papers.col.createdAt} >= ${filter.addedFrom}`);
  if (filter.addedBefore !== undefined) conditions.push(sql`${papers.col.createdAt} < ${filter.addedBefore}`);
  if (filter.paperIds !== undefined) conditions.push(sql`${papers.col.id} = ANY(${filter.paperIds}::int[])`);
  if (filter.updatedSince !== undefined) conditions.push(sql`${papers.col.updatedAt} >= ${filter.updatedSince}`);
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
  return conditions;
}

/**
 * FROM and WHERE for the papers a filter selects, as `p`; only visible papers are ever read.
 * `candidates` narrows where they are looked for, such as the top of a trending index.
 */
export function filterSql(filter: PaperFilter, candidates: Sql = visiblePapers): { from: Sql; conditions: Sql[] } {
  const conditions = paperConditions(filter);
  if (filter.search === undefined) return { from: candidates, conditions };
  return {
    from: sql`${candidates}, ${searchSource(filter.search)}`,
    conditions: [sql`${papers.col.searchVector} @@ ${SEARCH_QUERY}`, ...conditions],
  };
}

/**
 * Where a page in RELEVANCE order is read from. A one-word search walks the word's papers in
 * paper_search_term_pkey, best first, until the page is full: the papers and order that
 * ranking every match gives, without reading the other matches. Any other search (several
 * words, a phrase, an exclusion) ranks every paper it matches. Postgres folds `numnode` of the
 * bound search when it plans the statement, so it plans and runs one branch only.
 */
function relevancePageFrom(search: string, conditions: Sql[], direction: SortDirection, page: Page): Sql {
  const walk = keysetSql(WORD_RANK_SORT_KEY, direction, page);
  const walkConditions = [
    sql`numnode(${SEARCH_QUERY}) = 1`,
    sql`${paperSearchTerms.col.lexeme} = ${SEARCH_WORD}`,
    ...conditions,
    ...(walk.where ? [walk.where] : []),
  ];
  const oneWord = sql`SELECT ${raw(papers.alias)}.* FROM ${paperSearchTerms.from}
    JOIN ${visiblePapers} ON ${papers.col.id} = ${paperSearchTerms.col.paperId} ${where(walkConditions)}
    ORDER BY ${walk.orderBy} LIMIT ${walk.limit}`;
  const otherSearches = sql`SELECT * FROM ${visiblePapers} WHERE numnode(${SEARCH_QUERY}) <> 1`;
  return sql`${searchSource(search)}, LATERAL ((${oneWord}) UNION ALL (${otherSearches})) ${raw(papers.alias)}`;
}

/**
 * One page of papers in the given order, and a lazy count of all that match; only visible papers
 * are ever read. `TRow` is what the selection's columns make of a row.
 */
export function listPapers<TRow extends SelectedPaperRow = SelectedPaperRow>(
  ctx: ServiceContext,
  filter: PaperFilter,
  order: PaperOrder,
  page: Page,
  selection: PaperSelection,
): Promise<ListPage<TRow>> {
  const { search } = filter;
  const sort = paperSortKey(order);
  const pageFrom =
    search !== undefined && order.field === PaperOrderField.RELEVANCE
      ? relevancePageFrom(search, paperConditions(filter), order.direction, page)
      : undefined;
  const list = { ...filterSql(filter), pageFrom };
  return readPaperList<TRow>(
    ctx,
    selection,
    paperListQuery(selection, { ...list, sort, direction: order.direction }),
    page,
  );
}

/** One visible paper by id, with the selection's columns and children; null when there is none. */
export async function readPaper(
  ctx: ServiceContext,
  id: number,
  selection: PaperSelection,
): Promise<SelectedPaperRow | null> {
  const children =
    selection.prefetches.length > 0 ? sql`, ${prefetchColumnsSql(selection.prefetches, papers.col.id)}` : raw("");
  const paper = await queryOne<SelectedPaperRow>(
    ctx.db,
    sql`SELECT ${paperColumns(selection)}${children} FROM ${visiblePapers} WHERE ${papers.col.id} = ${id}`,
  );
  if (paper) primePrefetched(ctx.loaders, selection.prefetches, [paper]);
  return paper ?? null;
}
