import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ImportFormat } from "../importers/formats";
import { UnreadableSourceError } from "../importers/records";
import { importSources, type NamedSource } from "../services/import.service";
import { showProgress } from "./progress";
import { withMigratedDatabase } from "./with-database";
import { systemContext } from "../services/context";

const USAGE = `Usage: npm run import -- --format ${Object.values(ImportFormat).join("|")} <file or directory> [--dry-run]`;

/** Exit codes: every record imported; some rejected; nothing could be read. */
const EXIT = { ok: 0, rejected: 1, unreadable: 2 } as const;

function sourcesAt(target: string): NamedSource[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [{ name: target, source: { path: target } }];
  return fs
    .readdirSync(target)
    .filter((file) => /\.(json|jsonl|xml|atom)$/i.test(file))
    .sort()
    .map((file) => ({ name: path.join(target, file), source: { path: path.join(target, file) } }));
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { format: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const format = values.format as ImportFormat;
  if (!Object.values(ImportFormat).includes(format) || positionals.length !== 1) {
    console.error(USAGE);
    return EXIT.unreadable;
  }
  let sources: NamedSource[];
  try {
    sources = sourcesAt(positionals[0]);
  } catch (error) {
    console.error(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
    return EXIT.unreadable;
  }
  const dryRun = values["dry-run"] ?? false;
  const progress = showProgress(process.stderr);
  try {
    const { summary, rejections } = await withMigratedDatabase((db) =>
      importSources(systemContext(db), format, sources, { dryRun, onProgress: progress.update }),
    ).finally(() => progress.finish());
    console.log(
      `${dryRun ? "Dry run, nothing written: " : ""}${summary.created} created, ${summary.updated} updated, ` +
        `${summary.unchanged} unchanged, ${summary.rejected} rejected.`,
    );
    if (rejections.length > 0) {
      const file = path.resolve(`import-rejections-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`);
      fs.writeFileSync(file, rejections.map((rejection) => JSON.stringify(rejection)).join("\n") + "\n");
      console.log(`Rejected records, with source file, index, field and reason: ${file}`);
      return EXIT.rejected;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UnreadableSourceError) {
      console.error(`Nothing imported: ${error.message}`);
      return EXIT.unreadable;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(EXIT.unreadable);
  },
);
