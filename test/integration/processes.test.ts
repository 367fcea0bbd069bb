import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import type { DataSource } from "typeorm";
import { connectDatabase } from "../../src/data-source";
import { toGlobalId } from "../../src/domain/global-id";
import {
  PaperUpvotesChangedDocument,
  TrendingPaperAddedDocument,
  type PaperUpvotesChangedSubscription,
  type TrendingPaperAddedSubscription,
} from "../generated/graphql";
import { signUp, upvoteAs, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { lockPapers } from "../helpers/locks";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { TEST_DIGEST_SECRET } from "../helpers/server";
import { collect, connectSocket } from "../helpers/websocket";

const databaseUrl = process.env.DATABASE_URL || undefined;
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const server of running) server.child.kill("SIGKILL");
  await Promise.all(running.map((server) => server.exited));
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer(env);
  running.push(server);
  return server;
}

const LISTENING = '"subscriber listening"';
const RECONNECTED = '"database listener reconnected"';

function countPapers(url: string): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ papers { totalCount } }" }),
  });
}

// Several processes need a Postgres server; the embedded database belongs to one process.
(databaseUrl ? describe : describe.skip)("two server processes on one Postgres", () => {
  let db: DataSource;
  let a: ServerProcess;
  let b: ServerProcess;
  let voters: SignedInUser[];

  beforeAll(async () => {
    db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
    await db.runMigrations();
    // Debug logs say when a subscription starts listening.
    // No job-queue workers: this file is about live events, and its TRUNCATEs must not meet their work.
    const env = {
      DATABASE_URL: databaseUrl!,
      DIGEST_SECRET: TEST_DIGEST_SECRET,
      DIGEST_WORKER: "false",
      LOG_LEVEL: "debug",
    };
    [a, b] = await Promise.all([start(env), start(env)]);
  });
  afterAll(async () => {
    await db.destroy();
  });
  beforeEach(async () => {
    await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
    voters = [await signUp(db, "one"), await signUp(db, "two"), await signUp(db, "three")];
  });

  test("a vote on instance A reaches a subscriber on instance B, once, and one on A, once", async () => {
    const incumbent = await insertPaper(db, { title: "incumbent" });
    const challenger = await insertPaper(db, { title: "challenger" });
    await upvoteAs(voters[0], a.url, incumbent);
    const onB = connectSocket(b.url);
    const onA = connectSocket(a.url);
    const listening = Promise.all([a.waitForLog(LISTENING), b.waitForLog(LISTENING)]);
    const seenOnB = collect<TrendingPaperAddedSubscription>(onB.client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    const seenOnA = collect<TrendingPaperAddedSubscription>(onA.client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    await listening;

    await upvoteAs(voters[1], a.url, challenger);
    const [event] = await seenOnB.waitFor(1);
    // Equal counts rank the newer vote first, so one vote takes the lead.
    expect(event.data?.trendingPaperAdded).toMatchObject({ rank: 1, paper: { title: "challenger", upvotes: 1 } });
    // The incumbent takes the lead back. Each instance pushes in order, so a second push of the
    // challenger would have come before it.
    await upvoteAs(voters[2], b.url, incumbent);
    for (const seen of [seenOnA, seenOnB]) {
      const titles = (await seen.waitFor(2)).map((result) => result.data?.trendingPaperAdded?.paper.title);
      expect(titles).toEqual(["challenger", "incumbent"]);
    }
    seenOnA.dispose();
    seenOnB.dispose();
    await Promise.all([onA.client.dispose(), onB.client.dispose()]);
  });

  test("when the listen connection is killed, the instance reconnects and pushes again", async () => {
    const incumbent = await insertPaper(db, { title: "incumbent" });
    const challenger = await insertPaper(db, { title: "challenger" });
    await upvoteAs(voters[0], a.url, incumbent);
    const onB = connectSocket(b.url);
    const listening = b.waitForLog(LISTENING, 2);
    const seen = collect<TrendingPaperAddedSubscription>(onB.client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    const counter = collect<PaperUpvotesChangedSubscription>(onB.client, PaperUpvotesChangedDocument, {
      paperId: toGlobalId("Paper", challenger),
    });
    await listening;

    const reconnected = Promise.all([a.waitForLog(RECONNECTED), b.waitForLog(RECONNECTED)]);
    const killed = await db.query(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = 'papergraph-listener' AND datname = current_database()",
    );
    expect(killed.length).toBe(2);
    await upvoteAs(voters[1], a.url, challenger);
    await upvoteAs(voters[2], a.url, challenger);
    const [event] = await seen.waitFor(1, 15_000);
    expect(event.data?.trendingPaperAdded?.paper.title).toBe("challenger");
    // Counters catch up too: the latest push carries the count after both votes.
    await counter.waitUntil((latest) => latest.data?.paperUpvotesChanged?.upvotes === 2, 15_000);
    counter.dispose();
    // Both instances listen again.
    await reconnected;
    const [row] = await db.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'papergraph-listener' AND datname = current_database()",
    );
    expect(row.n).toBe(2);
    seen.dispose();
    await onB.client.dispose();
  });
});

test("SIGTERM drains: readiness fails first, requests are still served, sockets close with 1001, exit 0", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-drain-"));
  const env: Record<string, string> = databaseUrl
    ? { DATABASE_URL: databaseUrl, DIGEST_SECRET: TEST_DIGEST_SECRET }
    : { DATA_DIR: dataDir };
  const server = await start({ ...env, SHUTDOWN_DELAY_MS: "3000" });
  const origin = server.url.replace(/\/graphql$/, "");
  const socket = connectSocket(server.url);
  collect(socket.client, TrendingPaperAddedDocument, {});
  expect((await fetch(`${origin}/readyz`)).status).toBe(200);

  const shuttingDown = server.waitForLog('"shutting down"');
  server.child.kill("SIGTERM");
  await shuttingDown;
  expect((await fetch(`${origin}/readyz`)).status).toBe(503);
  expect((await countPapers(server.url)).status).toBe(200);

  expect(await socket.closed).toBe(1001);
  expect(await server.exited).toBe(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// A table lock holds a query mid-flight; only a Postgres server has them.
(databaseUrl ? test : test.skip)(
  "SIGTERM lets a request in flight finish after the server stops accepting, then exits 0",
  async () => {
    const server = await start({
      DATABASE_URL: databaseUrl!,
      DIGEST_SECRET: TEST_DIGEST_SECRET,
      SHUTDOWN_DELAY_MS: "0",
    });
    const lock = await lockPapers(databaseUrl);
    let inFlight: Promise<Response>;
    try {
      inFlight = countPapers(server.url);
      await lock.waitedOnBy(1);
      const stoppedAccepting = server.waitForLog('"stopped accepting requests');
      server.child.kill("SIGTERM");
      await stoppedAccepting;
      expect(server.logs.find((line) => line.includes('"stopped accepting requests'))).toContain(
        '"requestsInFlight":1',
      );
    } finally {
      await lock.release();
    }
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { papers: { totalCount: expect.any(Number) } } });
    expect(await server.exited).toBe(0);
  },
);
