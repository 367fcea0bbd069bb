import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** The unit of the times in /proc/<pid>/stat. */
const CLOCK_TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));

/** User and system CPU time this process has used, in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** User and system CPU time process `pid` has used, in ms, from /proc; null when there is no such process. */
export function processCpuMs(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name, in parentheses, may hold spaces; after it come state, then utime and stime as the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU ms used so far by each Postgres backend serving `database` on this machine, by pid. Postgres
 * titles a client's backend "postgres: <cluster>: <user> <database> <host(port) or [local]> <state>";
 * autovacuum workers and other background processes do not count.
 */
export function backendCpu(database: string): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!title.startsWith("postgres: ")) continue;
    const words = title.split(" ");
    const at = words.indexOf(database);
    if (at < 0 || !/^(\[local\]|\S+\(\d+\))$/.test(words[at + 1] ?? "")) continue;
    const ms = processCpuMs(Number(entry));
    if (ms !== null) cpu.set(Number(entry), ms);
  }
  return cpu;
}

/**
 * CPU ms that `database`'s backends used since `before`, a `backendCpu` reading; backends opened
 * since then count whole. Null when Postgres is not visible here, as when it runs elsewhere.
 */
export function backendCpuSince(database: string, before: Map<number, number>): number | null {
  const now = backendCpu(database);
  if (now.size === 0) return null;
  let total = 0;
  for (const [pid, ms] of now) total += ms - (before.get(pid) ?? 0);
  return total;
}
