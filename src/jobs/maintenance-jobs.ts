import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import { systemContext } from "../services/context";
import { pruneTrendHistory } from "../services/trending.service";
import type { JobQueue } from "./queue";

const QUEUE = "trend-history-prune";
const SINGLETON = { singletonKey: QUEUE };
/** Daily, at a quiet hour. */
const EVERY_DAY = "17 3 * * *";

/** Housekeeping on the job queue: the trend history that `asOf` can no longer reach is deleted daily. */
export class MaintenanceJobs {
  private constructor(
    private readonly queue: JobQueue,
    private readonly db: DataSource,
    private readonly logger: Logger,
  ) {}

  static async open(queue: JobQueue, db: DataSource, logger: Logger): Promise<MaintenanceJobs> {
    await queue.createQueue(QUEUE, { policy: "short", retryLimit: 3, retryDelay: 60 });
    return new MaintenanceJobs(queue, db, logger);
  }

  /** Works the queue in this process and keeps the daily schedule. */
  async work(pollingIntervalSeconds: number): Promise<void> {
    await this.queue.work(QUEUE, { pollingIntervalSeconds }, () => this.prune());
    await this.queue.schedule(QUEUE, EVERY_DAY, {}, SINGLETON);
  }

  private async prune(): Promise<void> {
    const pruned = await pruneTrendHistory(systemContext(this.db), new Date());
    if (pruned > 0) this.logger.info({ pruned }, "trend history pruned");
  }
}
