import { setImmediate } from "node:timers/promises";
import { QueryFailedError } from "typeorm";
import { join, query, queryOne, sql, type Queryable } from "../db/sql";
import { authors, paperAuthors, paperRepositories, papers, papersIncludingDeleted, repositories } from "../db/tables";
import { extractCodeLinks } from "../domain/code-links";
import { utcDay } from "../domain/dates";
import { checkPaperFields, distinctAuthors, type CheckedPaperFields } from "../domain/paper-fields";
import { normalizeRepositoryUrl, type NormalizedRepository } from "../domain/repository-url";
import type { AuditChanges } from "../entities/audit-entry.entity";
import { ImportFormat, readSource, type Source, type SourceItem } from "../importers/formats";
import {
  feedFieldName,
  RecordRejection,
  UnreadableSourceError,
  type CodeLinkRecord,
  type PaperRecord,
} from "../importers/records";
import { SAMPLE_PAPERS_FILE } from "../paths";
import { AuditAction, recordAudit, updateAuditChanges } from "./audit.service";
import { inTransaction, type ServiceContext } from "./context";
import {
  BatchNeedsRecordPath,
  mergeCodeLinks,
  mergePapers,
  paperDocuments,
  type CodeLinkRefusal,
  type StagedCodeLink,
  type StagedDocument,
  type StagedLink,
  type StagedPaper,
} from "./import-merge";
import { upsertPaper, withdrawPaper, type WriteOutcome } from "./paper-admin.service";
import { linkPaperToRepository } from "./repository.service";

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

/** How far an import has got: reported after each record it checks, and after each batch it writes. */
export interface ImportProgress {
  /** "checking" reads every source once without writing; "importing" writes. */
  stage: "checking" | "importing";
  /** Records this stage has gone through. */
  done: number;
  /** Records in all sources: known once checking is over. */
  total?: number;
  /** What the records written so far did; absent while checking. */
  summary?: ImportSummary;
}

export type ProgressListener = (progress: ImportProgress) => void;

export interface NamedSource {
  /** Shown in rejections: a file path, or "payload". */
  name: string;
  source: Source;
}

/**
 * The record's fields, checked by the rules curators' edits follow. A record that breaks them
 * is refused, naming the feed's field of the first problem and giving every problem.
 */
function checkedPaper(record: PaperRecord): CheckedPaperFields {
  // The catalog lists each author once per paper: a name listed again is dropped, and the
  // reported author count keeps it.
  const listed = record.paper.authors && distinctAuthors(record.paper.authors);
  const { paper, problems } = checkPaperFields({ ...record.paper, authors: listed?.map((author) => author.name) });
  if (problems.length === 0) return paper;
  const fieldOf = ([field, index]: string[]) => {
    if (index === undefined) return feedFieldName(record.fieldNames, field);
    // Problems place an author in the list without repeats; the feed, in its own list.
    return feedFieldName(record.fieldNames, field, field === "authors" ? listed![+index].index : +index);
  };
  // One feed field may fill two of ours (ai_keywords fills keywords and aiKeywords): each problem is told once.
  const described = [...new Set(problems.map((problem) => `${fieldOf(problem.field)} ${problem.message}`))];
  const [first] = problems;
  throw new RecordRejection(fieldOf(first.field), described.length === 1 ? first.message : described.join("; "));
}

const notRepository = (field: string) => new RecordRejection(field, "is not a repository URL");

function repositoryAt(url: string, field: string): NormalizedRepository {
  const repository = normalizeRepositoryUrl(url);
  if (!repository) throw notRepository(field);
  return repository;
}

const unknownPaper = (arxivId: string) => new RecordRejection("paper_arxiv_id", `no paper ${arxivId} in the catalog`);

/** A paper record's links: those it gives, then those its abstract holds, as official. */
function linksOf(record: PaperRecord, paper: CheckedPaperFields): StagedLink[] {
  return [
    ...record.repositories.map((link) => ({ ...link, repository: repositoryAt(link.url, "repository") })),
    ...extractCodeLinks(paper.abstract!).map((repository) => ({ repository, isOfficial: true, stars: null })),
  ];
}

/**
 * The paper a record describes, locked: by arXiv ID; without one, by case-insensitive title
 * and UTC publication day. Deleted papers match too, and stay deleted.
 */
async function matchingPaper(db: Queryable, paper: CheckedPaperFields): Promise<number | undefined> {
  const match = paper.arxivId
    ? sql`${papers.col.arxivId} = ${paper.arxivId}`
    : sql`lower(${papers.col.title}) = lower(${paper.title})
          AND (${papers.col.publishedAt} AT TIME ZONE 'UTC')::date = ${utcDay(paper.publishedAt!)}::date`;
  const row = await queryOne<{ id: number }>(
    db,
    sql`SELECT ${papers.col.id} AS id FROM ${papersIncludingDeleted} WHERE ${match} FOR UPDATE`,
  );
  return row?.id;
}

/**
 * Writes a paper record: a match is updated with what the record says and keeps its votes;
 * what the record does not say is left as it is. Links to code, given or found in the
 * abstract, are added as official. A paper the record says was withdrawn is hidden (see
 * `withdrawPaper`).
 */
async function writePaper(ctx: ServiceContext, record: PaperRecord, format: ImportFormat): Promise<WriteOutcome> {
  const { db } = ctx;
  const paper = checkedPaper(record);
  const links = linksOf(record, paper);
  const { id, outcome } = await upsertPaper(db, (await matchingPaper(db, paper)) ?? null, paper);
  let linked = false;
  for (const link of links) {
    linked = (await linkPaperToRepository(db, id, link.repository, link)).changed || linked;
  }
  const withdrawn = record.withdrawnAt !== undefined && (await withdrawPaper(ctx, id, record.withdrawnAt, format));
  return outcome === "unchanged" && (linked || withdrawn) ? "updated" : outcome;
}

/** A code link only for a paper already in the catalog; unknown papers are reported, not invented. */
async function writeCodeLink(db: Queryable, record: CodeLinkRecord): Promise<WriteOutcome> {
  const paper = await queryOne<{ id: number }>(
    db,
    sql`SELECT ${papers.col.id} AS id FROM ${papersIncludingDeleted} WHERE ${papers.col.arxivId} = ${record.arxivId}`,
  );
  if (!paper) throw unknownPaper(record.arxivId);
  const repository = repositoryAt(record.repoUrl, "repo_url");
  const { previous, changed } = await linkPaperToRepository(db, paper.id, repository, record);
  return !previous ? "created" : changed ? "updated" : "unchanged";
}

/** Records written per transaction, merged by a few set-based statements. */
export const IMPORT_BATCH_SIZE = 2000;

/**
 * Writes a batch's records in the transaction `tx`, each in its own savepoint: a bad record
 * rolls back alone and never takes good ones with it. The fallback of `mergeRecords`.
 */
async function writeRecordsOneByOne(
  tx: ServiceContext,
  format: ImportFormat,
  batch: SourceItem[],
): Promise<(WriteOutcome | RecordRejection)[]> {
  const results: (WriteOutcome | RecordRejection)[] = [];
  for (const { record, rejection } of batch) {
    if (rejection) {
      results.push(rejection);
      continue;
    }
    try {
      results.push(
        await inTransaction(tx, (savepoint) =>
          record!.kind === "paper" ? writePaper(savepoint, record!, format) : writeCodeLink(savepoint.db, record!),
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
  return results;
}

type RecordResult = WriteOutcome | RecordRejection;

function refusalOf(record: StagedCodeLink, refusal: CodeLinkRefusal): RecordRejection {
  return refusal === "unknown paper" ? unknownPaper(record.arxivId) : notRepository("repo_url");
}

/** A batch's records as checked in Node: each refused record at its position, the others staged. */
interface CheckedBatch {
  rejections: RecordResult[];
  papers: StagedPaper[];
  documents: Map<number, StagedDocument>;
  codeLinks: StagedCodeLink[];
}

/** Checks a batch's records and prepares what the merge stages; Node's work only, no SQL. */
function checkBatch(format: ImportFormat, batch: SourceItem[]): CheckedBatch {
  const rejections: RecordResult[] = [];
  const papers: StagedPaper[] = [];
  const codeLinks: StagedCodeLink[] = [];
  batch.forEach(({ record, rejection }, position) => {
    if (rejection) rejections[position] = rejection;
    else if (record!.kind === "link") {
      const { arxivId, repoUrl, isOfficial } = record!;
      codeLinks.push({ position, arxivId, repository: normalizeRepositoryUrl(repoUrl), isOfficial });
    } else {
      try {
        const paper = checkedPaper(record!);
        const { withdrawnAt } = record!;
        papers.push({ position, paper, links: linksOf(record!, paper), withdrawnAt });
      } catch (error) {
        if (!(error instanceof RecordRejection)) throw error;
        rejections[position] = error;
      }
    }
  });
  return { rejections, papers, documents: paperDocuments(format, papers), codeLinks };
}

/**
 * Writes a batch's records, checked by `checkBatch`, in the transaction `tx` with set-based
 * statements (see import-merge.ts). Should the merge fail, as when a record breaks a constraint
 * the checks do not know, or when two records are of one paper, it rolls back to its savepoint
 * and the batch is written record by record, so a bad record is refused alone.
 */
async function mergeRecords(
  tx: ServiceContext,
  format: ImportFormat,
  batch: SourceItem[],
  { rejections, papers, documents, codeLinks }: CheckedBatch,
): Promise<RecordResult[]> {
  const results = [...rejections];
  try {
    await inTransaction(tx, async (savepoint) => {
      if (papers.length > 0) {
        for (const [position, outcome] of await mergePapers(savepoint, papers, documents)) results[position] = outcome;
      }
      if (codeLinks.length > 0) {
        const outcomes = await mergeCodeLinks(savepoint, codeLinks);
        for (const record of codeLinks) {
          const outcome = outcomes.get(record.position)!;
          results[record.position] =
            outcome === "unknown paper" || outcome === "not a repository" ? refusalOf(record, outcome) : outcome;
        }
      }
    });
  } catch (error) {
    if (!(error instanceof BatchNeedsRecordPath || error instanceof QueryFailedError)) throw error;
    return writeRecordsOneByOne(tx, format, batch);
  }
  return results;
}

/** Reads every source once without writing, so a broken or wrong-format file is refused whole. */
async function checkSources(
  format: ImportFormat,
  sources: NamedSource[],
  onProgress?: ProgressListener,
): Promise<number> {
  let total = 0;
  for (const { name, source } of sources) {
    let records = 0;
    let first: string | undefined;
    let items = 0;
    try {
      for await (const item of readSource(format, source)) {
        items++;
        onProgress?.({ stage: "checking", done: total + items });
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
 * Refreshes the statistics of the tables an import grows. The merge joins its staging tables
 * to them; planned on statistics from before the import, which autovacuum refreshes late or
 * not at all, those joins scan the whole table once per batch, or once per record.
 */
async function analyzeCatalog(db: Queryable): Promise<void> {
  await query(
    db,
    sql`ANALYZE ${join([papers.name, authors.name, paperAuthors.name, repositories.name, paperRepositories.name])}`,
  );
}

class DryRunRollback extends Error {
  constructor() {
    super("dry run");
  }
}

/**
 * Imports sources of one format. Sources are checked whole first; then records are written in
 * batches of `IMPORT_BATCH_SIZE`, each batch in one transaction (see `mergeRecords`). The run's
 * `PAPERS_IMPORTED` audit entry is written in the first batch's transaction, and each later
 * batch updates its summary in its own, so the entry always says what committed. With
 * `dryRun`, every batch is rolled back, no audit entry is written, and the summary says what
 * would have happened.
 */
export async function importSources(
  ctx: ServiceContext,
  format: ImportFormat,
  sources: NamedSource[],
  options: { dryRun?: boolean; onProgress?: ProgressListener } = {},
): Promise<ImportResult> {
  const total = await checkSources(format, sources, options.onProgress);
  let summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  options.onProgress?.({ stage: "importing", done: 0, total, summary });
  const rejections: ImportRejection[] = [];
  let auditEntryId: number | undefined;
  let done = 0;
  let createdWhenAnalyzed = 0;
  const changes = (after: ImportSummary): AuditChanges => ({
    format: { before: null, after: format },
    sources: { before: null, after: sources.map((source) => source.name) },
    summary: { before: null, after },
  });

  const writeBatch = async (name: string, batch: SourceItem[], checked: CheckedBatch) => {
    let results: (WriteOutcome | RecordRejection)[] = [];
    let next = summary;
    try {
      auditEntryId = await inTransaction(ctx, async (tx) => {
        results = await mergeRecords(tx, format, batch, checked);
        next = { ...summary };
        for (const result of results) next[result instanceof RecordRejection ? "rejected" : result]++;
        if (options.dryRun) throw new DryRunRollback();
        if (auditEntryId === undefined) return recordAudit(tx, AuditAction.PAPERS_IMPORTED, null, changes(next));
        await updateAuditChanges(tx.db, auditEntryId, changes(next));
        return auditEntryId;
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    summary = next;
    results.forEach((result, position) => {
      if (result instanceof RecordRejection) {
        rejections.push({ source: name, index: batch[position].index, field: result.field, reason: result.message });
      }
    });
    done += batch.length;
    // Each time the import has doubled what it created, the merge's plans need to know.
    if (!options.dryRun && summary.created - createdWhenAnalyzed >= Math.max(IMPORT_BATCH_SIZE, createdWhenAnalyzed)) {
      await analyzeCatalog(ctx.db);
      createdWhenAnalyzed = summary.created;
    }
    options.onProgress?.({ stage: "importing", done, total, summary });
    // The embedded database answers without giving the event loop a turn: give it one, so
    // signals and timers are not held up until the import ends.
    await setImmediate();
  };

  // While a batch is written, the next is read and checked: Node's work overlaps Postgres's.
  // Batches are still written one after another, in order.
  let writing: Promise<void> = Promise.resolve();
  const write = async (name: string, batch: SourceItem[]) => {
    const checked = checkBatch(format, batch);
    await writing;
    writing = writeBatch(name, batch, checked);
    // Awaited before the next batch is written, or at the end; until then, not unhandled.
    writing.catch(() => undefined);
  };
  try {
    for (const { name, source } of sources) {
      let batch: SourceItem[] = [];
      for await (const item of readSource(format, source)) {
        batch.push(item);
        if (batch.length === IMPORT_BATCH_SIZE) {
          await write(name, batch);
          batch = [];
        }
      }
      if (batch.length > 0) await write(name, batch);
    }
  } finally {
    // Nothing is left writing when the import ends, even by an error while reading.
    await writing.catch(() => undefined);
  }
  await writing;
  // Sources without records still make a run to audit.
  if (auditEntryId === undefined && !options.dryRun) await writeBatch("", [], checkBatch(format, []));
  return { summary, rejections };
}

/** True when the catalog holds no papers at all, deleted ones included. */
export async function catalogIsEmpty(ctx: ServiceContext): Promise<boolean> {
  const row = await queryOne<{ empty: boolean }>(
    ctx.db,
    sql`SELECT NOT EXISTS (SELECT 1 FROM ${papers.name}) AS empty`,
  );
  return row!.empty;
}

/** Loads data/sample/seed-papers.json; importing it again changes nothing. */
export function importSamplePapers(ctx: ServiceContext): Promise<ImportResult> {
  return importSources(ctx, ImportFormat.SAMPLE, [
    { name: "data/sample/seed-papers.json", source: { path: SAMPLE_PAPERS_FILE } },
  ]);
}
