import { requireAdmin } from "./auth.service";
import { type ServiceContext } from "./context";
import { readListPage, type ListPage } from "./list";
import { SortDirection, type Page, type SortKey } from "./pagination";
import { AUDIT_FIELDS, type AuditRow } from "../db/rows";
import { query, queryOne, sql, type Queryable, type Sql } from "../db/sql";
import { auditEntries } from "../db/tables";
import type { AuditChanges } from "../entities/audit-entry.entity";

/** Actions the audit log records. */
export enum AuditAction {
  USER_CREATED = "USER_CREATED",
  USER_ROLE_SET = "USER_ROLE_SET",
  TOKEN_CREATED = "TOKEN_CREATED",
  TOKEN_REVOKED = "TOKEN_REVOKED",
  PAPER_CREATED = "PAPER_CREATED",
  PAPER_UPDATED = "PAPER_UPDATED",
  PAPER_DELETED = "PAPER_DELETED",
  PAPER_RESTORED = "PAPER_RESTORED",
  REPOSITORY_LINKED = "REPOSITORY_LINKED",
  REPOSITORY_UNLINKED = "REPOSITORY_UNLINKED",
  REPOSITORY_UPDATED = "REPOSITORY_UPDATED",
  AUTHORS_MERGED = "AUTHORS_MERGED",
  VOTES_REMOVED = "VOTES_REMOVED",
  PAPERS_IMPORTED = "PAPERS_IMPORTED",
  DIGEST_ADDRESSES_READ = "DIGEST_ADDRESSES_READ",
}

/** The fields whose values differ between `before` and `after`. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[field] ?? null;
    const is = after[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[field] = { before: was, after: is };
  }
  return changes;
}

/**
 * Writes an audit entry, acted by the context's viewer (null for the command line), in the
 * context's transaction, so it commits or rolls back with the change. Returns its id.
 */
export async function recordAudit(
  ctx: ServiceContext,
  action: AuditAction,
  targetId: string | null,
  changes: AuditChanges,
): Promise<number> {
  const { column } = auditEntries;
  const row = await queryOne<{ id: number }>(
    ctx.db,
    sql`INSERT INTO ${auditEntries.name} (${column.actorId}, ${column.action}, ${column.targetId}, ${column.changes})
        VALUES (${ctx.viewer?.id ?? null}, ${action}, ${targetId}, ${JSON.stringify(changes)})
        RETURNING ${column.id} AS id`,
  );
  return row!.id;
}

/** Records one entry per target, for the same action, in one statement (for set-based writes such as imports). */
export async function recordAuditEntries(
  ctx: ServiceContext,
  action: AuditAction,
  entries: { targetId: string; changes: AuditChanges }[],
): Promise<void> {
  if (entries.length === 0) return;
  const { column } = auditEntries;
  await query(
    ctx.db,
    sql`INSERT INTO ${auditEntries.name} (${column.actorId}, ${column.action}, ${column.targetId}, ${column.changes})
        SELECT ${ctx.viewer?.id ?? null}::integer, ${action}, target_id, changes
        FROM unnest(${entries.map((entry) => entry.targetId)}::text[],
                    ${entries.map((entry) => JSON.stringify(entry.changes))}::jsonb[]) AS entry(target_id, changes)`,
  );
}

/** Replaces the changes an audit entry records, for work that commits in steps, such as an import. */
export async function updateAuditChanges(db: Queryable, entryId: number, changes: AuditChanges): Promise<void> {
  await query(
    db,
    sql`UPDATE ${auditEntries.name} SET ${auditEntries.column.changes} = ${JSON.stringify(changes)}
        WHERE ${auditEntries.column.id} = ${entryId}`,
  );
}

export const AUDIT_ORDER: SortKey = {
  name: "audit",
  keySql: auditEntries.col.id,
  keyType: "integer",
  idSql: auditEntries.col.id,
};

export interface AuditFilter {
  actorId?: number;
  action?: string;
  targetId?: string;
}

/** Audit entries, newest first. Admins only. */
export function listAuditEntries(ctx: ServiceContext, filter: AuditFilter, page: Page): Promise<ListPage<AuditRow>> {
  requireAdmin(ctx);
  const conditions: Sql[] = [];
  if (filter.actorId !== undefined) conditions.push(sql`${auditEntries.col.actorId} = ${filter.actorId}`);
  if (filter.action !== undefined) conditions.push(sql`${auditEntries.col.action} = ${filter.action}`);
  if (filter.targetId !== undefined) conditions.push(sql`${auditEntries.col.targetId} = ${filter.targetId}`);
  return readListPage(
    ctx.db,
    {
      columns: auditEntries.select(AUDIT_FIELDS),
      from: auditEntries.from,
      conditions,
      sort: AUDIT_ORDER,
      direction: SortDirection.DESC,
    },
    page,
  );
}
