import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Paper } from "./paper.entity";
import { Repository } from "./repository.entity";

/** A link between a paper and a repository that holds its code. */
@Entity("paper_repository")
@Index("paper_repository_repository_paper_idx", ["repositoryId", "paperId"])
export class PaperRepository {
  @PrimaryColumn({ name: "paper_id", type: "integer", primaryKeyConstraintName: "paper_repository_pkey" })
  paperId: number;

  @PrimaryColumn({ name: "repository_id", type: "integer", primaryKeyConstraintName: "paper_repository_pkey" })
  repositoryId: number;

  /** True when the paper's authors publish the repository themselves. */
  @Column({ name: "is_official", type: "boolean", default: false })
  isOfficial: boolean;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "paper_repository_paper_fkey" })
  paper?: Paper;

  @ManyToOne(() => Repository, { onDelete: "CASCADE" })
  @JoinColumn({ name: "repository_id", foreignKeyConstraintName: "paper_repository_repository_fkey" })
  repository?: Repository;
}
