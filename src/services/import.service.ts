import type { EntityManager } from "typeorm";
import { QueryFailedError } from "typeorm";
import { extractCodeLinks } from "../domain/code-links";
import { normalizeName } from "../domain/names";
import { normalizeRepositoryUrl } from "../domain/repository-url";
import { ImportFormat, readSource, type Source, type SourceItem } from "../importers/formats";
import { SAMPLE_PAPERS_FILE } from "../paths";
import { RecordRejection, UnreadableSourceError, type CodeLinkRecord, type PaperRecord } from "../importers/records";
import { AuditAction, recordAudit } from "./audit.service";
import type { ServiceContext } from "./context";
import { authorNames, LIMITS, setPaperAuthors } from "./paper-admin.service";
import { linkPaperToRepository } from "./repository.service";

export type ImportOutcome = "created" | "updated" | "unchanged";

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** A record that was not imported: where it was, and which field was wrong. */
export interface ImportRejection {
  source: string;
  index: number;
  field: string;
  reason: string;
}

export interface ImportResult {
  summary: ImportSummary;
  rejections: ImportRejection[];
}

export interface NamedSource {
  /** Shown in rejections: a file path, or "payload". */
  name: string;
  source: Source;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function checkLength(value: string, field: string, max: number): string {
  if (value.length > max) throw new RecordRejection(field, `is longer than ${max} characters`);
  return value;
}

function httpUrlOrNull(value: string | null, field: string): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.toString();
  } catch {
    // refused below
  }
  throw new RecordRejection(field, "is not an http(s) URL");
}

/** Links a repository by normalised URL, creating it if new; says whether anything changed. */
async function linkRepository(
  manager: EntityManager,
  paperId: number,
  link: { url: string; isOfficial: boolean; stars: number | null },
  field: string,
): Promise<boolean> {
  const repository = normalizeRepositoryUrl(link.url);
  if (!repository) throw new RecordRejection(field, "is not a repository URL");
  return (await linkPaperToRepository(manager, paperId, repository, link.isOfficial, link.stars)).changed;
}

/**
 * Matching: by arXiv ID; without one, by case-insensitive title and UTC publication day.
 * A match is updated with what the record says and keeps its votes; a deleted paper stays
 * deleted.
 */
async function writePaper(manager: EntityManager, record: PaperRecord): Promise<ImportOutcome> {
  const title = checkLength(collapse(record.title), "title", LIMITS.title);
  const abstract = checkLength(collapse(record.abstract), "abstract", LIMITS.abstract);
  // Names that normalise alike are one author to us; keep the first place each appears.
  const seen = new Set<string>();
  const authors = record.authors
    ?.map((name, index) => checkLength(collapse(name), `authors[${index}]`, LIMITS.authorName))
    .filter((name) => !seen.has(normalizeName(name)) && seen.add(normalizeName(name)));
  const fields: Record<string, unknown> = {
    arxiv_id: record.arxivId,
    title,
    abstract,
    published_at: record.publishedAt.toISOString(),
    daily_date: record.dailyDate,
    author_count: record.authorCount ?? authors?.length ?? null,
    project_page: httpUrlOrNull(record.projectPage, "projectPage"),
    thumbnail: httpUrlOrNull(record.thumbnail, "thumbnail"),
    keywords: record.keywords,
    imported_upvotes: record.importedUpvotes,
  };
  // What the record does not say is left as it is.
  const given = Object.entries(fields).filter(([, value]) => value !== null && value !== undefined);

  const [existing] = record.arxivId
    ? await manager.query("SELECT id FROM paper WHERE arxiv_id = $1 FOR UPDATE", [record.arxivId])
    : await manager.query(
        `SELECT id FROM paper WHERE lower(title) = lower($1)
         AND (published_at AT TIME ZONE 'UTC')::date = ($2::timestamptz AT TIME ZONE 'UTC')::date FOR UPDATE`,
        [title, fields.published_at],
      );
  let paperId: number;
  let outcome: ImportOutcome;
  if (!existing) {
    const [row] = await manager.query(
      `INSERT INTO paper (${given.map(([column]) => column).join(", ")})
       VALUES (${given.map((_, index) => `$${index + 1}`).join(", ")}) RETURNING id`,
      given.map(([, value]) => value),
    );
    paperId = row.id;
    outcome = "created";
    if (authors) await setPaperAuthors(manager, paperId, authors);
  } else {
    paperId = existing.id;
    const changed = await manager.query(
      `WITH changed AS (
         UPDATE paper SET ${given.map(([column], index) => `${column} = $${index + 2}`).join(", ")}, updated_at = now()
         WHERE id = $1 AND (${given.map(([column], index) => `${column} IS DISTINCT FROM $${index + 2}`).join(" OR ")})
         RETURNING 1
       ) SELECT * FROM changed`,
      [paperId, ...given.map(([, value]) => value)],
    );
    outcome = changed.length > 0 ? "updated" : "unchanged";
    if (authors && JSON.stringify(await authorNames(manager, paperId)) !== JSON.stringify(authors)) {
      await setPaperAuthors(manager, paperId, authors);
      outcome = "updated";
    }
  }
  const links = [
    ...record.repositories,
    ...extractCodeLinks(abstract).map((repository) => ({ url: repository.url, isOfficial: true, stars: null })),
  ];
  for (const [index, link] of links.entries()) {
    const linked = await linkRepository(
      manager,
      paperId,
      link,
      index < record.repositories.length ? "repository" : "abstract",
    );
    if (linked && outcome === "unchanged") outcome = "updated";
  }
  return outcome;
}

/** A code link only for a paper already in the catalog; unknown papers are reported, not invented. */
async function writeCodeLink(manager: EntityManager, record: CodeLinkRecord): Promise<ImportOutcome> {
  const [paper] = await manager.query("SELECT id FROM paper WHERE arxiv_id = $1", [record.arxivId]);
  if (!paper) throw new RecordRejection("paper_arxiv_id", `no paper ${record.arxivId} in the catalog`);
  const repository = normalizeRepositoryUrl(record.repoUrl);
  if (!repository) throw new RecordRejection("repo_url", "is not a repository URL");
  const { previous, changed } = await linkPaperToRepository(manager, paper.id, repository, record.isOfficial);
  return !previous ? "created" : changed ? "updated" : "unchanged";
}

/** Records written per transaction; each record still gets its own savepoint. */
const BATCH_SIZE = 250;

class DryRunRollback extends Error {
  constructor() {
    super("dry run");
  }
}

/**
 * Writes a batch in one transaction, each record in its own savepoint: a bad record rolls back
 * alone and never takes good ones with it, and commits are shared by the batch.
 */
async function importBatch(
  ctx: ServiceContext,
  batch: SourceItem[],
  dryRun: boolean,
): Promise<(ImportOutcome | RecordRejection)[]> {
  const results: (ImportOutcome | RecordRejection)[] = [];
  try {
    await ctx.db.transaction(async (manager) => {
      for (const { record, rejection } of batch) {
        if (rejection) {
          results.push(rejection);
          continue;
        }
        try {
          results.push(
            await manager.transaction((savepoint) =>
              record!.kind === "paper" ? writePaper(savepoint, record!) : writeCodeLink(savepoint, record!),
            ),
          );
        } catch (error) {
          if (error instanceof RecordRejection) results.push(error);
          // The database refused this record (a constraint, a value out of range): report it, go on.
          else if (error instanceof QueryFailedError) {
            results.push(new RecordRejection("record", `could not be written: ${error.message}`));
          } else throw error;
        }
      }
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return results;
}

/** Reads every source once without writing, so a broken or wrong-format file is refused whole. */
async function checkSources(format: ImportFormat, sources: NamedSource[]): Promise<number> {
  let total = 0;
  for (const { name, source } of sources) {
    let records = 0;
    let first: string | undefined;
    let items = 0;
    try {
      for await (const item of readSource(format, source)) {
        items++;
        if (item.record) records++;
        else first ??= `record ${item.index}, ${item.rejection!.field}: ${item.rejection!.message}`;
      }
    } catch (error) {
      if (error instanceof UnreadableSourceError) throw new UnreadableSourceError(`${name} is ${error.message}`);
      throw error;
    }
    if (items > 0 && records === 0) {
      throw new UnreadableSourceError(`${name} has no valid ${format} record; is it another format? (${first})`);
    }
    total += items;
  }
  return total;
}

/**
 * Imports sources of one format. Sources are checked whole first; then records are written in
 * batches, each record in its own savepoint. One audit entry records the run. With `dryRun`, every write is
 * rolled back and the summary says what would have happened.
 */
export async function importSources(
  ctx: ServiceContext,
  format: ImportFormat,
  sources: NamedSource[],
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  const total = await checkSources(format, sources);
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejections: ImportRejection[] = [];
  let done = 0;
  for (const { name, source } of sources) {
    let batch: SourceItem[] = [];
    const flush = async () => {
      const results = await importBatch(ctx, batch, options.dryRun ?? false);
      results.forEach((result, position) => {
        if (result instanceof RecordRejection) {
          summary.rejected++;
          rejections.push({ source: name, index: batch[position].index, field: result.field, reason: result.message });
        } else {
          summary[result]++;
        }
        options.onProgress?.(++done, total);
      });
      batch = [];
    };
    for await (const item of readSource(format, source)) {
      batch.push(item);
      if (batch.length === BATCH_SIZE) await flush();
    }
    if (batch.length > 0) await flush();
  }
  if (!options.dryRun) {
    await ctx.db.transaction((manager) =>
      recordAudit(manager, ctx.viewer, AuditAction.PAPERS_IMPORTED, null, {
        format: { before: null, after: format },
        sources: { before: null, after: sources.map((source) => source.name) },
        summary: { before: null, after: summary },
      }),
    );
  }
  return { summary, rejections };
}

/** True when the catalog holds no papers at all, deleted ones included. */
export async function catalogIsEmpty(ctx: ServiceContext): Promise<boolean> {
  const [row] = await ctx.db.query("SELECT NOT EXISTS (SELECT 1 FROM paper) AS empty");
  return row.empty;
}

/** Loads data/sample/seed-papers.json; importing it again changes nothing. */
export function importSamplePapers(ctx: ServiceContext): Promise<ImportResult> {
  return importSources(ctx, ImportFormat.SAMPLE, [
    { name: "data/sample/seed-papers.json", source: { path: SAMPLE_PAPERS_FILE } },
  ]);
}
