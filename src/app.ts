import "reflect-metadata";
import type { DataSource } from "typeorm";
import { digestSecret, type Config } from "./config";
import { applyMigrations, openDatabase } from "./data-source";
import type { Logger } from "./logger";
import { createLivePubSub } from "./pubsub/topics";
import { createSchema } from "./schema";
import { startServer, type RunningServer } from "./server";
import { catalogIsEmpty, importSamplePapers } from "./services/import.service";
import { systemContext } from "./services/context";

/** Serves the API over an open, migrated database; closing the server closes the database. */
export async function serve(db: DataSource, config: Config, logger: Logger): Promise<RunningServer> {
  const pubSub = createLivePubSub();
  return startServer({
    schema: await createSchema(pubSub),
    pubSub,
    db,
    databaseUrl: config.databaseUrl,
    logger,
    settings: config,
    digestSecret: digestSecret(config),
  });
}

/**
 * Connects to the database, applies pending migrations and serves. On the embedded database
 * an empty catalog is filled with the sample papers, so a first start has something to show.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningServer> {
  const embedded = !config.databaseUrl;
  const db = await openDatabase(config, logger, config.database);
  try {
    const applied = await applyMigrations(db);
    if (applied.length > 0) logger.info({ applied: applied.map((migration) => migration.name) }, "migrations applied");
    const cli = systemContext(db);
    if (embedded && (await catalogIsEmpty(cli))) {
      const { summary } = await importSamplePapers(cli);
      logger.info(summary, "embedded catalog was empty: loaded the sample papers");
    }
    return await serve(db, config, logger);
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
