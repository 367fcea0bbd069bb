import fs from "node:fs";
import type { DataSource } from "typeorm";

/** One paper of data/sample/seed-papers.json, a capture of a daily-papers page. */
interface SamplePaper {
  title: string;
  summary: string;
  authorCount: number;
  publishedOn: string;
  upvotes: number;
}

export interface SampleImportResult {
  created: number;
  unchanged: number;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function readSamplePapers(file: string): SamplePaper[] {
  const { papers } = JSON.parse(fs.readFileSync(file, "utf8")) as { papers: SamplePaper[] };
  if (!Array.isArray(papers)) throw new Error(`${file} has no "papers" array`);
  return papers;
}

/**
 * Loads the sample papers, skipping any already in the catalog. The sample has no arXiv IDs,
 * so papers match on case-insensitive title and publication day. The capture shows one date
 * per paper; it is used both as publication day and as daily-list day.
 */
export async function importSamplePapers(db: DataSource, file: string): Promise<SampleImportResult> {
  const papers = readSamplePapers(file);
  return db.transaction(async (manager) => {
    let created = 0;
    for (const paper of papers) {
      const title = collapseWhitespace(paper.title);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO paper (title, abstract, published_at, daily_date, author_count, imported_upvotes)
         SELECT $1, $2, ($3::date)::timestamp AT TIME ZONE 'UTC', $3::date, $4, $5
         WHERE NOT EXISTS (
           SELECT 1 FROM paper WHERE lower(title) = lower($1) AND (published_at AT TIME ZONE 'UTC')::date = $3::date
         )
         RETURNING id`,
        [title, collapseWhitespace(paper.summary), paper.publishedOn, paper.authorCount, paper.upvotes],
      );
      created += inserted.length;
    }
    return { created, unchanged: papers.length - created };
  });
}

/** True when the catalog holds no papers at all, hidden ones included. */
export async function catalogIsEmpty(db: DataSource): Promise<boolean> {
  const [row] = await db.query("SELECT NOT EXISTS (SELECT 1 FROM paper) AS empty");
  return row.empty;
}
