import type { PaperRow } from "../db/rows";
import { query, queryOne, raw, sql } from "../db/sql";
import { digestDeliveries, digestSubscriptions } from "../db/tables";
import { periodLabel, WINDOW_MS, type DigestPeriod } from "../domain/digest-period";
import { LINK_LIFETIME_SECONDS, LinkPurpose, signLink } from "../domain/signed-link";
import { DeliveryStatus } from "../entities/digest-delivery.entity";
import { DigestFrequency, type DigestTopic } from "../entities/digest-subscription.entity";
import { MailSendError, type Mailer, type OutgoingMail } from "../mail/mailer";
import { WatchEmailStatus } from "../entities/watch-email-delivery.entity";
import {
  renderAlreadySubscribed,
  renderConfirmation,
  renderDigest,
  type DigestPaper,
  type WatchEventMail,
} from "../mail/templates";
import { inTransaction, type ServiceContext } from "./context";
import { firstPage, PAPERS_WITH_CHILDREN, withChildren } from "./feed.service";
import { SortDirection } from "./pagination";
import { listPapers, PaperOrderField } from "./paper.service";
import { describeTopic, readSubscription, type DigestNotice } from "./digest-subscription.service";
import { claimDigestWatchEmails, digestPaper, setWatchEmailStatus, watchEventMails } from "./watch-email.service";

/** What sending needs besides the database. */
export interface DigestSender {
  mailer: Mailer;
  /** Signs the links in each message. */
  secret: string;
  /** Origin of the links: PUBLIC_URL, or this server. */
  publicUrl: string;
  /** Papers per digest. */
  size: number;
}

/** A send that may work if tried again later: the mail server failed for now, or another worker holds it. */
export class RetryLaterError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "RetryLaterError";
  }
}

/** Sends per digest before it is given up as FAILED. */
export const MAX_SEND_ATTEMPTS = 5;

const LOCK_NOT_AVAILABLE = "55P03";
const { col, column } = digestDeliveries;

/**
 * Plans a period: one PENDING delivery for every confirmed subscription of its frequency that has
 * none yet. A delivery covers the papers added since the subscription's previous digest ended, or
 * one window back for a first one, and never more than two. Planning a period again adds none.
 */
export async function planPeriod(ctx: ServiceContext, period: DigestPeriod): Promise<void> {
  const windowMs = WINDOW_MS[period.frequency];
  const oneWindowBack = new Date(period.end.getTime() - windowMs);
  const twoWindowsBack = new Date(period.end.getTime() - 2 * windowMs);
  await query(
    ctx.db,
    sql`INSERT INTO ${digestDeliveries.name} (${column.subscriptionId}, ${column.period}, ${column.windowStart}, ${column.windowEnd})
        SELECT ${digestSubscriptions.col.id}, ${period.key},
               greatest(coalesce(previous.window_end, ${oneWindowBack}), ${twoWindowsBack}), ${period.end}
        FROM ${digestSubscriptions.from}
        LEFT JOIN LATERAL (
          SELECT max(${col.windowEnd}) AS window_end FROM ${digestDeliveries.from}
          WHERE ${col.subscriptionId} = ${digestSubscriptions.col.id}
        ) previous ON TRUE
        WHERE ${digestSubscriptions.col.frequency} = ${period.frequency}
          AND ${digestSubscriptions.col.confirmedAt} <= ${period.end}
        ON CONFLICT (${column.subscriptionId}, ${column.period}) DO NOTHING`,
  );
}

/** The period's deliveries still to send, including those left by a worker that died. */
export async function pendingDeliveries(ctx: ServiceContext, periodKey: string): Promise<number[]> {
  const rows = await query<{ id: number }>(
    ctx.db,
    sql`SELECT ${col.id} AS id FROM ${digestDeliveries.from}
        WHERE ${col.period} = ${periodKey} AND ${col.status} = ${DeliveryStatus.PENDING} ORDER BY ${col.id}`,
  );
  return rows.map(({ id }) => id);
}

interface DeliveryToSend {
  id: number;
  status: DeliveryStatus;
  attempts: number;
  period: string;
  windowStart: Date;
  windowEnd: Date;
  subscriptionId: number;
  email: string;
  /** The subscriber when signed in: their watches' events join the digest. */
  userId: number | null;
  frequency: DigestFrequency;
  topic: DigestTopic;
}

/** A signed link to a page under /digest, for the subscription or watch `id`. */
export function link(sender: DigestSender, path: string, purpose: LinkPurpose, id: number): string {
  return `${sender.publicUrl}/digest/${path}?token=${signLink(sender.secret, purpose, id)}`;
}

/** The feed with the same papers as the digest, as near as a feed's parameters can say. */
function feedUrl(publicUrl: string, frequency: DigestFrequency, topic: DigestTopic): string {
  if (topic.search === undefined) {
    return `${publicUrl}/feeds/trending/${frequency === DigestFrequency.DAILY ? "day" : "week"}.atom`;
  }
  const parameters = new URLSearchParams({ q: topic.search });
  if (topic.keywords) parameters.set("keywords", topic.keywords.join(","));
  if (topic.minUpvotes !== undefined) parameters.set("minUpvotes", String(topic.minUpvotes));
  if (topic.hasCode !== undefined) parameters.set("hasCode", String(topic.hasCode));
  if (topic.category !== undefined) parameters.set("category", topic.category);
  if (topic.hasDoi !== undefined) parameters.set("hasDoi", String(topic.hasDoi));
  if (topic.submitter !== undefined) parameters.set("submitter", topic.submitter);
  if (topic.organization !== undefined) parameters.set("organization", topic.organization);
  return `${publicUrl}/feeds/search.atom?${parameters}`;
}

/** `<kind>.<id>.<detail>@<host>`: the same message gets the same ID however often it is tried. */
export function messageId(publicUrl: string, ...parts: (string | number)[]): string {
  return `${parts.join(".").replace(/[^\w.-]/g, "-")}@${new URL(publicUrl).hostname}`;
}

/** A paper of a digest, and its id, to record what was sent. */
type DigestEntry = DigestPaper & { id: number };

async function digestPapers(
  ctx: ServiceContext,
  sender: DigestSender,
  delivery: DeliveryToSend,
): Promise<DigestEntry[]> {
  const { topic } = delivery;
  const result = await listPapers<PaperRow>(
    ctx,
    { ...topic, addedFrom: delivery.windowStart, addedBefore: delivery.windowEnd },
    { field: PaperOrderField.UPVOTES, direction: SortDirection.DESC },
    firstPage(sender.size),
    PAPERS_WITH_CHILDREN,
  );
  const papers = await withChildren(
    ctx,
    result.edges.map((edge) => edge.node),
  );
  return papers.map((paper) => ({ id: paper.paper.id, ...digestPaper(paper, sender.publicUrl) }));
}

export type DeliveryOutcome = DeliveryStatus.SENT | DeliveryStatus.EMPTY | DeliveryStatus.FAILED | "ALREADY_DONE";

/**
 * Sends one delivery, at most once. The delivery's row stays locked from before the send until
 * the commit that marks it SENT, so no other worker can send it meanwhile; if this process dies
 * before that commit, Postgres releases the lock, the row is still PENDING, and a retry sends it,
 * with the same Message-ID. A temporary failure is recorded and thrown as RetryLaterError, so the
 * job queue retries with backoff; a permanent one, or the last attempt, marks it FAILED.
 */
export async function deliverDigest(
  ctx: ServiceContext,
  sender: DigestSender,
  deliveryId: number,
): Promise<DeliveryOutcome> {
  const outcome = await inTransaction(ctx, async (tx) => {
    let delivery: DeliveryToSend | undefined;
    try {
      delivery = await queryOne<DeliveryToSend>(
        tx.db,
        sql`SELECT ${digestDeliveries.select(["id", "status", "attempts", "period", "windowStart", "windowEnd", "subscriptionId"])},
                   ${digestSubscriptions.select(["email", "userId", "frequency", "topic"])}
            FROM ${digestDeliveries.from} JOIN ${digestSubscriptions.from} ON ${digestSubscriptions.col.id} = ${col.subscriptionId}
            WHERE ${col.id} = ${deliveryId} FOR UPDATE OF ${raw(digestDeliveries.alias)} NOWAIT`,
      );
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== LOCK_NOT_AVAILABLE) throw error;
      throw new RetryLaterError(`digest delivery ${deliveryId} is being sent by another worker`);
    }
    // Gone with its subscription, or already handled.
    if (!delivery || delivery.status !== DeliveryStatus.PENDING) return "ALREADY_DONE" as const;

    const papers = await digestPapers(tx, sender, delivery);
    // Locked until this transaction ends, so another digest of the same user skips them.
    const claimed = delivery.userId === null ? [] : await claimDigestWatchEmails(tx, delivery.userId);
    const watchEvents = await watchEventMails(tx, claimed, sender.publicUrl);
    const shown = new Set(watchEvents.map(({ eventId }) => eventId));
    const paperGone = claimed.map(({ event }) => event.id).filter((id) => !shown.has(id));
    await setWatchEmailStatus(tx, paperGone, { status: WatchEmailStatus.FAILED, lastError: "the paper was deleted" });
    if (papers.length === 0 && watchEvents.length === 0) {
      await setStatus(tx, deliveryId, DeliveryStatus.EMPTY, delivery.attempts, null, []);
      return DeliveryStatus.EMPTY;
    }
    const attempts = delivery.attempts + 1;
    try {
      await sender.mailer.send(
        digestMail(
          sender,
          delivery,
          papers,
          watchEvents.map(({ mail }) => mail),
        ),
      );
    } catch (error) {
      if (!(error instanceof MailSendError)) throw error;
      const final = error.permanent || attempts >= MAX_SEND_ATTEMPTS;
      await setStatus(
        tx,
        deliveryId,
        final ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
        attempts,
        error.message,
        [],
      );
      return final ? DeliveryStatus.FAILED : error;
    }
    await setStatus(
      tx,
      deliveryId,
      DeliveryStatus.SENT,
      attempts,
      null,
      papers.map((paper) => paper.id),
    );
    await setWatchEmailStatus(tx, [...shown], { status: WatchEmailStatus.SENT, digestDeliveryId: deliveryId });
    return DeliveryStatus.SENT;
  });
  if (outcome instanceof MailSendError) {
    throw new RetryLaterError(`digest delivery ${deliveryId} failed for now: ${outcome.message}`, { cause: outcome });
  }
  return outcome;
}

async function setStatus(
  ctx: ServiceContext,
  deliveryId: number,
  status: DeliveryStatus,
  attempts: number,
  lastError: string | null,
  paperIds: number[],
): Promise<void> {
  await query(
    ctx.db,
    sql`UPDATE ${digestDeliveries.name}
        SET ${column.status} = ${status}, ${column.attempts} = ${attempts}, ${column.lastError} = ${lastError},
            ${column.paperIds} = ${paperIds}::int[],
            ${column.sentAt} = CASE WHEN ${status} = ${DeliveryStatus.SENT} THEN now() END
        WHERE ${column.id} = ${deliveryId}`,
  );
}

function digestMail(
  sender: DigestSender,
  delivery: DeliveryToSend,
  papers: DigestPaper[],
  watchEvents: WatchEventMail[],
): OutgoingMail {
  const { publicUrl } = sender;
  const unsubscribeUrl = link(sender, "unsubscribe", LinkPurpose.UNSUBSCRIBE, delivery.subscriptionId);
  const period: DigestPeriod = { frequency: delivery.frequency, key: delivery.period, end: delivery.windowEnd };
  const rendered = renderDigest({
    frequency: delivery.frequency,
    periodLabel: periodLabel(period),
    topic: describeTopic(delivery.topic),
    papers,
    watchEvents,
    unsubscribeUrl,
    manageUrl: link(sender, "manage", LinkPurpose.MANAGE, delivery.subscriptionId),
    feedUrl: feedUrl(publicUrl, delivery.frequency, delivery.topic),
  });
  return {
    to: delivery.email,
    ...rendered,
    messageId: messageId(publicUrl, "digest", delivery.subscriptionId, delivery.period),
    headers: {
      // RFC 8058: a mail client may unsubscribe with one POST to this URL, without a page.
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `papergraph ${delivery.frequency.toLowerCase()} digest <${delivery.frequency.toLowerCase()}.digest.${new URL(publicUrl).hostname}>`,
      "Auto-Submitted": "auto-generated",
    },
  };
}

/**
 * Sends the email a subscribe asked for: a confirmation request, or a note that the address is
 * already subscribed. Nothing is sent if the subscription has gone, or was confirmed since.
 */
export async function sendNotice(
  ctx: ServiceContext,
  sender: DigestSender,
  notice: DigestNotice,
  attempt: string,
): Promise<void> {
  const subscription = await readSubscription(ctx, notice.subscriptionId);
  if (!subscription || (notice.kind === "confirm" && subscription.confirmedAt)) return;
  const topic = describeTopic(subscription.topic);
  const rendered =
    notice.kind === "confirm"
      ? renderConfirmation({
          confirmUrl: link(sender, "confirm", LinkPurpose.CONFIRM, subscription.id),
          frequency: subscription.frequency,
          topic,
          expiresInHours: LINK_LIFETIME_SECONDS.confirm / 3600,
        })
      : renderAlreadySubscribed({
          manageUrl: link(sender, "manage", LinkPurpose.MANAGE, subscription.id),
          frequency: subscription.frequency,
          topic,
        });
  try {
    await sender.mailer.send({
      to: subscription.email,
      ...rendered,
      messageId: messageId(sender.publicUrl, notice.kind, subscription.id, attempt),
      headers: { "Auto-Submitted": "auto-generated" },
    });
  } catch (error) {
    if (error instanceof MailSendError && !error.permanent) {
      throw new RetryLaterError(`the ${notice.kind} email failed for now: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
