import type { PaperRow } from "../db/rows";
import { query, queryOne, raw, sql, type Queryable, type Sql } from "../db/sql";
import { papers, visiblePapers } from "../db/tables";
import type { ServiceContext } from "./context";
import type { ListPage } from "./list";
import { SortDirection, type Edge, type Page, type SortKey } from "./pagination";
import { paperListQuery, readPaperList, type PaperSelection } from "./paper-reads";

export enum TrendingWindow {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
}

/** A quarter of each window; the migration that stores the keys uses the same numbers. */
export const HALF_LIFE_SECONDS: Record<TrendingWindow, number> = {
  DAY: 6 * 3600,
  WEEK: 42 * 3600,
  MONTH: 180 * 3600,
};

const KEY_COLUMN: Record<TrendingWindow, Sql> = {
  DAY: papers.col.trendDay,
  WEEK: papers.col.trendWeek,
  MONTH: papers.col.trendMonth,
};

export function trendingSortKey(window: TrendingWindow): SortKey {
  return {
    name: `trend_${window.toLowerCase()}`,
    keySql: KEY_COLUMN[window],
    keyType: "float8",
    nullable: true,
    idSql: papers.col.id,
  };
}

/**
 * Decayed vote count at `at`: each vote counts 1 when cast and halves every half-life.
 * `key` is log2 of the sum of 2^(vote time / half-life), as stored on the paper.
 */
export function trendingScore(key: number, window: TrendingWindow, at: Date): number {
  return 2 ** (key - at.getTime() / 1000 / HALF_LIFE_SECONDS[window]);
}

/** The trending list's order: every key in it is set, so it can follow the partial index backwards. */
export function trendingListSortKey(window: TrendingWindow): SortKey {
  return { ...trendingSortKey(window), nullable: false };
}

export interface TrendingEdge extends Edge<PaperRow> {
  /** 1-based place in the whole list. */
  rank: number;
  /** Decayed vote count now. */
  score: number;
}

/** 1-based rank of the paper at a (key, id) position: how many trend above it, plus one. */
async function rankAt(ctx: ServiceContext, window: TrendingWindow, key: number, id: number): Promise<number> {
  const column = KEY_COLUMN[window];
  const row = await queryOne<{ rank: number }>(
    ctx.db,
    sql`SELECT count(*)::int + 1 AS rank FROM ${visiblePapers}
        WHERE ${column} IS NOT NULL AND (${column}, ${papers.col.id}) > (${key}::float8, ${id})`,
  );
  return row!.rank;
}

/**
 * Papers in trending order within a window, each with its rank and score; papers nobody voted
 * for are not trending.
 */
export async function listTrending(
  ctx: ServiceContext,
  window: TrendingWindow,
  page: Page,
  selection: PaperSelection,
): Promise<ListPage<PaperRow> & { edges: TrendingEdge[] }> {
  const key = KEY_COLUMN[window];
  const list = paperListQuery(selection, {
    from: visiblePapers,
    conditions: [sql`${key} IS NOT NULL`],
    sort: trendingListSortKey(window),
    direction: SortDirection.DESC,
  });
  list.columns = sql`${list.columns}, ${key} AS ${raw('"trendKey"')}`;
  const result = await readPaperList<PaperRow & { trendKey: number }>(ctx, selection, list, page);
  const now = new Date();
  const first = result.edges[0]?.node;
  // A first page starts at the top; any other page counts the papers above it.
  const startsAtTop = page.cursor === null && !page.backward;
  const firstRank = !first ? 0 : startsAtTop ? 1 : await rankAt(ctx, window, first.trendKey, first.id);
  // Assigned, not spread: an edge's cursor is a getter of its class.
  const edges = result.edges.map((edge, index) =>
    Object.assign(edge, { rank: firstRank + index, score: trendingScore(edge.node.trendKey, window, now) }),
  );
  return { ...result, edges };
}

export interface TrendingPosition {
  paperId: number;
  key: number;
}

/** The first `limit` papers of a window, best first. */
export function topOfWindow(db: Queryable, window: TrendingWindow, limit: number) {
  const column = KEY_COLUMN[window];
  return query<TrendingPosition>(
    db,
    sql`SELECT ${papers.col.id} AS "paperId", ${column} AS key FROM ${visiblePapers}
        WHERE ${column} IS NOT NULL ORDER BY ${column} DESC, ${papers.col.id} DESC LIMIT ${limit}`,
  );
}
