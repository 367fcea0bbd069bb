import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Paper } from "./paper.entity";

/**
 * One word of a paper's search vector, with the paper's rank for a search of that word alone.
 * A trigger on paper keeps these rows equal to `search_word_ranks(search_vector)`; see the
 * migration SearchWordRanks. No index leads with paper_id: planning a join on a column, Postgres
 * reads the ends of an index on it, and the newest papers' rewritten words would leave dead
 * entries there (5 to 9 ms more planning per search until VACUUM cleaned them, as measured).
 * Papers are only soft-deleted, so the cascade runs on TRUNCATE alone, and the trigger finds a
 * paper's rows by its words.
 */
@Entity("paper_search_term")
// Walked backwards, it lists a word's papers best first: a one-word search reads its page off it
// instead of ranking every match. See relevancePageFrom in services/paper.service.ts.
@Index("paper_search_term_order_idx", ["lexeme", "rank", "paperId"])
export class PaperSearchTerm {
  /** The word as the search vector holds it: stemmed, such as `diffus`. */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "paper_search_term_pkey" })
  lexeme: string;

  @PrimaryColumn({ name: "paper_id", type: "integer", primaryKeyConstraintName: "paper_search_term_pkey" })
  paperId: number;

  /** `ts_rank(search_vector, <the word as a one-word query>)`: the relevance a search of this word orders by. */
  @Column({ type: "real" })
  rank: number;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "paper_search_term_paper_fkey" })
  paper?: Paper;
}
