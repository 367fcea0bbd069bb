import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import { systemContext } from "../services/context";
import { RetryLaterError, type DigestSender } from "../services/digest-delivery.service";
import { sendNextImmediateEmail } from "../services/watch-email-delivery.service";
import type { JobQueue } from "./queue";

const QUEUE = "watch-email";
/** One send job waits at a time: wake-ups before it starts are folded into it. */
const SINGLETON = { singletonKey: "watch-email" };
/** A backstop for wake-ups lost with a crashed instance. */
const EVERY_MINUTE = "* * * * *";

/**
 * Sends the IMMEDIATE emails of watch events from their outbox (watch_email_delivery). Woken
 * when events are recorded; a job sends every pending email once, and if one failed for now,
 * fails itself so that the queue retries it with backoff.
 */
export class WatchEmailJobs {
  private constructor(
    private readonly queue: JobQueue,
    private readonly db: DataSource,
    private readonly sender: DigestSender,
    private readonly perHour: number,
    private readonly logger: Logger,
  ) {}

  static async open(
    queue: JobQueue,
    db: DataSource,
    sender: DigestSender,
    perHour: number,
    logger: Logger,
  ): Promise<WatchEmailJobs> {
    await queue.createQueue(QUEUE, { policy: "short", retryLimit: 10, retryDelay: 1, retryBackoff: true });
    return new WatchEmailJobs(queue, db, sender, perHour, logger);
  }

  /** Asks for a send of whatever is pending. */
  wake(): void {
    this.queue
      .send(QUEUE, {}, SINGLETON)
      .catch((error: unknown) => this.logger.warn({ err: error }, "could not queue watch emails"));
  }

  async work(pollingIntervalSeconds: number): Promise<void> {
    await this.queue.work(QUEUE, { pollingIntervalSeconds }, () => this.sendPending());
    await this.queue.schedule(QUEUE, EVERY_MINUTE, {}, SINGLETON);
    this.wake();
  }

  private async sendPending(): Promise<void> {
    const ctx = systemContext(this.db);
    const retryLater: number[] = [];
    const tried: number[] = [];
    for (;;) {
      const result = await sendNextImmediateEmail(ctx, this.sender, this.perHour, tried);
      if (!result) break;
      tried.push(result.eventId);
      if (result.outcome === "RETRY_LATER") retryLater.push(result.eventId);
      this.logger.info(result, "watch email handled");
    }
    if (retryLater.length > 0) throw new RetryLaterError(`watch emails to retry: events ${retryLater.join(", ")}`);
  }
}
