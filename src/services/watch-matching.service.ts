import { WATCH_FIELDS, type WatchRow } from "../db/rows";
import { join, query, sql, where, type Queryable, type Sql } from "../db/sql";
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
    // Locked, so that a TRENDING watch's last seen top is read and written by one batch at a time.
    const all = await query<WatchRow>(
      tx.db,
      sql`SELECT ${watches.select(WATCH_FIELDS)} FROM ${watches.from} ORDER BY ${watches.col.id} FOR NO KEY UPDATE`,
    );
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

/**
 * Records the events `watch` raises for the papers checked, and queues their emails in the same
 * transaction.
 */
async function recordEvents(
  tx: ServiceContext,
  watch: WatchRow,
  checked: QueuedPaper[],
  topOf: (window: TrendingWindow) => Promise<number[]>,
): Promise<void> {
  const recorded =
    watch.trigger === WatchTriggerKind.TRENDING
      ? await recordTrendingEntries(tx, watch, await topOf(watch.trendingWindow!))
      : await recordMatches(tx, watch, checked);
  await queueWatchEmails(
    tx,
    watch,
    recorded.map(({ id }) => id),
  );
}

/** NEW_MATCH and UPVOTES_REACHED: the checked papers that match the filter now and fire the trigger. */
function recordMatches(tx: ServiceContext, watch: WatchRow, checked: QueuedPaper[]): Promise<RecordedEvent[]> {
  const { from, conditions } = filterSql(watch.filter);
  const sources = [
    from,
    sql`unnest(${checked.map((paper) => paper.paperId)}::int[], ${checked.map((paper) => paper.upvotesBefore)}::int[])
          AS checked(paper_id, upvotes_before)`,
  ];
  conditions.push(sql`${papers.col.id} = checked.paper_id`);
  if (watch.trigger === WatchTriggerKind.NEW_MATCH) {
    conditions.push(sql`${papers.col.createdAt} >= ${watch.createdAt}`);
  } else {
    conditions.push(
      sql`checked.upvotes_before < ${watch.upvoteThreshold}`,
      sql`${papers.col.upvotes} >= ${watch.upvoteThreshold}`,
    );
  }
  return query<RecordedEvent>(
    tx.db,
    sql`${INSERT_EVENTS}
        SELECT ${watch.id}, ${papers.col.id}, ${watch.trigger}::watch_trigger, ${triggerKey(watch)}, ${papers.col.upvotes}, NULL::int
        FROM ${join(sources)} ${where(conditions)}
        ON CONFLICT DO NOTHING RETURNING ${watchEvents.column.id} AS id`,
  );
}

/** An event inserted now; one that existed already is not. */
interface RecordedEvent {
  id: number;
}

const INSERT_EVENTS = sql`INSERT INTO ${watchEvents.name} (${watchEvents.column.watchId}, ${watchEvents.column.paperId},
  ${watchEvents.column.trigger}, ${watchEvents.column.triggerKey}, ${watchEvents.column.upvotes}, ${watchEvents.column.rank})`;

/**
 * The papers among the watch's top of `windowTop` (paper IDs, best first) that match its
 * filter: `paper_id`, `upvotes` and `rank`, the paper's place in the whole window.
 */
function matchingTopSql(watch: WatchRow, windowTop: number[]): Sql {
  const { from, conditions } = filterSql(watch.filter);
  conditions.push(sql`top.paper_id = ${papers.col.id}`);
  return sql`SELECT ${papers.col.id} AS paper_id, ${papers.col.upvotes} AS upvotes, top.rank::int AS rank
    FROM ${join([from, sql`unnest(${windowTop.slice(0, watch.trendingTop!)}::int[]) WITH ORDINALITY AS top(paper_id, rank)`])}
    ${where(conditions)}`;
}

/**
 * A TRENDING watch fires for the matching papers in its top that were not there at its last
 * check, however they got there: by their own votes, or by others falling or being deleted.
 * Every change to the catalog queues a check, and decay never reorders papers (it shrinks
 * every score alike), so the top seen at each check is the top between checks too.
 */
function recordTrendingEntries(tx: ServiceContext, watch: WatchRow, windowTop: number[]): Promise<RecordedEvent[]> {
  // Every statement in a WITH runs, whether or not the query reads it.
  return query<RecordedEvent>(
    tx.db,
    sql`WITH matching AS (${matchingTopSql(watch, windowTop)}),
        remembered AS (${rememberTopSql(watch)}),
        recorded AS (
          ${INSERT_EVENTS}
          SELECT ${watch.id}, paper_id, ${watch.trigger}::watch_trigger, ${triggerKey(watch)}, upvotes, rank
          FROM matching WHERE paper_id <> ALL (${watch.trendingSeen ?? []}::int[])
          ON CONFLICT DO NOTHING RETURNING ${watchEvents.column.id} AS id
        )
        SELECT id FROM recorded`,
  );
}

/** Sets the watch's seen top to the papers of `matching`. */
function rememberTopSql(watch: WatchRow): Sql {
  return sql`UPDATE ${watches.from} SET ${watches.column.trendingSeen} = ARRAY(SELECT paper_id FROM matching ORDER BY rank)
    WHERE ${watches.col.id} = ${watch.id}`;
}

/** Remembers the matching papers in a TRENDING watch's top now, so that papers already there never fire. */
export async function rememberTrendingTop(db: Queryable, watch: WatchRow): Promise<void> {
  if (watch.trigger !== WatchTriggerKind.TRENDING) return;
  const windowTop = await topOfWindow(db, watch.trendingWindow!, watch.trendingTop!);
  await query(
    db,
    sql`WITH matching AS (${matchingTopSql(
      watch,
      windowTop.map((position) => position.paperId),
    )}) ${rememberTopSql(watch)}`,
  );
}
