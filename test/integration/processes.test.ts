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
  UpvotePaperDocument,
  type TrendingPaperAddedSubscription,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { collect, connectSocket } from "../helpers/websocket";
import { print } from "graphql";

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

async function upvote(url: string, paperId: number, voter: SignedInUser): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...voter.headers },
    body: JSON.stringify({
      query: print(UpvotePaperDocument),
      variables: { input: { paperId: toGlobalId("Paper", paperId) } },
    }),
  });
  expect(response.status).toBe(200);
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
    [a, b] = await Promise.all([start({ DATABASE_URL: databaseUrl! }), start({ DATABASE_URL: databaseUrl! })]);
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
    await upvote(a.url, incumbent, voters[0]);
    const onB = connectSocket(b.url);
    const onA = connectSocket(a.url);
    const seenOnB = collect<TrendingPaperAddedSubscription>(onB.client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    const seenOnA = collect<TrendingPaperAddedSubscription>(onA.client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    await new Promise((settle) => setTimeout(settle, 1500)); // lets the subscribe messages land

    await upvote(a.url, challenger, voters[1]);
    await upvote(a.url, challenger, voters[2]);
    const [event] = await seenOnB.waitFor(1);
    // Equal counts rank the newer vote first, so the first vote already takes the lead.
    expect(event.data?.trendingPaperAdded).toMatchObject({ rank: 1, paper: { title: "challenger", upvotes: 1 } });
    await seenOnA.waitFor(1);
    await new Promise((settle) => setTimeout(settle, 1000));
    expect([seenOnA.events.length, seenOnB.events.length]).toEqual([1, 1]);
    seenOnA.dispose();
    seenOnB.dispose();
    await Promise.all([onA.client.dispose(), onB.client.dispose()]);
  });

  test("when the listen connection is killed, the instance reconnects and pushes again", async () => {
    const incumbent = await insertPaper(db, { title: "incumbent" });
    const challenger = await insertPaper(db, { title: "challenger" });
    await upvote(a.url, incumbent, voters[0]);
    const onB = connectSocket(b.url);
    const seen = collect<TrendingPaperAddedSubscription>(onB.client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    const counter = collect<PaperUpvotesChangedSubscription>(onB.client, PaperUpvotesChangedDocument, {
      paperId: toGlobalId("Paper", challenger),
    });
    await new Promise((settle) => setTimeout(settle, 1500)); // lets the subscribe messages land

    const killed = await db.query(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = 'papergraph-listener' AND datname = current_database()",
    );
    expect(killed.length).toBe(2);
    await upvote(a.url, challenger, voters[1]);
    await upvote(a.url, challenger, voters[2]);
    const [event] = await seen.waitFor(1, 15_000);
    expect(event.data?.trendingPaperAdded?.paper.title).toBe("challenger");
    await counter.waitFor(1, 15_000);
    // Counters catch up too: the latest push carries the count after both votes.
    for (let tries = 0; tries < 50 && counter.events.at(-1)?.data?.paperUpvotesChanged?.upvotes !== 2; tries++) {
      await new Promise((settle) => setTimeout(settle, 100));
    }
    expect(counter.events.at(-1)?.data?.paperUpvotesChanged?.upvotes).toBe(2);
    counter.dispose();
    expect(b.logs.some((line) => line.includes("database listener reconnected"))).toBe(true);
    // Both instances listen again once their backoff has passed.
    let listening = 0;
    for (let tries = 0; tries < 50 && listening !== 2; tries++) {
      await new Promise((settle) => setTimeout(settle, 100));
      const [row] = await db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'papergraph-listener' AND datname = current_database()",
      );
      listening = row.n;
    }
    expect(listening).toBe(2);
    seen.dispose();
    await onB.client.dispose();
  });
});

test("SIGTERM drains: readiness fails first, requests still finish, sockets close with 1001, exit 0", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-drain-"));
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir };
  const server = await start({ ...env, SHUTDOWN_DELAY_MS: "3000" });
  const origin = server.url.replace(/\/graphql$/, "");
  const socket = connectSocket(server.url);
  collect(socket.client, TrendingPaperAddedDocument, {});
  expect((await fetch(`${origin}/readyz`)).status).toBe(200);

  const signalled = Date.now();
  server.child.kill("SIGTERM");
  await new Promise((settle) => setTimeout(settle, 300));
  expect((await fetch(`${origin}/readyz`)).status).toBe(503);
  const query = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ papers(first: 1) { totalCount } }" }),
  });
  expect(query.status).toBe(200);

  expect(await socket.closed).toBe(1001);
  expect(await server.exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(30_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
