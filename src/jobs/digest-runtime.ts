import path from "node:path";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createMailer } from "../mail/mailer";
import type { DigestSender } from "../services/digest-delivery.service";
import { DigestJobs } from "./digest-jobs";
import { JobQueue } from "./queue";

export interface DigestRuntime {
  jobs: DigestJobs;
  /** The job queue, which other features' queues share. */
  queue: JobQueue;
  /** `publicUrl` may be set once the server knows its port. */
  sender: DigestSender;
  /** Stops the workers, letting running jobs finish, and closes the mail transport. */
  close(): Promise<void>;
}

/** The mail transport, the job queue and the digest queues, as the server and `npm run digest` use them. */
export async function openDigestRuntime(
  db: DataSource,
  config: Pick<Config, "databaseUrl" | "dataDir" | "publicUrl" | "mail" | "digest">,
  secret: string,
  logger: Logger,
): Promise<DigestRuntime> {
  const mailer = createMailer({ ...config.mail, outboxDir: path.join(config.dataDir, "outbox"), logger });
  const sender: DigestSender = { mailer, secret, publicUrl: config.publicUrl ?? "", size: config.digest.size };
  const queue = await JobQueue.open({
    db,
    databaseUrl: config.databaseUrl,
    logger,
    pollingIntervalSeconds: config.digest.pollSeconds,
    background: config.digest.worker,
  });
  const jobs = await DigestJobs.open(queue, db, sender, config.digest, logger);
  return {
    jobs,
    queue,
    sender,
    async close() {
      await queue.stop();
      mailer.close();
    },
  };
}
