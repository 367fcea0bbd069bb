import DataLoader from "dataloader";
import { query, raw, sql, type Queryable } from "../db/sql";
import { papers, visiblePapers, votes } from "../db/tables";
import { TREND_KEY_COLUMN, type PaperTrendRow, type TrendingWindow } from "../services/trending";

/** Votes cast since this long before now, by the breakdown's column. */
const RECENT_VOTES = { votesLastHour: "1 hour", votesLastDay: "1 day", votesLastWeek: "7 days" } as const;

/**
 * Papers' trends in a window, by paper id, in one statement per batch: the key, the global rank
 * and the recent votes (off vote_paper_created_at_idx). Ranks come from one walk of the window's
 * index, from the top down to the lowest paper of the batch. Hidden papers load as null.
 */
export function paperTrendLoader(db: Queryable, window: TrendingWindow) {
  const key = TREND_KEY_COLUMN[window];
  const recent = Object.entries(RECENT_VOTES).map(
    ([name, interval]) =>
      sql`count(*) FILTER (WHERE ${votes.col.createdAt} > now() - interval ${raw(`'${interval}'`)})::int AS ${raw(`"${name}"`)}`,
  );
  return new DataLoader<number, PaperTrendRow | null>(async (ids) => {
    const rows = await query<PaperTrendRow>(
      db,
      sql`WITH asked AS (
            SELECT ${papers.col.id} AS "paperId", ${key} AS key, ${papers.col.importedUpvotes} AS "importedUpvotes",
              coalesce(${papers.col.dailyDate}::timestamp AT TIME ZONE 'UTC', ${papers.col.publishedAt}) AS "importedUpvotesCountedAt"
            FROM ${visiblePapers} WHERE ${papers.col.id} = ANY(${ids})
          ), lowest AS (
            SELECT key, "paperId" FROM asked WHERE key IS NOT NULL ORDER BY key, "paperId" LIMIT 1
          ), ranked AS (
            SELECT ${papers.col.id} AS id, row_number() OVER (ORDER BY ${key} DESC, ${papers.col.id} DESC)::int AS rank
            FROM ${visiblePapers}
            WHERE ${key} IS NOT NULL AND (${key}, ${papers.col.id}) >= ((SELECT key FROM lowest), (SELECT "paperId" FROM lowest))
          )
          SELECT asked.*, ranked.rank, recent.*
          FROM asked LEFT JOIN ranked ON ranked.id = asked."paperId",
            LATERAL (SELECT ${recent[0]}, ${recent[1]}, ${recent[2]} FROM ${votes.from}
              WHERE ${votes.col.paperId} = asked."paperId") recent`,
    );
    const byId = new Map(rows.map((row) => [row.paperId, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
