import { setImmediate } from "node:timers/promises";
import PgBoss from "pg-boss";
import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "../logger";
import { PGliteJobDatabase, transactionJobDatabase } from "./job-database";

/** A job as its handler receives it: its data, and where it stands in its retries. */
export type Job<TData> = PgBoss.JobWithMetadata<TData>;

/**
 * How a queue treats its jobs. `policy` decides what `singletonKey` dedupes: "short" keeps one
 * job per key waiting for its first start, "singleton" one active job per key, "stately" one
 * per key in each state up to active; "standard" ignores the key unless the job also gives
 * `singletonSeconds` (or minutes, hours), which dedupes within each such slot of time.
 * A job runs at most 1 + `retryLimit` times (pg-boss's default limit: 2). Retries wait
 * `retryDelay` seconds, or with `retryBackoff` a random time between retryDelay × 2^(n-1) and
 * twice that before the n-th.
 */
export type QueueOptions = Omit<PgBoss.Queue, "name">;

/**
 * Per-job settings, which override the queue's. With `db`, the job is inserted in that open
 * transaction: it exists if and only if the transaction commits.
 */
export type SendOptions = Omit<PgBoss.SendOptions, "db"> & { db?: EntityManager };

export type ScheduleOptions = Omit<PgBoss.ScheduleOptions, "db">;

export interface WorkOptions {
  /** How long an idle worker waits between looks for a job; at least 0.5. */
  pollingIntervalSeconds?: number;
}

export interface JobQueueOptions {
  /** The application's database; the queue shares its session when it is the embedded one. */
  db: DataSource;
  /** Postgres server whose `pgboss` schema holds the jobs; undefined for the embedded database. */
  databaseUrl: string | undefined;
  logger: Logger;
  /** Default for workers; at least 0.5, pg-boss's default 2. */
  pollingIntervalSeconds?: number;
  /**
   * How often the active jobs that outlived their `expireInSeconds` are failed, which retries
   * them; at least 1. See {@link JobQueue} for how quickly a dead worker's job comes back.
   */
  maintenanceIntervalSeconds?: number;
  /** How often schedules are checked, and their jobs sent; between 1 and 45, pg-boss's defaults 30 and 5. */
  cronIntervalSeconds?: number;
  /**
   * False for a process that only sends jobs: it then runs neither maintenance nor schedules,
   * which the workers' processes do. True unless set.
   */
  background?: boolean;
}

const DEADLOCK_DETECTED = "40P01";
const CREATE_ATTEMPTS = 5;

/** Two or three connections are plenty for polling and maintenance beside the API's pool. */
const SERVER_POOL_SIZE = 3;
/** pg-boss's default is 120. A job whose worker died waits on this, after its own expiry. */
const DEFAULT_MAINTENANCE_INTERVAL_SECONDS = 30;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/** pg-boss checks every option present, and refuses one that is there but undefined. */
function definedOnly<TOptions extends object>(options: TOptions): TOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as TOptions;
}

/**
 * Durable jobs in Postgres through pg-boss 10, on the Postgres server or the embedded database.
 *
 * Queues must exist before jobs are sent to, scheduled on or worked from them: a job sent to a
 * missing queue is dropped and `send` returns null.
 *
 * A handler that throws fails its job, which is retried as its retry options say, then ends
 * `failed`. So does a handler still running after the job's `expireInSeconds`; pg-boss cannot
 * stop it, so handlers must be safe to run twice.
 *
 * A worker that dies (SIGKILL, lost connection) leaves its job active. The job becomes
 * retryable once its `expireInSeconds` (per job, else per queue, else 15 minutes) has passed
 * since it started and a maintenance pass has seen it: any instance runs one at most every
 * `maintenanceIntervalSeconds`, and as an instance's timer can just miss the last pass's mark,
 * passes may land every other tick, so up to twice that. The retry then waits its retry delay
 * and a worker's next poll. The expiry counts as one of the job's attempts.
 *
 * Schedules are cron expressions, at best once a minute. Every instance checks them (the first
 * to do so in each `cronIntervalSeconds` wins) and sends a schedule's job when its last cron
 * time is less than 60 seconds old, once per schedule and minute across instances. A cron time
 * that passes while no instance runs for that minute is skipped, not caught up.
 *
 * On the embedded database the queue's statements take turns with TypeORM's transactions, so a
 * call awaited inside an open transaction (a `send` without `db`, a `getJob`) waits for that
 * transaction to end: forever. Send after the commit, or inside the transaction with `db`.
 */
export class JobQueue {
  private stopping = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
    private readonly embedded: PGliteJobDatabase | undefined,
  ) {}

  /** Installs or upgrades pg-boss's schema as needed and starts maintenance and schedules. */
  static async open(options: JobQueueOptions): Promise<JobQueue> {
    const embedded = options.databaseUrl ? undefined : new PGliteJobDatabase(options.db);
    const connection = embedded
      ? { db: embedded }
      : { connectionString: options.databaseUrl, max: SERVER_POOL_SIZE, application_name: "papergraph-jobs" };
    const boss = new PgBoss(
      definedOnly({
        ...connection,
        pollingIntervalSeconds: options.pollingIntervalSeconds,
        maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? DEFAULT_MAINTENANCE_INTERVAL_SECONDS,
        cronMonitorIntervalSeconds: options.cronIntervalSeconds,
        cronWorkerIntervalSeconds: options.cronIntervalSeconds,
        supervise: options.background,
        schedule: options.background,
      }),
    );
    boss.on("error", (error) => options.logger.error({ err: error }, "job queue failed"));
    await boss.start();
    return new JobQueue(boss, options.logger, embedded);
  }

  /** Creates the queue, or brings the options given up to date if it exists. */
  async createQueue(name: string, options: QueueOptions = {}): Promise<void> {
    const queue = definedOnly({ ...options, name });
    // Instances starting together on a new database can deadlock in pg-boss's create_queue, which
    // makes a table per queue: Postgres aborts one of them, and trying again then finds the queue.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(name, queue);
        break;
      } catch (error) {
        if ((error as { code?: unknown }).code !== DEADLOCK_DETECTED || attempt === CREATE_ATTEMPTS) throw error;
      }
    }
    await this.boss.updateQueue(name, queue);
  }

  /** Returns the job's id, or null when its queue's policy deduped it on `singletonKey`. */
  async send<TData extends object>(name: string, data: TData, options: SendOptions = {}): Promise<string | null> {
    const { db, ...jobOptions } = definedOnly(options);
    return this.boss.send(name, data, db ? { ...jobOptions, db: transactionJobDatabase(db) } : jobOptions);
  }

  /**
   * Handles the queue's jobs one at a time: the job completes when `handler` resolves, and fails
   * when it throws. Call it again for more jobs at once. Returns the worker's id.
   */
  work<TData extends object>(
    name: string,
    options: WorkOptions,
    handler: (job: Job<TData>) => Promise<void>,
  ): Promise<string> {
    return this.boss.work<TData>(
      name,
      { ...definedOnly(options), batchSize: 1, includeMetadata: true },
      async ([job]) => {
        // A fetch under way as the queue stops can still return a job: hand it back, to be retried.
        if (this.stopping) throw new Error("The job queue stopped before this job started.");
        try {
          await handler(job);
        } catch (error) {
          const { id, retryCount, retryLimit } = job;
          this.logger.warn({ err: error, queue: name, job: { id, retryCount, retryLimit } }, "job failed");
          throw error;
        }
      },
    );
  }

  /** Makes the worker `workerId` look for a job now rather than at its next poll. */
  notifyWorker(workerId: string): void {
    this.boss.notifyWorker(workerId);
  }

  /**
   * Sends `data` to the queue named `name` at each time of `cron`, read in UTC unless `tz` says
   * otherwise. A queue has one schedule: scheduling it again replaces it.
   */
  schedule<TData extends object>(
    name: string,
    cron: string,
    data: TData,
    options: ScheduleOptions = {},
  ): Promise<void> {
    return this.boss.schedule(name, cron, data, { tz: "UTC", ...definedOnly(options) });
  }

  /** Removes the queue's schedule; jobs it already sent stay. */
  unschedule(name: string): Promise<void> {
    return this.boss.unschedule(name);
  }

  /** The job as it stands, or null once archived: by default 12 hours after it ended. */
  getJob<TData>(name: string, id: string): Promise<Job<TData> | null> {
    return this.boss.getJobById<TData>(name, id);
  }

  /**
   * Stops fetching and waits up to `timeoutMs` for running handlers; the jobs of those still
   * running are failed, which retries them. Stop the queue before closing the database.
   */
  async stop(timeoutMs = DEFAULT_STOP_TIMEOUT_MS): Promise<void> {
    this.stopping = true;
    await this.boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    // pg-boss closes its own pool, not the embedded database: let its last statements finish,
    // then those that fail the jobs they returned, which the handler refuses now.
    await this.embedded?.settled();
    await setImmediate();
    await this.embedded?.settled();
  }
}
