/**
 * Read and write benchmarks against the physical floor: one hand-written SQL statement per
 * request, served by a bare node:http handler through pg, on the same database in the same run.
 *
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench:data
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench [-- --duration 10]
 *
 * Both servers run in this process, one after the other, each with a pool of the configured
 * size; autocannon drives them from a process of its own (bench/load.ts). The report goes to stdout and to
 * bench/results.md.
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import autocannon from "autocannon";
import pino from "pino";
import type { Logger } from "../src/logger";
import type { DataSource } from "typeorm";
import { loadConfig, type Config } from "../src/config";
import { toGlobalId } from "../src/domain/global-id";
import { connectDatabase, StatementCounter } from "../src/data-source";
import { PROJECT_ROOT } from "../src/paths";
import { serve } from "../src/app";
import type { RunningServer } from "../src/server";
import { UserRole } from "../src/entities/user.entity";
import { createToken, createUser } from "../src/services/user.service";
import { startFloorServer } from "./floor";
import { readScenarios, VOTE_MUTATIONS, type Scenario, type ScenarioParameters } from "./scenarios";
import { inTransaction, systemContext } from "../src/services/context";

const CONNECTIONS = 10;
const WARM_UP_SECONDS = 3;
const MIN_PAPERS = 100_000;
const SEARCH_TERM = "diffusion";
const VOTERS = 50;
const VOTED_PAPERS = 40;

interface Target {
  url: string;
  statementCount(): number;
}

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statementsPerRequest: number;
  /** CPU time this process, where the server runs, spent per request. */
  cpuMsPerRequest: number;
}

type Request = { method: "POST"; path?: string; headers: Record<string, string>; body: string };

/** Drives `target` from a separate process, so this one's CPU time is the server's alone. */
async function load(target: Target, requests: Request[], seconds: number): Promise<autocannon.Result> {
  const child = spawn(process.execPath, [path.join(__dirname, "load.js")], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.end(JSON.stringify({ url: target.url, connections: CONNECTIONS, duration: seconds, requests }));
  let output = "";
  for await (const chunk of child.stdout) output += chunk;
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(output) as autocannon.Result;
}

async function measure(target: Target, requests: Request[], seconds: number): Promise<Measurement> {
  await load(target, requests, WARM_UP_SECONDS);
  const before = target.statementCount();
  const cpuBefore = process.cpuUsage();
  const result = await load(target, requests, seconds);
  const cpu = process.cpuUsage(cpuBefore);
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${failed} of ${result.requests.total} requests to ${target.url} failed`);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statementsPerRequest: (target.statementCount() - before) / result.requests.total,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / result.requests.total,
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

async function chooseParameters(db: DataSource): Promise<ScenarioParameters> {
  const [papers] = await db.query("SELECT count(*)::int AS count FROM paper");
  if (papers.count < MIN_PAPERS && !process.env.BENCH_ALLOW_SMALL) {
    throw new Error(`The database holds ${papers.count} papers; run npm run bench:data first (${MIN_PAPERS} or more).`);
  }
  const [daily] = await db.query(
    `SELECT daily_date::text AS day, count(*)::int AS count FROM paper
     WHERE daily_date IS NOT NULL AND deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1`,
  );
  const [paper] = await db.query(
    `SELECT p.id FROM paper p WHERE p.author_count >= 5 AND p.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = p.id) ORDER BY p.id LIMIT 1`,
  );
  if (!paper || !daily || (daily.count < 100 && !process.env.BENCH_ALLOW_SMALL)) {
    throw new Error("The data has no daily list of 100 papers, or no paper with code.");
  }
  return { dailyDate: daily.day, paperId: paper.id, searchTerm: SEARCH_TERM };
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

/** Upvote then withdraw, for each voter on each of a few daily papers: a mix that ends where it began. */
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

interface OurServer {
  server: RunningServer;
  target: Target;
}

/** Our production server, in this process, over a pool of its own whose statements it counts. */
async function startOurs(config: Config, logger: Logger): Promise<OurServer> {
  const db = await connectDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: undefined,
    logger,
    limits: config.database,
  });
  const server = await serve(db, config, logger);
  const counter = db.logger as StatementCounter;
  return { server, target: { url: server.url, statementCount: () => counter.count } };
}

function asRequests(scenario: Scenario): Request[] {
  return [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(scenario.body) }];
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
    options: { duration: { type: "string", default: "10" }, only: { type: "string" } },
  });
  const seconds = Number(values.duration);
  const config = loadConfig({
    ...process.env,
    PORT: "0",
    SHUTDOWN_DELAY_MS: "0",
    RATE_LIMIT_USER_POINTS: "100000000",
    RATE_LIMIT_ANONYMOUS_POINTS: "100000000",
  });
  if (!config.databaseUrl) throw new Error("Set DATABASE_URL to the database npm run bench:data filled.");
  const logger = pino({ level: "warn" });
  const db = await connectDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: undefined,
    logger,
    limits: config.database,
  });
  await db.runMigrations();
  const [{ version }] = await db.query("SELECT version()");
  const parameters = await chooseParameters(db);
  // --only narrows the run to scenarios whose name holds the text, for profiling one of them.
  const scenarios = readScenarios(parameters).filter((scenario) => !values.only || scenario.name.includes(values.only));
  const withVotes = !values.only || "vote mix".includes(values.only);
  const voters = await createVoters(db);
  const dailyPaperIds: number[] = (
    await db.query("SELECT id FROM paper WHERE daily_date = $1 ORDER BY id LIMIT $2", [
      parameters.dailyDate,
      VOTED_PAPERS,
    ])
  ).map((row: { id: number }) => row.id);
  const votes = voteRequests(voters.tokens, dailyPaperIds);

  const results = new Map<string, { floor?: Measurement; ours?: Measurement; cached?: Measurement }>();
  const record = (name: string, side: "floor" | "ours" | "cached", measurement: Measurement) => {
    results.set(name, { ...results.get(name), [side]: measurement });
    console.error(
      `${side.padEnd(5)} ${name}: ${Math.round(measurement.requestsPerSecond)} req/s, p50 ${ms(measurement.p50)}, ` +
        `${measurement.cpuMsPerRequest.toFixed(2)} ms CPU per request`,
    );
  };

  let ours: OurServer | undefined;
  let cached: OurServer | undefined;
  try {
    // The floor first, then ours: each checked to answer the same, then loaded the same way.
    const floor = await startFloorServer(config.databaseUrl, scenarios, config.database.poolSize);
    const floorAnswers = new Map<string, unknown>();
    for (const scenario of scenarios) floorAnswers.set(scenario.name, await post(floor.url, scenario.body));
    const floorVote = await post(floor.url, JSON.parse(votes[0].body), votes[0].headers);
    await post(floor.url, JSON.parse(votes[1].body), votes[1].headers);
    for (const scenario of scenarios)
      record(scenario.name, "floor", await measure(floor, asRequests(scenario), seconds));
    if (withVotes) record("vote mix: upvote, then withdraw", "floor", await measure(floor, votes, seconds));
    await floor.close();
    // Concurrent connections interleave the mix, so some votes stay; the reads must see the same data.
    await voters.withdrawVotes();

    ours = await startOurs({ ...config, responseCacheTtlMs: 0 }, logger);
    const oursTarget = ours.target;
    const url = ours.target.url;
    for (const scenario of scenarios) {
      const answer = await post(url, scenario.body);
      const difference = firstDifference(answer, floorAnswers.get(scenario.name));
      if (difference) throw new Error(`${scenario.name}: ours and the floor differ at ${difference} (ours first)`);
    }
    const ourVote = await post(url, JSON.parse(votes[0].body), votes[0].headers);
    await post(url, JSON.parse(votes[1].body), votes[1].headers);
    const voteDifference = firstDifference(ourVote, floorVote);
    if (voteDifference) throw new Error(`the vote answers differ at ${voteDifference} (ours first)`);
    for (const scenario of scenarios)
      record(scenario.name, "ours", await measure(oursTarget, asRequests(scenario), seconds));
    if (withVotes) record("vote mix: upvote, then withdraw", "ours", await measure(oursTarget, votes, seconds));
    await ours.server.close();
    ours = undefined;

    // The same reads with the response cache on, as anonymous readers of a daily-papers site get them.
    cached = await startOurs(config, logger);
    for (const scenario of scenarios) {
      record(scenario.name, "cached", await measure(cached.target, asRequests(scenario), seconds));
    }
  } finally {
    await voters.remove();
    await ours?.server.close();
    await cached?.server.close();
    await db.destroy();
  }
  const rows = [...results].map(([name, { floor, ours, cached }]) => {
    if (!floor || !ours) throw new Error(`${name} was measured on one side only`);
    const ratio = (measurement: Measurement) =>
      `${(measurement.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}×`;
    return [
      name,
      Math.round(floor.requestsPerSecond),
      Math.round(ours.requestsPerSecond),
      `**${ratio(ours)}**`,
      `${ms(floor.p50)} / ${ms(floor.p99)}`,
      `${ms(ours.p50)} / ${ms(ours.p99)}`,
      `${floor.cpuMsPerRequest.toFixed(2)} / ${ours.cpuMsPerRequest.toFixed(2)}`,
      ours.statementsPerRequest.toFixed(2),
      cached ? `${Math.round(cached.requestsPerSecond)} (${ratio(cached)})` : "–",
    ].join(" | ");
  });
  const report = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine(version)}.`,
    `${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up then ${seconds} s per scenario; pools of ${config.database.poolSize}; the load generator runs in a process of its own.`,
    "",
    "| scenario | floor req/s | ours req/s | ours ÷ floor | floor p50 / p99 | ours p50 / p99 | server CPU ms per request, floor / ours | our SQL statements per request | ours with the response cache, req/s (÷ floor) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => `| ${row} |`),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(PROJECT_ROOT, "bench/results.md"), report);
  console.log(report);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
