import fs from "node:fs";
import path from "node:path";

/** The folder holding package.json, whether running from src/ (tests) or dist/src/ (build). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema/schema.graphql");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "migrations");
export const SAMPLE_PAPERS_FILE = path.join(PROJECT_ROOT, "data/sample/seed-papers.json");
