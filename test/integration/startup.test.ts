import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyMigrations, connectDatabase, createDataSource } from "../../src/data-source";
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

/** A migration that outlasts the statement timeout below, as an index build on a large catalog does. */
class SlowMigration1700000000000 implements MigrationInterface {
  name = "SlowMigration1700000000000";
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("SELECT pg_sleep(0.3)");
  }
  async down(): Promise<void> {}
}

// The embedded database has one session and no statement timeout to lift.
(process.env.DATABASE_URL ? test : test.skip)(
  "start-up applies migrations without the statement timeout, and the connection keeps its own afterwards",
  async () => {
    const db = createDataSource({
      databaseUrl: process.env.DATABASE_URL,
      pgliteDir: undefined,
      logger: silent,
      limits: { poolSize: 1, poolTimeoutMs: 5000, statementTimeoutMs: 100 },
    });
    // A migrations table of its own, so the test database's history is left alone.
    db.setOptions({ migrations: [SlowMigration1700000000000], migrationsTableName: "migrations_timeout_test" });
    await db.initialize();
    try {
      await expect(db.runMigrations()).rejects.toThrow(/statement timeout/);
      expect((await applyMigrations(db)).map((migration) => migration.name)).toEqual(["SlowMigration1700000000000"]);
      // One connection in the pool: the one the migration ran on.
      expect(await db.query("SHOW statement_timeout")).toEqual([{ statement_timeout: "100ms" }]);
    } finally {
      await db.query('DROP TABLE IF EXISTS "migrations_timeout_test"');
      await db.destroy();
    }
  },
);
