import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import { systemContext } from "../services/context";
import { matchQueuedPapers } from "../services/watch-matching.service";
import type { JobQueue } from "./queue";

const QUEUE = "watch-match";
/** One match job waits at a time: every wake-up before it starts is folded into it. */
const SINGLETON = { singletonKey: "watch-match" };
/** Checks claimed per transaction. */
const BATCH_SIZE = 500;
/** A backstop for wake-ups lost with a crashed instance: drain at least once a minute. */
const EVERY_MINUTE = "* * * * *";

/**
 * Records watch events from the outbox (watch_check) on the job queue. Every instance that
 * hears of a paper change wakes the queue; whichever worker takes the job drains the outbox.
 */
export class WatchJobs {
  private workerId: string | undefined;
  private sending: Promise<unknown> | undefined;
  private wakeAgain = false;

  private constructor(
    private readonly queue: JobQueue,
    private readonly db: DataSource,
    private readonly logger: Logger,
    private readonly onMatched: () => void,
  ) {}

  /** `onMatched` is called after a drain that matched checks, which may have recorded events. */
  static async open(queue: JobQueue, db: DataSource, logger: Logger, onMatched: () => void): Promise<WatchJobs> {
    await queue.createQueue(QUEUE, { policy: "short", retryLimit: 10, retryDelay: 1, retryBackoff: true });
    return new WatchJobs(queue, db, logger, onMatched);
  }

  /**
   * Asks for a drain of the outbox. Calls while a send is under way are folded into one more
   * send after it, so a burst of notifications costs two sends.
   */
  wake(): void {
    if (this.sending) {
      this.wakeAgain = true;
      return;
    }
    this.sending = this.queue
      .send(QUEUE, {}, SINGLETON)
      .then(() => this.workerId && this.queue.notifyWorker(this.workerId))
      .catch((error: unknown) => this.logger.warn({ err: error }, "could not queue a watch match"))
      .finally(() => {
        this.sending = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  /** Works the queue in this process, keeps the backstop schedule, and drains what is queued already. */
  async work(pollingIntervalSeconds: number): Promise<void> {
    this.workerId = await this.queue.work(QUEUE, { pollingIntervalSeconds }, () => this.drain());
    await this.queue.schedule(QUEUE, EVERY_MINUTE, {}, SINGLETON);
    this.wake();
  }

  private async drain(): Promise<void> {
    const ctx = systemContext(this.db);
    let claimed: number;
    let matched = false;
    do {
      claimed = await matchQueuedPapers(ctx, BATCH_SIZE);
      if (claimed > 0) this.logger.debug({ claimed }, "watch checks matched");
      matched ||= claimed > 0;
    } while (claimed === BATCH_SIZE);
    if (matched) this.onMatched();
  }
}
