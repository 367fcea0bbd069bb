import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../data-source";
import { createLogger } from "../logger";
import { importSamplePapers } from "../services/import.service";

/** Applies pending migrations, then loads the sample papers; running it again adds nothing. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  try {
    await db.runMigrations();
    const { summary } = await importSamplePapers({ db, viewer: null });
    console.log(
      `Sample papers: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected.`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
