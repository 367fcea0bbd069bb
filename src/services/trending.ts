import type { DataSource } from "typeorm";
import { Paper } from "../entities";
import { PAPER_COLUMNS } from "./columns";
import { readListPage, type ListPage } from "./list";
import type { PaperColumns } from "./paper.service";
import { SortDirection, SqlParams, type Page, type SortKey } from "./pagination";

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

const KEY_COLUMN: Record<TrendingWindow, string> = {
  DAY: "p.trend_day",
  WEEK: "p.trend_week",
  MONTH: "p.trend_month",
};

export function trendingSortKey(window: TrendingWindow): SortKey {
  return {
    name: `trend_${window.toLowerCase()}`,
    keySql: KEY_COLUMN[window],
    keyType: "float8",
    nullable: true,
    idSql: "p.id",
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

/** Papers in trending order within a window; papers nobody voted for are not trending. */
export function listTrending(
  db: DataSource,
  window: TrendingWindow,
  page: Page,
  read?: PaperColumns,
): Promise<ListPage<Paper>> {
  const key = KEY_COLUMN[window];
  return readListPage(
    db,
    {
      nodeClass: Paper,
      columns: `${read?.columns ?? PAPER_COLUMNS}, ${key} AS "trendKey"`,
      from: "paper p",
      conditions: [`${key} IS NOT NULL`, "p.deleted_at IS NULL"],
      params: new SqlParams(),
      sort: trendingListSortKey(window),
      direction: SortDirection.DESC,
      extraColumns: read?.extraColumns,
    },
    page,
  );
}

/** 1-based rank of the paper at a (key, id) position: how many trend above it, plus one. */
export async function rankAt(db: DataSource, window: TrendingWindow, key: number, id: number): Promise<number> {
  const column = KEY_COLUMN[window];
  const [row] = await db.query(
    `SELECT count(*)::int + 1 AS rank FROM paper p
     WHERE ${column} IS NOT NULL AND p.deleted_at IS NULL AND (${column}, p.id) > ($1::float8, $2)`,
    [key, id],
  );
  return row.rank;
}

export interface TrendingPosition {
  paperId: number;
  key: number;
}

/** The first `limit` papers of a window, best first. */
export async function topOfWindow(db: DataSource, window: TrendingWindow, limit: number): Promise<TrendingPosition[]> {
  const column = KEY_COLUMN[window];
  return db.query(
    `SELECT p.id AS "paperId", ${column} AS key FROM paper p
     WHERE ${column} IS NOT NULL AND p.deleted_at IS NULL ORDER BY ${column} DESC, p.id DESC LIMIT $1`,
    [limit],
  );
}
