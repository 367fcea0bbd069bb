import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand around the generated statements. Two changes for the speed of imports.
 *
 * paper_search_term loses its foreign key to paper: the check ran once per word row, about 11
 * a paper, and was most of the time an import spent inserting papers. Its key becomes the order
 * a one-word search walks, (lexeme, rank, paper_id), which makes the separate order index
 * redundant; the trigger that rewrites a paper's words finds its old rows by their words and
 * ranks. What the cascade did, triggers do: a deleted paper's rows are deleted, and truncating
 * paper truncates the table.
 *
 * paper_import_digest holds, per paper, a hash of the import record that last wrote it, so a
 * re-import skips records that would change nothing (see import-merge.ts). A digest must never
 * outlive what it describes: these triggers delete it whenever what it covers changes by any
 * path, the import's own statements included (it writes the digests last): the paper's
 * imported columns, its author list, the names of its authors, its links to repositories, and
 * those repositories' stars and URL keys; TRUNCATE of any of those tables empties it. Votes
 * change none of them.
 */

/** The paper columns an import writes, as `PaperFields` maps them. */
const IMPORTED_COLUMNS = [
  "arxiv_id",
  "title",
  "abstract",
  "published_at",
  "daily_date",
  "author_count",
  "project_page",
  "thumbnail",
  "keywords",
  "imported_upvotes",
  "categories",
  "doi",
  "journal_ref",
  "license",
  "comments",
  "revised_at",
  "ai_summary",
  "ai_keywords",
  "media_urls",
  "num_comments",
  "submitted_by",
  "organization",
  "withdrawn_at",
];
const row = (prefix: string, columns: string[]) => `(${columns.map((column) => `${prefix}.${column}`).join(", ")})`;

/** [table, columns]: a row update of these columns that changes them expires the digests of the row's papers. */
const DIGEST_ROW_TRIGGERS: [string, string[], string][] = [
  ["paper", IMPORTED_COLUMNS, "DELETE FROM paper_import_digest WHERE paper_id = NEW.id"],
  [
    "author",
    ["name", "normalized_name"],
    "DELETE FROM paper_import_digest WHERE paper_id IN (SELECT paper_id FROM paper_author WHERE author_id = NEW.id)",
  ],
  [
    "repository",
    ["stars", "url_key"],
    "DELETE FROM paper_import_digest WHERE paper_id IN (SELECT paper_id FROM paper_repository WHERE repository_id = NEW.id)",
  ],
];

/** Link tables: any change to a row expires its paper's digest. [suffix, event, transition table]. */
const LINK_TABLES = ["paper_author", "paper_repository"];
const LINK_EVENTS = [
  ["insert", "INSERT", "NEW"],
  ["update_new", "UPDATE", "NEW"],
  ["update_old", "UPDATE", "OLD"],
  ["delete", "DELETE", "OLD"],
];

/** Tables whose TRUNCATE empties the digests (paper's also empties the search terms). */
const TRUNCATED_WITH_DIGESTS = ["author", "paper_author", "repository", "paper_repository"];

/**
 * Empties a table from a TRUNCATE trigger. A TRUNCATE that lists the table too has emptied it
 * already, and may not truncate it again (it is "in use"): those calls find it empty.
 */
const truncateUnlessEmpty = (table: string) => `IF EXISTS (SELECT 1 FROM ${table}) THEN TRUNCATE ${table}; END IF;`;

/** The search-term rewrite of the StatementTriggersOnPaper migration, finding old rows by word and rank (`byRank`) or by word. */
const searchTermsSync = (byRank: boolean) => `
  CREATE OR REPLACE FUNCTION paper_rows_search_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    reworded integer[];
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      SELECT array_agg(n.id) INTO reworded FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE n.search_vector IS DISTINCT FROM o.search_vector;
      IF reworded IS NULL THEN
        RETURN NULL;
      END IF;
      ${
        byRank
          ? `DELETE FROM paper_search_term t
      USING (SELECT o.id, w.lexeme, w.rank FROM old_rows o, search_word_ranks(o.search_vector) w
             WHERE o.id = ANY (reworded)) AS gone
      WHERE t.lexeme = gone.lexeme AND t.rank = gone.rank AND t.paper_id = gone.id;`
          : `DELETE FROM paper_search_term t
      USING (SELECT o.id, unnest(tsvector_to_array(o.search_vector)) AS lexeme FROM old_rows o
             WHERE o.id = ANY (reworded)) AS gone
      WHERE t.lexeme = gone.lexeme AND t.paper_id = gone.id;`
      }
      INSERT INTO paper_search_term (lexeme, paper_id, rank)
      SELECT w.lexeme, n.id, w.rank FROM new_rows n, search_word_ranks(n.search_vector) w WHERE n.id = ANY (reworded);
    ELSE
      INSERT INTO paper_search_term (lexeme, paper_id, rank)
      SELECT w.lexeme, n.id, w.rank FROM new_rows n, search_word_ranks(n.search_vector) w;
    END IF;
    RETURN NULL;
  END $$`;

export class SearchTermsAndImportDigests1796207524114 implements MigrationInterface {
  name = "SearchTermsAndImportDigests1796207524114";

  async up(queryRunner: QueryRunner): Promise<void> {
    // The new key is built over every word row of the catalog (about 11 a paper): on a large one
    // that takes longer than the server's STATEMENT_TIMEOUT_MS, which its connections carry.
    await queryRunner.query("SET LOCAL statement_timeout = 0");
    await queryRunner.query('ALTER TABLE "paper_search_term" DROP CONSTRAINT "paper_search_term_paper_fkey"');
    await queryRunner.query('DROP INDEX "public"."paper_search_term_order_idx"');
    await queryRunner.query('ALTER TABLE "paper_search_term" DROP CONSTRAINT "paper_search_term_pkey"');
    await queryRunner.query(
      'ALTER TABLE "paper_search_term" ADD CONSTRAINT "paper_search_term_pkey" PRIMARY KEY ("lexeme", "rank", "paper_id")',
    );
    await queryRunner.query(
      'CREATE TABLE "paper_import_digest" ("paper_id" integer NOT NULL, "digest" bytea NOT NULL, CONSTRAINT "paper_import_digest_pkey" PRIMARY KEY ("paper_id"))',
    );
    await queryRunner.query(searchTermsSync(true));

    // A paper deleted outright takes its words and its digest with it, as the cascade did.
    await queryRunner.query(`
      CREATE FUNCTION paper_rows_derived_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM paper_search_term t
        USING (SELECT o.id, w.lexeme, w.rank FROM old_rows o, search_word_ranks(o.search_vector) w) AS gone
        WHERE t.lexeme = gone.lexeme AND t.rank = gone.rank AND t.paper_id = gone.id;
        DELETE FROM paper_import_digest WHERE paper_id = ANY (ARRAY(SELECT id FROM old_rows));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_derived_delete AFTER DELETE ON paper REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION paper_rows_derived_delete()`);
    await queryRunner.query(`
      CREATE FUNCTION paper_derived_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${truncateUnlessEmpty("paper_search_term")}
        ${truncateUnlessEmpty("paper_import_digest")}
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER paper_derived_truncate AFTER TRUNCATE ON paper FOR EACH STATEMENT EXECUTE FUNCTION paper_derived_truncate()",
    );

    await queryRunner.query(`
      CREATE FUNCTION import_digests_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${truncateUnlessEmpty("paper_import_digest")}
        RETURN NULL;
      END $$`);
    for (const table of TRUNCATED_WITH_DIGESTS) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_import_digest_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION import_digests_truncate()`,
      );
    }

    // Row triggers with a column list and a condition: votes, which update other columns of
    // paper, do not call them at all.
    for (const [table, columns, expire] of DIGEST_ROW_TRIGGERS) {
      await queryRunner.query(`
        CREATE FUNCTION ${table}_import_digest_expire() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${expire};
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_import_digest_expire AFTER UPDATE OF ${columns.join(", ")} ON ${table} FOR EACH ROW
        WHEN (${row("OLD", columns)} IS DISTINCT FROM ${row("NEW", columns)})
        EXECUTE FUNCTION ${table}_import_digest_expire()`);
    }

    // The ids go through an array: a statement that joins a transition table is planned
    // without statistics, and may scan the whole table.
    await queryRunner.query(`
      CREATE FUNCTION paper_link_import_digest_expire() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM paper_import_digest WHERE paper_id = ANY (ARRAY(SELECT DISTINCT paper_id FROM changed));
        RETURN NULL;
      END $$`);
    for (const table of LINK_TABLES) {
      for (const [suffix, event, transition] of LINK_EVENTS) {
        await queryRunner.query(`
          CREATE TRIGGER ${table}_import_digest_${suffix} AFTER ${event} ON ${table}
          REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION paper_link_import_digest_expire()`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("SET LOCAL statement_timeout = 0");
    for (const table of LINK_TABLES) {
      for (const [suffix] of LINK_EVENTS) await queryRunner.query(`DROP TRIGGER ${table}_import_digest_${suffix} ON ${table}`);
    }
    await queryRunner.query("DROP FUNCTION paper_link_import_digest_expire()");
    for (const [table] of DIGEST_ROW_TRIGGERS) {
      await queryRunner.query(`DROP TRIGGER ${table}_import_digest_expire ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${table}_import_digest_expire()`);
    }
    for (const table of TRUNCATED_WITH_DIGESTS) {
      await queryRunner.query(`DROP TRIGGER ${table}_import_digest_truncate ON ${table}`);
    }
    await queryRunner.query("DROP FUNCTION import_digests_truncate()");
    await queryRunner.query("DROP TRIGGER paper_derived_truncate ON paper");
    await queryRunner.query("DROP FUNCTION paper_derived_truncate()");
    await queryRunner.query("DROP TRIGGER paper_derived_delete ON paper");
    await queryRunner.query("DROP FUNCTION paper_rows_derived_delete()");
    await queryRunner.query(searchTermsSync(false));
    await queryRunner.query('DROP TABLE "paper_import_digest"');
    await queryRunner.query('ALTER TABLE "paper_search_term" DROP CONSTRAINT "paper_search_term_pkey"');
    // Words of papers deleted outright while there was no foreign key would break it.
    await queryRunner.query("DELETE FROM paper_search_term t WHERE NOT EXISTS (SELECT 1 FROM paper p WHERE p.id = t.paper_id)");
    await queryRunner.query(
      'ALTER TABLE "paper_search_term" ADD CONSTRAINT "paper_search_term_pkey" PRIMARY KEY ("lexeme", "paper_id")',
    );
    await queryRunner.query(
      'CREATE INDEX "paper_search_term_order_idx" ON "paper_search_term" ("lexeme", "rank", "paper_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_search_term" ADD CONSTRAINT "paper_search_term_paper_fkey" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }
}
