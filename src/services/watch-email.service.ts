import { WATCH_EVENT_FIELDS, type WatchEventRow, type WatchRow } from "../db/rows";
import { join, query, queryOne, raw, sql, where, type Sql } from "../db/sql";
import { digestSubscriptions, watchEmailDeliveries, watchEvents, watches } from "../db/tables";
import { LinkPurpose, verifyLink } from "../domain/signed-link";
import { watchEventLine } from "../domain/text";
import { WatchEmailStatus } from "../entities/watch-email-delivery.entity";
import { WatchEmailMode } from "../entities/watch.entity";
import { NotFoundError, UserErrorCode, UserErrors } from "../errors";
import type { DigestPaper, WatchEventMail } from "../mail/templates";
import { inTransaction, type ServiceContext } from "./context";
import { paperLink, withEventPapers, type PaperWithChildren } from "./feed.service";

/** Watch events a digest carries at most; the rest wait for the next one. */
export const DIGEST_WATCH_EVENTS = 50;

/** A paper as a digest or a watch email shows it. */
export function digestPaper({ paper, authors, repositories }: PaperWithChildren, publicUrl: string): DigestPaper {
  return {
    title: paper.title,
    url: paperLink(paper, publicUrl),
    authors: authors.map(({ name }) => name),
    upvotes: paper.upvotes,
    codeUrl: repositories[0]?.url ?? null,
    abstract: paper.abstract ?? "",
  };
}

/** Where a user's watch emails go: the address of their oldest confirmed digest subscription. */
export function ownerAddress(
  ctx: ServiceContext,
  userId: number,
): Promise<{ subscriptionId: number; email: string } | undefined> {
  const { col } = digestSubscriptions;
  return queryOne(
    ctx.db,
    sql`SELECT ${col.id} AS "subscriptionId", ${col.email} AS email FROM ${digestSubscriptions.from}
        WHERE ${col.userId} = ${userId} AND ${col.confirmedAt} IS NOT NULL ORDER BY ${col.id} LIMIT 1`,
  );
}

/** Users have no address of their own: emailing a watch needs a confirmed digest subscription. */
export async function checkWatchEmailMode(
  ctx: ServiceContext,
  userId: number,
  mode: WatchEmailMode | undefined,
): Promise<void> {
  if (mode === undefined || mode === WatchEmailMode.NONE || (await ownerAddress(ctx, userId))) return;
  throw UserErrors.of(
    ["input", "email"],
    UserErrorCode.NO_CONFIRMED_ADDRESS,
    "Watch emails go to the address of your digest: subscribe to a digest while signed in, and confirm it, first.",
  );
}

/**
 * Queues an email for each of `eventIds`, the new events of `watch`, in the transaction that
 * records them, when the watch emails and its owner has a confirmed address.
 */
export async function queueWatchEmails(
  tx: ServiceContext,
  watch: Pick<WatchRow, "userId" | "email">,
  eventIds: number[],
): Promise<void> {
  if (watch.email === WatchEmailMode.NONE || eventIds.length === 0) return;
  const { column } = watchEmailDeliveries;
  await query(
    tx.db,
    sql`INSERT INTO ${watchEmailDeliveries.name} (${column.eventId}, ${column.userId}, ${column.mode})
        SELECT event_id, ${watch.userId}, ${watch.email}::watch_email_mode FROM unnest(${eventIds}::int[]) AS event_id
        WHERE EXISTS (SELECT 1 FROM ${digestSubscriptions.from}
          WHERE ${digestSubscriptions.col.userId} = ${watch.userId} AND ${digestSubscriptions.col.confirmedAt} IS NOT NULL)`,
  );
}

/** A queued email, with its event and the watch's name. */
export interface PendingWatchEmail {
  event: WatchEventRow;
  userId: number;
  attempts: number;
  watchName: string;
}

const { col, column } = watchEmailDeliveries;

/**
 * Locks and returns pending emails of watches that still email, oldest first; rows another
 * transaction holds are skipped (SKIP LOCKED), so no two senders take the same one.
 */
export async function claimPendingEmails(
  tx: ServiceContext,
  conditions: Sql[],
  limit: number,
): Promise<PendingWatchEmail[]> {
  const rows = await query<WatchEventRow & { userId: number; attempts: number; watchName: string }>(
    tx.db,
    sql`SELECT ${watchEvents.select(WATCH_EVENT_FIELDS)}, ${col.userId} AS "userId", ${col.attempts} AS attempts,
               ${watches.col.name} AS "watchName"
        FROM ${watchEmailDeliveries.from}
        JOIN ${watchEvents.from} ON ${watchEvents.col.id} = ${col.eventId}
        JOIN ${watches.from} ON ${watches.col.id} = ${watchEvents.col.watchId}
        ${where([
          sql`${col.status} = ${WatchEmailStatus.PENDING}`,
          // Turning email off forgets what waits, but a match running meanwhile may still queue one.
          sql`${watches.col.email} <> ${WatchEmailMode.NONE}`,
          ...conditions,
        ])}
        ORDER BY ${col.eventId} LIMIT ${limit} FOR UPDATE OF ${raw(watchEmailDeliveries.alias)} SKIP LOCKED`,
  );
  return rows.map(({ userId, attempts, watchName, ...event }) => ({ event, userId, attempts, watchName }));
}

/** The pending emails that go in a user's next digest: DIGEST ones, and IMMEDIATE ones held back by the cap. */
export function claimDigestWatchEmails(tx: ServiceContext, userId: number): Promise<PendingWatchEmail[]> {
  return claimPendingEmails(
    tx,
    [sql`${col.userId} = ${userId}`, sql`${col.mode} = ${WatchEmailMode.DIGEST}`],
    DIGEST_WATCH_EVENTS,
  );
}

/** The emails' events with their papers, as the templates show them; events of deleted papers are left out. */
export async function watchEventMails(
  ctx: ServiceContext,
  pending: PendingWatchEmail[],
  publicUrl: string,
): Promise<{ eventId: number; mail: WatchEventMail }[]> {
  const names = new Map(pending.map(({ event, watchName }) => [event.id, watchName]));
  const withPapers = await withEventPapers(
    ctx,
    pending.map(({ event }) => event),
  );
  return withPapers.map(({ event, ...paper }) => ({
    eventId: event.id,
    mail: { watchName: names.get(event.id)!, reason: watchEventLine(event), paper: digestPaper(paper, publicUrl) },
  }));
}

/** Records how a claimed email ended; SENT ones name the digest that carried them, if one did. */
export async function setWatchEmailStatus(
  tx: ServiceContext,
  eventIds: number[],
  change: {
    status: WatchEmailStatus;
    attempts?: number;
    lastError?: string | null;
    mode?: WatchEmailMode;
    digestDeliveryId?: number;
  },
): Promise<void> {
  if (eventIds.length === 0) return;
  const sets = [sql`${column.status} = ${change.status}`];
  if (change.status === WatchEmailStatus.SENT) sets.push(sql`${column.sentAt} = now()`);
  if (change.attempts !== undefined) sets.push(sql`${column.attempts} = ${change.attempts}`);
  if (change.lastError !== undefined) sets.push(sql`${column.lastError} = ${change.lastError}`);
  if (change.mode !== undefined) sets.push(sql`${column.mode} = ${change.mode}`);
  if (change.digestDeliveryId !== undefined) sets.push(sql`${column.digestDeliveryId} = ${change.digestDeliveryId}`);
  await query(
    tx.db,
    sql`UPDATE ${watchEmailDeliveries.name} SET ${join(sets)} WHERE ${column.eventId} = ANY(${eventIds}::int[])`,
  );
}

/** Forgets the emails of a watch's events still waiting, once its email is turned off: turning it on again sends none of them. */
export async function forgetPendingEmails(tx: ServiceContext, watchId: number): Promise<void> {
  await query(
    tx.db,
    sql`DELETE FROM ${watchEmailDeliveries.name} WHERE ${column.status} = ${WatchEmailStatus.PENDING}
          AND ${column.eventId} IN (SELECT ${watchEvents.col.id} FROM ${watchEvents.from} WHERE ${watchEvents.col.watchId} = ${watchId})`,
  );
}

/** Turns off the emails of the watch a stop link is for, and forgets those still waiting. */
export function stopWatchEmailByLink(ctx: ServiceContext, secret: string, token: string): Promise<void> {
  const watchId = verifyLink(secret, token, LinkPurpose.STOP_WATCH_EMAIL);
  return inTransaction(ctx, async (tx) => {
    const row = await queryOne(
      tx.db,
      sql`WITH stopped AS (
            UPDATE ${watches.from} SET ${watches.column.email} = ${WatchEmailMode.NONE}, ${watches.column.updatedAt} = now()
            WHERE ${watches.col.id} = ${watchId} RETURNING ${watches.col.id}
          ) SELECT * FROM stopped`,
    );
    if (!row) throw new NotFoundError("This watch no longer exists.");
    await forgetPendingEmails(tx, watchId);
  });
}
