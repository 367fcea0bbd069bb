import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Generated, then edited: watch and watch_event share one enum type, and the triggers are
 * written by hand. Every paper insert, and every change to what a watch's filter or trigger
 * reads, adds a watch_check row in the writing transaction (the outbox the watch worker drains)
 * and notifies the paper's id, which wakes the workers.
 */
/** What a watch reads of a paper: its record, its votes, and whether it is visible. */
const WATCHED_COLUMNS = [
  "title",
  "abstract",
  "keywords",
  "published_at",
  "daily_date",
  "imported_upvotes",
  "vote_count",
  "deleted_at",
];
const changed = (prefix: string) => `(${WATCHED_COLUMNS.map((column) => `${prefix}.${column}`).join(", ")})`;

export class Watches1796093705339 implements MigrationInterface {
  name = "Watches1796093705339";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"watch_check\" (\"id\" SERIAL NOT NULL, \"paper_id\" integer NOT NULL, \"upvotes_before\" integer, \"queued_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"watch_check_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"watch_trigger\" AS ENUM('NEW_MATCH', 'TRENDING', 'UPVOTES_REACHED')");
    await queryRunner.query("CREATE TABLE \"watch\" (\"id\" SERIAL NOT NULL, \"user_id\" integer NOT NULL, \"name\" text NOT NULL, \"filter\" jsonb NOT NULL DEFAULT '{}', \"trigger\" \"public\".\"watch_trigger\" NOT NULL, \"trending_window\" text, \"trending_top\" integer, \"upvote_threshold\" integer, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"watch_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"watch_user_idx\" ON \"watch\"  (\"user_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"watch_event\" (\"id\" SERIAL NOT NULL, \"watch_id\" integer NOT NULL, \"paper_id\" integer NOT NULL, \"trigger\" \"public\".\"watch_trigger\" NOT NULL, \"trigger_key\" text NOT NULL, \"upvotes\" integer NOT NULL, \"rank\" integer, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"watch_event_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"watch_event_watch_idx\" ON \"watch_event\"  (\"watch_id\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"watch_event_key\" ON \"watch_event\"  (\"watch_id\", \"paper_id\", \"trigger\", \"trigger_key\") ");
    await queryRunner.query("ALTER TABLE \"watch_check\" ADD CONSTRAINT \"watch_check_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"watch\" ADD CONSTRAINT \"watch_user_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"watch_event\" ADD CONSTRAINT \"watch_event_watch_fkey\" FOREIGN KEY (\"watch_id\") REFERENCES \"watch\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"watch_event\" ADD CONSTRAINT \"watch_event_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`
      CREATE FUNCTION paper_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- With no watch at all there is nothing to check, and votes stay as cheap as before.
        IF EXISTS (SELECT 1 FROM watch) THEN
          INSERT INTO watch_check (paper_id, upvotes_before)
            VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.upvotes END);
          PERFORM pg_notify('papergraph_events', json_build_object('paperId', NEW.id)::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER paper_watch_check_insert AFTER INSERT ON paper FOR EACH ROW EXECUTE FUNCTION paper_watch_check()",
    );
    await queryRunner.query(`
      CREATE TRIGGER paper_watch_check_update AFTER UPDATE OF ${WATCHED_COLUMNS.join(", ")} ON paper
      FOR EACH ROW WHEN (${changed("OLD")} IS DISTINCT FROM ${changed("NEW")}) EXECUTE FUNCTION paper_watch_check()`);
    // Every instance hears each recorded event, for the watchEvent subscribers connected to it.
    await queryRunner.query(`
      CREATE FUNCTION watch_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('papergraph_events', json_build_object('watchEventId', NEW.id, 'watchId', NEW.watch_id)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER watch_event_notify AFTER INSERT ON watch_event FOR EACH ROW EXECUTE FUNCTION watch_event_notify()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER watch_event_notify ON watch_event");
    await queryRunner.query("DROP FUNCTION watch_event_notify()");
    await queryRunner.query("DROP TRIGGER paper_watch_check_update ON paper");
    await queryRunner.query("DROP TRIGGER paper_watch_check_insert ON paper");
    await queryRunner.query("DROP FUNCTION paper_watch_check()");
    await queryRunner.query("ALTER TABLE \"watch_event\" DROP CONSTRAINT \"watch_event_paper_fkey\"");
    await queryRunner.query("ALTER TABLE \"watch_event\" DROP CONSTRAINT \"watch_event_watch_fkey\"");
    await queryRunner.query("ALTER TABLE \"watch\" DROP CONSTRAINT \"watch_user_fkey\"");
    await queryRunner.query("ALTER TABLE \"watch_check\" DROP CONSTRAINT \"watch_check_paper_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"watch_event_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"watch_event_watch_idx\"");
    await queryRunner.query("DROP TABLE \"watch_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"watch_user_idx\"");
    await queryRunner.query("DROP TABLE \"watch\"");
    await queryRunner.query("DROP TYPE \"public\".\"watch_trigger\"");
    await queryRunner.query("DROP TABLE \"watch_check\"");
  }
}
