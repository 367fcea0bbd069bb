import { Entity, PrimaryColumn } from "typeorm";

/**
 * One word of a paper's search vector, with the paper's rank for a search of that word alone.
 * A trigger on paper keeps these rows equal to `search_word_ranks(search_vector)`; see the
 * migrations SearchWordRanks and SearchTermsWithoutForeignKey. No index leads with paper_id:
 * planning a join on a column, Postgres reads the ends of an index on it, and the newest papers'
 * rewritten words would leave dead entries there (5 to 9 ms more planning per search until
 * VACUUM cleaned them, as measured). The trigger finds a paper's rows by its old words and
 * their ranks.
 *
 * No foreign key to paper: its check, once per word row (about 11 a paper), was most of the time
 * an import spent inserting papers. Triggers on paper delete a deleted paper's rows and empty
 * the table when paper is truncated, as the cascade did.
 */
@Entity("paper_search_term")
export class PaperSearchTerm {
  /** The word as the search vector holds it: stemmed, such as `diffus`. */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "paper_search_term_pkey" })
  lexeme: string;

  /**
   * `ts_rank(search_vector, <the word as a one-word query>)`: the relevance a search of this word
   * orders by. In the key, between the word and the paper: walked backwards, the key lists a
   * word's papers best first, and a one-word search reads its page off it instead of ranking
   * every match (see relevancePageFrom in services/paper.service.ts).
   */
  @PrimaryColumn({ type: "real", primaryKeyConstraintName: "paper_search_term_pkey" })
  rank: number;

  @PrimaryColumn({ name: "paper_id", type: "integer", primaryKeyConstraintName: "paper_search_term_pkey" })
  paperId: number;
}
