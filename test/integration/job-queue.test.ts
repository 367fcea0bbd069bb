import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import PgBoss from "pg-boss";
import pino from "pino";
import type { DataSource } from "typeorm";
import { connectDatabase } from "../../src/data-source";
import { JobQueue, type Job, type QueueOptions } from "../../src/jobs/queue";
import { until } from "../helpers/until";

const databaseUrl = process.env.DATABASE_URL;
const onPostgres = Boolean(databaseUrl);
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

/** Workers poll twice a second; maintenance and schedules run every second. */
const FAST = { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, cronIntervalSeconds: 1 };

let db: DataSource;
let queue: JobQueue;

beforeAll(async () => {
  db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger });
  await db.runMigrations();
  queue = await JobQueue.open({ db, databaseUrl, logger, ...FAST });
});
afterAll(async () => {
  await queue.stop();
  await db.destroy();
});

/** A queue of its own for each test, so a rerun on the same database starts empty. */
async function newQueue(label: string, options: QueueOptions = {}): Promise<string> {
  const name = `${label}-${randomUUID()}`;
  await queue.createQueue(name, options);
  return name;
}

async function stateOf(name: string, id: string | null): Promise<string | undefined> {
  return (await queue.getJob(name, id!))?.state;
}

test("an earlier pg-boss 10 schema is upgraded when a queue opens", async () => {
  const schemaVersion = async () => (await db.query("SELECT version FROM pgboss.version"))[0].version as number;
  const primaryKeys = () =>
    db.query("SELECT conname FROM pg_constraint WHERE conrelid = 'pgboss.job'::regclass AND contype = 'p'");
  expect(await schemaVersion()).toBe(24);
  // Back to schema 21, the first of pg-boss 10. Its types say string; it looks versions up as numbers.
  for (const version of [24, 23, 22]) await db.query(PgBoss.getRollbackPlans("pgboss", version as unknown as string));
  expect(await schemaVersion()).toBe(21);
  expect(await primaryKeys()).toEqual([]);

  // Two instances starting at once race to upgrade it: the loser's statements fail inside their
  // transaction, which must not leave the embedded database's one session aborted.
  const starting = [
    JobQueue.open({ db, databaseUrl, logger, ...FAST }),
    JobQueue.open({ db, databaseUrl, logger, ...FAST }),
  ];
  await Promise.all((await Promise.all(starting)).map((upgraded) => upgraded.stop()));
  expect(await schemaVersion()).toBe(24);
  expect(await primaryKeys()).toEqual([{ conname: "job_pkey" }]);
});

interface Delivery {
  subscriptionId: number;
  period: string;
  title: string;
  tags: (string | number | null)[];
  nested: { flags: boolean[] };
}

test("each job sent is handled once, by one of two workers, with its data intact", async () => {
  const name = await newQueue("deliver");
  const handled: Job<Delivery>[] = [];
  const handle = async (job: Job<Delivery>) => {
    handled.push(job);
  };
  await queue.work(name, {}, handle);
  await queue.work(name, {}, handle);
  const deliveries: Delivery[] = Array.from({ length: 6 }, (_, i) => ({
    subscriptionId: i,
    period: "2025-W01",
    title: `Ünïcødé <b>&</b> "quoted" 🚀 ${i}`,
    tags: ["a", null, 1.5],
    nested: { flags: [true, false] },
  }));
  const ids = await Promise.all(deliveries.map((delivery) => queue.send(name, delivery)));

  await until("the jobs to complete", async () => {
    const states = await Promise.all(ids.map((id) => stateOf(name, id)));
    return states.every((state) => state === "completed");
  });
  // Three more polls of each worker find nothing left to take.
  await sleep(1500);
  expect(handled.map((job) => job.id).sort()).toEqual([...ids].sort());
  expect(handled.map((job) => job.data).sort((a, b) => a.subscriptionId - b.subscriptionId)).toEqual(deliveries);
});

test("a failing handler is retried with growing delays until it succeeds", async () => {
  const name = await newQueue("flaky", { retryLimit: 3, retryDelay: 1, retryBackoff: true });
  const attempts: { at: number; retryCount: number }[] = [];
  await queue.work<{ subscriptionId: number }>(name, {}, async (job) => {
    attempts.push({ at: Date.now(), retryCount: job.retryCount });
    if (attempts.length < 3) throw new Error(`attempt ${attempts.length} fails`);
  });
  const id = await queue.send(name, { subscriptionId: 1 });

  await until("the third attempt to complete", async () => (await stateOf(name, id)) === "completed", 15_000);
  expect(attempts.map((attempt) => attempt.retryCount)).toEqual([0, 1, 2]);
  // The n-th retry waits between retryDelay × 2^(n-1) and twice that, then up to a poll.
  const [firstWait, secondWait] = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
  expect(firstWait).toBeGreaterThanOrEqual(1000);
  expect(firstWait).toBeLessThan(2000 + 1000);
  expect(secondWait).toBeGreaterThanOrEqual(2000);
  expect(secondWait).toBeLessThan(4000 + 1000);
});

test("a handler that keeps failing ends failed once its retries are spent, with its error", async () => {
  const name = await newQueue("doomed", { retryLimit: 2 });
  let attempts = 0;
  await queue.work(name, {}, async () => {
    attempts++;
    throw new Error("the mail server refused");
  });
  const id = await queue.send(name, { subscriptionId: 2 });

  await until("the job to fail", async () => (await stateOf(name, id)) === "failed");
  expect(attempts).toBe(3);
  expect(await queue.getJob(name, id!)).toMatchObject({
    retryCount: 2,
    output: { message: "the mail server refused" },
  });
});

test("declaring a queue again updates its options for the jobs sent after", async () => {
  const name = await newQueue("redeclared", { retryLimit: 1 });
  const before = await queue.send(name, { subscriptionId: 1 });
  await queue.createQueue(name, { retryLimit: 5 });
  const after = await queue.send(name, { subscriptionId: 2 });
  expect(await queue.getJob(name, before!)).toMatchObject({ retryLimit: 1 });
  expect(await queue.getJob(name, after!)).toMatchObject({ retryLimit: 5 });
});

test("a singleton key dedupes a second send where the queue's policy says so", async () => {
  const key = "subscription-7:2025-W01";
  const short = await newQueue("dedupe", { policy: "short" });
  const first = await queue.send(short, { n: 1 }, { singletonKey: key });
  expect(first).toEqual(expect.any(String));
  expect(await queue.send(short, { n: 2 }, { singletonKey: key })).toBeNull();
  expect(await queue.send(short, { n: 3 }, { singletonKey: "subscription-8:2025-W01" })).toEqual(expect.any(String));
  expect(await queue.getJob(short, first!)).toMatchObject({ data: { n: 1 } });

  // A standard queue ignores the key alone, and dedupes on it within a time slot.
  const standard = await newQueue("throttle");
  expect(await queue.send(standard, { n: 1 }, { singletonKey: key })).toEqual(expect.any(String));
  expect(await queue.send(standard, { n: 2 }, { singletonKey: key })).toEqual(expect.any(String));
  expect(await queue.send(standard, { n: 3 }, { singletonKey: key, singletonHours: 1 })).toEqual(expect.any(String));
  expect(await queue.send(standard, { n: 4 }, { singletonKey: key, singletonHours: 1 })).toBeNull();
});

test("a job sent inside a transaction exists only if the transaction commits", async () => {
  const name = await newQueue("outbox");
  let rolledBack: string | null = null;
  await expect(
    db.transaction(async (manager) => {
      rolledBack = await queue.send(name, { subscriptionId: 1 }, { db: manager });
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");
  const committed = await db.transaction((manager) => queue.send(name, { subscriptionId: 2 }, { db: manager }));

  expect(rolledBack).toEqual(expect.any(String));
  expect(await queue.getJob(name, rolledBack!)).toBeNull();
  expect(await queue.getJob(name, committed!)).toMatchObject({ state: "created", data: { subscriptionId: 2 } });
});

test("a job sent beside another transaction is not rolled back with it", async () => {
  const name = await newQueue("beside");
  let sent!: Promise<string | null>;
  let whileOpen: string | undefined;
  await expect(
    db.transaction(async (manager) => {
      await manager.query("SELECT 1");
      sent = queue.send(name, { subscriptionId: 3 });
      whileOpen = await Promise.race([sent.then(() => "sent"), sleep(500).then(() => "waiting")]);
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");

  // The embedded database's one session is the transaction's until it ends.
  expect(whileOpen).toBe(onPostgres ? "sent" : "waiting");
  const id = await sent;
  expect(await queue.getJob(name, id!)).toMatchObject({ data: { subscriptionId: 3 } });
});

// On a Postgres server pg-boss has closed its pool by then: the job is left to expire instead.
(onPostgres ? test.skip : test)("a job fetched as the queue stops is handed back for a retry, not run", async () => {
  const stopping = await JobQueue.open({ db, databaseUrl, logger, ...FAST });
  const name = await newQueue("handed-back");
  const id = await queue.send(name, { subscriptionId: 5 });
  let ran = false;
  let stopped!: Promise<void>;
  await db.transaction(async (manager) => {
    // The transaction holds the embedded database's one session: the worker's first fetch waits for it.
    await manager.query("SELECT 1");
    await stopping.work(name, {}, async () => {
      ran = true;
    });
    stopped = stopping.stop();
  });
  await stopped;

  expect(ran).toBe(false);
  expect(await queue.getJob(name, id!)).toMatchObject({
    state: "retry",
    output: { message: "The job queue stopped before this job started." },
  });
});

test("a schedule sends its job within seconds of its cron time", async () => {
  const name = await newQueue("digest-plan");
  const planned: Job<{ cadence: string }>[] = [];
  await queue.work<{ cadence: string }>(name, {}, async (job) => {
    planned.push(job);
  });
  // Every minute: the last cron time is always less than a minute old, so the next check sends it.
  await queue.schedule(name, "* * * * *", { cadence: "weekly" });
  try {
    await until("the scheduled job", () => planned.length > 0);
  } finally {
    await queue.unschedule(name);
  }
  expect(planned[0].data).toEqual({ cadence: "weekly" });
});

/** A worker in a process of its own: it takes one job from the queue, prints it and hangs. */
const HANGING_WORKER = `
const PgBoss = require("pg-boss");
const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, supervise: false, schedule: false });
boss.start().then(() => boss.work(process.argv[1], { includeMetadata: true }, async ([job]) => {
  console.log(JSON.stringify({ id: job.id, startedOn: job.startedOn }));
  await new Promise(() => {});
}));
`;

(onPostgres ? test : test.skip)(
  "the job of a worker killed mid-job is handled by another once it expires",
  async () => {
    const name = await newQueue("expiring", { expireInSeconds: 1, retryLimit: 1 });
    const id = await queue.send(name, { subscriptionId: 4 });
    const doomed = spawn(process.execPath, ["-e", HANGING_WORKER, name], { stdio: ["ignore", "pipe", "inherit"] });
    const exited = new Promise((resolve) => doomed.once("exit", resolve));
    const taken = await new Promise<{ id: string; startedOn: string }>((resolve) =>
      doomed.stdout.once("data", (chunk) => resolve(JSON.parse(`${chunk}`))),
    );
    doomed.kill("SIGKILL");
    await exited;
    expect(taken.id).toBe(id);

    const handled: Job<{ subscriptionId: number }>[] = [];
    await queue.work<{ subscriptionId: number }>(name, {}, async (job) => {
      handled.push(job);
    });
    await until("a live worker to take the job", () => handled.length > 0);
    const [retried] = handled;
    expect(retried).toMatchObject({
      id,
      retryCount: 1,
      output: { value: { message: "job failed by timeout in active state" } },
    });
    // The maintenance pass that failed it set it to start then: the first after its expiry. Passes
    // come every tick (a second here) or, when one just misses the last's mark, every other; the
    // last second allows for timers late on a busy machine.
    const failedAfter = retried.startAfter.getTime() - Date.parse(taken.startedOn);
    expect(failedAfter).toBeGreaterThan(1000);
    expect(failedAfter).toBeLessThan(1000 + 2 * 1000 + 1000);
    await until("the job to complete", async () => (await stateOf(name, id)) === "completed");
  },
);
