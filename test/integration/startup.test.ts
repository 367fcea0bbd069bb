import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { connectDatabase } from "../../src/data-source";
import { importSamplePapers } from "../../src/services/import.service";
import { systemContext } from "../../src/services/context";

const silent = pino({ level: "silent" });

test("an unreachable DATABASE_URL fails start-up fast with a message naming it", async () => {
  const config = loadConfig({ DATABASE_URL: "postgres://postgres:secret@127.0.0.1:1/nowhere", LOG_LEVEL: "silent" });
  const started = Date.now();
  await expect(startApp(config, silent)).rejects.toThrow(
    /DATABASE_URL \(postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nowhere\)/,
  );
  expect(Date.now() - started).toBeLessThan(15_000);
});

test("the embedded default migrates, loads the 48 sample papers once, and serves them", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-"));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: "0" });
  const server = await startApp(config, silent);
  try {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ papers { totalCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { papers: { totalCount: 48 } } });
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(true);
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("seeding twice adds nothing the second time", async () => {
  const db = await connectDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    pgliteDir: undefined,
    logger: silent,
  });
  try {
    await db.runMigrations();
    await db.query("TRUNCATE paper, repository RESTART IDENTITY CASCADE");
    const cli = systemContext(db);
    expect((await importSamplePapers(cli)).summary).toEqual({ created: 48, updated: 0, unchanged: 0, rejected: 0 });
    expect((await importSamplePapers(cli)).summary).toEqual({ created: 0, updated: 0, unchanged: 48, rejected: 0 });
    const [row] = await db.query(
      "SELECT count(*)::int AS count, count(DISTINCT title)::int AS titles, (SELECT count(*)::int FROM repository) AS repositories FROM paper",
    );
    // 15 sample abstracts link their code.
    expect(row).toEqual({ count: 48, titles: 48, repositories: 15 });
  } finally {
    await db.destroy();
  }
});
