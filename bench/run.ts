/**
 * Read and write benchmarks against the physical floor: one hand-written SQL statement per
 * request, served by a bare node:http handler through pg, on the same database in the same run;
 * and against PostGraphile V5 (bench/postgraphile.ts) unless --no-peers.
 *
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench:data
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench [-- --duration 10 --only daily --no-peers]
 *
 * Ours and the floor run in this process, each started for one measurement and closed after it;
 * PostGraphile runs in a child process for the whole run. Each has a pool of the configured size;
 * autocannon drives them from a process of its own (bench/load.ts). The report goes to stdout and
 * to bench/results.md.
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import autocannon from "autocannon";
import { Client } from "pg";
import pino from "pino";
import type { Logger } from "../src/logger";
import type { DataSource, EntityManager } from "typeorm";
import { loadConfig, type Config } from "../src/config";
import { toGlobalId } from "../src/domain/global-id";
import { applyMigrations, connectDatabase, StatementCounter } from "../src/data-source";
import { PROJECT_ROOT } from "../src/paths";
import { serve } from "../src/app";
import type { RunningServer } from "../src/server";
import { UserRole } from "../src/entities/user.entity";
import { createToken, createUser } from "../src/services/user.service";
import { backendCpu, backendCpuSince, ownCpuMs } from "./cpu";
import { startFloorServer } from "./floor";
import { ourAnswerData, peerAnswerData, startPostGraphile, type PeerServer } from "./postgraphile";
import { chooseParameters, readScenarios, VOTE_MUTATIONS, type GraphQLRequest, type Scenario } from "./scenarios";
import { inTransaction, systemContext } from "../src/services/context";

const CONNECTIONS = 10;
const WARM_UP_SECONDS = 3;
const VOTERS = 50;
const VOTED_PAPERS = 40;

const VOTE_MIX = "vote mix: upvote, then withdraw";
const CROWD = 100_000;
const CROWDED_VOTE_MIX = "vote mix on one paper with 100,000 votes";

/** A server ready for one measurement. */
interface Target {
  url: string;
  /** SQL statements sent so far, where the server counts them. */
  statementCount?(): number;
  /** CPU time the server's process has used so far, in ms. */
  cpuMs(): number;
  close(): Promise<void>;
}

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statementsPerRequest: number | null;
  /** CPU time the server's process spent per request. */
  cpuMsPerRequest: number;
  /** CPU time the database's Postgres backends spent per request; null where they cannot be seen. */
  postgresCpuMsPerRequest: number | null;
}

type Request = { method: "POST"; path?: string; headers: Record<string, string>; body: string };

/** Drives `target` from a separate process, so this one's CPU time is the server's alone. */
async function load(url: string, requests: Request[], seconds: number): Promise<autocannon.Result> {
  const child = spawn(process.execPath, [path.join(__dirname, "load.js")], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.end(JSON.stringify({ url, connections: CONNECTIONS, duration: seconds, requests }));
  let output = "";
  for await (const chunk of child.stdout) output += chunk;
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(output) as autocannon.Result;
}

/** Loads `target` after a warm-up; `database` names the Postgres database whose backends it uses. */
async function measure(target: Target, requests: Request[], seconds: number, database: string): Promise<Measurement> {
  await load(target.url, requests, WARM_UP_SECONDS);
  const statementsBefore = target.statementCount?.();
  const cpuBefore = target.cpuMs();
  const backendsBefore = backendCpu(database);
  const result = await load(target.url, requests, seconds);
  const cpuMs = target.cpuMs() - cpuBefore;
  const postgresCpuMs = backendCpuSince(database, backendsBefore);
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${failed} of ${result.requests.total} requests to ${target.url} failed`);
  const total = result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statementsPerRequest: statementsBefore === undefined ? null : (target.statementCount!() - statementsBefore) / total,
    cpuMsPerRequest: cpuMs / total,
    postgresCpuMsPerRequest: postgresCpuMs === null ? null : postgresCpuMs / total,
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** Users with tokens for the vote mix; removed, with their votes, when the run ends. */
async function createVoters(
  db: DataSource,
): Promise<{ tokens: string[]; withdrawVotes(): Promise<void>; remove(): Promise<void> }> {
  const cli = systemContext(db);
  const tokens: string[] = [];
  const userIds: number[] = [];
  for (let i = 0; i < VOTERS; i++) {
    await inTransaction(cli, async (tx) => {
      const user = await createUser(tx, { handle: `bench-voter-${process.pid}-${i}`, role: UserRole.USER });
      const { secret } = await createToken(tx, { userId: user.id, label: "bench" });
      userIds.push(user.id);
      tokens.push(secret);
    });
  }
  const withdrawVotes = async () => {
    await db.query("DELETE FROM vote WHERE user_id = ANY($1)", [userIds]);
  };
  return {
    tokens,
    withdrawVotes,
    async remove() {
      await withdrawVotes();
      await db.query("DELETE FROM app_user WHERE id = ANY($1)", [userIds]);
    },
  };
}

/** Runs `work` in a transaction with triggers off, as a superuser, and no statement timeout: bulk loads take seconds. */
function withTriggersOff(db: DataSource, work: (tx: EntityManager) => Promise<void>): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.query("SET LOCAL session_replication_role = replica");
    await tx.query("SET LOCAL statement_timeout = 0");
    await work(tx);
  });
}

/**
 * Gives `paperId`, a paper without votes, 100,000 of them, cast over the last 30 days by as many
 * users made for them, so that votes on it show what a popular paper costs. They are loaded with
 * triggers off; the paper's count and trend keys are then worked out from its votes as the
 * migrations do. `remove` takes them away, again with triggers off, and puts back the
 * paper's count and keys as they were: call it once the voters' votes are withdrawn.
 */
async function crowdPaper(db: DataSource, paperId: number): Promise<{ remove(): Promise<void> }> {
  const handlePrefix = `bench-crowd-${process.pid}-`;
  const [before] = await db.query(
    "SELECT vote_count, trend_day, trend_week, trend_month FROM paper WHERE id = $1 AND vote_count = 0",
    [paperId],
  );
  if (!before) throw new Error(`Paper ${paperId} is not there to crowd, or has votes already.`);
  await withTriggersOff(db, async (tx) => {
    await tx.query(
      `WITH crowd AS (INSERT INTO app_user (handle) SELECT $2::text || i FROM generate_series(1, $3) AS i RETURNING id)
       INSERT INTO vote (user_id, paper_id, created_at)
       SELECT id, $1, now() - interval '30 days' * (row_number() OVER (ORDER BY id))::float8 / $3 FROM crowd`,
      [paperId, handlePrefix, CROWD],
    );
    await tx.query("UPDATE paper SET vote_count = (SELECT count(*) FROM vote WHERE paper_id = $1) WHERE id = $1", [
      paperId,
    ]);
    await tx.query("SELECT paper_trend_keys_refresh($1)", [paperId]);
  });
  return {
    async remove() {
      await withTriggersOff(db, async (tx) => {
        await tx.query(
          `DELETE FROM vote WHERE paper_id = $1
           AND user_id IN (SELECT id FROM app_user WHERE starts_with(handle, $2))`,
          [paperId, handlePrefix],
        );
        await tx.query("DELETE FROM app_user WHERE starts_with(handle, $1)", [handlePrefix]);
        await tx.query(
          "UPDATE paper SET vote_count = $2, trend_day = $3, trend_week = $4, trend_month = $5 WHERE id = $1",
          [paperId, before.vote_count, before.trend_day, before.trend_week, before.trend_month],
        );
      });
    },
  };
}

/** Upvote then withdraw, for each voter on one of `paperIds` in turn: a mix that ends where it began. */
function voteRequests(tokens: string[], paperIds: number[]): Request[] {
  const requests: Request[] = [];
  tokens.forEach((token, i) => {
    const paperId = toGlobalId("Paper", paperIds[i % paperIds.length]);
    for (const [operationName, query] of [
      ["Upvote", VOTE_MUTATIONS.upvote],
      ["RemoveUpvote", VOTE_MUTATIONS.removeUpvote],
    ]) {
      requests.push({
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ operationName, query, variables: { input: { paperId } } }),
      });
    }
  });
  return requests;
}

/** Where two JSON values first differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (difference) return difference;
  }
  return path;
}

/** Our production server, in this process, over a pool of its own whose statements it counts. */
async function startOurs(config: Config, logger: Logger): Promise<Target> {
  const db = await connectDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: undefined,
    logger,
    limits: config.database,
  });
  const server: RunningServer = await serve(db, config, logger);
  const counter = db.logger as StatementCounter;
  return { url: server.url, statementCount: () => counter.count, cpuMs: ownCpuMs, close: () => server.close() };
}

function asRequests(body: GraphQLRequest): Request[] {
  return [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }];
}

const SIDES = ["floor", "ours", "cached", "PostGraphile"] as const;
type Side = (typeof SIDES)[number];

/** What one row of the report measures: each side's requests; a side without any is left out. */
interface Workload {
  name: string;
  requests: Partial<Record<Side, Request[]>>;
  /** Puts the data back after each side's run. */
  reset?(): Promise<void>;
}

/** `sides` starting at the `shift`th, so that no side always runs first. */
const rotate = <T>(sides: T[], shift: number) => [
  ...sides.slice(shift % sides.length),
  ...sides.slice(0, shift % sides.length),
];

/** Checks that ours, the floor and the peer answer alike, before any is timed; fails with the first difference. */
async function checkAnswers(
  scenarios: Scenario[],
  votes: Request[],
  servers: { floor: () => Promise<Target>; ours: () => Promise<Target> },
  peer: PeerServer | undefined,
): Promise<void> {
  const answers = async (target: Target) => {
    try {
      const reads = new Map<string, unknown>();
      for (const scenario of scenarios) reads.set(scenario.name, await post(target.url, scenario.body));
      const vote = await post(target.url, JSON.parse(votes[0].body), votes[0].headers);
      await post(target.url, JSON.parse(votes[1].body), votes[1].headers);
      return { reads, vote };
    } finally {
      await target.close();
    }
  };
  const floor = await answers(await servers.floor());
  const ours = await answers(await servers.ours());
  for (const scenario of scenarios) {
    const difference = firstDifference(ours.reads.get(scenario.name), floor.reads.get(scenario.name));
    if (difference) throw new Error(`${scenario.name}: ours and the floor differ at ${difference} (ours first)`);
  }
  const voteDifference = firstDifference(ours.vote, floor.vote);
  if (voteDifference) throw new Error(`the vote answers differ at ${voteDifference} (ours first)`);
  if (!peer) return;
  // Field names and global IDs differ, so answers are compared with IDs decoded and names mapped.
  for (const scenario of scenarios) {
    if (!scenario.postgraphile) continue;
    const difference = firstDifference(
      ourAnswerData(ours.reads.get(scenario.name)),
      peerAnswerData(await post(peer.url, scenario.postgraphile)),
    );
    if (difference) throw new Error(`${scenario.name}: ours and PostGraphile differ at ${difference} (ours first)`);
  }
}

function machine(postgresVersion: string): string {
  const cpus = os.cpus();
  return [
    `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `Node ${process.version}`,
    postgresVersion.split(" on ")[0],
  ].join("; ");
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "10" },
      only: { type: "string" },
      peers: { type: "boolean", default: true },
    },
    allowNegative: true,
  });
  const seconds = Number(values.duration);
  const config = loadConfig({
    ...process.env,
    PORT: "0",
    SHUTDOWN_DELAY_MS: "0",
    RATE_LIMIT_USER_POINTS: "100000000",
    RATE_LIMIT_ANONYMOUS_POINTS: "100000000",
    // Our server needs the key over Postgres; the benchmark sends no email, so any will do.
    DIGEST_SECRET: process.env.DIGEST_SECRET ?? "benchmark-only-digest-secret-that-signs-nothing",
  });
  const databaseUrl = config.databaseUrl;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the database npm run bench:data filled.");
  const logger = pino({ level: "warn" });
  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger, limits: config.database });
  await applyMigrations(db);
  // The vote scenarios of an earlier run leave dead index entries at the top of the upvotes
  // index, which every later run's "top 20" would walk past. On a connection of its own, as it
  // takes longer than the pool's statement timeout.
  const vacuum = new Client({ connectionString: databaseUrl });
  await vacuum.connect();
  await vacuum.query("VACUUM ANALYZE");
  await vacuum.end();
  const [{ version, database }] = await db.query("SELECT version(), current_database() AS database");
  const parameters = await chooseParameters(db);
  // --only narrows the run to scenarios whose name holds the text, for profiling one of them.
  const scenarios = readScenarios(parameters).filter((scenario) => !values.only || scenario.name.includes(values.only));
  const withVotes = !values.only || VOTE_MIX.includes(values.only);
  const withCrowd = !values.only || CROWDED_VOTE_MIX.includes(values.only);
  const voters = await createVoters(db);
  const dailyPaperIds: number[] = (
    await db.query("SELECT id FROM paper WHERE daily_date = $1 ORDER BY id LIMIT $2", [
      parameters.dailyDate,
      VOTED_PAPERS,
    ])
  ).map((row: { id: number }) => row.id);
  const votes = voteRequests(voters.tokens, dailyPaperIds);
  // The paper to crowd: one without votes, outside the vote mix.
  const [crowded]: { id: number }[] = withCrowd
    ? await db.query(
        "SELECT id FROM paper WHERE deleted_at IS NULL AND vote_count = 0 AND id <> ALL($1) ORDER BY id DESC LIMIT 1",
        [dailyPaperIds],
      )
    : [];

  const workloads: Workload[] = scenarios.map((scenario) => ({
    name: scenario.name,
    requests: {
      floor: asRequests(scenario.body),
      ours: asRequests(scenario.body),
      // The same reads with the response cache on, as anonymous readers of a daily-papers site get them.
      cached: asRequests(scenario.body),
      PostGraphile: scenario.postgraphile && asRequests(scenario.postgraphile),
    },
  }));
  // Concurrent connections interleave the mix, so some votes stay; each side starts from the same data.
  if (withVotes)
    workloads.push({ name: VOTE_MIX, requests: { floor: votes, ours: votes }, reset: voters.withdrawVotes });
  // Every voter on the one paper: each vote also waits for the paper's row lock, whatever it costs.
  if (crowded) {
    const crowdedVotes = voteRequests(voters.tokens, [crowded.id]);
    workloads.push({
      name: CROWDED_VOTE_MIX,
      requests: { floor: crowdedVotes, ours: crowdedVotes },
      reset: voters.withdrawVotes,
    });
  }

  const results = new Map<string, Row>();
  let peer: PeerServer | undefined;
  let crowd: { remove(): Promise<void> } | undefined;
  try {
    if (crowded) crowd = await crowdPaper(db, crowded.id);
    if (values.peers) peer = await startPostGraphile(databaseUrl, config.database.poolSize);
    const servers: Record<Side, () => Promise<Target>> = {
      floor: async () => ({
        ...(await startFloorServer(databaseUrl, scenarios, config.database.poolSize)),
        cpuMs: ownCpuMs,
      }),
      ours: () => startOurs({ ...config, responseCacheTtlMs: 0 }, logger),
      cached: () => startOurs(config, logger),
      // Out of this process and up for the whole run, closed at its end; asked for only when there.
      PostGraphile: async () => ({ ...peer!, close: async () => {} }),
    };
    await checkAnswers(scenarios, votes, servers, peer);
    await voters.withdrawVotes();

    // Ours and the floor are started for each run, so an idle one never spends this process's CPU.
    const sides = SIDES.filter((side) => side !== "PostGraphile" || peer);
    for (const [index, workload] of workloads.entries()) {
      for (const side of rotate(sides, index)) {
        const requests = workload.requests[side];
        if (!requests) continue;
        const target = await servers[side]();
        let measurement: Measurement;
        try {
          measurement = await measure(target, requests, seconds, database);
        } finally {
          await target.close();
        }
        await workload.reset?.();
        results.set(workload.name, { ...results.get(workload.name), [side]: measurement });
        console.error(
          `${side.padEnd(12)} ${workload.name}: ${Math.round(measurement.requestsPerSecond)} req/s, ` +
            `p50 ${ms(measurement.p50)}, CPU per request ${cpu(measurement)}`,
        );
      }
    }
  } finally {
    await voters.remove();
    await crowd?.remove();
    await peer?.close();
    await db.destroy();
  }
  const report = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine(version)}.`,
    `${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up then ${seconds} s per scenario; pools of ${config.database.poolSize}; ` +
      `the load generator runs in a process of its own; the order of the servers rotates from one scenario to the next.`,
    ...(peer ? [`${peer.description}, in a process of its own; "–" where it has no fair equivalent.`] : []),
    "",
    ...reportTable(results, peer !== undefined),
    "",
  ].join("\n");
  // A partial run must not replace the last full run's report.
  if (!values.only) fs.writeFileSync(path.join(PROJECT_ROOT, "bench/results.md"), report);
  console.log(report);
}

/** Server and Postgres CPU ms per request, as "0.38 / 1.20". */
const cpu = (measurement: Measurement) =>
  `${measurement.cpuMsPerRequest.toFixed(2)} / ${measurement.postgresCpuMsPerRequest?.toFixed(2) ?? "–"}`;

type Row = Partial<Record<Side, Measurement>>;
type Column = [header: string, cell: (row: Row) => string];

/** The report's Markdown table: a row per workload, columns for PostGraphile only if it ran. */
function reportTable(results: Map<string, Row>, withPeer: boolean): string[] {
  const compared: Side[] = withPeer ? ["floor", "ours", "PostGraphile"] : ["floor", "ours"];
  // One column per compared side, "–" where a side did not run.
  const perSide = (header: string, cell: (measurement: Measurement) => string): Column[] =>
    compared.map((side) => [`${side} ${header}`, (row) => (row[side] ? cell(row[side]) : "–")]);
  const rate = (measurement: Measurement) => String(Math.round(measurement.requestsPerSecond));
  const ratio = (measurement?: Measurement, base?: Measurement) =>
    measurement && base ? `${(measurement.requestsPerSecond / base.requestsPerSecond).toFixed(2)}×` : "–";
  const columns: Column[] = [
    ...perSide("req/s", rate),
    ["ours ÷ floor", (row) => `**${ratio(row.ours, row.floor)}**`],
    ...(withPeer ? [["ours ÷ PostGraphile", (row) => `**${ratio(row.ours, row.PostGraphile)}**`] as Column] : []),
    ...perSide("p50 / p99", (measurement) => `${ms(measurement.p50)} / ${ms(measurement.p99)}`),
    ...perSide("CPU ms per request, server / Postgres", cpu),
    ["our SQL statements per request", (row) => row.ours?.statementsPerRequest?.toFixed(2) ?? "–"],
    [
      "ours with the response cache, req/s (÷ floor)",
      (row) => (row.cached ? `${rate(row.cached)} (${ratio(row.cached, row.floor)})` : "–"),
    ],
  ];
  return [
    `| scenario | ${columns.map(([header]) => header).join(" | ")} |`,
    `| --- |${" ---: |".repeat(columns.length)}`,
    ...[...results].map(([name, row]) => `| ${name} | ${columns.map(([, cell]) => cell(row)).join(" | ")} |`),
  ];
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
