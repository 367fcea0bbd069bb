/**
 * Instructions per request, counted by callgrind: what our server's JavaScript, V8 and its
 * collector run for one scenario's request, in user space. Unlike requests per second and CPU
 * time, other work on the machine does not move it (two runs of one build differ by about 1%),
 * so it compares two builds on a busy or shared machine. The kernel's share and the processor's
 * cache misses are not in it: `npm run bench` measures those.
 *
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench:instructions -- --only "daily page, 20"
 *     [--warm-up 6000] [--requests 1000]
 *
 * The server runs as `npm start` would, under `valgrind --tool=callgrind` with counting off; it
 * takes the warm-up requests (fewer leave V8's optimising compiler in the count), then counting
 * is turned on for the measured ones, 4 at a time. valgrind comes from Debian's packages.
 */
import "reflect-metadata";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import pino from "pino";
import { connectDatabase } from "../src/data-source";
import { PROJECT_ROOT } from "../src/paths";
import { chooseParameters, readScenarios, type GraphQLRequest } from "./scenarios";

const CONCURRENCY = 4;

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

/** Sends `count` requests, `CONCURRENCY` at a time, and fails on the first answer with errors. */
async function send(url: string, body: GraphQLRequest, count: number): Promise<void> {
  const payload = JSON.stringify(body);
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent++;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: payload,
      });
      const answer = (await response.json()) as { errors?: unknown };
      if (!response.ok || answer.errors)
        throw new Error(`The server answered ${response.status}: ${JSON.stringify(answer)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function waitUntilUp(url: string, server: { exitCode: number | null }): Promise<void> {
  // valgrind takes a minute or more to start Node.
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error("The server exited while starting; see its output above.");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The server did not answer ${url} in 10 minutes.`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      "warm-up": { type: "string", default: "6000" },
      requests: { type: "string", default: "1000" },
    },
  });
  const warmUp = Number(values["warm-up"]);
  const requests = Number(values.requests);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the database npm run bench:data filled.");

  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
  const parameters = await chooseParameters(db);
  await db.destroy();
  const scenarios = readScenarios(parameters);
  const scenario = scenarios.find((candidate) => values.only && candidate.name.includes(values.only));
  if (!scenario) {
    throw new Error(
      `Name one scenario with --only: ${scenarios.map((candidate) => `"${candidate.name}"`).join(", ")}.`,
    );
  }

  const port = await freePort();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-callgrind-"));
  const outFile = path.join(outDir, "callgrind.out");
  const server = spawn(
    "valgrind",
    ["--tool=callgrind", "--instr-atstart=no", `--callgrind-out-file=${outFile}`, "node", "dist/src/main.js"],
    {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "inherit", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        // Under valgrind every statement is "slow".
        LOG_LEVEL: "error",
        SHUTDOWN_DELAY_MS: "0",
        RESPONSE_CACHE_TTL_MS: "0",
        RATE_LIMIT_USER_POINTS: "100000000",
        RATE_LIMIT_ANONYMOUS_POINTS: "100000000",
        DIGEST_SECRET: process.env.DIGEST_SECRET ?? "benchmark-only-digest-secret-that-signs-nothing",
      },
    },
  );
  let valgrindOutput = "";
  server.stderr.on("data", (chunk: Buffer) => (valgrindOutput += chunk.toString()));
  const callgrind = (...args: string[]) => promisify(execFile)("callgrind_control", [...args, String(server.pid)]);
  try {
    await waitUntilUp(`http://127.0.0.1:${port}/healthz`, server);
    const url = `http://127.0.0.1:${port}/graphql`;
    await send(url, scenario.body, warmUp);
    await callgrind("--instr=on");
    await send(url, scenario.body, requests);
    await callgrind("--instr=off");
  } finally {
    server.kill("SIGTERM");
    if (server.exitCode === null) await once(server, "exit");
  }
  // The totals of what was counted: the measured requests alone.
  const total = /^totals: (\d+)/m.exec(fs.readFileSync(outFile, "utf8"))?.[1];
  if (!total) throw new Error(`No totals in ${outFile}:\n${valgrindOutput}`);
  fs.rmSync(outDir, { recursive: true });
  console.log(
    `${scenario.name}: ${(Number(total) / requests / 1e6).toFixed(2)} M instructions per request ` +
      `(${requests} requests after ${warmUp} to warm up, ${CONCURRENCY} at a time)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
