import { DIGEST_SUBSCRIPTION_FIELDS, type DigestSubscriptionRow } from "../db/rows";
import { violatedUniqueConstraint } from "../db/constraints";
import { join, query, queryOne, sql, type Sql } from "../db/sql";
import { confirmationThrottles, digestSubscriptions } from "../db/tables";
import { checkEmailAddress } from "../domain/email-address";
import { addressHash, LinkPurpose, verifyLink } from "../domain/signed-link";
import { DigestFrequency, type DigestTopic } from "../entities/digest-subscription.entity";
import { NotFoundError, UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin, requireViewer } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";
import { readListPage, type ListPage } from "./list";
import { SortDirection, type Page, type SortKey } from "./pagination";
import { checkPaperFilterInput, type PaperFilterFields } from "./paper.service";

/** How long an address must wait between two confirmation or notice emails. */
export const CONFIRMATION_INTERVAL_SECONDS = 3600;

/** A topic as a caller sends it. */
export type DigestTopicFields = Pick<
  PaperFilterFields,
  "search" | "keywords" | "minUpvotes" | "hasCode" | "category" | "hasDoi" | "submitter" | "organization"
>;

/** Validates a topic with the rules of `papers(filter:)`; a refusal is a user error on `field`. */
export function checkDigestTopic(fields: DigestTopicFields | null | undefined, field: string[]): DigestTopic {
  const { search, keywords, minUpvotes, hasCode, category, hasDoi, submitter, organization } = checkPaperFilterInput(
    fields ?? {},
    field,
  );
  return { search, keywords: keywords?.sort(), minUpvotes, hasCode, category, hasDoi, submitter, organization };
}

/**
 * The topic as canonical JSON: same topic, same key. The conditions added later come after the
 * first four, and only when one is given, so topics saved before them keep their keys.
 */
function topicKey(topic: DigestTopic): string {
  const later = [topic.category, topic.hasDoi, topic.submitter, topic.organization].map((value) => value ?? null);
  return JSON.stringify([
    topic.search ?? null,
    topic.keywords ?? null,
    topic.minUpvotes ?? null,
    topic.hasCode ?? null,
    ...(later.some((value) => value !== null) ? later : []),
  ]);
}

/** The topic for people: `matching "diffusion", with code, 5+ upvotes`, or null for every paper. */
export function describeTopic(topic: DigestTopic): string | null {
  const parts = [
    topic.search !== undefined ? `matching "${topic.search}"` : null,
    topic.keywords ? `with keyword ${topic.keywords.join(" or ")}` : null,
    topic.hasCode === undefined ? null : topic.hasCode ? "with code" : "without code",
    topic.minUpvotes !== undefined ? `with at least ${topic.minUpvotes} upvotes` : null,
    topic.category !== undefined ? `in ${topic.category}` : null,
    topic.hasDoi === undefined ? null : topic.hasDoi ? "with a DOI" : "without a DOI",
    topic.submitter !== undefined ? `submitted by ${topic.submitter}` : null,
    topic.organization !== undefined ? `from ${topic.organization}` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** The email a subscribe leads to, sent once the subscription has committed. */
export interface DigestNotice {
  subscriptionId: number;
  /** A new or unconfirmed subscription is asked to confirm; a confirmed one is told it already is. */
  kind: "confirm" | "already-subscribed";
}

/** What subscribing needs besides the database. */
export interface DigestDesk {
  /** Signs and checks the links in digest emails, and keys address hashes. */
  secret: string;
  /** Queues the email a subscribe asked for, in the subscribe's transaction. */
  notify(tx: ServiceContext, notice: DigestNotice): Promise<void>;
  /** The origin of links in emails and of watches' private feed URLs: PUBLIC_URL, or this server. */
  publicUrl(): string;
}

export interface SubscribeInput {
  email: string;
  frequency: DigestFrequency;
  topic?: DigestTopicFields | null;
}

const COLUMNS = digestSubscriptions.select(DIGEST_SUBSCRIPTION_FIELDS);
const { col, column } = digestSubscriptions;

/**
 * Subscribes an address, unconfirmed, or finds its existing subscription. The caller sees the
 * same answer either way; what differs is the email: a confirmation, or a note that it is
 * already subscribed. At most one such email goes to an address per hour: past that, nothing
 * is sent, and the answer is still the same.
 */
export async function subscribeToDigest(ctx: ServiceContext, desk: DigestDesk, input: SubscribeInput): Promise<void> {
  const { address, key } = checkEmailAddress(input.email, ["input", "email"]);
  const topic = checkDigestTopic(input.topic, ["input", "topic"]);
  const userId = ctx.viewer?.id ?? null;
  // One conflict target per partial unique index: anonymous, or owned by this user.
  const conflict =
    userId === null
      ? sql`(${column.emailKey}, ${column.frequency}, ${column.topicKey}) WHERE ${column.userId} IS NULL`
      : sql`(${column.userId}, ${column.emailKey}, ${column.frequency}, ${column.topicKey}) WHERE ${column.userId} IS NOT NULL`;
  return inTransaction(ctx, async (tx) => {
    const subscription = await queryOne<{ id: number; confirmed: boolean }>(
      tx.db,
      sql`INSERT INTO ${digestSubscriptions.name}
            (${column.email}, ${column.emailKey}, ${column.userId}, ${column.frequency}, ${column.topic}, ${column.topicKey})
          VALUES (${address}, ${key}, ${userId}, ${input.frequency}, ${JSON.stringify(topic)}, ${topicKey(topic)})
          ON CONFLICT ${conflict} DO UPDATE SET ${column.emailKey} = EXCLUDED.${column.emailKey}
          RETURNING ${column.id} AS id, ${column.confirmedAt} IS NOT NULL AS confirmed`,
    );
    const hash = addressHash(desk.secret, key);
    const mayEmail = await queryOne(
      tx.db,
      sql`INSERT INTO ${confirmationThrottles.name} (${confirmationThrottles.column.addressHash}, ${confirmationThrottles.column.sentAt})
          VALUES (${hash}, now())
          ON CONFLICT (${confirmationThrottles.column.addressHash}) DO UPDATE SET ${confirmationThrottles.column.sentAt} = now()
            WHERE ${confirmationThrottles.name}.${confirmationThrottles.column.sentAt}
              < now() - make_interval(secs => ${CONFIRMATION_INTERVAL_SECONDS})
          RETURNING 1`,
    );
    if (!mayEmail) return;
    const kind = subscription!.confirmed ? "already-subscribed" : "confirm";
    await desk.notify(tx, { subscriptionId: subscription!.id, kind });
  });
}

/** Forgets throttle entries older than the interval, so an address's hash lives at most that long. */
export async function forgetOldThrottles(ctx: ServiceContext): Promise<void> {
  await query(
    ctx.db,
    sql`DELETE FROM ${confirmationThrottles.name}
        WHERE ${confirmationThrottles.column.sentAt} < now() - make_interval(secs => ${CONFIRMATION_INTERVAL_SECONDS})`,
  );
}

const gone = () => new NotFoundError("This subscription no longer exists: it was cancelled or unsubscribed.");

export function readSubscription(ctx: ServiceContext, id: number): Promise<DigestSubscriptionRow | undefined> {
  return queryOne<DigestSubscriptionRow>(
    ctx.db,
    sql`SELECT ${COLUMNS} FROM ${digestSubscriptions.from} WHERE ${col.id} = ${id}`,
  );
}

/** The subscription a confirmation link is for, confirmed (again, harmlessly). */
export async function confirmByLink(
  ctx: ServiceContext,
  secret: string,
  token: string,
): Promise<DigestSubscriptionRow> {
  const id = verifyLink(secret, token, LinkPurpose.CONFIRM);
  const row = await queryOne<DigestSubscriptionRow>(
    ctx.db,
    sql`WITH confirmed AS (
          UPDATE ${digestSubscriptions.from} SET ${column.confirmedAt} = coalesce(${col.confirmedAt}, now())
          WHERE ${col.id} = ${id} RETURNING ${COLUMNS}
        ) SELECT * FROM confirmed`,
  );
  if (!row) throw gone();
  return row;
}

/** The subscription a manage link is for. */
export async function readByManageLink(
  ctx: ServiceContext,
  secret: string,
  token: string,
): Promise<DigestSubscriptionRow> {
  const row = await readSubscription(ctx, verifyLink(secret, token, LinkPurpose.MANAGE));
  if (!row) throw gone();
  return row;
}

/**
 * Deletes the subscription an unsubscribe or manage link is for, and with it the address, if
 * no other subscription holds it. Following the link again, or a mail client's one-click POST
 * after the reader's click, succeeds too: the subscription is gone either way.
 */
export async function unsubscribeByLink(ctx: ServiceContext, secret: string, token: string): Promise<void> {
  let id: number;
  try {
    id = verifyLink(secret, token, LinkPurpose.UNSUBSCRIBE);
  } catch {
    id = verifyLink(secret, token, LinkPurpose.MANAGE);
  }
  await query(ctx.db, sql`DELETE FROM ${digestSubscriptions.name} WHERE ${column.id} = ${id}`);
}

/** Changes how often a manage link's subscription is sent. */
export function changeFrequencyByLink(
  ctx: ServiceContext,
  secret: string,
  token: string,
  frequency: DigestFrequency,
): Promise<DigestSubscriptionRow> {
  return updateSubscription(ctx, verifyLink(secret, token, LinkPurpose.MANAGE), sql`TRUE`, { frequency });
}

export interface SubscriptionChanges {
  frequency?: DigestFrequency;
  topic?: DigestTopic;
}

/**
 * Applies `changes` to the subscription `id` if `owned` holds for it. Becoming a duplicate of
 * another of the address's subscriptions is a user error.
 */
async function updateSubscription(
  ctx: ServiceContext,
  id: number,
  owned: Sql,
  changes: SubscriptionChanges,
): Promise<DigestSubscriptionRow> {
  const sets = [sql`${column.updatedAt} = now()`];
  if (changes.frequency) sets.push(sql`${column.frequency} = ${changes.frequency}`);
  if (changes.topic) {
    sets.push(
      sql`${column.topic} = ${JSON.stringify(changes.topic)}`,
      sql`${column.topicKey} = ${topicKey(changes.topic)}`,
    );
  }
  try {
    const row = await queryOne<DigestSubscriptionRow>(
      ctx.db,
      sql`WITH updated AS (
            UPDATE ${digestSubscriptions.from} SET ${join(sets)}
            WHERE ${col.id} = ${id} AND ${owned} RETURNING ${COLUMNS}
          ) SELECT * FROM updated`,
    );
    if (!row)
      throw UserErrors.of(["input", "id"], UserErrorCode.NOT_FOUND, "You have no digest subscription with this ID.");
    return row;
  } catch (error) {
    if (!violatedUniqueConstraint(error)) throw error;
    throw UserErrors.of(
      ["input", changes.topic ? "topic" : "frequency"],
      UserErrorCode.TAKEN,
      "This address already has a digest of this topic at this frequency.",
    );
  }
}

/** Changes a subscription the viewer made; another's answers NOT_FOUND, as if it did not exist. */
export function updateOwnSubscription(
  ctx: ServiceContext,
  id: number,
  changes: SubscriptionChanges,
): Promise<DigestSubscriptionRow> {
  const viewer = requireViewer(ctx);
  return updateSubscription(ctx, id, sql`${col.userId} = ${viewer.id}`, changes);
}

/** Cancels a subscription the viewer made: it is deleted, with its address. */
export async function cancelOwnSubscription(ctx: ServiceContext, id: number): Promise<DigestSubscriptionRow> {
  const viewer = requireViewer(ctx);
  const row = await queryOne<DigestSubscriptionRow>(
    ctx.db,
    sql`WITH deleted AS (
          DELETE FROM ${digestSubscriptions.from} WHERE ${col.id} = ${id} AND ${col.userId} = ${viewer.id}
          RETURNING ${COLUMNS}
        ) SELECT * FROM deleted`,
  );
  if (!row)
    throw UserErrors.of(["input", "id"], UserErrorCode.NOT_FOUND, "You have no digest subscription with this ID.");
  return row;
}

export const SUBSCRIPTION_ORDER: SortKey = {
  name: "digest_subscription",
  keySql: col.id,
  keyType: "integer",
  idSql: col.id,
};

/** The subscriptions the viewer made, oldest first. */
export function listOwnSubscriptions(ctx: ServiceContext, page: Page): Promise<ListPage<DigestSubscriptionRow>> {
  const viewer = requireViewer(ctx);
  return readListPage(
    ctx.db,
    {
      columns: COLUMNS,
      from: digestSubscriptions.from,
      conditions: [sql`${col.userId} = ${viewer.id}`],
      sort: SUBSCRIPTION_ORDER,
      direction: SortDirection.ASC,
    },
    page,
  );
}

/**
 * Every subscription, with its address, for admins; each call is written to the audit log
 * with what was asked and how many addresses it showed, in the same transaction as the read.
 */
export function listSubscribersAudited(
  ctx: ServiceContext,
  emailKey: string | undefined,
  page: Page,
): Promise<{ page: ListPage<DigestSubscriptionRow>; count: number }> {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const conditions = emailKey === undefined ? [] : [sql`${col.emailKey} = ${emailKey}`];
    const result = await readListPage<DigestSubscriptionRow>(
      tx.db,
      {
        columns: COLUMNS,
        from: digestSubscriptions.from,
        conditions,
        sort: SUBSCRIPTION_ORDER,
        direction: SortDirection.ASC,
      },
      page,
    );
    const count = await result.count();
    await recordAudit(tx, AuditAction.DIGEST_ADDRESSES_READ, null, {
      email: { before: null, after: emailKey ?? null },
      addressesShown: { before: null, after: result.edges.length },
    });
    return { page: result, count };
  });
}
