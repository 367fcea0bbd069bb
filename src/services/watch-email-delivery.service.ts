import { queryOne, sql } from "../db/sql";
import { users, watchEmailDeliveries } from "../db/tables";
import { LinkPurpose } from "../domain/signed-link";
import { WatchEmailStatus } from "../entities/watch-email-delivery.entity";
import { WatchEmailMode } from "../entities/watch.entity";
import { MailSendError } from "../mail/mailer";
import { renderWatchEvent } from "../mail/templates";
import { inTransaction, type ServiceContext } from "./context";
import { link, MAX_SEND_ATTEMPTS, messageId, type DigestSender } from "./digest-delivery.service";
import { claimPendingEmails, ownerAddress, setWatchEmailStatus, watchEventMails } from "./watch-email.service";

export type ImmediateOutcome = "SENT" | "HELD_FOR_DIGEST" | "FAILED" | "RETRY_LATER";

/**
 * Sends the oldest pending IMMEDIATE email not in `skip`, at most once, as digests are sent: its
 * row stays locked from before the send until the commit that marks it SENT, and a retry after a
 * crash in between carries the same Message-ID. The owner's row is locked too, so the hourly cap
 * is counted by one sender at a time, whatever the number of workers; past the cap, the email waits for the owner's next digest.
 * Returns undefined when nothing is left to send.
 */
export function sendNextImmediateEmail(
  ctx: ServiceContext,
  sender: DigestSender,
  perHour: number,
  skip: number[],
): Promise<{ eventId: number; outcome: ImmediateOutcome } | undefined> {
  return inTransaction(ctx, async (tx) => {
    const [pending] = await claimPendingEmails(
      tx,
      [
        sql`${watchEmailDeliveries.col.mode} = ${WatchEmailMode.IMMEDIATE}`,
        sql`${watchEmailDeliveries.col.eventId} <> ALL(${skip}::int[])`,
      ],
      1,
    );
    if (!pending) return undefined;
    const eventId = pending.event.id;
    const done = async (outcome: ImmediateOutcome, change: Parameters<typeof setWatchEmailStatus>[2]) => {
      await setWatchEmailStatus(tx, [eventId], change);
      return { eventId, outcome };
    };

    // NO KEY: votes and other rows referring to the user take KEY SHARE locks, and need not wait for the send.
    await queryOne(tx.db, sql`SELECT 1 FROM ${users.from} WHERE ${users.col.id} = ${pending.userId} FOR NO KEY UPDATE`);
    const { col } = watchEmailDeliveries;
    const sent = await queryOne<{ count: number }>(
      tx.db,
      sql`SELECT count(*)::int AS count FROM ${watchEmailDeliveries.from}
          WHERE ${col.userId} = ${pending.userId} AND ${col.mode} = ${WatchEmailMode.IMMEDIATE}
            AND ${col.sentAt} > now() - interval '1 hour'`,
    );
    if (sent!.count >= perHour) {
      return done("HELD_FOR_DIGEST", { status: WatchEmailStatus.PENDING, mode: WatchEmailMode.DIGEST });
    }
    const address = await ownerAddress(tx, pending.userId);
    const [event] = await watchEventMails(tx, [pending], sender.publicUrl);
    if (!address || !event) {
      const lastError = address ? "the paper was deleted" : "no confirmed digest address";
      return done("FAILED", { status: WatchEmailStatus.FAILED, lastError });
    }

    const attempts = pending.attempts + 1;
    const stopUrl = link(sender, "watch-email", LinkPurpose.STOP_WATCH_EMAIL, pending.event.watchId);
    try {
      await sender.mailer.send({
        to: address.email,
        ...renderWatchEvent({
          event: event.mail,
          stopUrl,
          manageUrl: link(sender, "manage", LinkPurpose.MANAGE, address.subscriptionId),
        }),
        messageId: messageId(sender.publicUrl, "watch-event", eventId),
        headers: {
          // RFC 8058: one POST to this URL turns the watch's emails off.
          "List-Unsubscribe": `<${stopUrl}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          "Auto-Submitted": "auto-generated",
        },
      });
    } catch (error) {
      if (!(error instanceof MailSendError)) throw error;
      const final = error.permanent || attempts >= MAX_SEND_ATTEMPTS;
      const status = final ? WatchEmailStatus.FAILED : WatchEmailStatus.PENDING;
      return done(final ? "FAILED" : "RETRY_LATER", { status, attempts, lastError: error.message });
    }
    return done("SENT", { status: WatchEmailStatus.SENT, attempts });
  });
}
