/**
 * Fan-out benchmark: how long one trending entry takes to reach every subscriber.
 *
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench:fanout [-- SUBSCRIBERS]
 *
 * It empties the database it is given. The server runs as its own process, from the
 * production build; the subscribers are graphql-ws clients in this process.
 */
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import pino from "pino";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { connectDatabase } from "../src/data-source";
import { spawnServer } from "../test/helpers/process";

const SUBSCRIPTION = "subscription { trendingPaperAdded(window: DAY, top: 1) { rank paper { id title } } }";

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to a database the benchmark may empty.");
  const subscribers = Number(process.argv[2] ?? 2000);

  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
  await db.runMigrations();
  await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
  // Every subscriber comes from this one address: an anonymous budget big enough for them all.
  const server = await spawnServer({
    DATABASE_URL: databaseUrl,
    SHUTDOWN_DELAY_MS: "0",
    RATE_LIMIT_ANONYMOUS_POINTS: String(subscribers * 2),
  });

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

  const received: number[] = [];
  let connected = 0;
  const clients: Client[] = [];
  let start = 0;
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({
      url: server.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      on: { connected: () => connected++ },
    });
    client.subscribe(
      { query: SUBSCRIPTION },
      { next: () => received.push(performance.now() - start), error: () => undefined, complete: () => undefined },
    );
    clients.push(client);
  }
  while (connected < subscribers) await new Promise((settle) => setTimeout(settle, 50));
  // Subscribe messages follow each connection ack; give the last ones time to land.
  await new Promise((settle) => setTimeout(settle, 2000));

  start = performance.now();
  await db.query("INSERT INTO vote (user_id, paper_id) VALUES (2, $1)", [challenger]);
  const deadline = Date.now() + 30_000;
  while (received.length < subscribers && Date.now() < deadline) await new Promise((settle) => setTimeout(settle, 5));

  const sorted = [...received].sort((a, b) => a - b);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`\nFan-out of one trending entry (${os.cpus().length} × ${cpu}, Node ${process.version})\n`);
  console.log("| subscribers | received | first (ms) | p50 (ms) | p99 (ms) | last (ms) |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  console.log(
    `| ${subscribers} | ${received.length} | ${sorted[0]?.toFixed(1)} | ${percentile(sorted, 0.5)?.toFixed(1)} | ` +
      `${percentile(sorted, 0.99)?.toFixed(1)} | ${sorted[sorted.length - 1]?.toFixed(1)} |`,
  );

  await Promise.all(clients.map((client) => client.dispose()));
  server.child.kill("SIGTERM");
  await server.exited;
  await db.destroy();
  if (received.length < subscribers) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
