import type { EntityManager } from "typeorm";
import { normalizeArxivId } from "../domain/arxiv";
import { toGlobalId } from "../domain/global-id";
import { normalizeName } from "../domain/names";
import { Paper } from "../entities";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, changedFields, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { type ServiceContext } from "./context";
import { PAPER_COLUMNS } from "./columns";
import { InputCheck } from "./input-check";
import { asEntity } from "./rows";

export const LIMITS = {
  title: 500,
  abstract: 10_000,
  authorName: 200,
  authors: 1000,
  keyword: 100,
  keywords: 50,
  reason: 500,
};

/** Fields a curator may set on a paper; absent fields are left as they are on update. */
export interface PaperFields {
  arxivId?: string | null;
  title?: string;
  abstract?: string;
  publishedAt?: Date;
  dailyDate?: string | null;
  authorCount?: number | null;
  authors?: string[];
  projectPage?: string | null;
  thumbnail?: string | null;
  keywords?: string[];
  importedUpvotes?: number;
}

/** The fields after checking: text collapsed, IDs and URLs normalised, author count settled. */
type CheckedPaper = Omit<PaperFields, "authorCount"> & { authorCount?: number };

function checkPaperFields(fields: PaperFields): CheckedPaper {
  const check = new InputCheck();
  const at = (name: string) => ["input", name];
  const paper: CheckedPaper = {};
  if (fields.arxivId !== undefined) {
    paper.arxivId = fields.arxivId === null ? null : normalizeArxivId(fields.arxivId);
    if (fields.arxivId !== null && paper.arxivId === null) {
      check.add(at("arxivId"), UserErrorCode.INVALID, "must be an arXiv ID such as 2410.17243");
    }
  }
  if (fields.title !== undefined) paper.title = check.text(at("title"), fields.title, LIMITS.title);
  if (fields.abstract !== undefined) paper.abstract = check.text(at("abstract"), fields.abstract, LIMITS.abstract);
  if (fields.publishedAt !== undefined) paper.publishedAt = fields.publishedAt;
  if (fields.dailyDate !== undefined) paper.dailyDate = fields.dailyDate;
  if (fields.authors !== undefined) {
    if (fields.authors.length > LIMITS.authors) {
      check.add(at("authors"), UserErrorCode.TOO_LONG, `can list at most ${LIMITS.authors} authors`);
    }
    paper.authors = fields.authors.map((name, index) =>
      check.text(["input", "authors", String(index)], name, LIMITS.authorName),
    );
    const seen = new Set<string>();
    paper.authors.forEach((name, index) => {
      const key = normalizeName(name);
      if (seen.has(key))
        check.add(["input", "authors", String(index)], UserErrorCode.INVALID, "lists the same author twice");
      seen.add(key);
    });
  }
  if (fields.authorCount != null || fields.authors !== undefined) {
    paper.authorCount = fields.authorCount ?? fields.authors?.length;
    if (paper.authorCount! < (fields.authors?.length ?? 0)) {
      check.add(at("authorCount"), UserErrorCode.INVALID, "cannot be less than the number of authors listed");
    }
  }
  if (fields.projectPage !== undefined) paper.projectPage = check.httpUrl(at("projectPage"), fields.projectPage);
  if (fields.thumbnail !== undefined) paper.thumbnail = check.httpUrl(at("thumbnail"), fields.thumbnail);
  if (fields.keywords !== undefined) {
    if (fields.keywords.length > LIMITS.keywords) {
      check.add(at("keywords"), UserErrorCode.TOO_LONG, `can hold at most ${LIMITS.keywords} keywords`);
    }
    paper.keywords = fields.keywords.map((keyword, index) =>
      check.text(["input", "keywords", String(index)], keyword, LIMITS.keyword),
    );
  }
  if (fields.importedUpvotes !== undefined) {
    paper.importedUpvotes = fields.importedUpvotes;
    if (!Number.isInteger(fields.importedUpvotes) || fields.importedUpvotes < 0) {
      check.add(at("importedUpvotes"), UserErrorCode.INVALID, "must be zero or more");
    }
  }
  check.done();
  return paper;
}

/** Authors matched by normalised name, created when new; returns their ids in order. */
async function authorIdsFor(manager: EntityManager, names: string[]): Promise<number[]> {
  const normalized = names.map(normalizeName);
  await manager.query(
    `INSERT INTO author (name, normalized_name)
     SELECT name, normalized FROM unnest($1::text[], $2::text[]) AS given(name, normalized)
     WHERE NOT EXISTS (SELECT 1 FROM author a WHERE a.normalized_name = given.normalized)`,
    [names, normalized],
  );
  const rows: { id: number; normalizedName: string }[] = await manager.query(
    `SELECT DISTINCT ON (normalized_name) id, normalized_name AS "normalizedName" FROM author
     WHERE normalized_name = ANY($1) ORDER BY normalized_name, id`,
    [normalized],
  );
  const idByName = new Map(rows.map((row) => [row.normalizedName, row.id]));
  return normalized.map((name) => idByName.get(name)!);
}

export async function setPaperAuthors(manager: EntityManager, paperId: number, names: string[]): Promise<void> {
  const authorIds = await authorIdsFor(manager, names);
  await manager.query("DELETE FROM paper_author WHERE paper_id = $1", [paperId]);
  await manager.query(
    `INSERT INTO paper_author (paper_id, author_id, position)
     SELECT $1, author_id, position - 1 FROM unnest($2::int[]) WITH ORDINALITY AS listed(author_id, position)`,
    [paperId, authorIds],
  );
}

export async function authorNames(manager: EntityManager, paperId: number): Promise<string[]> {
  const rows: { name: string }[] = await manager.query(
    "SELECT a.name FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = $1 ORDER BY pa.position",
    [paperId],
  );
  return rows.map((row) => row.name);
}

const COLUMN_OF: Record<keyof Omit<CheckedPaper, "authors">, string> = {
  arxivId: "arxiv_id",
  title: "title",
  abstract: "abstract",
  publishedAt: "published_at",
  dailyDate: "daily_date",
  authorCount: "author_count",
  projectPage: "project_page",
  thumbnail: "thumbnail",
  keywords: "keywords",
  importedUpvotes: "imported_upvotes",
};

/** Postgres's unique_violation: here, a concurrent insert won the race for an arXiv ID. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === "23505";
}

function arxivIdTakenError(arxivId: string): UserErrors {
  return UserErrors.of(["input", "arxivId"], UserErrorCode.TAKEN, `another paper has the arXiv ID ${arxivId}`);
}

/** Reports a lost race for an arXiv ID like the check that runs first: as TAKEN. */
function arxivIdRaceAsTaken<T>(work: Promise<T>, arxivId: string | null | undefined): Promise<T> {
  return work.catch((error: unknown) => {
    throw arxivId && isUniqueViolation(error) ? arxivIdTakenError(arxivId) : error;
  });
}

async function arxivIdTaken(manager: EntityManager, arxivId: string | null | undefined, exceptPaperId?: number) {
  if (!arxivId) return;
  const [taken] = await manager.query("SELECT 1 FROM paper WHERE arxiv_id = $1 AND id IS DISTINCT FROM $2", [
    arxivId,
    exceptPaperId ?? null,
  ]);
  if (taken)
    throw UserErrors.of(["input", "arxivId"], UserErrorCode.TAKEN, `another paper has the arXiv ID ${arxivId}`);
}

/** Loads a paper row for change, hidden or not, locking it until the transaction ends. */
async function lockPaper(manager: EntityManager, paperId: number): Promise<Paper & { deletedAt: Date | null }> {
  const [row] = await manager.query(
    `SELECT ${PAPER_COLUMNS}, p.deleted_at AS "deletedAt", p.deletion_reason AS "deletionReason"
     FROM paper p WHERE p.id = $1 FOR UPDATE`,
    [paperId],
  );
  if (!row) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
  return asEntity(Paper, row);
}

/** A paper that is not deleted, locked for the transaction; anything else is NOT_FOUND. */
export async function visiblePaper(manager: EntityManager, paperId: number): Promise<Paper> {
  const paper = await lockPaper(manager, paperId);
  if (paper.deletedAt) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
  return paper;
}

function snapshot(paper: Paper, authors: string[]): Record<string, unknown> {
  return {
    arxivId: paper.arxivId,
    title: paper.title,
    abstract: paper.abstract,
    publishedAt: paper.publishedAt instanceof Date ? paper.publishedAt.toISOString() : paper.publishedAt,
    dailyDate: paper.dailyDate,
    authorCount: paper.authorCount,
    authors,
    projectPage: paper.projectPage,
    thumbnail: paper.thumbnail,
    keywords: paper.keywords,
    importedUpvotes: paper.importedUpvotes,
  };
}

export async function createPaper(
  ctx: ServiceContext,
  fields: PaperFields & { title: string; abstract: string; publishedAt: Date },
) {
  requireAdmin(ctx);
  const paper = checkPaperFields({ authors: [], ...fields });
  const work = ctx.db.transaction(async (manager) => {
    await arxivIdTaken(manager, paper.arxivId);
    const columns = Object.keys(COLUMN_OF).filter((field) => paper[field as keyof CheckedPaper] !== undefined);
    const [{ id }] = await manager.query(
      `INSERT INTO paper (${columns.map((field) => COLUMN_OF[field as keyof typeof COLUMN_OF]).join(", ")})
       VALUES (${columns.map((_, index) => `$${index + 1}`).join(", ")}) RETURNING id`,
      columns.map((field) => paper[field as keyof CheckedPaper]),
    );
    await setPaperAuthors(manager, id, paper.authors ?? []);
    const created = await lockPaper(manager, id);
    await recordAudit(
      manager,
      ctx.viewer,
      AuditAction.PAPER_CREATED,
      toGlobalId("Paper", id),
      changedFields({}, snapshot(created, paper.authors ?? [])),
    );
    return created;
  });
  return arxivIdRaceAsTaken(work, paper.arxivId);
}

export async function updatePaper(ctx: ServiceContext, paperId: number, fields: PaperFields) {
  requireAdmin(ctx);
  const changes = checkPaperFields(fields);
  const work = ctx.db.transaction(async (manager) => {
    const before = await lockPaper(manager, paperId);
    const authorsBefore = await authorNames(manager, paperId);
    await arxivIdTaken(manager, changes.arxivId, paperId);
    const columns = Object.keys(COLUMN_OF).filter((field) => changes[field as keyof CheckedPaper] !== undefined);
    if (columns.length > 0) {
      await manager.query(
        `UPDATE paper SET ${columns.map((field, index) => `${COLUMN_OF[field as keyof typeof COLUMN_OF]} = $${index + 2}`).join(", ")},
         updated_at = now() WHERE id = $1`,
        [paperId, ...columns.map((field) => changes[field as keyof CheckedPaper])],
      );
    }
    if (changes.authors) await setPaperAuthors(manager, paperId, changes.authors);
    const after = await lockPaper(manager, paperId);
    const diff = changedFields(snapshot(before, authorsBefore), snapshot(after, changes.authors ?? authorsBefore));
    await recordAudit(manager, ctx.viewer, AuditAction.PAPER_UPDATED, toGlobalId("Paper", paperId), diff);
    return after;
  });
  return arxivIdRaceAsTaken(work, changes.arxivId);
}

/** Hides a paper from every list and from `node`; its votes and links are kept for a restore. */
export async function deletePaper(ctx: ServiceContext, paperId: number, reason: string) {
  requireAdmin(ctx);
  const check = new InputCheck();
  const why = check.text(["input", "reason"], reason, LIMITS.reason);
  check.done();
  return ctx.db.transaction(async (manager) => {
    const paper = await lockPaper(manager, paperId);
    if (paper.deletedAt)
      throw UserErrors.of(["input", "paperId"], UserErrorCode.INVALID, "the paper is already deleted");
    await manager.query("UPDATE paper SET deleted_at = now(), deletion_reason = $2 WHERE id = $1", [paperId, why]);
    await recordAudit(manager, ctx.viewer, AuditAction.PAPER_DELETED, toGlobalId("Paper", paperId), {
      deleted: { before: false, after: true },
      deletionReason: { before: null, after: why },
    });
  });
}

export async function restorePaper(ctx: ServiceContext, paperId: number): Promise<Paper> {
  requireAdmin(ctx);
  return ctx.db.transaction(async (manager) => {
    const paper = await lockPaper(manager, paperId);
    if (!paper.deletedAt) throw UserErrors.of(["input", "paperId"], UserErrorCode.INVALID, "the paper is not deleted");
    await manager.query("UPDATE paper SET deleted_at = NULL, deletion_reason = NULL WHERE id = $1", [paperId]);
    await recordAudit(manager, ctx.viewer, AuditAction.PAPER_RESTORED, toGlobalId("Paper", paperId), {
      deleted: { before: true, after: false },
    });
    const { deletedAt: _deletedAt, ...restored } = await lockPaper(manager, paperId);
    return asEntity(Paper, restored);
  });
}
