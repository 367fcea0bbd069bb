import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/paths";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  /** Every log line the process printed. */
  logs: string[];
}

/**
 * Starts the production build (`npm test` builds it first) as a separate process on a free
 * port, and resolves once it logs that it is serving.
 */
export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "dist/src/main.js")], {
    env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join("\n")}`)), 60_000);
    const onLine = (line: string) => {
      logs.push(line);
      if (line.includes('"papergraph is serving"')) {
        clearTimeout(timer);
        resolve({ url: (JSON.parse(line) as { url: string }).url, child, exited, logs });
      }
    };
    let buffered = "";
    const read = (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      lines.forEach(onLine);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before serving:\n${logs.join("\n")}`));
    });
  });
}
