import { toGlobalId } from "../domain/global-id";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin, requireViewer } from "./auth.service";
import { type ServiceContext } from "./context";

/**
 * Casts the caller's upvote. Idempotent: the primary key allows one vote per user and paper,
 * and a second upvote does nothing. The vote table's trigger keeps the paper's count exact.
 */
export async function upvotePaper(ctx: ServiceContext, paperId: number): Promise<void> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db.query(
    `WITH visible AS (SELECT id FROM paper WHERE id = $2 AND deleted_at IS NULL),
     cast_vote AS (
       INSERT INTO vote (user_id, paper_id) SELECT $1, id FROM visible
       ON CONFLICT (user_id, paper_id) DO NOTHING
     )
     SELECT EXISTS (SELECT 1 FROM visible) AS found`,
    [viewer.id, paperId],
  );
  if (!row.found) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
}

/** Withdraws the caller's upvote; withdrawing one that is not there does nothing. */
export async function removeUpvote(ctx: ServiceContext, paperId: number): Promise<void> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db.query(
    `WITH visible AS (SELECT id FROM paper WHERE id = $2 AND deleted_at IS NULL),
     withdrawn AS (DELETE FROM vote WHERE user_id = $1 AND paper_id IN (SELECT id FROM visible))
     SELECT EXISTS (SELECT 1 FROM visible) AS found`,
    [viewer.id, paperId],
  );
  if (!row.found) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
}

/** Removes a user's votes, all or those cast since a time; the counts follow through the trigger. */
export async function removeVotes(ctx: ServiceContext, input: { userId: number; since: Date | null }): Promise<number> {
  requireAdmin(ctx);
  return ctx.db.transaction(async (manager) => {
    const [user] = await manager.query("SELECT id FROM app_user WHERE id = $1", [input.userId]);
    if (!user) throw UserErrors.of(["input", "userId"], UserErrorCode.NOT_FOUND, "no such user");
    // Deleting in paper order keeps concurrent removals from locking papers in opposite orders.
    const removed: { paperId: number }[] = await manager.query(
      `WITH removed AS (
         DELETE FROM vote WHERE (user_id, paper_id) IN (
           SELECT user_id, paper_id FROM vote WHERE user_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2)
           ORDER BY paper_id FOR UPDATE
         ) RETURNING paper_id
       ) SELECT paper_id AS "paperId" FROM removed`,
      [input.userId, input.since],
    );
    await recordAudit(manager, ctx.viewer, AuditAction.VOTES_REMOVED, toGlobalId("User", input.userId), {
      votes: { before: removed.length, after: 0 },
      since: { before: null, after: input.since },
    });
    return removed.length;
  });
}
