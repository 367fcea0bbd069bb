import type { DataSource } from "typeorm";
import type { DigestSettings } from "../config";
import { cronOf, lastSendTime, periodAt } from "../domain/digest-period";
import { DigestFrequency } from "../entities/digest-subscription.entity";
import type { Logger } from "../logger";
import { systemContext, type ServiceContext } from "../services/context";
import {
  deliverDigest,
  MAX_SEND_ATTEMPTS,
  pendingDeliveries,
  planPeriod,
  sendNotice,
  type DigestSender,
} from "../services/digest-delivery.service";
import { forgetOldThrottles, type DigestNotice } from "../services/digest-subscription.service";
import type { Job, JobQueue } from "./queue";

/** The queues of email digests. A period's plan fans out to one delivery job per subscription. */
const QUEUE = {
  notice: "digest-notice",
  deliver: "digest-deliver",
  plan: { DAILY: "digest-plan-daily", WEEKLY: "digest-plan-weekly" },
} as const;

interface PlanJob {
  frequency: DigestFrequency;
}

interface DeliverJob {
  deliveryId: number;
}

/**
 * Email digests on the job queue: confirmation emails, the scheduled planning of each period,
 * and one delivery job per subscription and period, retried with backoff.
 */
export class DigestJobs {
  private constructor(
    private readonly queue: JobQueue,
    private readonly db: DataSource,
    private readonly sender: DigestSender,
    private readonly settings: DigestSettings,
    private readonly logger: Logger,
  ) {}

  /** Creates the queues; nothing is worked until `work` is called. */
  static async open(
    queue: JobQueue,
    db: DataSource,
    sender: DigestSender,
    settings: DigestSettings,
    logger: Logger,
  ): Promise<DigestJobs> {
    const sending = {
      retryLimit: MAX_SEND_ATTEMPTS,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.sendTimeoutSeconds,
    };
    await queue.createQueue(QUEUE.notice, sending);
    // One queued job per delivery, however often its period is planned.
    await queue.createQueue(QUEUE.deliver, { ...sending, policy: "short" });
    for (const name of Object.values(QUEUE.plan)) {
      await queue.createQueue(name, { retryLimit: 3, retryDelay: settings.retryDelaySeconds, retryBackoff: true });
    }
    return new DigestJobs(queue, db, sender, settings, logger);
  }

  /** Queues the email a subscribe asked for, inside the subscribe's transaction: it exists if the subscribe commits. */
  async notify(tx: ServiceContext, notice: DigestNotice): Promise<void> {
    const manager = "queryRunner" in tx.db ? tx.db : undefined;
    await this.queue.send(QUEUE.notice, notice, { db: manager });
  }

  /**
   * Works every digest queue in this process, and keeps the schedules. A period whose send time
   * passed while no worker ran is planned now: planning twice sends nothing twice.
   */
  async work(): Promise<void> {
    const polling = { pollingIntervalSeconds: this.settings.pollSeconds };
    await this.queue.work<DigestNotice>(QUEUE.notice, polling, (job) =>
      sendNotice(this.context(), this.sender, job.data, job.id),
    );
    await this.queue.work<DeliverJob>(QUEUE.deliver, polling, (job) => this.deliver(job));
    for (const frequency of Object.values(DigestFrequency)) {
      const name = QUEUE.plan[frequency];
      await this.queue.work<PlanJob>(name, polling, (job) => this.planScheduled(job));
      await this.queue.schedule(name, cronOf(frequency, this.settings.sendHourUtc, this.settings.weeklyDay), {
        frequency,
      });
      await this.plan(frequency, this.lastSendTime(frequency, new Date()));
    }
  }

  /**
   * Plans the period of a send at `at`, and queues a delivery job for each of its deliveries
   * still pending. Returns the period's key and the deliveries queued.
   */
  async plan(frequency: DigestFrequency, at: Date): Promise<{ period: string; queued: number[] }> {
    const ctx = this.context();
    const period = periodAt(frequency, at, this.settings.weeklyDay);
    await forgetOldThrottles(ctx);
    await planPeriod(ctx, period);
    const queued = await pendingDeliveries(ctx, period.key);
    for (const deliveryId of queued) await this.queueDelivery(deliveryId);
    this.logger.info({ period: period.key, queued: queued.length }, "digest period planned");
    return { period: period.key, queued };
  }

  /** Queues a delivery; one queued job per delivery at a time. */
  private queueDelivery(deliveryId: number): Promise<string | null> {
    return this.queue.send<DeliverJob>(QUEUE.deliver, { deliveryId }, { singletonKey: `delivery-${deliveryId}` });
  }

  private async planScheduled(job: Job<PlanJob>): Promise<void> {
    // The send time the schedule fired for, even when this job runs a little late.
    await this.plan(job.data.frequency, this.lastSendTime(job.data.frequency, job.createdOn));
  }

  private async deliver(job: Job<DeliverJob>): Promise<void> {
    const outcome = await deliverDigest(this.context(), this.sender, job.data.deliveryId);
    this.logger.info({ deliveryId: job.data.deliveryId, outcome }, "digest delivery handled");
  }

  private lastSendTime(frequency: DigestFrequency, now: Date): Date {
    return lastSendTime(frequency, now, this.settings.sendHourUtc, this.settings.weeklyDay);
  }

  private context(): ServiceContext {
    return systemContext(this.db);
  }
}
