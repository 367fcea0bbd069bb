import type { DataSource } from "typeorm";
import type { WebhookSettings } from "../config";
import { webhookSecretKey } from "../domain/webhook-secret";
import type { Logger } from "../logger";
import { systemContext, type ServiceContext } from "../services/context";
import {
  attemptWebhookDelivery,
  dueWebhookDeliveries,
  sealStoredWebhookSecrets,
} from "../services/webhook-delivery.service";
import type { WebhookDesk } from "../services/webhook.service";
import type { Job, JobQueue } from "./queue";

const QUEUE = { sweep: "webhook-sweep", deliver: "webhook-deliver" } as const;
/** One sweep waits at a time: every wake-up before it starts is folded into it. */
const SINGLETON = { singletonKey: "webhook-sweep" };
/** A backstop for wake-ups lost with a crashed instance. */
const EVERY_MINUTE = "* * * * *";
/** Deliveries a sweep queues at most; the next sweep takes the rest. */
const SWEEP_SIZE = 1000;
/** Attempts a process makes at once. */
const CONCURRENT_ATTEMPTS = 4;

interface DeliverJob {
  deliveryId: number;
}

/**
 * Webhook deliveries on the job queue. The outbox is the webhook_delivery table: a sweep,
 * woken when watch events are recorded and run every minute, queues a job per delivery that is
 * due. Each attempt queues the next one (at its lease's end while it runs, then after the
 * backoff) in the transaction that records it, so no delivery waits on a lost job; a job for a
 * delivery that is not due does nothing.
 */
export class WebhookJobs implements WebhookDesk {
  readonly allowPrivateAddresses: boolean;

  private constructor(
    private readonly queue: JobQueue,
    private readonly db: DataSource,
    private readonly settings: WebhookSettings,
    readonly secretKey: Buffer,
    private readonly logger: Logger,
  ) {
    this.allowPrivateAddresses = settings.allowPrivateAddresses;
  }

  /** `serverSecret` (DIGEST_SECRET) seals the endpoints' secrets; any stored unsealed are sealed now. */
  static async open(
    queue: JobQueue,
    db: DataSource,
    settings: WebhookSettings,
    serverSecret: string,
    logger: Logger,
  ): Promise<WebhookJobs> {
    const secretKey = webhookSecretKey(serverSecret);
    const sealed = await sealStoredWebhookSecrets(systemContext(db), secretKey);
    if (sealed > 0) logger.info({ sealed }, "sealed the secrets of webhook endpoints stored before sealing");
    await queue.createQueue(QUEUE.sweep, { policy: "short", retryLimit: 10, retryDelay: 1, retryBackoff: true });
    // A job that fails on the database is retried; a failed attempt is the delivery's own retry.
    await queue.createQueue(QUEUE.deliver, {
      retryLimit: 3,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: Math.ceil(settings.timeoutMs / 1000) + 60,
    });
    return new WebhookJobs(queue, db, settings, secretKey, logger);
  }

  async schedule(tx: ServiceContext, deliveryId: number, at: Date): Promise<void> {
    const manager = "queryRunner" in tx.db ? tx.db : undefined;
    await this.queue.send<DeliverJob>(QUEUE.deliver, { deliveryId }, { db: manager, startAfter: at });
  }

  /** Asks for a sweep, such as after watch events were recorded. */
  wake(): void {
    this.queue
      .send(QUEUE.sweep, {}, SINGLETON)
      .catch((error: unknown) => this.logger.warn({ err: error }, "could not queue a webhook sweep"));
  }

  /** Works both queues in this process, keeps the backstop schedule, and sweeps once now. */
  async work(pollingIntervalSeconds: number): Promise<void> {
    await this.queue.work(QUEUE.sweep, { pollingIntervalSeconds }, () => this.sweep());
    for (let worker = 0; worker < CONCURRENT_ATTEMPTS; worker++) {
      await this.queue.work<DeliverJob>(QUEUE.deliver, { pollingIntervalSeconds }, (job) => this.deliver(job));
    }
    await this.queue.schedule(QUEUE.sweep, EVERY_MINUTE, {}, SINGLETON);
    this.wake();
  }

  private async sweep(): Promise<void> {
    const due = await dueWebhookDeliveries(systemContext(this.db), SWEEP_SIZE);
    for (const deliveryId of due) await this.queue.send<DeliverJob>(QUEUE.deliver, { deliveryId });
    if (due.length > 0) this.logger.debug({ queued: due.length }, "webhook deliveries queued");
  }

  private async deliver(job: Job<DeliverJob>): Promise<void> {
    const { deliveryId } = job.data;
    const outcome = await attemptWebhookDelivery(systemContext(this.db), this, this.settings, deliveryId);
    if (outcome !== "NOT_DUE") this.logger.info({ deliveryId, outcome }, "webhook delivery attempted");
  }
}
