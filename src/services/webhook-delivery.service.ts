import { Webhook } from "standardwebhooks";
import type { WebhookSettings } from "../config";
import { query, queryOne, raw, sql } from "../db/sql";
import { papers, watchEvents, watches, webhookDeliveries, webhookEndpoints } from "../db/tables";
import { arxivAbsUrl } from "../domain/arxiv";
import { toGlobalId } from "../domain/global-id";
import { openWebhookSecret, sealWebhookSecret } from "../domain/webhook-secret";
import type { WatchTriggerKind } from "../entities/watch.entity";
import { postWebhook } from "../net/webhook-target";
import { inTransaction, type ServiceContext } from "./context";
import type { WebhookDesk } from "./webhook.service";

/**
 * A claimed attempt's lease: how long past its timeout an attempt may take to record its outcome
 * before the delivery is due again, taken to have died with its worker.
 */
const LEASE_MARGIN_MS = 5000;
/** The longest error text kept on a delivery. */
const MAX_ERROR_LENGTH = 500;

/** How a delivery attempt ended, for the log. */
export type AttemptOutcome = "NOT_DUE" | "SUCCEEDED" | "RETRYING" | "FAILED" | "OVERTAKEN";

/** The longest wait between two attempts. */
const MAX_RETRY_DELAY_MS = 24 * 60 * 60 * 1000;

/** The wait before attempt `attempt + 1`: the base, then six times longer each time, a day at most. */
export function retryDelayMs(settings: Pick<WebhookSettings, "retryBaseMs">, attempt: number): number {
  return Math.min(settings.retryBaseMs * 6 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

const delivery = webhookDeliveries;
const endpoint = webhookEndpoints;

/** Deliveries due now whose endpoint is enabled, oldest due first: what a sweep queues. */
export async function dueWebhookDeliveries(ctx: ServiceContext, limit: number): Promise<number[]> {
  const rows = await query<{ id: number }>(
    ctx.db,
    sql`SELECT ${delivery.col.id} AS id FROM ${delivery.from}
        JOIN ${endpoint.from} ON ${endpoint.col.id} = ${delivery.col.endpointId}
        WHERE ${delivery.col.status} = 'PENDING' AND ${delivery.col.nextAttemptAt} <= now()
          AND ${endpoint.col.disabledAt} IS NULL
        ORDER BY ${delivery.col.nextAttemptAt} LIMIT ${limit}`,
  );
  return rows.map((row) => row.id);
}

interface ClaimedAttempt {
  attempt: number;
  webhookId: string;
  url: string;
  secret: string;
  watchId: number;
  watchName: string;
  eventId: number;
  trigger: WatchTriggerKind;
  eventCreatedAt: Date;
  rank: number | null;
  eventUpvotes: number;
  paperId: number;
  title: string;
  arxivId: string | null;
  publishedAt: Date;
  upvotes: number;
  deleted: boolean;
}

/**
 * Takes the delivery's next attempt if it is due and no other worker holds it: counts the
 * attempt and moves its due time past the attempt's timeout (the lease), and queues an attempt
 * at that time, all in one transaction. If this worker dies mid-attempt, that one retries it.
 */
function claimAttempt(
  ctx: ServiceContext,
  desk: WebhookDesk,
  settings: WebhookSettings,
  deliveryId: number,
): Promise<ClaimedAttempt | undefined> {
  const leaseMs = settings.timeoutMs + LEASE_MARGIN_MS;
  return inTransaction(ctx, async (tx) => {
    const { col, column } = delivery;
    const event = watchEvents.col;
    const claimed = await queryOne<ClaimedAttempt & { leaseEnd: Date }>(
      tx.db,
      sql`WITH claimed AS (
            UPDATE ${delivery.name} SET ${column.attempts} = ${column.attempts} + 1,
              ${column.nextAttemptAt} = now() + ${leaseMs}::int * interval '1 millisecond'
            WHERE ${column.id} = (
              SELECT ${col.id} FROM ${delivery.from}
              JOIN ${endpoint.from} ON ${endpoint.col.id} = ${col.endpointId}
              WHERE ${col.id} = ${deliveryId} AND ${col.status} = 'PENDING' AND ${col.nextAttemptAt} <= now()
                AND ${endpoint.col.disabledAt} IS NULL
              FOR UPDATE OF ${raw(delivery.alias)} SKIP LOCKED
            )
            RETURNING *
          )
          SELECT ${col.attempts} AS attempt, ${col.webhookId} AS "webhookId", ${col.nextAttemptAt} AS "leaseEnd",
            ${endpoint.col.url} AS url, ${endpoint.col.secret} AS secret,
            ${watches.col.id} AS "watchId", ${watches.col.name} AS "watchName",
            ${event.id} AS "eventId", ${event.trigger} AS trigger, ${event.createdAt} AS "eventCreatedAt",
            ${event.rank} AS rank, ${event.upvotes} AS "eventUpvotes",
            ${papers.col.id} AS "paperId", ${papers.col.title} AS title, ${papers.col.arxivId} AS "arxivId",
            ${papers.col.publishedAt} AS "publishedAt", ${papers.col.upvotes} AS upvotes,
            ${papers.col.deletedAt} IS NOT NULL AS deleted
          FROM claimed ${raw(delivery.alias)}
          JOIN ${endpoint.from} ON ${endpoint.col.id} = ${col.endpointId}
          JOIN ${watchEvents.from} ON ${event.id} = ${col.watchEventId}
          JOIN ${watches.from} ON ${watches.col.id} = ${event.watchId}
          JOIN ${papers.from} ON ${papers.col.id} = ${event.paperId}`,
    );
    if (claimed) await desk.schedule(tx, deliveryId, claimed.leaseEnd);
    return claimed;
  });
}

/**
 * The body of a delivery: the event, its watch and its paper as it is now (null once deleted),
 * with global IDs. `timestamp` is when the event was raised, so retries send the same event.
 */
export function webhookPayload(claimed: Omit<ClaimedAttempt, "attempt" | "webhookId" | "url" | "secret">) {
  return {
    type: "watch.event",
    timestamp: claimed.eventCreatedAt.toISOString(),
    data: {
      watch: { id: toGlobalId("Watch", claimed.watchId), name: claimed.watchName },
      event: {
        id: toGlobalId("WatchEvent", claimed.eventId),
        trigger: claimed.trigger,
        createdAt: claimed.eventCreatedAt.toISOString(),
        rank: claimed.rank,
        upvotes: claimed.eventUpvotes,
      },
      paper: claimed.deleted
        ? null
        : {
            id: toGlobalId("Paper", claimed.paperId),
            title: claimed.title,
            arxivId: claimed.arxivId,
            url: claimed.arxivId ? arxivAbsUrl(claimed.arxivId) : null,
            publishedAt: claimed.publishedAt.toISOString(),
            upvotes: claimed.upvotes,
          },
    },
  };
}

/** Sends one attempt, signed; resolves with the answer's status, or the reason none came. */
async function send(
  claimed: ClaimedAttempt,
  secretKey: Buffer,
  settings: WebhookSettings,
): Promise<{ status: number | null; error: string | null }> {
  let secret: string;
  try {
    secret = openWebhookSecret(secretKey, claimed.secret);
  } catch {
    return { status: null, error: "its secret was sealed under another DIGEST_SECRET: make a new endpoint" };
  }
  const body = JSON.stringify(webhookPayload(claimed));
  const now = new Date();
  const headers = {
    "content-type": "application/json",
    "user-agent": "papergraph-webhooks",
    "webhook-id": claimed.webhookId,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(claimed.webhookId, now, body),
  };
  try {
    const status = await postWebhook({
      url: claimed.url,
      headers,
      body,
      timeoutMs: settings.timeoutMs,
      allowPrivateAddresses: settings.allowPrivateAddresses,
    });
    if (status >= 200 && status < 300) return { status, error: null };
    const redirect = status >= 300 && status < 400 ? ": redirects are not followed" : "";
    return { status, error: `HTTP ${status}${redirect}` };
  } catch (error) {
    return { status: null, error: (error as Error).message.slice(0, MAX_ERROR_LENGTH) };
  }
}

/**
 * Makes the delivery's next attempt, if it is due, and records how it went: SUCCEEDED on a 2xx;
 * otherwise another attempt after the backoff, or FAILED after the last one. Each failed attempt
 * counts against the endpoint, which is disabled after `maxFailures` in a row; a success resets
 * the count. An outcome is recorded only while the attempt still holds the delivery: one whose
 * lease ran out was retried by another worker, whose outcome counts instead.
 */
export async function attemptWebhookDelivery(
  ctx: ServiceContext,
  desk: WebhookDesk,
  settings: WebhookSettings,
  deliveryId: number,
): Promise<AttemptOutcome> {
  const claimed = await claimAttempt(ctx, desk, settings, deliveryId);
  if (!claimed) return "NOT_DUE";
  const { status, error } = await send(claimed, desk.secretKey, settings);
  return inTransaction(ctx, async (tx) => {
    const { col, column } = delivery;
    const succeeded = error === null;
    const last = claimed.attempt >= settings.maxAttempts;
    const nextAttemptMs = retryDelayMs(settings, claimed.attempt);
    const outcome: AttemptOutcome = succeeded ? "SUCCEEDED" : last ? "FAILED" : "RETRYING";
    const recorded = await queryOne<{ endpointId: number; nextAttemptAt: Date | null }>(
      tx.db,
      sql`WITH recorded AS (
            UPDATE ${delivery.from} SET
            ${column.status} = ${succeeded ? "SUCCEEDED" : last ? "FAILED" : "PENDING"},
            ${column.lastResponseCode} = ${status}, ${column.lastError} = ${error},
            ${column.deliveredAt} = ${succeeded ? sql`now()` : sql`NULL`},
            ${column.nextAttemptAt} = ${outcome === "RETRYING" ? sql`now() + ${nextAttemptMs}::int * interval '1 millisecond'` : sql`NULL`}
          WHERE ${col.id} = ${deliveryId} AND ${col.attempts} = ${claimed.attempt} AND ${col.status} = 'PENDING'
          RETURNING ${col.endpointId} AS "endpointId", ${col.nextAttemptAt} AS "nextAttemptAt"
          ) SELECT * FROM recorded`,
    );
    if (!recorded) return "OVERTAKEN";
    const failures = endpoint.column.consecutiveFailures;
    await query(
      tx.db,
      succeeded
        ? sql`UPDATE ${endpoint.name} SET ${failures} = 0 WHERE ${endpoint.column.id} = ${recorded.endpointId}`
        : sql`UPDATE ${endpoint.name} SET ${failures} = ${failures} + 1,
                ${endpoint.column.disabledAt} = CASE WHEN ${failures} + 1 >= ${settings.maxFailures}
                  THEN coalesce(${endpoint.column.disabledAt}, now()) ELSE ${endpoint.column.disabledAt} END,
                ${endpoint.column.disabledReason} = CASE WHEN ${failures} + 1 >= ${settings.maxFailures}
                  THEN coalesce(${endpoint.column.disabledReason},
                    ${`${settings.maxFailures} delivery attempts failed in a row; the last: ${error}`})
                  ELSE ${endpoint.column.disabledReason} END
              WHERE ${endpoint.column.id} = ${recorded.endpointId}`,
    );
    if (recorded.nextAttemptAt) await desk.schedule(tx, deliveryId, recorded.nextAttemptAt);
    return outcome;
  });
}

/**
 * Seals the secrets of endpoints made before secrets were sealed, each in place unless it changed
 * meanwhile; run at start. Returns how many were sealed.
 */
export async function sealStoredWebhookSecrets(ctx: ServiceContext, key: Buffer): Promise<number> {
  const { col, column } = endpoint;
  const stored = await query<{ id: number; secret: string }>(
    ctx.db,
    sql`SELECT ${col.id} AS id, ${col.secret} AS secret FROM ${endpoint.from} WHERE ${col.secret} NOT LIKE 'v1.%'`,
  );
  if (stored.length === 0) return 0;
  const row = await queryOne<{ count: number }>(
    ctx.db,
    sql`WITH sealed AS (
          UPDATE ${endpoint.from} SET ${column.secret} = given.sealed
          FROM unnest(${stored.map((row) => row.id)}::int[], ${stored.map((row) => row.secret)}::text[],
                      ${stored.map((row) => sealWebhookSecret(key, row.secret))}::text[]) AS given(id, plain, sealed)
          WHERE ${col.id} = given.id AND ${col.secret} = given.plain
          RETURNING 1
        ) SELECT count(*)::int AS count FROM sealed`,
  );
  return row!.count;
}
