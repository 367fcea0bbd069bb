import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../data-source";
import { createLogger } from "../logger";
import { SAMPLE_PAPERS_FILE } from "../paths";
import { importSamplePapers } from "../services/sample-import";

/** Applies pending migrations, then loads the sample papers; running it again adds nothing. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  try {
    await db.runMigrations();
    const result = await importSamplePapers(db, SAMPLE_PAPERS_FILE);
    console.log(`Sample papers: ${result.created} created, ${result.unchanged} already present.`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
