import { randomBytes } from "node:crypto";
import {
  WEBHOOK_DELIVERY_FIELDS,
  WEBHOOK_ENDPOINT_FIELDS,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from "../db/rows";
import { query, queryOne, raw, sql } from "../db/sql";
import { watches, webhookDeliveries, webhookEndpoints } from "../db/tables";
import { FieldCheck } from "../domain/field-check";
import { sealWebhookSecret } from "../domain/webhook-secret";
import { UserErrorCode, UserErrors } from "../errors";
import { webhookUrlProblem } from "../net/webhook-target";
import { requireViewer } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";
import { readOwnWatch } from "./watch.service";

export const MAX_WEBHOOK_URL_LENGTH = 2000;
export const MAX_ENDPOINTS_PER_WATCH = 10;

/** What services need of the webhook job queue. */
export interface WebhookDesk {
  /** Whether endpoints may resolve to loopback and private addresses (development and tests). */
  allowPrivateAddresses: boolean;
  /** The key endpoints' secrets are sealed with (domain/webhook-secret.ts). */
  secretKey: Buffer;
  /** Queues an attempt of the delivery at `at`, inside the transaction `tx`: it exists if `tx` commits. */
  schedule(tx: ServiceContext, deliveryId: number, at: Date): Promise<void>;
}

const ENDPOINT_COLUMNS = webhookEndpoints.select(WEBHOOK_ENDPOINT_FIELDS);
const DELIVERY_COLUMNS = webhookDeliveries.select(WEBHOOK_DELIVERY_FIELDS);
const endpoint = webhookEndpoints;
const delivery = webhookDeliveries;

/** Standard Webhooks' secret format: `whsec_` and 32 random bytes in base64. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** The endpoint `id`, if it belongs to one of the viewer's watches. */
const ownEndpoint = (ctx: ServiceContext, id: number) =>
  sql`${endpoint.col.id} = ${id} AND EXISTS (
        SELECT 1 FROM ${watches.from} WHERE ${watches.col.id} = ${endpoint.col.watchId}
          AND ${watches.col.userId} = ${requireViewer(ctx).id})`;

const watchNotFound = () =>
  UserErrors.of(["input", "watchId"], UserErrorCode.NOT_FOUND, "You have no watch with this ID.");

const endpointNotFound = () =>
  UserErrors.of(["input", "id"], UserErrorCode.NOT_FOUND, "You have no webhook endpoint with this ID.");

/**
 * Adds an endpoint to the viewer's watch, and returns it with its secret, which is shown only
 * here. The URL must be http(s) and, unless the desk allows private addresses, resolve to public
 * addresses only; it is checked again at each delivery.
 */
export async function createWebhookEndpoint(
  ctx: ServiceContext,
  desk: WebhookDesk,
  input: { watchId: number; url: string },
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const viewer = requireViewer(ctx);
  const check = new FieldCheck();
  const url = check.httpUrl(["input", "url"], input.url, MAX_WEBHOOK_URL_LENGTH);
  check.done();
  // Before resolving the host: only the watch's owner may learn what the server's DNS answers.
  if (!(await readOwnWatch(ctx, input.watchId))) throw watchNotFound();
  const problem = await webhookUrlProblem(new URL(url!), desk.allowPrivateAddresses);
  if (problem) throw UserErrors.of(["input", "url"], UserErrorCode.INVALID, `The URL ${problem}.`);
  const secret = newSecret();
  return inTransaction(ctx, async (tx) => {
    // The watch's row is locked, so two creates at once cannot both pass the count.
    const watch = await queryOne<{ endpoints: number }>(
      tx.db,
      sql`SELECT (SELECT count(*)::int FROM ${endpoint.from} WHERE ${endpoint.col.watchId} = ${watches.col.id}) AS endpoints
          FROM ${watches.from} WHERE ${watches.col.id} = ${input.watchId} AND ${watches.col.userId} = ${viewer.id}
          FOR UPDATE OF ${raw(watches.alias)}`,
    );
    if (!watch) throw watchNotFound();
    if (watch.endpoints >= MAX_ENDPOINTS_PER_WATCH) {
      throw UserErrors.of(
        ["input", "watchId"],
        UserErrorCode.LIMIT_REACHED,
        `This watch already has ${MAX_ENDPOINTS_PER_WATCH} webhook endpoints, the most allowed; delete one first.`,
      );
    }
    const { column } = endpoint;
    const created = await queryOne<WebhookEndpointRow>(
      tx.db,
      sql`WITH created AS (
            INSERT INTO ${endpoint.name} (${column.watchId}, ${column.url}, ${column.secret})
            VALUES (${input.watchId}, ${url}, ${sealWebhookSecret(desk.secretKey, secret)}) RETURNING *
          ) SELECT ${ENDPOINT_COLUMNS} FROM created ${raw(endpoint.alias)}`,
    );
    return { endpoint: created!, secret };
  });
}

/** Deletes the viewer's endpoint and its deliveries; another user's answers NOT_FOUND. */
export async function deleteOwnWebhookEndpoint(ctx: ServiceContext, id: number): Promise<void> {
  const deleted = await queryOne(
    ctx.db,
    sql`WITH deleted AS (
          DELETE FROM ${endpoint.from} WHERE ${ownEndpoint(ctx, id)} RETURNING ${endpoint.col.id}
        ) SELECT * FROM deleted`,
  );
  if (!deleted) throw endpointNotFound();
}

/**
 * Enables the viewer's endpoint again, with no failures counted, and makes the deliveries it
 * left pending due now. Enabling an enabled endpoint only forgets its failures: its pending
 * deliveries keep their times, so none in flight is sent twice.
 */
export function enableOwnWebhookEndpoint(
  ctx: ServiceContext,
  desk: WebhookDesk,
  id: number,
): Promise<WebhookEndpointRow> {
  return inTransaction(ctx, async (tx) => {
    const before = await queryOne<{ disabled: boolean }>(
      tx.db,
      sql`SELECT ${endpoint.col.disabledAt} IS NOT NULL AS disabled FROM ${endpoint.from}
          WHERE ${ownEndpoint(tx, id)} FOR UPDATE`,
    );
    if (!before) throw endpointNotFound();
    const { column } = endpoint;
    const enabled = await queryOne<WebhookEndpointRow>(
      tx.db,
      sql`WITH enabled AS (
            UPDATE ${endpoint.from}
            SET ${column.disabledAt} = NULL, ${column.disabledReason} = NULL, ${column.consecutiveFailures} = 0
            WHERE ${endpoint.col.id} = ${id} RETURNING ${ENDPOINT_COLUMNS}
          ) SELECT * FROM enabled`,
    );
    if (before.disabled) {
      const due = await query<{ id: number; nextAttemptAt: Date }>(
        tx.db,
        sql`WITH due AS (
              UPDATE ${delivery.from} SET ${delivery.column.nextAttemptAt} = now()
              WHERE ${delivery.col.endpointId} = ${id} AND ${delivery.col.status} = 'PENDING'
              RETURNING ${delivery.col.id} AS id, ${delivery.col.nextAttemptAt} AS "nextAttemptAt"
            ) SELECT * FROM due`,
      );
      for (const pending of due) await desk.schedule(tx, pending.id, pending.nextAttemptAt);
    }
    return enabled!;
  });
}

/**
 * Queues the event of the viewer's delivery again, as a new delivery with the same `webhookId`,
 * so the receiver can tell it is the same event. The endpoint must be enabled.
 */
export function redeliverOwnWebhookDelivery(
  ctx: ServiceContext,
  desk: WebhookDesk,
  id: number,
): Promise<WebhookDeliveryRow> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (tx) => {
    const original = await queryOne<{ endpointId: number; watchEventId: number; webhookId: string; enabled: boolean }>(
      tx.db,
      sql`SELECT ${delivery.col.endpointId} AS "endpointId", ${delivery.col.watchEventId} AS "watchEventId",
            ${delivery.col.webhookId} AS "webhookId", ${endpoint.col.disabledAt} IS NULL AS enabled
          FROM ${delivery.from}
          JOIN ${endpoint.from} ON ${endpoint.col.id} = ${delivery.col.endpointId}
          JOIN ${watches.from} ON ${watches.col.id} = ${endpoint.col.watchId}
          WHERE ${delivery.col.id} = ${id} AND ${watches.col.userId} = ${viewer.id}`,
    );
    if (!original) {
      throw UserErrors.of(
        ["input", "deliveryId"],
        UserErrorCode.NOT_FOUND,
        "You have no webhook delivery with this ID.",
      );
    }
    if (!original.enabled) {
      throw UserErrors.of(
        ["input", "deliveryId"],
        UserErrorCode.INVALID,
        "Its endpoint is disabled; enable it with enableWebhookEndpoint first.",
      );
    }
    const { column } = delivery;
    const queued = (await queryOne<WebhookDeliveryRow>(
      tx.db,
      sql`WITH queued AS (
            INSERT INTO ${delivery.name} (${column.endpointId}, ${column.watchEventId}, ${column.webhookId}, ${column.nextAttemptAt})
            VALUES (${original.endpointId}, ${original.watchEventId}, ${original.webhookId}, now()) RETURNING *
          ) SELECT ${DELIVERY_COLUMNS} FROM queued ${raw(delivery.alias)}`,
    ))!;
    await desk.schedule(tx, queued.id, queued.nextAttemptAt!);
    return queued;
  });
}
