import "reflect-metadata";
import { importSamplePapers } from "../services/import.service";
import { withMigratedDatabase } from "./with-database";
import { systemContext } from "../services/context";

/** Applies pending migrations, then loads the sample papers; running it again adds nothing. */
async function main(): Promise<void> {
  const { summary } = await withMigratedDatabase((db) => importSamplePapers(systemContext(db)));
  console.log(
    `Sample papers: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected.`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
