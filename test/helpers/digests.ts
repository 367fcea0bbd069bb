import os from "node:os";
import path from "node:path";
import pino from "pino";
import type { DataSource } from "typeorm";
import { periodAt } from "../../src/domain/digest-period";
import { DigestFrequency } from "../../src/entities/digest-subscription.entity";
import { createMailer } from "../../src/mail/mailer";
import { systemContext } from "../../src/services/context";
import {
  deliverDigest,
  pendingDeliveries,
  planPeriod,
  type DigestSender,
} from "../../src/services/digest-delivery.service";
import { startTestServer, TEST_DIGEST_SECRET, type TestServer } from "./server";
import { startSmtpServer, type TestSmtpServer } from "./smtp";

const MAIL_FROM = "papergraph <digest@papergraph.test>";

/** A test server that works the job queue and mails through a real SMTP server, and a sender of digests to it. */
export interface MailingServer {
  t: TestServer;
  smtp: TestSmtpServer;
  sender: DigestSender;
  close(): Promise<void>;
}

/** Starts a mailing server; `settings` are added to the server's environment. */
export async function startMailingServer(settings: Record<string, string> = {}): Promise<MailingServer> {
  const smtp = await startSmtpServer();
  const t = await startTestServer({
    SMTP_URL: smtp.url,
    MAIL_FROM,
    DIGEST_WORKER: "true",
    JOBS_POLL_SECONDS: "1",
    DIGEST_RETRY_DELAY_SECONDS: "1",
    ...settings,
  });
  const mailer = createMailer({
    smtpUrl: smtp.url,
    from: MAIL_FROM,
    outboxDir: path.join(os.tmpdir(), "unused-outbox"),
    logger: pino({ level: "silent" }),
  });
  return {
    t,
    smtp,
    sender: { mailer, secret: TEST_DIGEST_SECRET, publicUrl: t.origin, size: 10 },
    async close() {
      mailer.close();
      await t.close();
      await smtp.close();
    },
  };
}

/** Plans the daily period ending at `at` and sends each of its digests, as `npm run digest -- send` does. */
export async function sendDailyDigests(db: DataSource, sender: DigestSender, at = new Date()): Promise<string[]> {
  const ctx = systemContext(db);
  const period = periodAt(DigestFrequency.DAILY, at, 1);
  await planPeriod(ctx, period);
  const outcomes: string[] = [];
  for (const id of await pendingDeliveries(ctx, period.key)) outcomes.push(await deliverDigest(ctx, sender, id));
  return outcomes;
}
