import { toGlobalId } from "../domain/global-id";
import type { EntityManager } from "typeorm";
import { normalizeRepositoryUrl, type NormalizedRepository } from "../domain/repository-url";
import { Paper } from "../entities";
import { Repository, RepositoryProvider } from "../entities/repository.entity";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, changedFields, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { type ServiceContext } from "./context";
import { REPOSITORY_COLUMNS } from "./columns";
import { InputCheck } from "./input-check";
import { visiblePaper } from "./paper-admin.service";
import { asEntity } from "./rows";
import { readListPage, type ListPage } from "./list";
import type { Page, SortDirection, SortKey } from "./pagination";
import { REPOSITORY_FIELDS, type RepositoryRow } from "../db/rows";
import { sql, type Sql } from "../db/sql";
import { repositories } from "../db/tables";

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
 * Finds or creates the repository at a normalised URL (setting its stars when given) and links
 * it to the paper. Says how the paper was linked before, and whether anything changed.
 */
export async function linkPaperToRepository(
  manager: EntityManager,
  paperId: number,
  normalized: NormalizedRepository,
  isOfficial: boolean,
  stars: number | null = null,
): Promise<{ repository: Repository; previous: { isOfficial: boolean } | null; changed: boolean }> {
  const inserted = await manager.query(
    `WITH inserted AS (
       INSERT INTO repository (url, url_key, provider, owner, name, stars) VALUES ($1, $1, $2, $3, $4, $5)
       ON CONFLICT (url_key) DO NOTHING RETURNING 1
     ) SELECT * FROM inserted`,
    [normalized.url, normalized.provider, normalized.owner, normalized.name, stars],
  );
  const starred =
    stars === null || inserted.length > 0
      ? []
      : await manager.query(
          "WITH starred AS (UPDATE repository SET stars = $2 WHERE url = $1 AND stars IS DISTINCT FROM $2 RETURNING 1) SELECT * FROM starred",
          [normalized.url, stars],
        );
  // A separate statement, so it sees a row that a concurrent link committed meanwhile.
  const [row] = await manager.query(`SELECT ${REPOSITORY_COLUMNS} FROM repository r WHERE r.url = $1`, [
    normalized.url,
  ]);
  const repository = asEntity(Repository, row);
  const [previous] = await manager.query(
    'SELECT is_official AS "isOfficial" FROM paper_repository WHERE paper_id = $1 AND repository_id = $2',
    [paperId, repository.id],
  );
  if (previous?.isOfficial !== isOfficial) {
    await manager.query(
      `INSERT INTO paper_repository (paper_id, repository_id, is_official) VALUES ($1, $2, $3)
       ON CONFLICT (paper_id, repository_id) DO UPDATE SET is_official = EXCLUDED.is_official`,
      [paperId, repository.id, isOfficial],
    );
  }
  return {
    repository,
    previous: previous ?? null,
    changed: inserted.length > 0 || starred.length > 0 || previous?.isOfficial !== isOfficial,
  };
}

/** Links a repository to a paper, creating it under its normalised URL if it is new. */
export async function linkRepository(
  ctx: ServiceContext,
  input: { paperId: number; url: string; isOfficial: boolean },
): Promise<{ paper: Paper; repository: Repository }> {
  requireAdmin(ctx);
  const normalized = normalizeRepositoryUrl(input.url);
  if (!normalized) throw UserErrors.of(["input", "url"], UserErrorCode.INVALID, "is not a repository URL");
  return ctx.db.transaction(async (manager) => {
    const paper = await visiblePaper(manager, input.paperId);
    const { repository, previous } = await linkPaperToRepository(manager, paper.id, normalized, input.isOfficial);
    await recordAudit(manager, ctx.viewer, AuditAction.REPOSITORY_LINKED, toGlobalId("Paper", paper.id), {
      repository: { before: previous ? repository.url : null, after: repository.url },
      isOfficial: { before: previous?.isOfficial ?? null, after: input.isOfficial },
    });
    return { paper, repository };
  });
}

export async function unlinkRepository(
  ctx: ServiceContext,
  input: { paperId: number; repositoryId: number },
): Promise<Paper> {
  requireAdmin(ctx);
  return ctx.db.transaction(async (manager) => {
    const paper = await visiblePaper(manager, input.paperId);
    const [removed] = await manager.query(
      `WITH removed AS (DELETE FROM paper_repository WHERE paper_id = $1 AND repository_id = $2 RETURNING repository_id)
       SELECT r.url FROM removed JOIN repository r ON r.id = removed.repository_id`,
      [input.paperId, input.repositoryId],
    );
    if (!removed)
      throw UserErrors.of(
        ["input", "repositoryId"],
        UserErrorCode.NOT_FOUND,
        "the repository is not linked to the paper",
      );
    await recordAudit(manager, ctx.viewer, AuditAction.REPOSITORY_UNLINKED, toGlobalId("Paper", input.paperId), {
      repository: { before: removed.url, after: null },
    });
    return paper;
  });
}

/** Sets the star count and language a curator or a sync job found for a repository. */
export async function updateRepository(
  ctx: ServiceContext,
  input: { repositoryId: number; stars?: number | null; language?: string | null },
): Promise<Repository> {
  requireAdmin(ctx);
  const check = new InputCheck();
  if (input.stars != null && (!Number.isInteger(input.stars) || input.stars < 0)) {
    check.add(["input", "stars"], UserErrorCode.INVALID, "must be zero or more");
  }
  const language = input.language == null ? input.language : check.text(["input", "language"], input.language, 100);
  check.done();
  return ctx.db.transaction(async (manager) => {
    const [before] = await manager.query(`SELECT ${REPOSITORY_COLUMNS} FROM repository r WHERE r.id = $1 FOR UPDATE`, [
      input.repositoryId,
    ]);
    if (!before) throw UserErrors.of(["input", "repositoryId"], UserErrorCode.NOT_FOUND, "no such repository");
    const after = {
      stars: input.stars === undefined ? before.stars : input.stars,
      language: language === undefined ? before.language : language,
    };
    const [row] = await manager.query(
      `WITH changed AS (UPDATE repository SET stars = $2, language = $3, updated_at = now() WHERE id = $1 RETURNING *)
       SELECT ${REPOSITORY_COLUMNS} FROM changed r`,
      [input.repositoryId, after.stars, after.language],
    );
    await recordAudit(
      manager,
      ctx.viewer,
      AuditAction.REPOSITORY_UPDATED,
      toGlobalId("Repository", input.repositoryId),
      changedFields({ stars: before.stars, language: before.language }, after),
    );
    return asEntity(Repository, row);
  });
}
