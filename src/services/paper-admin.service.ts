import { violatedUniqueConstraint } from "../db/constraints";
import { PAPER_DETAILS, PAPER_SUMMARY, type FullPaperRow } from "../db/rows";
import { join, query, queryOne, sql, type Queryable } from "../db/sql";
import { authors, paperAuthors, papers, papersIncludingDeleted } from "../db/tables";
import { FieldCheck } from "../domain/field-check";
import { toGlobalId } from "../domain/global-id";
import { normalizeName } from "../domain/names";
import { checkPaperFields, type CheckedPaperFields, type PaperFields } from "../domain/paper-fields";
import type { Paper } from "../entities";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, changedFields, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";

export type { PaperFields } from "../domain/paper-fields";

/** The longest reason a curator may give for deleting a paper. */
const DELETION_REASON_LIMIT = 500;

/** The unique constraint on `paper.arxiv_id` (named as `db/naming.ts` names them). */
const ARXIV_ID_KEY = "paper_arxiv_id_key";

/** What a write did to a paper. */
export type WriteOutcome = "created" | "updated" | "unchanged";

/** A paper as a write reads it back: every column the API shows, and whether it is deleted. */
type LockedPaper = FullPaperRow & Pick<Paper, "deletedAt">;

const LOCKED_PAPER = [...PAPER_SUMMARY, ...PAPER_DETAILS, "deletedAt"] as const;

/** The paper's fields, or the curator's mistakes in them as `userErrors` under `input`. */
function checkedOrRefused(fields: PaperFields): CheckedPaperFields {
  const { paper, problems } = checkPaperFields(fields);
  if (problems.length > 0) {
    throw new UserErrors(problems.map((problem) => ({ ...problem, field: ["input", ...problem.field] })));
  }
  return paper;
}

/** Authors matched by normalised name, created when new; returns their ids in order. */
async function authorIdsFor(db: Queryable, names: string[]): Promise<number[]> {
  const normalized = names.map(normalizeName);
  await query(
    db,
    sql`INSERT INTO ${authors.name} (${authors.column.name}, ${authors.column.normalizedName})
        SELECT name, normalized FROM unnest(${names}::text[], ${normalized}::text[]) AS given(name, normalized)
        WHERE NOT EXISTS (SELECT 1 FROM ${authors.from} WHERE ${authors.col.normalizedName} = given.normalized)`,
  );
  const rows = await query<{ id: number; normalizedName: string }>(
    db,
    sql`SELECT DISTINCT ON (${authors.col.normalizedName}) ${authors.select(["id", "normalizedName"])}
        FROM ${authors.from} WHERE ${authors.col.normalizedName} = ANY(${normalized})
        ORDER BY ${authors.col.normalizedName}, ${authors.col.id}`,
  );
  const idByName = new Map(rows.map((row) => [row.normalizedName, row.id]));
  return normalized.map((name) => idByName.get(name)!);
}

async function setPaperAuthors(db: Queryable, paperId: number, names: string[]): Promise<void> {
  const authorIds = await authorIdsFor(db, names);
  const { column } = paperAuthors;
  await query(db, sql`DELETE FROM ${paperAuthors.name} WHERE ${column.paperId} = ${paperId}`);
  await query(
    db,
    sql`INSERT INTO ${paperAuthors.name} (${column.paperId}, ${column.authorId}, ${column.position})
        SELECT ${paperId}, author_id, position - 1
        FROM unnest(${authorIds}::int[]) WITH ORDINALITY AS listed(author_id, position)`,
  );
}

/** The names of a paper's authors, in order. */
async function authorNames(db: Queryable, paperId: number): Promise<string[]> {
  const rows = await query<{ name: string }>(
    db,
    sql`SELECT ${authors.col.name} AS name FROM ${paperAuthors.from}
        JOIN ${authors.from} ON ${authors.col.id} = ${paperAuthors.col.authorId}
        WHERE ${paperAuthors.col.paperId} = ${paperId} ORDER BY ${paperAuthors.col.position}`,
  );
  return rows.map((row) => row.name);
}

/** Whether two author lists name the same authors in the same order, as authors are matched. */
function sameAuthors(listed: string[], given: string[]): boolean {
  return (
    listed.length === given.length && listed.every((name, index) => normalizeName(name) === normalizeName(given[index]))
  );
}

/** The paper columns a write sets: every checked field but the author list. */
type PaperColumn = Exclude<keyof CheckedPaperFields, "authors">;

/**
 * Writes checked paper fields, for curators and imports alike: inserts a paper when `paperId`
 * is null, otherwise updates the given columns whose values differ. A given author list
 * replaces the paper's when it names other authors. Absent fields are left as they are.
 */
export async function upsertPaper(
  db: Queryable,
  paperId: number | null,
  paper: CheckedPaperFields,
): Promise<{ id: number; outcome: WriteOutcome }> {
  const { authors: names, ...fields } = paper;
  const given = (Object.keys(fields) as PaperColumn[]).filter((key) => fields[key] !== undefined);
  const column = (key: PaperColumn) => papers.column[key];
  // Accounts are jsonb: sent as JSON text, which both drivers pass as is.
  const value = (key: PaperColumn) =>
    key === "submittedBy" || key === "organization"
      ? sql`${fields[key] === null ? null : JSON.stringify(fields[key])}::jsonb`
      : sql`${fields[key]}`;
  if (paperId === null) {
    const created = await queryOne<{ id: number }>(
      db,
      sql`INSERT INTO ${papers.name} (${join(given.map(column))}) VALUES (${join(given.map(value))})
          RETURNING ${papers.column.id} AS id`,
    );
    if (names && names.length > 0) await setPaperAuthors(db, created!.id, names);
    return { id: created!.id, outcome: "created" };
  }
  const changedColumns =
    given.length > 0 &&
    (
      await query(
        db,
        sql`WITH changed AS (
              UPDATE ${papers.name} SET ${join(given.map((key) => sql`${column(key)} = ${value(key)}`))}
              WHERE ${papers.column.id} = ${paperId}
                AND (${join(
                  given.map((key) => sql`${column(key)} IS DISTINCT FROM ${value(key)}`),
                  " OR ",
                )})
              RETURNING 1
            ) SELECT * FROM changed`,
      )
    ).length > 0;
  const changedAuthors = names !== undefined && !sameAuthors(await authorNames(db, paperId), names);
  if (changedAuthors) await setPaperAuthors(db, paperId, names);
  return { id: paperId, outcome: changedColumns || changedAuthors ? "updated" : "unchanged" };
}

function arxivIdTaken(arxivId: string): UserErrors {
  return UserErrors.of(["input", "arxivId"], UserErrorCode.TAKEN, `another paper has the arXiv ID ${arxivId}`);
}

/** Reports a lost race for an arXiv ID like the check that runs first: as TAKEN. */
function arxivIdRaceAsTaken<T>(work: Promise<T>, arxivId: string | null | undefined): Promise<T> {
  return work.catch((error: unknown) => {
    throw arxivId && violatedUniqueConstraint(error) === ARXIV_ID_KEY ? arxivIdTaken(arxivId) : error;
  });
}

async function refuseTakenArxivId(db: Queryable, arxivId: string | null | undefined, exceptPaperId?: number) {
  if (!arxivId) return;
  const taken = await queryOne(
    db,
    sql`SELECT 1 FROM ${papersIncludingDeleted}
        WHERE ${papers.col.arxivId} = ${arxivId} AND ${papers.col.id} IS DISTINCT FROM ${exceptPaperId ?? null}`,
  );
  if (taken) throw arxivIdTaken(arxivId);
}

/** Reads a paper for change, deleted or not, locking it until the transaction ends. */
async function lockPaper(db: Queryable, paperId: number): Promise<LockedPaper> {
  const paper = await queryOne<LockedPaper>(
    db,
    sql`SELECT ${papers.select(LOCKED_PAPER)} FROM ${papersIncludingDeleted} WHERE ${papers.col.id} = ${paperId} FOR UPDATE`,
  );
  if (!paper) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
  return paper;
}

/** A paper that is not deleted, locked until the transaction ends; anything else is NOT_FOUND. */
export async function lockVisiblePaper(db: Queryable, paperId: number): Promise<FullPaperRow> {
  const paper = await lockPaper(db, paperId);
  if (paper.deletedAt) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
  return paper;
}

function snapshot(paper: FullPaperRow, authorList: string[]): Record<string, unknown> {
  return {
    arxivId: paper.arxivId,
    title: paper.title,
    abstract: paper.abstract,
    publishedAt: paper.publishedAt instanceof Date ? paper.publishedAt.toISOString() : paper.publishedAt,
    dailyDate: paper.dailyDate,
    authorCount: paper.authorCount,
    authors: authorList,
    projectPage: paper.projectPage,
    thumbnail: paper.thumbnail,
    keywords: paper.keywords,
    importedUpvotes: paper.importedUpvotes,
    categories: paper.categories,
    doi: paper.doi,
    journalRef: paper.journalRef,
    license: paper.license,
    comments: paper.comments,
  };
}

export async function createPaper(
  ctx: ServiceContext,
  fields: PaperFields & { title: string; abstract: string; publishedAt: Date },
): Promise<FullPaperRow> {
  requireAdmin(ctx);
  const paper = checkedOrRefused({ authors: [], ...fields });
  const work = inTransaction(ctx, async (tx) => {
    await refuseTakenArxivId(tx.db, paper.arxivId);
    const { id } = await upsertPaper(tx.db, null, paper);
    const created = await lockPaper(tx.db, id);
    const snapshotAfter = snapshot(created, await authorNames(tx.db, id));
    await recordAudit(tx, AuditAction.PAPER_CREATED, toGlobalId("Paper", id), changedFields({}, snapshotAfter));
    return created;
  });
  return arxivIdRaceAsTaken(work, paper.arxivId);
}

export async function updatePaper(ctx: ServiceContext, paperId: number, fields: PaperFields): Promise<FullPaperRow> {
  requireAdmin(ctx);
  const changes = checkedOrRefused(fields);
  const work = inTransaction(ctx, async (tx) => {
    const before = await lockPaper(tx.db, paperId);
    const authorsBefore = await authorNames(tx.db, paperId);
    await refuseTakenArxivId(tx.db, changes.arxivId, paperId);
    await upsertPaper(tx.db, paperId, changes);
    const after = await lockPaper(tx.db, paperId);
    const authorsAfter = changes.authors ? await authorNames(tx.db, paperId) : authorsBefore;
    const diff = changedFields(snapshot(before, authorsBefore), snapshot(after, authorsAfter));
    await recordAudit(tx, AuditAction.PAPER_UPDATED, toGlobalId("Paper", paperId), diff);
    return after;
  });
  return arxivIdRaceAsTaken(work, changes.arxivId);
}

/** Hides a paper from every list and from `node`; its votes and links are kept for a restore. */
export async function deletePaper(ctx: ServiceContext, paperId: number, reason: string): Promise<void> {
  requireAdmin(ctx);
  const check = new FieldCheck();
  const why = check.text(["input", "reason"], reason, DELETION_REASON_LIMIT);
  check.done();
  await inTransaction(ctx, async (tx) => {
    const paper = await lockPaper(tx.db, paperId);
    if (paper.deletedAt)
      throw UserErrors.of(["input", "paperId"], UserErrorCode.INVALID, "the paper is already deleted");
    await query(
      tx.db,
      sql`UPDATE ${papers.name} SET ${papers.column.deletedAt} = now(), ${papers.column.deletionReason} = ${why}
          WHERE ${papers.column.id} = ${paperId}`,
    );
    await recordAudit(tx, AuditAction.PAPER_DELETED, toGlobalId("Paper", paperId), {
      deleted: { before: false, after: true },
      deletionReason: { before: null, after: why },
    });
  });
}

/** Why a withdrawn paper is hidden, as its deletion reason says. */
export function withdrawalReason(source: string, withdrawnAt: Date): string {
  return `withdrawn from ${source} at ${withdrawnAt.toISOString()}`;
}

/**
 * Hides a paper its source withdrew, as `deletePaper` does, the first time the source says so:
 * a curator may restore it, and imports that say so again leave it restored. Returns whether
 * anything changed.
 */
export async function withdrawPaper(ctx: ServiceContext, paperId: number, withdrawnAt: Date, source: string) {
  const paper = await queryOne<Pick<Paper, "deletedAt" | "withdrawnAt">>(
    ctx.db,
    sql`SELECT ${papers.select(["deletedAt", "withdrawnAt"])} FROM ${papersIncludingDeleted}
        WHERE ${papers.col.id} = ${paperId} FOR UPDATE`,
  );
  if (!paper || paper.withdrawnAt) return false;
  const reason = withdrawalReason(source, withdrawnAt);
  await query(
    ctx.db,
    sql`UPDATE ${papers.name} SET ${papers.column.withdrawnAt} = ${withdrawnAt},
          ${papers.column.deletedAt} = coalesce(${papers.column.deletedAt}, now()),
          ${papers.column.deletionReason} = coalesce(${papers.column.deletionReason}, ${reason})
        WHERE ${papers.column.id} = ${paperId}`,
  );
  if (!paper.deletedAt) {
    await recordAudit(ctx, AuditAction.PAPER_DELETED, toGlobalId("Paper", paperId), {
      deleted: { before: false, after: true },
      deletionReason: { before: null, after: reason },
    });
  }
  return true;
}

export async function restorePaper(ctx: ServiceContext, paperId: number): Promise<FullPaperRow> {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const paper = await lockPaper(tx.db, paperId);
    if (!paper.deletedAt) throw UserErrors.of(["input", "paperId"], UserErrorCode.INVALID, "the paper is not deleted");
    await query(
      tx.db,
      sql`UPDATE ${papers.name} SET ${papers.column.deletedAt} = NULL, ${papers.column.deletionReason} = NULL
          WHERE ${papers.column.id} = ${paperId}`,
    );
    await recordAudit(tx, AuditAction.PAPER_RESTORED, toGlobalId("Paper", paperId), {
      deleted: { before: true, after: false },
    });
    return lockVisiblePaper(tx.db, paperId);
  });
}
