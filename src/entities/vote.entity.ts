import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Paper } from "./paper.entity";
import { User } from "./user.entity";

/** One user's upvote of one paper; the primary key allows one vote per user and paper. */
@Entity("vote")
@Index("vote_paper_created_at_idx", ["paperId", "createdAt"])
export class Vote {
  @PrimaryColumn({ name: "user_id", type: "integer", primaryKeyConstraintName: "vote_pkey" })
  userId: number;

  @PrimaryColumn({ name: "paper_id", type: "integer", primaryKeyConstraintName: "vote_pkey" })
  paperId: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "vote_user_fkey" })
  user?: User;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "vote_paper_fkey" })
  paper?: Paper;
}
