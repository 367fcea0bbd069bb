import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand around the generated table. A search ordered by relevance ranked every
 * paper that matched it, O(matches): 10,000 papers for a common word. paper_search_term holds,
 * for every word of every paper, the paper's rank for a search of that word alone, and its
 * index lists a word's papers in that order, so a one-word search reads one page of it.
 */
export class SearchWordRanks1796089506907 implements MigrationInterface {
  name = "SearchWordRanks1796089506907";

  async up(queryRunner: QueryRunner): Promise<void> {
    // The rank is ts_rank against the word as a one-word query, which is what
    // websearch_to_tsquery makes of a one-word search; a tsvector of one word prints as the
    // word quoted as a tsquery reads it, which keeps any quote or backslash in it.
    await queryRunner.query(`
      CREATE FUNCTION search_word_ranks(document tsvector) RETURNS TABLE (lexeme text, rank real)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT word, ts_rank(document, array_to_tsvector(ARRAY[word])::text::tsquery)
        FROM unnest(tsvector_to_array(document)) AS word
      $$`);
    await queryRunner.query("CREATE TABLE \"paper_search_term\" (\"lexeme\" text NOT NULL, \"paper_id\" integer NOT NULL, \"rank\" real NOT NULL, CONSTRAINT \"paper_search_term_pkey\" PRIMARY KEY (\"lexeme\", \"paper_id\"))");
    // Deleted papers too, as the trigger keeps them: reads join the visible papers. In key order,
    // which writes the primary key's pages in turn; the order index is built after.
    await queryRunner.query(`
      INSERT INTO paper_search_term (lexeme, paper_id, rank)
      SELECT w.lexeme, p.id, w.rank FROM paper p, search_word_ranks(p.search_vector) w ORDER BY 1, 2`);
    await queryRunner.query("CREATE INDEX \"paper_search_term_order_idx\" ON \"paper_search_term\"  (\"lexeme\", \"rank\", \"paper_id\") ");
    await queryRunner.query("ALTER TABLE \"paper_search_term\" ADD CONSTRAINT \"paper_search_term_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ANALYZE paper_search_term");
    // Votes and trend keys update papers often; only a new title or abstract changes the words.
    await queryRunner.query(`
      CREATE FUNCTION paper_search_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.search_vector = OLD.search_vector THEN
            RETURN NULL;
          END IF;
          DELETE FROM paper_search_term
          WHERE lexeme = ANY (tsvector_to_array(OLD.search_vector)) AND paper_id = OLD.id;
        END IF;
        INSERT INTO paper_search_term (lexeme, paper_id, rank)
        SELECT w.lexeme, NEW.id, w.rank FROM search_word_ranks(NEW.search_vector) w;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_search_terms_sync AFTER INSERT OR UPDATE OF title, abstract ON paper
      FOR EACH ROW EXECUTE FUNCTION paper_search_terms_sync()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER paper_search_terms_sync ON paper");
    await queryRunner.query("DROP FUNCTION paper_search_terms_sync()");
    await queryRunner.query("ALTER TABLE \"paper_search_term\" DROP CONSTRAINT \"paper_search_term_paper_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_search_term_order_idx\"");
    await queryRunner.query("DROP TABLE \"paper_search_term\"");
    await queryRunner.query("DROP FUNCTION search_word_ranks(tsvector)");
  }
}
