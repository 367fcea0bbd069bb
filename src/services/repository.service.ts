import { toGlobalId } from "../domain/global-id";
import { normalizeRepositoryUrl, type NormalizedRepository } from "../domain/repository-url";
import { RepositoryProvider } from "../entities/repository.entity";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, changedFields, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";
import { readListPage, type ListPage } from "./list";
import { lockVisiblePaper } from "./paper-admin.service";
import type { Page, SortDirection, SortKey } from "./pagination";
import { REPOSITORY_FIELDS, type FullPaperRow, type RepositoryRow } from "../db/rows";
import { query, queryOne, sql, type Queryable, type Sql } from "../db/sql";
import { paperRepositories, repositories } from "../db/tables";
import { FieldCheck } from "../domain/field-check";

export enum RepositoryOrderField {
  STARS = "STARS",
  CREATED_AT = "CREATED_AT",
}

export interface RepositoryFilter {
  provider?: RepositoryProvider;
  language?: string;
}

export const REPOSITORY_SORT_KEYS: Record<RepositoryOrderField, SortKey> = {
  STARS: {
    name: "stars",
    keySql: repositories.col.stars,
    keyType: "integer",
    nullable: true,
    idSql: repositories.col.id,
  },
  CREATED_AT: {
    name: "created",
    keySql: repositories.col.createdAt,
    keyType: "timestamptz",
    idSql: repositories.col.id,
  },
};

export function listRepositories(
  ctx: ServiceContext,
  filter: RepositoryFilter,
  order: { field: RepositoryOrderField; direction: SortDirection },
  page: Page,
): Promise<ListPage<RepositoryRow>> {
  const conditions: Sql[] = [];
  if (filter.provider !== undefined) conditions.push(sql`${repositories.col.provider} = ${filter.provider}`);
  if (filter.language !== undefined) conditions.push(sql`${repositories.col.language} = ${filter.language}`);
  return readListPage(
    ctx.db,
    {
      columns: repositories.select(REPOSITORY_FIELDS),
      from: repositories.from,
      conditions,
      sort: REPOSITORY_SORT_KEYS[order.field],
      direction: order.direction,
    },
    page,
  );
}

/**
 * Links a repository to a paper, for curators and imports alike: finds the repository by its
 * URL's key or creates it under the URL as given (setting its stars when given), then links it
 * or changes whether the link is official. Says how the paper was linked before, and whether
 * anything changed.
 */
export async function linkPaperToRepository(
  db: Queryable,
  paperId: number,
  repository: NormalizedRepository,
  link: { isOfficial: boolean; stars?: number | null },
): Promise<{ repository: RepositoryRow; previous: { isOfficial: boolean } | null; changed: boolean }> {
  const { column } = repositories;
  const stars = link.stars ?? null;
  const inserted = await query(
    db,
    sql`WITH inserted AS (
          INSERT INTO ${repositories.name}
            (${column.url}, ${column.urlKey}, ${column.provider}, ${column.owner}, ${column.name}, ${column.stars})
          VALUES (${repository.url}, ${repository.key}, ${repository.provider}, ${repository.owner}, ${repository.name}, ${stars})
          ON CONFLICT (${column.urlKey}) DO NOTHING RETURNING 1
        ) SELECT * FROM inserted`,
  );
  const starred =
    stars === null || inserted.length > 0
      ? []
      : await query(
          db,
          sql`WITH starred AS (
                UPDATE ${repositories.name} SET ${column.stars} = ${stars}
                WHERE ${column.urlKey} = ${repository.key} AND ${column.stars} IS DISTINCT FROM ${stars} RETURNING 1
              ) SELECT * FROM starred`,
        );
  // A separate statement, so it sees a row that a concurrent link committed meanwhile.
  const row = await queryOne<RepositoryRow>(
    db,
    sql`SELECT ${repositories.select(REPOSITORY_FIELDS)} FROM ${repositories.from}
        WHERE ${repositories.col.urlKey} = ${repository.key}`,
  );
  const linked = paperRepositories.column;
  const previous = await queryOne<{ isOfficial: boolean }>(
    db,
    sql`SELECT ${paperRepositories.select(["isOfficial"])} FROM ${paperRepositories.from}
        WHERE ${paperRepositories.col.paperId} = ${paperId} AND ${paperRepositories.col.repositoryId} = ${row!.id}`,
  );
  if (previous?.isOfficial !== link.isOfficial) {
    await query(
      db,
      sql`INSERT INTO ${paperRepositories.name} (${linked.paperId}, ${linked.repositoryId}, ${linked.isOfficial})
          VALUES (${paperId}, ${row!.id}, ${link.isOfficial})
          ON CONFLICT (${linked.paperId}, ${linked.repositoryId}) DO UPDATE SET ${linked.isOfficial} = EXCLUDED.${linked.isOfficial}`,
    );
  }
  return {
    repository: row!,
    previous: previous ?? null,
    changed: inserted.length > 0 || starred.length > 0 || previous?.isOfficial !== link.isOfficial,
  };
}

/** A curator links a repository to a paper, creating it if it is new; audited. */
export async function linkRepository(
  ctx: ServiceContext,
  input: { paperId: number; url: string; isOfficial: boolean },
): Promise<{ paper: FullPaperRow; repository: RepositoryRow }> {
  requireAdmin(ctx);
  const normalized = normalizeRepositoryUrl(input.url);
  if (!normalized) throw UserErrors.of(["input", "url"], UserErrorCode.INVALID, "is not a repository URL");
  return inTransaction(ctx, async (tx) => {
    const paper = await lockVisiblePaper(tx.db, input.paperId);
    const { repository, previous } = await linkPaperToRepository(tx.db, paper.id, normalized, input);
    await recordAudit(tx, AuditAction.REPOSITORY_LINKED, toGlobalId("Paper", paper.id), {
      repository: { before: previous ? repository.url : null, after: repository.url },
      isOfficial: { before: previous?.isOfficial ?? null, after: input.isOfficial },
    });
    return { paper, repository };
  });
}

export async function unlinkRepository(
  ctx: ServiceContext,
  input: { paperId: number; repositoryId: number },
): Promise<FullPaperRow> {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const paper = await lockVisiblePaper(tx.db, input.paperId);
    const removed = await queryOne<{ url: string }>(
      tx.db,
      sql`WITH removed AS (
            DELETE FROM ${paperRepositories.from}
            WHERE ${paperRepositories.col.paperId} = ${input.paperId}
              AND ${paperRepositories.col.repositoryId} = ${input.repositoryId}
            RETURNING ${paperRepositories.col.repositoryId} AS id
          )
          SELECT ${repositories.col.url} AS url FROM removed JOIN ${repositories.from} ON ${repositories.col.id} = removed.id`,
    );
    if (!removed)
      throw UserErrors.of(
        ["input", "repositoryId"],
        UserErrorCode.NOT_FOUND,
        "the repository is not linked to the paper",
      );
    await recordAudit(tx, AuditAction.REPOSITORY_UNLINKED, toGlobalId("Paper", input.paperId), {
      repository: { before: removed.url, after: null },
    });
    return paper;
  });
}

/** Sets the star count and language a curator or a sync job found for a repository. */
export async function updateRepository(
  ctx: ServiceContext,
  input: { repositoryId: number; stars?: number | null; language?: string | null },
): Promise<RepositoryRow> {
  requireAdmin(ctx);
  const check = new FieldCheck();
  if (input.stars != null) check.count(["input", "stars"], input.stars);
  const language = input.language == null ? input.language : check.text(["input", "language"], input.language, 100);
  check.done();
  return inTransaction(ctx, async (tx) => {
    const before = await queryOne<RepositoryRow>(
      tx.db,
      sql`SELECT ${repositories.select(REPOSITORY_FIELDS)} FROM ${repositories.from}
          WHERE ${repositories.col.id} = ${input.repositoryId} FOR UPDATE`,
    );
    if (!before) throw UserErrors.of(["input", "repositoryId"], UserErrorCode.NOT_FOUND, "no such repository");
    const after = {
      stars: input.stars === undefined ? before.stars : input.stars,
      language: language === undefined ? before.language : language,
    };
    const updated = await queryOne<RepositoryRow>(
      tx.db,
      sql`WITH updated AS (
            UPDATE ${repositories.from}
            SET ${repositories.column.stars} = ${after.stars}, ${repositories.column.language} = ${after.language}
            WHERE ${repositories.col.id} = ${input.repositoryId}
            RETURNING ${repositories.select(REPOSITORY_FIELDS)}
          ) SELECT * FROM updated`,
    );
    await recordAudit(
      tx,
      AuditAction.REPOSITORY_UPDATED,
      toGlobalId("Repository", input.repositoryId),
      changedFields({ stars: before.stars, language: before.language }, after),
    );
    return updated!;
  });
}
