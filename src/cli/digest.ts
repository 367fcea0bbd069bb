import "reflect-metadata";
import { parseArgs } from "node:util";
import { digestSecret } from "../config";
import { DigestFrequency } from "../entities/digest-subscription.entity";
import { openDigestRuntime } from "../jobs/digest-runtime";
import { createLogger } from "../logger";
import { systemContext } from "../services/context";
import { deliverDigest, RetryLaterError, type DeliveryOutcome } from "../services/digest-delivery.service";
import { withMigratedDatabase } from "./with-database";

const USAGE = `Usage:
  npm run digest -- send --frequency daily|weekly [--at <ISO 8601 time>]
      Sends one period's digests now: the period of a send at --at (default now). Run again for the
      same period, it sends nothing. Safe beside running workers: each digest is sent once.
  npm run digest -- work
      Works the job queue (confirmation emails, scheduled digests, retries) until stopped.`;

function usage(): never {
  console.error(USAGE);
  process.exit(2);
}

/**
 * Sends a period's pending digests in this process, one by one. A digest that fails for now, or
 * that another process is sending, is left to the queue's delivery job, which `plan` queued.
 */
async function send(frequency: DigestFrequency, at: Date): Promise<void> {
  const summary = await withMigratedDatabase(async (db, config) => {
    const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
    // This process sends one period; maintenance and schedules are the workers' business.
    const sendOnly = { ...config, digest: { ...config.digest, worker: false } };
    const digests = await openDigestRuntime(db, sendOnly, digestSecret(config), logger);
    digests.sender.publicUrl ||= `http://localhost:${config.port}`;
    try {
      const { period, queued } = await digests.jobs.plan(frequency, at);
      const outcomes: Record<DeliveryOutcome | "LEFT_TO_WORKERS", number> = {
        SENT: 0,
        EMPTY: 0,
        FAILED: 0,
        ALREADY_DONE: 0,
        LEFT_TO_WORKERS: 0,
      };
      for (const deliveryId of queued) {
        try {
          outcomes[await deliverDigest(systemContext(db), digests.sender, deliveryId)]++;
        } catch (error) {
          if (!(error instanceof RetryLaterError)) throw error;
          logger.warn({ deliveryId, err: error }, "digest left to the workers");
          outcomes.LEFT_TO_WORKERS++;
        }
      }
      return { period, pending: queued.length, ...outcomes };
    } finally {
      await digests.close();
    }
  });
  console.log(JSON.stringify(summary));
}

/** Works the queue until SIGTERM or SIGINT, then lets the running job finish. */
async function work(): Promise<void> {
  // Listen first: a signal during start-up still stops the worker cleanly.
  const stopped = new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  await withMigratedDatabase(async (db, config) => {
    const logger = createLogger(config.logLevel);
    const digests = await openDigestRuntime(db, config, digestSecret(config), logger);
    digests.sender.publicUrl ||= `http://localhost:${config.port}`;
    await digests.jobs.work();
    logger.info("digest worker started");
    await stopped;
    await digests.close();
  });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { frequency: { type: "string" }, at: { type: "string" } },
  });
  if (positionals[0] === "work" && positionals.length === 1) return work();
  if (positionals[0] !== "send" || positionals.length !== 1) usage();
  const frequency = values.frequency?.toUpperCase() as DigestFrequency;
  if (!Object.values(DigestFrequency).includes(frequency)) usage();
  const at = values.at === undefined ? new Date() : new Date(values.at);
  if (Number.isNaN(at.getTime())) usage();
  await send(frequency, at);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
