import { toGlobalId } from "../domain/global-id";
import { normalizeName } from "../domain/names";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";
import { readListPage, type ListPage } from "./list";
import { SortDirection, type Page, type SortKey } from "./pagination";
import { AUTHOR_FIELDS, type AuthorRow } from "../db/rows";
import { query, queryOne, sql } from "../db/sql";
import { authors, paperAuthors, papers, papersIncludingDeleted } from "../db/tables";

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
): Promise<{ author: AuthorRow; mergedCount: number }> {
  requireAdmin(ctx);
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.length === 0)
    throw UserErrors.of(["input", "sourceIds"], UserErrorCode.BLANK, "must name at least one author");
  if (sourceIds.includes(input.targetId)) {
    throw UserErrors.of(["input", "sourceIds"], UserErrorCode.INVALID, "must not include the target");
  }
  const everyone = [input.targetId, ...sourceIds];
  const { col, column } = paperAuthors;
  return inTransaction(ctx, async (tx) => {
    const locked = await query<{ id: number }>(
      tx.db,
      sql`SELECT ${authors.col.id} AS id FROM ${authors.from} WHERE ${authors.col.id} = ANY(${everyone})
          ORDER BY ${authors.col.id} FOR UPDATE`,
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
    const listing = await query<{ paperId: number }>(
      tx.db,
      sql`SELECT DISTINCT ${col.paperId} AS "paperId" FROM ${paperAuthors.from}
          WHERE ${col.authorId} = ANY(${sourceIds}) ORDER BY 1`,
    );
    const paperIds = listing.map((row) => row.paperId);
    // Lock the affected papers' author lists in id order before rewriting them.
    await query(
      tx.db,
      sql`SELECT 1 FROM ${papersIncludingDeleted} WHERE ${papers.col.id} = ANY(${paperIds}) ORDER BY ${papers.col.id} FOR UPDATE`,
    );
    // Where a paper lists more than one of them, keep only the earliest entry.
    await query(
      tx.db,
      sql`DELETE FROM ${paperAuthors.from} USING (
            SELECT ${column.paperId} AS paper_id, min(${column.position}) AS keep FROM ${paperAuthors.name}
            WHERE ${column.authorId} = ANY(${everyone}) AND ${column.paperId} = ANY(${paperIds})
            GROUP BY ${column.paperId}
          ) earliest
          WHERE ${col.paperId} = earliest.paper_id AND ${col.authorId} = ANY(${everyone})
            AND ${col.position} <> earliest.keep`,
    );
    await query(
      tx.db,
      sql`UPDATE ${paperAuthors.name} SET ${column.authorId} = ${input.targetId}
          WHERE ${column.authorId} = ANY(${sourceIds})`,
    );
    // Close the gaps left by removed entries: move positions out of the way, then renumber.
    await query(
      tx.db,
      sql`UPDATE ${paperAuthors.name} SET ${column.position} = -1 - ${column.position}
          WHERE ${column.paperId} = ANY(${paperIds})`,
    );
    await query(
      tx.db,
      sql`UPDATE ${paperAuthors.from} SET ${column.position} = ordered.position FROM (
            SELECT ${column.paperId} AS paper_id, ${column.authorId} AS author_id,
              row_number() OVER (PARTITION BY ${column.paperId} ORDER BY ${column.position} DESC) - 1 AS position
            FROM ${paperAuthors.name} WHERE ${column.paperId} = ANY(${paperIds})
          ) ordered
          WHERE ${col.paperId} = ordered.paper_id AND ${col.authorId} = ordered.author_id`,
    );
    const sources = await query<AuthorRow>(
      tx.db,
      sql`SELECT ${authors.select(AUTHOR_FIELDS)} FROM ${authors.from} WHERE ${authors.col.id} = ANY(${sourceIds})
          ORDER BY ${authors.col.id}`,
    );
    await query(tx.db, sql`DELETE FROM ${authors.from} WHERE ${authors.col.id} = ANY(${sourceIds})`);
    const target = await queryOne<AuthorRow>(
      tx.db,
      sql`SELECT ${authors.select(AUTHOR_FIELDS)} FROM ${authors.from} WHERE ${authors.col.id} = ${input.targetId}`,
    );
    await recordAudit(tx, AuditAction.AUTHORS_MERGED, toGlobalId("Author", input.targetId), {
      mergedAuthors: {
        before: sources.map((source) => ({ id: toGlobalId("Author", source.id), name: source.name })),
        after: null,
      },
      papers: { before: null, after: paperIds.map((id) => toGlobalId("Paper", id)) },
    });
    return { author: target!, mergedCount: sources.length };
  });
}
