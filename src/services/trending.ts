import { query, sql, type Queryable, type Sql } from "../db/sql";
import { papers, visiblePapers } from "../db/tables";
import type { SortKey } from "./pagination";

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

/** The column that stores each window's key; its partial index lists the papers that trend. */
export const TREND_KEY_COLUMN: Record<TrendingWindow, Sql> = {
  DAY: papers.col.trendDay,
  WEEK: papers.col.trendWeek,
  MONTH: papers.col.trendMonth,
};

export function trendingSortKey(window: TrendingWindow): SortKey {
  return {
    name: `trend_${window.toLowerCase()}`,
    keySql: TREND_KEY_COLUMN[window],
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

export interface TrendingPosition {
  paperId: number;
  key: number;
}

/** The first `limit` papers of a window, best first. */
export function topOfWindow(db: Queryable, window: TrendingWindow, limit: number) {
  const column = TREND_KEY_COLUMN[window];
  return query<TrendingPosition>(
    db,
    sql`SELECT ${papers.col.id} AS "paperId", ${column} AS key FROM ${visiblePapers}
        WHERE ${column} IS NOT NULL ORDER BY ${column} DESC, ${papers.col.id} DESC LIMIT ${limit}`,
  );
}

/** How far back `trendingPapers(asOf:)` reaches. */
export const MAX_AS_OF_AGE_DAYS = 30;

/**
 * How deep into a window's trending list a filter without an index of its own looks: its
 * trending list holds the papers it selects among the window's first this many.
 */
export const TOPIC_TRENDING_DEPTH = 5000;

/** A paper's trend in a window, as the database reads it; see loaders/paper-trend.ts. */
export interface PaperTrendRow {
  paperId: number;
  key: number | null;
  /** Global rank in the window; null when the paper is not trending. */
  rank: number | null;
  importedUpvotes: number;
  /** When imported upvotes count as cast: UTC midnight of the daily-list day, else publication. */
  importedUpvotesCountedAt: Date;
  votesLastHour: number;
  votesLastDay: number;
  votesLastWeek: number;
}

/** What a paper's trending score is made of at `at`. */
export interface PaperTrend extends Omit<PaperTrendRow, "paperId" | "key" | "importedUpvotesCountedAt"> {
  window: TrendingWindow;
  halfLifeHours: number;
  score: number;
  importedUpvotesCountedAt: Date | null;
  /** The imported upvotes' part of `score`. */
  importedScore: number;
}

export function describeTrend(row: PaperTrendRow, window: TrendingWindow, at: Date): PaperTrend {
  const { paperId: _paperId, key, importedUpvotes, importedUpvotesCountedAt, ...counts } = row;
  const halfLife = HALF_LIFE_SECONDS[window];
  const imported = importedUpvotes > 0;
  return {
    ...counts,
    window,
    halfLifeHours: halfLife / 3600,
    score: key === null ? 0 : trendingScore(key, window, at),
    importedUpvotes,
    importedUpvotesCountedAt: imported ? importedUpvotesCountedAt : null,
    importedScore: imported
      ? importedUpvotes * 2 ** (-(at.getTime() - importedUpvotesCountedAt.getTime()) / 1000 / halfLife)
      : 0,
  };
}
