import { WATCH_FIELDS, type WatchRow } from "../db/rows";
import { join, query, raw, sql, where, type Sql } from "../db/sql";
import { papers, watchChecks, watchEvents, watches } from "../db/tables";
import { WatchTriggerKind } from "../entities/watch.entity";
import { MAX_TRENDING_TOP } from "../pubsub/live-events";
import { inTransaction, type ServiceContext } from "./context";
import { filterSql } from "./paper.service";
import { queueWatchEmails } from "./watch-email.service";
import { topOfWindow, type TrendingWindow } from "./trending";

/** A paper to check, once per batch however many changes queued it. */
interface QueuedPaper {
  paperId: number;
  /** Its fewest upvotes before the batch's changes; 0 when a change added it. */
  upvotesBefore: number;
}

/** The trigger's parameters as the event's unique key holds them: a new threshold can fire again. */
export function triggerKey(watch: Pick<WatchRow, "trigger" | "trendingWindow" | "trendingTop" | "upvoteThreshold">) {
  switch (watch.trigger) {
    case WatchTriggerKind.NEW_MATCH:
      return "";
    case WatchTriggerKind.TRENDING:
      return `${watch.trendingWindow}:${watch.trendingTop}`;
    case WatchTriggerKind.UPVOTES_REACHED:
      return String(watch.upvoteThreshold);
  }
}

/**
 * Claims up to `limit` queued checks, records the events they raise for every watch, and
 * deletes them, all in one transaction: a crash before the commit leaves the checks queued, and
 * a check is claimed by one worker at a time (SKIP LOCKED). An event that exists already, from
 * an earlier change of the same paper, is not recorded again (the unique key). Returns how many
 * checks were claimed, so the caller knows whether more may wait.
 */
export function matchQueuedPapers(ctx: ServiceContext, limit: number): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const { col, column } = watchChecks;
    const claimed = await query<{ paperId: number; upvotesBefore: number; checks: number }>(
      tx.db,
      sql`WITH claimed AS (
            DELETE FROM ${watchChecks.name} WHERE ${column.id} IN (
              SELECT ${col.id} FROM ${watchChecks.from} ORDER BY ${col.id} LIMIT ${limit} FOR UPDATE SKIP LOCKED
            ) RETURNING ${column.paperId} AS paper_id, ${column.upvotesBefore} AS upvotes_before
          )
          SELECT paper_id AS "paperId", min(coalesce(upvotes_before, 0))::int AS "upvotesBefore",
            count(*)::int AS checks
          FROM claimed GROUP BY paper_id`,
    );
    if (claimed.length === 0) return 0;
    const all = await query<WatchRow>(tx.db, sql`SELECT ${watches.select(WATCH_FIELDS)} FROM ${watches.from}`);
    const tops = new Map<TrendingWindow, Promise<number[]>>();
    const topOf = (window: TrendingWindow) => {
      if (!tops.has(window)) {
        tops.set(
          window,
          topOfWindow(tx.db, window, MAX_TRENDING_TOP).then((top) => top.map((position) => position.paperId)),
        );
      }
      return tops.get(window)!;
    };
    for (const watch of all) await recordEvents(tx, watch, claimed, topOf);
    return claimed.reduce((sum, paper) => sum + paper.checks, 0);
  });
}

/** Inserts the events `watch` raises for the papers checked; their paper must match the filter now. */
async function recordEvents(
  tx: ServiceContext,
  watch: WatchRow,
  checked: QueuedPaper[],
  topOf: (window: TrendingWindow) => Promise<number[]>,
): Promise<void> {
  const { from, conditions } = filterSql(watch.filter);
  const sources = [
    from,
    sql`unnest(${checked.map((paper) => paper.paperId)}::int[], ${checked.map((paper) => paper.upvotesBefore)}::int[])
          AS checked(paper_id, upvotes_before)`,
  ];
  conditions.push(sql`${papers.col.id} = checked.paper_id`);
  let rank: Sql = raw("NULL::int");
  switch (watch.trigger) {
    case WatchTriggerKind.NEW_MATCH:
      conditions.push(sql`${papers.col.createdAt} >= ${watch.createdAt}`);
      break;
    case WatchTriggerKind.UPVOTES_REACHED:
      conditions.push(
        sql`checked.upvotes_before < ${watch.upvoteThreshold}`,
        sql`${papers.col.upvotes} >= ${watch.upvoteThreshold}`,
      );
      break;
    case WatchTriggerKind.TRENDING: {
      const top = (await topOf(watch.trendingWindow!)).slice(0, watch.trendingTop!);
      if (top.length === 0) return;
      sources.push(sql`unnest(${top}::int[]) WITH ORDINALITY AS top(paper_id, rank)`);
      conditions.push(sql`top.paper_id = ${papers.col.id}`);
      rank = sql`top.rank::int`;
      break;
    }
  }
  const { column } = watchEvents;
  const recorded = await query<{ id: number }>(
    tx.db,
    sql`INSERT INTO ${watchEvents.name}
          (${column.watchId}, ${column.paperId}, ${column.trigger}, ${column.triggerKey}, ${column.upvotes}, ${column.rank})
        SELECT ${watch.id}, ${papers.col.id}, ${watch.trigger}::watch_trigger, ${triggerKey(watch)}, ${papers.col.upvotes}, ${rank}
        FROM ${join(sources)} ${where(conditions)}
        ON CONFLICT DO NOTHING RETURNING ${column.id} AS id`,
  );
  await queueWatchEmails(
    tx,
    watch,
    recorded.map(({ id }) => id),
  );
}
