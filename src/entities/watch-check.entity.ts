import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Paper } from "./paper.entity";

/**
 * The outbox of watches: a database trigger adds a row in the same transaction as each paper
 * insert or change that watches care about (its record, its votes), and the watch worker
 * deletes rows in the transaction that records their events. A change that committed is
 * therefore checked, whatever crashes in between.
 */
@Entity("watch_check")
export class WatchCheck {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "watch_check_pkey" })
  id: number;

  @Column({ name: "paper_id", type: "integer" })
  paperId: number;

  /** The paper's upvotes before the change; null when the change added the paper. */
  @Column({ name: "upvotes_before", type: "integer", nullable: true })
  upvotesBefore: number | null;

  @CreateDateColumn({ name: "queued_at", type: "timestamptz" })
  queuedAt: Date;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "watch_check_paper_fkey" })
  paper?: Paper;
}
