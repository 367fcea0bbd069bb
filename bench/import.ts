/**
 * Import benchmark: a generated Hugging Face daily file of 10,000 records (or RECORDS), imported,
 * then imported again (every record unchanged).
 *
 *   DATABASE_URL=postgres://…/papergraph_bench npm run bench:import [-- RECORDS]
 *
 * It empties the database it is given; without DATABASE_URL it uses a temporary embedded one.
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pino from "pino";
import { connectDatabase } from "../src/data-source";
import { join, query, sql } from "../src/db/sql";
import { authors, paperImportDigests, papers, paperSearchTerms, repositories, users } from "../src/db/tables";
import { ImportFormat } from "../src/importers/formats";
import { importSources } from "../src/services/import.service";
import { systemContext } from "../src/services/context";

/** A small deterministic generator (mulberry32), so every run imports the same file. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeHfDaily(file: string, records: number): void {
  const next = random(42);
  const names = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John", "Leslie", "Radia"];
  const out = fs.createWriteStream(file);
  out.write("[\n");
  for (let i = 0; i < records; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 300) * 86_400_000);
    const authors = Array.from({ length: 1 + Math.floor(next() * 8) }, () => ({
      name: `${names[Math.floor(next() * names.length)]} Synthetic${Math.floor(next() * 2000)}`,
    }));
    const record = {
      paper: {
        // Five-digit serials run out at 90,000 records: a larger file moves on a year.
        id: `${25 + Math.floor(i / 90_000)}${String(1 + (i % 12)).padStart(2, "0")}.${10000 + (i % 90_000)}`,
        authors,
        publishedAt: day.toISOString(),
        submittedOnDailyAt: day.toISOString(),
        title: `Synthetic paper ${i} on ${names[i % names.length]} methods`,
        summary: `A generated abstract for benchmark record ${i}.${next() < 0.6 ? ` Code: https://github.com/synthetic/repo-${i}.` : ""}`,
        upvotes: Math.floor(next() * 50),
      },
      publishedAt: day.toISOString(),
      title: `Synthetic paper ${i}`,
    };
    out.write(`${JSON.stringify(record)}${i < records - 1 ? "," : ""}\n`);
  }
  out.end("]\n");
}

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? 10_000);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-import-bench-"));
  const file = path.join(workDir, "hf-daily.json");
  writeHfDaily(file, records);
  await new Promise((settle) => setTimeout(settle, 100));

  const databaseUrl = process.env.DATABASE_URL || undefined;
  const db = await connectDatabase({
    databaseUrl,
    pgliteDir: databaseUrl ? undefined : path.join(workDir, "pglite"),
    logger: pino({ level: "silent" }),
  });
  await db.runMigrations();
  await query(
    db,
    sql`TRUNCATE ${join([papers.name, paperSearchTerms.name, paperImportDigests.name, authors.name, repositories.name, users.name])} RESTART IDENTITY CASCADE`,
  );
  const ctx = systemContext(db);
  const sources = [{ name: file, source: { path: file } }];

  console.log(
    `\nImport of ${records} generated HF daily records (${os.cpus().length} × ${os.cpus()[0]?.model}, ${databaseUrl ? "Postgres server" : "embedded PGlite"})\n`,
  );
  console.log(
    "| run | created | updated | unchanged | rejected | seconds | records/s | Node CPU seconds | heap used (MB) |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const run of ["first import", "same file again"]) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { summary } = await importSources(ctx, ImportFormat.HF_DAILY, sources);
    const seconds = (performance.now() - started) / 1000;
    // This process's CPU, user and system: less noisy than the elapsed time on a shared machine.
    const cpu = process.cpuUsage(cpuBefore);
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    console.log(
      `| ${run} | ${summary.created} | ${summary.updated} | ${summary.unchanged} | ${summary.rejected} | ` +
        `${seconds.toFixed(1)} | ${Math.round(records / seconds)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${heap.toFixed(0)} |`,
    );
  }
  await db.destroy();
  fs.rmSync(workDir, { recursive: true, force: true });
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
