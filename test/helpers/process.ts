import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/paths";
import type { LiveStats } from "../../src/server";

/** What the server logs on SIGUSR2. */
export interface ProcessStats extends LiveStats {
  heapUsedBytes: number;
  rssBytes: number;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  /** Every log line the process printed. */
  logs: string[];
  /** Resolves once `count` lines logged from now on contain `text`: call it before causing them. */
  waitForLog(text: string, count?: number): Promise<void>;
  /** Asks the server for its live stats (SIGUSR2); collected first if it runs with --expose-gc. */
  liveStats(): Promise<ProcessStats>;
}

/**
 * Starts the production build (`npm test` builds it first) as a separate process on a free
 * port, and resolves once it logs that it is serving. `nodeArgs` go to node itself, such as
 * --expose-gc or --cpu-prof.
 */
export function spawnServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, path.join(PROJECT_ROOT, "dist/src/main.js")], {
    env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  const lineWatchers = new Set<() => void>();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const waitForLog = (text: string, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const from = logs.length;
      const check = () => {
        if (logs.slice(from).filter((line) => line.includes(text)).length < count) return;
        lineWatchers.delete(check);
        resolve();
      };
      lineWatchers.add(check);
      check();
      void exited.then((code) => reject(new Error(`server exited with ${code} before logging ${text}`)));
    });

  let buffered = "";
  const read = (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    logs.push(...lines);
    lineWatchers.forEach((check) => check());
  };
  child.stdout!.on("data", read);
  child.stderr!.on("data", read);

  const liveStats = async () => {
    const logged = waitForLog('"live stats"');
    child.kill("SIGUSR2");
    await logged;
    return JSON.parse(logs.filter((line) => line.includes('"live stats"')).at(-1)!) as ProcessStats;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join("\n")}`)), 60_000);
    waitForLog('"papergraph is serving"').then(
      () => {
        clearTimeout(timer);
        const serving = logs.find((line) => line.includes('"papergraph is serving"'))!;
        resolve({ url: (JSON.parse(serving) as { url: string }).url, child, exited, logs, waitForLog, liveStats });
      },
      (error: Error) => {
        clearTimeout(timer);
        reject(new Error(`${error.message}:\n${logs.join("\n")}`));
      },
    );
  });
}

/** A port nothing listens on now, for a server that must come back on the same port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
