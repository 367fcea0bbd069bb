/**
 * Fan-out benchmark: how long one trending entry takes to reach every subscriber, and what the
 * server holds on to while they come and go.
 *
 *   DATABASE_URL=postgres://…/papergraph_fanout npm run bench:fanout [-- SUBSCRIBERS] [--cpu-prof]
 *   DATABASE_URL=postgres://…/papergraph_fanout npm run bench:fanout -- --churn [--minutes 3]
 *
 * It empties the database it is given. The server runs as its own process, from the production
 * build; the subscribers are graphql-ws clients in child processes (bench/fanout-clients.ts).
 * --cpu-prof writes the server's CPU profile to the working directory when it exits.
 *
 * --churn keeps client processes connecting, subscribing and dying without a close frame: most
 * are killed, some destroy sockets themselves, and some are frozen (SIGSTOP), as a peer whose
 * network vanished, until the end. The server's heap, sockets and subscriber counts are compared
 * between a baseline, taken after a 30 s warm-up round, and the end, once the server has let
 * every subscriber go.
 */
import "reflect-metadata";
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import pino from "pino";
import type { DataSource } from "typeorm";
import { connectDatabase } from "../src/data-source";
import { toGlobalId } from "../src/domain/global-id";
import { spawnServer, type ProcessStats, type ServerProcess } from "../test/helpers/process";
import { until } from "../test/helpers/until";
import { processCpuMs } from "./cpu";
import { hrtimeMs, type ClientsPlan, type ClientsReport } from "./fanout-clients";

const TRENDING = "subscription { trendingPaperAdded(window: DAY, top: 1) { rank paper { id title } } }";
const UPVOTES = (paperId: string) => `subscription { paperUpvotesChanged(paperId: "${paperId}") { id upvotes } }`;
/** The fan-out's subscribers are spread over this many processes. */
const CLIENT_PROCESSES = 4;
const DELIVERY_DEADLINE_MS = 30_000;
/** Each look at the server's stats signals it, and collects its garbage when it runs with --expose-gc. */
const STATS_POLL_MS = 1000;

/** Churn: client processes alive at once, subscribers in each, and how long each lives once connected. */
const CHURN_PROCESSES = 3;
const CHURN_SUBSCRIBERS = { min: 100, max: 400 };
const CHURN_LIFETIME_MS = { min: 1000, max: 5000 };
/** The share of churning processes frozen rather than killed, and of sockets a process destroys itself. */
const FROZEN_SHARE = 0.1;
const ABANDONED_SOCKET_SHARE = 0.2;
/** graphql-ws pings every 12 s and drops a socket with no pong 12 s later: frozen peers are gone within 24 s. */
const SETTLE_DEADLINE_MS = 60_000;
const CHURN_WARM_UP_MS = 30_000;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function between({ min, max }: { min: number; max: number }): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Every process this run starts, killed if it fails, so that none outlives it. */
const started = new Set<ChildProcess>();
process.on("exit", () => started.forEach((child) => child.kill("SIGKILL")));

async function startServer(env: Record<string, string>, nodeArgs: string[]): Promise<ServerProcess> {
  const server = await spawnServer(env, nodeArgs);
  started.add(server.child);
  return server;
}

/** The most memory the process has had resident, in bytes: VmHWM in /proc/<pid>/status. */
function peakResidentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)![1]) * 1024;
}

/** The sockets the process holds: its websockets, its listening socket and its database connections. */
function openSockets(pid: number): number {
  const dir = `/proc/${pid}/fd`;
  return fs.readdirSync(dir).filter((fd) => {
    try {
      return fs.readlinkSync(path.join(dir, fd)).startsWith("socket:");
    } catch {
      return false; // closed while we looked
    }
  }).length;
}

/** A process of subscribers; `connected` resolves once each has been acknowledged, or failed. */
class ClientProcess {
  readonly child: ChildProcess;
  readonly connected: Promise<{ failed: number }>;
  private deliveries: ((at: number[]) => void)[] = [];

  constructor(plan: ClientsPlan) {
    this.child = fork(path.join(__dirname, "fanout-clients.js"), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    started.add(this.child);
    this.connected = new Promise((resolve, reject) => {
      this.child.on("message", (report: ClientsReport) => {
        if (report.type === "connected") resolve(report);
        else this.deliveries.splice(0).forEach((deliver) => deliver(report.at));
      });
      this.child.once("exit", (code, signal) => reject(new Error(`client process exited (${code ?? signal})`)));
    });
    this.child.send(plan);
  }

  /** Every first delivery, once each subscriber has one or `timeoutMs` has passed. */
  deliveriesWithin(timeoutMs: number): Promise<number[]> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.child.send({ type: "report" }), timeoutMs);
      this.deliveries.push((at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill(signal);
    if (signal !== "SIGSTOP") await exited;
  }
}

/** An empty catalog with an incumbent in the top 1 of every window, and a challenger one vote short. */
async function prepareCatalog(db: DataSource): Promise<{ challenger: number }> {
  await db.runMigrations();
  await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
  const [{ id: incumbent }] = await db.query(
    "INSERT INTO paper (title, abstract, published_at) VALUES ('incumbent', 'a', now()) RETURNING id",
  );
  const [{ id: challenger }] = await db.query(
    "INSERT INTO paper (title, abstract, published_at) VALUES ('challenger', 'a', now()) RETURNING id",
  );
  await db.query("INSERT INTO app_user (handle) VALUES ('a'), ('b')");
  await db.query("INSERT INTO vote (user_id, paper_id, created_at) VALUES (1, $1, now() - interval '1 hour')", [
    incumbent,
  ]);
  return { challenger };
}

/** The challenger's vote, cast or withdrawn: it enters or leaves the top 1, and its counter changes. */
async function toggleVote(db: DataSource, challenger: number, cast: boolean): Promise<void> {
  if (cast) await db.query("INSERT INTO vote (user_id, paper_id) VALUES (2, $1)", [challenger]);
  else await db.query("DELETE FROM vote WHERE user_id = 2 AND paper_id = $1", [challenger]);
}

function serverEnv(databaseUrl: string, anonymousPoints: number): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SHUTDOWN_DELAY_MS: "0",
    DIGEST_SECRET: "bench-digest-secret-that-is-long-enough-to-use",
    DIGEST_WORKER: "false",
    // Every subscriber comes from this one address: an anonymous budget big enough for them all.
    RATE_LIMIT_ANONYMOUS_POINTS: String(anonymousPoints),
  };
}

async function fanOut(db: DataSource, databaseUrl: string, subscribers: number, cpuProfile: boolean): Promise<void> {
  const { challenger } = await prepareCatalog(db);
  const server = await startServer(serverEnv(databaseUrl, subscribers * 2), cpuProfile ? ["--cpu-prof"] : []);
  const pid = server.child.pid!;
  const url = server.url.replace(/^http/, "ws");
  const clients = Array.from({ length: CLIENT_PROCESSES }, (_, index) => {
    const share = Math.floor(subscribers / CLIENT_PROCESSES) + (index < subscribers % CLIENT_PROCESSES ? 1 : 0);
    return new ClientProcess({ url, subscribers: share, queries: [TRENDING], abandonShare: 0, abandonWithinMs: 0 });
  });
  const failed = (await Promise.all(clients.map((client) => client.connected))).reduce((sum, c) => sum + c.failed, 0);
  if (failed > 0) throw new Error(`${failed} subscribers could not connect`);
  // Acknowledged is not yet listening: the subscribe message follows the ack.
  const allListening = async () => (await server.liveStats()).trending === subscribers;
  await until("every subscription to listen", allListening, 60_000, STATS_POLL_MS);
  const before = await server.liveStats();

  const delivered = Promise.all(clients.map((client) => client.deliveriesWithin(DELIVERY_DEADLINE_MS)));
  const cpuBefore = processCpuMs(pid)!;
  const start = hrtimeMs();
  await toggleVote(db, challenger, true);
  const sorted = (await delivered).flat().map((at) => at - start);
  const cpuMs = processCpuMs(pid)! - cpuBefore;
  sorted.sort((a, b) => a - b);
  const peakRss = peakResidentBytes(pid);
  const after = await server.liveStats();

  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`\nFan-out of one trending entry (${os.cpus().length} × ${cpu}, Node ${process.version})\n`);
  console.log("| subscribers | received | first (ms) | p50 (ms) | p99 (ms) | last (ms) | server RSS peak |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|");
  console.log(
    `| ${subscribers} | ${sorted.length} | ${sorted[0]?.toFixed(1)} | ${percentile(sorted, 0.5)?.toFixed(1)} | ` +
      `${percentile(sorted, 0.99)?.toFixed(1)} | ${sorted.at(-1)?.toFixed(1)} | ${mb(peakRss)} |`,
  );
  console.log(
    `\nThe server spent ${cpuMs.toFixed(0)} ms of CPU from the vote to the last delivery. Its heap: ` +
      `${mb(before.heapUsedBytes)} used with every subscriber listening, ${mb(after.heapUsedBytes)} after the delivery.`,
  );

  await Promise.all(clients.map((client) => client.kill("SIGKILL")));
  server.child.kill("SIGTERM");
  await server.exited;
  if (sorted.length < subscribers) process.exitCode = 1;
}

interface Sample extends ProcessStats {
  sockets: number;
}

/** The server's stats after a full collection, three times a second apart: the last, once it has settled. */
async function settledSample(server: ServerProcess): Promise<Sample> {
  let stats!: ProcessStats;
  for (let i = 0; i < 3; i++) {
    await sleep(1000);
    stats = await server.liveStats();
  }
  return { ...stats, sockets: openSockets(server.child.pid!) };
}

interface ChurnTotals {
  processes: number;
  subscribers: number;
  killed: number;
  /** Client processes stopped, not killed: the server must find their sockets dead on its own. */
  frozen: ClientProcess[];
  votes: number;
  peakWebsockets: number;
  peakRssBytes: number;
}

/**
 * Client processes come and go for `durationMs`, CHURN_PROCESSES at a time, while the challenger's
 * vote is cast and withdrawn twice a second: its counter changes, and it enters or leaves the top.
 */
async function churnFor(
  durationMs: number,
  server: ServerProcess,
  queries: string[],
  toggleVote: () => Promise<void>,
): Promise<ChurnTotals> {
  const url = server.url.replace(/^http/, "ws");
  const totals: ChurnTotals = {
    processes: 0,
    subscribers: 0,
    killed: 0,
    frozen: [],
    votes: 0,
    peakWebsockets: 0,
    peakRssBytes: 0,
  };
  const churnUntil = Date.now() + durationMs;
  const voting = async () => {
    while (Date.now() < churnUntil) {
      await sleep(500);
      await toggleVote();
      totals.votes++;
    }
  };
  const watching = async () => {
    while (Date.now() < churnUntil) {
      await sleep(5000);
      const stats = await server.liveStats();
      totals.peakWebsockets = Math.max(totals.peakWebsockets, stats.websockets);
      totals.peakRssBytes = Math.max(totals.peakRssBytes, stats.rssBytes);
    }
  };
  const churner = async () => {
    while (Date.now() < churnUntil) {
      const subscribers = between(CHURN_SUBSCRIBERS);
      const client = new ClientProcess({
        url,
        subscribers,
        queries,
        abandonShare: ABANDONED_SOCKET_SHARE,
        abandonWithinMs: CHURN_LIFETIME_MS.max,
      });
      totals.processes++;
      totals.subscribers += subscribers;
      await client.connected;
      await sleep(between(CHURN_LIFETIME_MS));
      if (Math.random() < FROZEN_SHARE) {
        await client.kill("SIGSTOP");
        totals.frozen.push(client);
      } else {
        await client.kill("SIGKILL");
        totals.killed++;
      }
    }
  };
  await Promise.all([voting(), watching(), ...Array.from({ length: CHURN_PROCESSES }, churner)]);
  return totals;
}

async function churn(db: DataSource, databaseUrl: string, minutes: number): Promise<void> {
  const { challenger } = await prepareCatalog(db);
  const server = await startServer(serverEnv(databaseUrl, 100_000_000), ["--expose-gc"]);
  const queries = [TRENDING, UPVOTES(toGlobalId("Paper", challenger))];
  let voteCast = false;
  const toggle = () => toggleVote(db, challenger, (voteCast = !voteCast));
  const noneLeft = async () => {
    const stats = await server.liveStats();
    return stats.websockets + stats.trending + stats.upvotes + stats.pubSubListeners === 0;
  };
  const settle = async (what: string) => {
    const start = Date.now();
    await until(what, noneLeft, SETTLE_DEADLINE_MS, STATS_POLL_MS);
    return Date.now() - start;
  };

  // A shorter round first builds what is built once (the pool, caches, optimized code), so the
  // baseline holds it too and what remains after the real round is what it leaked.
  const warmUp = await churnFor(CHURN_WARM_UP_MS, server, queries, toggle);
  await settle("the warm-up's sockets and subscribers to be let go");
  const baseline = await settledSample(server);
  const totals = await churnFor(minutes * 60_000, server, queries, toggle);
  const settledInMs = await settle("every socket and subscriber to be let go");
  const after = await settledSample(server);
  await Promise.all([...warmUp.frozen, ...totals.frozen].map((client) => client.kill("SIGKILL")));

  console.log(
    `\nChurn for ${minutes} min: ${totals.processes} client processes opened ${totals.subscribers} subscribers ` +
      `and destroyed about ${ABANDONED_SOCKET_SHARE * 100}% of their sockets; ${totals.killed} processes were killed ` +
      `and ${totals.frozen.length} frozen; ${totals.votes} votes. Peak: ${totals.peakWebsockets} websockets, ` +
      `RSS ${mb(totals.peakRssBytes)}. Every socket and subscriber was let go ${(settledInMs / 1000).toFixed(1)} s ` +
      `after the churn stopped.\n`,
  );
  const row = (what: string, show: (sample: Sample) => string | number) =>
    console.log(`| ${what} | ${show(baseline)} | ${show(after)} |`);
  console.log("| server | baseline | after |");
  console.log("|---|---:|---:|");
  row("heap used (after a full GC)", (sample) => mb(sample.heapUsedBytes));
  row("RSS", (sample) => mb(sample.rssBytes));
  row("open sockets (/proc fds)", (sample) => sample.sockets);
  row("websockets", (sample) => sample.websockets);
  row("trending / upvote subscribers", (sample) => `${sample.trending} / ${sample.upvotes}`);
  row("pubsub listeners", (sample) => sample.pubSubListeners);

  server.child.kill("SIGTERM");
  await server.exited;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to a database the benchmark may empty.");
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      churn: { type: "boolean", default: false },
      minutes: { type: "string", default: "3" },
      "cpu-prof": { type: "boolean", default: false },
    },
  });
  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
  try {
    if (values.churn) await churn(db, databaseUrl, Number(values.minutes));
    else await fanOut(db, databaseUrl, Number(positionals[0] ?? 2000), values["cpu-prof"]);
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
