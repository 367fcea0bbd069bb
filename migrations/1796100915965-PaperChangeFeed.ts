import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Generated, then edited: the triggers are written by hand. paper_change is the change feed
 * that `paperChanges` reads (see src/services/paper-change.service.ts for why it is read in
 * (xact_id, id) order below the horizon of running transactions).
 *
 * A change of a paper is what bumps its updated_at (its record, visibility included) or its
 * visibility; votes are not. Row triggers on paper write it, with a WHEN that Postgres checks
 * without calling a function, so a vote, which updates vote_count only, costs nothing more.
 * (Statement triggers with transition tables cannot have a WHEN or a column list, so they
 * would run on every vote.) A paper whose updated_at is already now() changed earlier in the
 * same transaction, so each transaction writes one change per paper.
 *
 * Authors and repository links are not columns of paper: statement triggers on the join tables
 * bump the updated_at of the papers they touched (once per statement, set-based), which writes
 * their change through the row trigger and keeps `updatedSince` in step with the feed.
 */
const LINK_TABLES = ["paper_author", "paper_repository"];
const LINK_EVENTS = [
  ["insert", "INSERT", "NEW"],
  ["update", "UPDATE", "NEW"],
  ["delete", "DELETE", "OLD"],
];

export class PaperChangeFeed1796100915965 implements MigrationInterface {
  name = "PaperChangeFeed1796100915965";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"paper_change_kind\" AS ENUM('CREATED', 'UPDATED', 'DELETED')");
    await queryRunner.query("CREATE TABLE \"paper_change\" (\"id\" BIGSERIAL NOT NULL, \"paper_id\" integer NOT NULL, \"kind\" \"public\".\"paper_change_kind\" NOT NULL, \"xact_id\" bigint NOT NULL, \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"paper_change_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"paper_change_paper_idx\" ON \"paper_change\"  (\"paper_id\") ");
    await queryRunner.query("CREATE INDEX \"paper_change_feed_idx\" ON \"paper_change\"  (\"xact_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"paper_updated_at_idx\" ON \"paper\"  (\"updated_at\") ");
    // Each paper keeps its latest change only: the older row goes, the new one is appended at
    // this transaction's place in the feed. Deleted and restored papers leave the catalog and
    // enter it again, so a restore is CREATED.
    await queryRunner.query(`
      CREATE FUNCTION paper_change_record() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed_paper integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
        change_kind paper_change_kind := CASE
          WHEN TG_OP = 'DELETE' OR NEW.deleted_at IS NOT NULL THEN 'DELETED'
          WHEN TG_OP = 'INSERT' OR OLD.deleted_at IS NOT NULL THEN 'CREATED'
          ELSE 'UPDATED' END;
      BEGIN
        DELETE FROM paper_change WHERE paper_id = changed_paper;
        INSERT INTO paper_change (paper_id, kind, xact_id)
          VALUES (changed_paper, change_kind, pg_current_xact_id()::text::bigint);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER paper_change_insert AFTER INSERT ON paper FOR EACH ROW EXECUTE FUNCTION paper_change_record()",
    );
    // No column list: touch_updated_at sets updated_at in a BEFORE trigger, which a column list
    // would not see.
    await queryRunner.query(`
      CREATE TRIGGER paper_change_update AFTER UPDATE ON paper FOR EACH ROW
      WHEN (OLD.updated_at IS DISTINCT FROM NEW.updated_at OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
      EXECUTE FUNCTION paper_change_record()`);
    // The app only soft-deletes; a paper removed by hand still leaves its tombstone.
    await queryRunner.query(
      "CREATE TRIGGER paper_change_delete AFTER DELETE ON paper FOR EACH ROW EXECUTE FUNCTION paper_change_record()",
    );
    await queryRunner.query(`
      CREATE FUNCTION paper_link_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        touched integer[];
      BEGIN
        -- The ids first, then an UPDATE by array: a statement that reads a transition table is
        -- planned again on every call, and the planner, knowing nothing of the table, may scan
        -- every paper. This one keeps its plan, an index scan.
        SELECT array_agg(DISTINCT paper_id) INTO touched FROM changed;
        UPDATE paper SET updated_at = now()
          WHERE id = ANY (touched) AND updated_at <> now() AND deleted_at IS NULL;
        RETURN NULL;
      END $$`);
    for (const table of LINK_TABLES) {
      for (const [suffix, event, transition] of LINK_EVENTS) {
        await queryRunner.query(`
          CREATE TRIGGER ${table}_change_${suffix} AFTER ${event} ON ${table}
          REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION paper_link_change()`);
      }
    }
    // The feed starts with the catalog as it is, so a first sync reads every visible paper.
    await queryRunner.query(`
      INSERT INTO paper_change (paper_id, kind, xact_id)
        SELECT id, 'CREATED', pg_current_xact_id()::text::bigint FROM paper WHERE deleted_at IS NULL ORDER BY id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of LINK_TABLES) {
      for (const [suffix] of LINK_EVENTS) await queryRunner.query(`DROP TRIGGER ${table}_change_${suffix} ON ${table}`);
    }
    await queryRunner.query("DROP FUNCTION paper_link_change()");
    await queryRunner.query("DROP TRIGGER paper_change_delete ON paper");
    await queryRunner.query("DROP TRIGGER paper_change_update ON paper");
    await queryRunner.query("DROP TRIGGER paper_change_insert ON paper");
    await queryRunner.query("DROP FUNCTION paper_change_record()");
    await queryRunner.query("DROP INDEX \"public\".\"paper_updated_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_change_feed_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_change_paper_idx\"");
    await queryRunner.query("DROP TABLE \"paper_change\"");
    await queryRunner.query("DROP TYPE \"public\".\"paper_change_kind\"");
  }
}
