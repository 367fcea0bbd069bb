import { FULL_PAPER, type FullPaperRow } from "../db/rows";
import { empty, query, queryOne, raw, sql, type Sql } from "../db/sql";
import { papers, papersIncludingDeleted, users, visiblePapers, votes } from "../db/tables";
import { toGlobalId } from "../domain/global-id";
import type { Paper } from "../entities";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin, requireViewer } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";

/** A paper readers can see, for a vote to be cast on or withdrawn from. */
const visiblePaper = (paperId: number) => sql`SELECT 1 FROM ${visiblePapers} WHERE ${papers.col.id} = ${paperId}`;

/** The paper as a vote answers with it: whether it was deleted since the vote's check too. */
const VOTED_PAPER = [...FULL_PAPER.filter((key) => key !== "upvotes"), "deletedAt"] as const;

/**
 * Runs `change`, the caller's vote written in a CTE that may read `visible` and returns a row if
 * it changed anything, and answers with the paper as the vote leaves it, in one statement. The
 * request's loaders are primed with that answer, so the payload reads nothing more.
 *
 * The statement's snapshot predates its own write, and the trigger updates the paper only at
 * the statement's end. So the paper is read with a row lock, taken after the write (the scan
 * works out the count, running `changed`, before its row is locked), as the trigger would take
 * it: the lock waits for other voters to commit, reads their latest count, and holds it until
 * this vote's trigger adds its change. Locking before the write could deadlock with `removeVotes`.
 */
async function vote(ctx: ServiceContext, paperId: number, upvoted: boolean, change: Sql): Promise<FullPaperRow | null> {
  const voted = await queryOne<FullPaperRow & Pick<Paper, "deletedAt">>(
    ctx.db,
    sql`WITH visible AS (${visiblePaper(paperId)}), changed AS (${change})
        SELECT ${papers.select(VOTED_PAPER)},
          ${papers.col.upvotes} ${raw(upvoted ? "+" : "-")} (SELECT count(*)::int FROM changed) AS "upvotes"
        FROM ${papersIncludingDeleted} WHERE ${papers.col.id} = ${paperId} AND EXISTS (SELECT 1 FROM visible)
        FOR NO KEY UPDATE`,
  );
  if (!voted) throw UserErrors.of(["input", "paperId"], UserErrorCode.NOT_FOUND, "no such paper");
  const { deletedAt, ...paper } = voted;
  const answer = deletedAt ? null : paper;
  ctx.loaders.paperById.clear(paperId).prime(paperId, answer);
  ctx.loaders.viewerHasUpvoted.clear(paperId).prime(paperId, upvoted);
  return answer;
}

/**
 * Casts the caller's upvote. Idempotent: the primary key allows one vote per user and paper,
 * and a second upvote does nothing. The vote table's trigger keeps the paper's count exact.
 */
export async function upvotePaper(ctx: ServiceContext, paperId: number): Promise<FullPaperRow | null> {
  const viewer = requireViewer(ctx);
  const { column } = votes;
  return vote(
    ctx,
    paperId,
    true,
    sql`INSERT INTO ${votes.name} (${column.userId}, ${column.paperId}) SELECT ${viewer.id}, ${paperId} FROM visible
        ON CONFLICT (${column.userId}, ${column.paperId}) DO NOTHING RETURNING 1`,
  );
}

/** Withdraws the caller's upvote; withdrawing one that is not there does nothing. */
export async function removeUpvote(ctx: ServiceContext, paperId: number): Promise<FullPaperRow | null> {
  const viewer = requireViewer(ctx);
  return vote(
    ctx,
    paperId,
    false,
    sql`DELETE FROM ${votes.from}
        WHERE ${votes.col.userId} = ${viewer.id} AND ${votes.col.paperId} = ${paperId} AND EXISTS (SELECT 1 FROM visible)
        RETURNING 1`,
  );
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
