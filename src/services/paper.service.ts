import type { Context } from "../context";
import { Paper } from "../entities";
import { PAPER_COLUMNS } from "./columns";
import { asEntity } from "./rows";
import { readListPage, type ListPage, type ListQuery } from "./list";
import { trendingSortKey, TrendingWindow } from "./trending";
import { SqlParams, type Page, type SortDirection, type SortKey } from "./pagination";

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
  authorId?: number;
  repositoryId?: number;
}

/** Which columns of `paper p` to read, when not all of them. */
export interface PaperColumns {
  columns: string;
  extraColumns?: ListQuery<Paper>["extraColumns"];
}

export interface PaperOrder {
  field: PaperOrderField;
  direction: SortDirection;
  /** With TRENDING: the window to rank in. */
  window?: TrendingWindow;
}

/** The search query, bound once per statement as `q`. */
const SEARCH_QUERY = "websearch_to_tsquery('english', q.text)";

const PAPER_SORT_KEYS: Record<Exclude<PaperOrderField, PaperOrderField.TRENDING>, SortKey> = {
  PUBLISHED_AT: { name: "published", keySql: "p.published_at", keyType: "timestamptz", idSql: "p.id" },
  DAILY_DATE: { name: "daily", keySql: "p.daily_date", keyType: "date", nullable: true, idSql: "p.id" },
  UPVOTES: { name: "upvotes", keySql: "p.upvotes", keyType: "integer", idSql: "p.id" },
  RELEVANCE: { name: "relevance", keySql: `ts_rank(p.search_vector, ${SEARCH_QUERY})`, keyType: "real", idSql: "p.id" },
};

export function paperSortKey(order: PaperOrder): SortKey {
  return order.field === PaperOrderField.TRENDING
    ? trendingSortKey(order.window ?? TrendingWindow.WEEK)
    : PAPER_SORT_KEYS[order.field];
}

/** FROM and WHERE for the papers a filter selects; hidden papers never appear. */
function filterSql(filter: PaperFilter, params: SqlParams): { from: string; conditions: string[] } {
  let from = "paper p";
  const conditions = ["p.deleted_at IS NULL"];
  if (filter.search !== undefined) {
    from += `, (SELECT ${params.add(filter.search)}::text AS text) q`;
    conditions.push(`p.search_vector @@ ${SEARCH_QUERY}`);
  }
  if (filter.publishedFrom !== undefined) {
    conditions.push(`p.published_at >= (${params.add(filter.publishedFrom)}::date)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (filter.publishedTo !== undefined) {
    conditions.push(`p.published_at < (${params.add(filter.publishedTo)}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  }
  if (filter.dailyDate !== undefined) {
    conditions.push(`p.daily_date = ${params.add(filter.dailyDate)}::date`);
  }
  if (filter.hasCode !== undefined) {
    conditions.push(
      `${filter.hasCode ? "" : "NOT "}EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = p.id)`,
    );
  }
  if (filter.authorId !== undefined) {
    conditions.push(
      `EXISTS (SELECT 1 FROM paper_author pa WHERE pa.paper_id = p.id AND pa.author_id = ${params.add(filter.authorId)})`,
    );
  }
  if (filter.repositoryId !== undefined) {
    conditions.push(
      `EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = p.id AND pr.repository_id = ${params.add(filter.repositoryId)})`,
    );
  }
  return { from, conditions };
}

/** One page of papers in the given order, and a lazy count of all that match. */
export function listPapers(
  ctx: Context,
  filter: PaperFilter,
  order: PaperOrder,
  page: Page,
  read?: PaperColumns,
): Promise<ListPage<Paper>> {
  const params = new SqlParams();
  const { from, conditions } = filterSql(filter, params);
  return readListPage(
    ctx.db,
    {
      nodeClass: Paper,
      columns: read?.columns ?? PAPER_COLUMNS,
      from,
      conditions,
      params,
      sort: paperSortKey(order),
      direction: order.direction,
      extraColumns: read?.extraColumns,
    },
    page,
  );
}

/** One visible paper by id, with the given columns; null when there is none. */
export async function readPaper(ctx: Context, id: number, read: PaperColumns): Promise<Paper | null> {
  const params = new SqlParams();
  const idParam = params.add(id);
  const extraColumns = read.extraColumns?.(params) ?? "";
  const [row] = await ctx.db.query(
    `SELECT ${read.columns}${extraColumns} FROM paper p WHERE p.id = ${idParam} AND p.deleted_at IS NULL`,
    params.values,
  );
  return row ? asEntity(Paper, row) : null;
}
