import { empty, query, queryOne, sql } from "../db/sql";
import { papers, users, visiblePapers, votes } from "../db/tables";
import { toGlobalId } from "../domain/global-id";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin, requireViewer } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";

/** A paper readers can see, for a vote to be cast on or withdrawn from. */
const visiblePaper = (paperId: number) => sql`SELECT 1 FROM ${visiblePapers} WHERE ${papers.col.id} = ${paperId}`;

/**
 * Casts the caller's upvote. Idempotent: the primary key allows one vote per user and paper,
 * and a second upvote does nothing. The vote table's trigger keeps the paper's count exact.
 */
export async function upvotePaper(ctx: ServiceContext, paperId: number): Promise<void> {
  const viewer = requireViewer(ctx);
  const { column } = votes;
  const row = await queryOne<{ found: boolean }>(
    ctx.db,
    sql`WITH visible AS (${visiblePaper(paperId)}),
        cast_vote AS (
          INSERT INTO ${votes.name} (${column.userId}, ${column.paperId}) SELECT ${viewer.id}, ${paperId} FROM visible
          ON CONFLICT (${column.userId}, ${column.paperId}) DO NOTHING
        )
        SELECT EXISTS (SELECT 1 FROM visible) AS found`,
  );
  if (!row!.found) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
}

/** Withdraws the caller's upvote; withdrawing one that is not there does nothing. */
export async function removeUpvote(ctx: ServiceContext, paperId: number): Promise<void> {
  const viewer = requireViewer(ctx);
  const row = await queryOne<{ found: boolean }>(
    ctx.db,
    sql`WITH visible AS (${visiblePaper(paperId)}),
        withdrawn AS (
          DELETE FROM ${votes.from}
          WHERE ${votes.col.userId} = ${viewer.id} AND ${votes.col.paperId} = ${paperId} AND EXISTS (SELECT 1 FROM visible)
        )
        SELECT EXISTS (SELECT 1 FROM visible) AS found`,
  );
  if (!row!.found) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
}

/** Removes a user's votes, all or those cast since a time; the counts follow through the trigger. */
export async function removeVotes(ctx: ServiceContext, input: { userId: number; since: Date | null }): Promise<number> {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const user = await queryOne(tx.db, sql`SELECT 1 FROM ${users.from} WHERE ${users.col.id} = ${input.userId}`);
    if (!user) throw UserErrors.of(["input", "userId"], UserErrorCode.NOT_FOUND, "no such user");
    const since = input.since ? sql`AND ${votes.col.createdAt} >= ${input.since}` : empty;
    // Deleting in paper order keeps concurrent removals from locking papers in opposite orders.
    const removed = await query(
      tx.db,
      sql`WITH removed AS (
            DELETE FROM ${votes.name} WHERE (${votes.column.userId}, ${votes.column.paperId}) IN (
              SELECT ${votes.col.userId}, ${votes.col.paperId} FROM ${votes.from}
              WHERE ${votes.col.userId} = ${input.userId} ${since}
              ORDER BY ${votes.col.paperId} FOR UPDATE
            ) RETURNING 1
          ) SELECT * FROM removed`,
    );
    await recordAudit(tx, AuditAction.VOTES_REMOVED, toGlobalId("User", input.userId), {
      votes: { before: removed.length, after: 0 },
      since: { before: null, after: input.since },
    });
    return removed.length;
  });
}
