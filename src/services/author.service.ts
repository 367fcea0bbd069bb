import { Author } from "../entities";
import { toGlobalId } from "../domain/global-id";
import { normalizeName } from "../domain/names";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { type ServiceContext } from "./context";
import { AUTHOR_COLUMNS } from "./columns";
import { readListPage, type ListPage } from "./list";
import { asEntity } from "./rows";
import { SortDirection, type Page, type SortKey } from "./pagination";
import { AUTHOR_FIELDS, type AuthorRow } from "../db/rows";
import { sql } from "../db/sql";
import { authors } from "../db/tables";

export const AUTHOR_NAME_ORDER: SortKey = {
  name: "name",
  keySql: authors.col.normalizedName,
  keyType: "text",
  idSql: authors.col.id,
};

/**
 * The prefix query for a name search: every run of letters and digits must start a word of the
 * name. Hyphens and apostrophes separate words, as Postgres's parser splits the name itself:
 * "Smith-Jones" is "smith:* & jones:*", "O'Brien" is "o:* & brien:*".
 */
export function namePrefixQuery(search: string): string {
  return normalizeName(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => `${word}:*`)
    .join(" & ");
}

/**
 * Authors in name order. `search` matches word prefixes of the name, ignoring case and
 * accents: "hint geo" finds "Geoffrey Hinton".
 */
export function listAuthors(ctx: ServiceContext, search: string | undefined, page: Page): Promise<ListPage<AuthorRow>> {
  const conditions =
    search === undefined ? [] : [sql`${authors.col.searchVector} @@ to_tsquery('simple', ${namePrefixQuery(search)})`];
  return readListPage(
    ctx.db,
    {
      columns: authors.select(AUTHOR_FIELDS),
      from: authors.from,
      conditions,
      sort: AUTHOR_NAME_ORDER,
      direction: SortDirection.ASC,
    },
    page,
  );
}

/**
 * Moves every authorship of `sourceIds` to `targetId`, then removes the sources. A paper that
 * listed several of them keeps one entry, at the earliest place any of them had; the rest of
 * its list closes up in order. Two merges of the same authors serialize on the author rows:
 * the second finds the sources gone and reports them.
 */
export async function mergeAuthors(
  ctx: ServiceContext,
  input: { sourceIds: number[]; targetId: number },
): Promise<{ author: Author; mergedCount: number }> {
  requireAdmin(ctx);
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.length === 0)
    throw UserErrors.of(["input", "sourceIds"], UserErrorCode.BLANK, "must name at least one author");
  if (sourceIds.includes(input.targetId)) {
    throw UserErrors.of(["input", "sourceIds"], UserErrorCode.INVALID, "must not include the target");
  }
  const everyone = [input.targetId, ...sourceIds];
  return ctx.db.transaction(async (manager) => {
    const locked: { id: number }[] = await manager.query(
      "SELECT id FROM author WHERE id = ANY($1) ORDER BY id FOR UPDATE",
      [everyone],
    );
    const found = new Set(locked.map((row) => row.id));
    if (!found.has(input.targetId))
      throw UserErrors.of(["input", "targetId"], UserErrorCode.NOT_FOUND, "no such author");
    const missing = sourceIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw UserErrors.of(
        ["input", "sourceIds"],
        UserErrorCode.NOT_FOUND,
        `no such author: ${missing.map((id) => toGlobalId("Author", id)).join(", ")}`,
      );
    }
    const papers: { paperId: number }[] = await manager.query(
      `SELECT DISTINCT paper_id AS "paperId" FROM paper_author WHERE author_id = ANY($1) ORDER BY 1`,
      [sourceIds],
    );
    const paperIds = papers.map((row) => row.paperId);
    // Lock the affected papers' author lists in id order before rewriting them.
    await manager.query("SELECT 1 FROM paper WHERE id = ANY($1) ORDER BY id FOR UPDATE", [paperIds]);
    // Where a paper lists more than one of them, keep only the earliest entry.
    await manager.query(
      `DELETE FROM paper_author pa USING (
         SELECT paper_id, min(position) AS keep FROM paper_author
         WHERE author_id = ANY($1) AND paper_id = ANY($2) GROUP BY paper_id
       ) earliest
       WHERE pa.paper_id = earliest.paper_id AND pa.author_id = ANY($1) AND pa.position <> earliest.keep`,
      [everyone, paperIds],
    );
    await manager.query("UPDATE paper_author SET author_id = $1 WHERE author_id = ANY($2)", [
      input.targetId,
      sourceIds,
    ]);
    // Close the gaps left by removed entries: move positions out of the way, then renumber.
    await manager.query("UPDATE paper_author SET position = -1 - position WHERE paper_id = ANY($1)", [paperIds]);
    await manager.query(
      `UPDATE paper_author pa SET position = ordered.position FROM (
         SELECT paper_id, author_id, row_number() OVER (PARTITION BY paper_id ORDER BY position DESC) - 1 AS position
         FROM paper_author WHERE paper_id = ANY($1)
       ) ordered
       WHERE pa.paper_id = ordered.paper_id AND pa.author_id = ordered.author_id`,
      [paperIds],
    );
    const sources: { id: number; name: string }[] = await manager.query(
      "SELECT id, name FROM author WHERE id = ANY($1) ORDER BY id",
      [sourceIds],
    );
    await manager.query("DELETE FROM author WHERE id = ANY($1)", [sourceIds]);
    const [target] = await manager.query(`SELECT ${AUTHOR_COLUMNS} FROM author a WHERE a.id = $1`, [input.targetId]);
    await recordAudit(manager, ctx.viewer, AuditAction.AUTHORS_MERGED, toGlobalId("Author", input.targetId), {
      mergedAuthors: {
        before: sources.map((source) => ({ id: toGlobalId("Author", source.id), name: source.name })),
        after: null,
      },
      papers: { before: null, after: paperIds.map((id) => toGlobalId("Paper", id)) },
    });
    return { author: asEntity(Author, target), mergedCount: sources.length };
  });
}
