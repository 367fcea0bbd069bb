import type { DataSource } from "typeorm";
import { loadConfig, type Config } from "../config";
import { openDatabase } from "../data-source";
import { createLogger } from "../logger";

/**
 * Opens the configured database, applies pending migrations, runs `work`, and closes it.
 * Commands print their own results, so the database's info logs are kept out of the way.
 */
export async function withMigratedDatabase<T>(work: (db: DataSource, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel === "info" ? "warn" : config.logLevel));
  try {
    await db.runMigrations();
    return await work(db, config);
  } finally {
    await db.destroy();
  }
}
