import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Paper } from "./paper.entity";

/**
 * One term of a paper's trending score, kept after it leaves the score: a vote, or the paper's
 * imported upvotes. Triggers on `vote` and `paper` append a term when it enters the score and
 * stamp `left_at` when it leaves (a withdrawn vote, a re-import); nothing else writes here, so
 * `trendingPapers(asOf:)` recomputes any past list from it. See services/trending.ts.
 */
@Entity("trend_term")
// The open term of a voter (or of the imports, user_id null) on a paper: the one a change closes.
@Index("trend_term_open_idx", ["paperId", "userId"], { where: "left_at IS NULL" })
export class TrendTerm {
  @PrimaryGeneratedColumn({ type: "bigint", primaryKeyConstraintName: "trend_term_pkey" })
  id: string;

  @Column({ name: "paper_id", type: "integer" })
  paperId: number;

  /** The voter; null for imported upvotes. Not a foreign key: the history outlives accounts. */
  @Column({ name: "user_id", type: "integer", nullable: true })
  userId: number | null;

  /** Votes the term counts: 1 for a vote, the imported count for imported upvotes. */
  @Column({ type: "integer" })
  weight: number;

  /** When the term counts as cast, from which it decays. */
  @Column({ name: "counted_at", type: "timestamptz" })
  countedAt: Date;

  /** When the term entered the score: the vote's time, or when the upvotes were imported. */
  @Column({ name: "entered_at", type: "timestamptz" })
  enteredAt: Date;

  /** When the term left the score; null while it counts. */
  @Column({ name: "left_at", type: "timestamptz", nullable: true })
  leftAt: Date | null;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "trend_term_paper_fkey" })
  paper?: Paper;
}
