import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Author } from "./author.entity";
import { Paper } from "./paper.entity";

/** One authorship: `position` keeps the order in which a paper lists its authors. */
@Entity("paper_author")
@Index("paper_author_author_paper_key", ["authorId", "paperId"], { unique: true })
export class PaperAuthor {
  @PrimaryColumn({ name: "paper_id", type: "integer", primaryKeyConstraintName: "paper_author_pkey" })
  paperId: number;

  /** Zero-based place in the paper's author list. */
  @PrimaryColumn({ type: "integer", primaryKeyConstraintName: "paper_author_pkey" })
  position: number;

  @Column({ name: "author_id", type: "integer" })
  authorId: number;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "paper_author_paper_fkey" })
  paper?: Paper;

  @ManyToOne(() => Author, { onDelete: "CASCADE" })
  @JoinColumn({ name: "author_id", foreignKeyConstraintName: "paper_author_author_fkey" })
  author?: Author;
}
