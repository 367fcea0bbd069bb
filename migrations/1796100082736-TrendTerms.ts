import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The table is generated; the rest is written by hand. Triggers append a term when a vote is
 * cast or upvotes are imported, and stamp left_at when the vote is withdrawn or the imported
 * upvotes change, in the same transaction: the vote path stays two statements. The history
 * starts with this migration: votes withdrawn before it are not known.
 */
export class TrendTerms1796100082736 implements MigrationInterface {
  name = "TrendTerms1796100082736";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"trend_term\" (\"id\" BIGSERIAL NOT NULL, \"paper_id\" integer NOT NULL, \"user_id\" integer, \"weight\" integer NOT NULL, \"counted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"entered_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"left_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"trend_term_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"trend_term_open_idx\" ON \"trend_term\"  (\"paper_id\", \"user_id\") WHERE left_at IS NULL");
    await queryRunner.query("ALTER TABLE \"trend_term\" ADD CONSTRAINT \"trend_term_paper_fkey\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`
      CREATE FUNCTION vote_trend_term_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO trend_term (paper_id, user_id, weight, counted_at, entered_at)
          VALUES (NEW.paper_id, NEW.user_id, 1, NEW.created_at, NEW.created_at);
        ELSE
          UPDATE trend_term SET left_at = now()
          WHERE paper_id = OLD.paper_id AND user_id = OLD.user_id AND left_at IS NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER vote_trend_term_log AFTER INSERT OR DELETE ON vote
      FOR EACH ROW EXECUTE FUNCTION vote_trend_term_log()`);
    // Imported upvotes count as cast at the daily-list day, as in paper_trend_key.
    await queryRunner.query(`
      CREATE FUNCTION paper_trend_term_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.imported_upvotes IS NOT DISTINCT FROM OLD.imported_upvotes AND NEW.daily_date IS NOT DISTINCT FROM OLD.daily_date
            AND NEW.published_at IS NOT DISTINCT FROM OLD.published_at THEN
            RETURN NULL;
          END IF;
          UPDATE trend_term SET left_at = now() WHERE paper_id = NEW.id AND user_id IS NULL AND left_at IS NULL;
        END IF;
        IF NEW.imported_upvotes > 0 THEN
          INSERT INTO trend_term (paper_id, weight, counted_at, entered_at)
          VALUES (NEW.id, NEW.imported_upvotes, coalesce(NEW.daily_date::timestamp AT TIME ZONE 'UTC', NEW.published_at), now());
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_trend_term_log AFTER INSERT OR UPDATE OF imported_upvotes, daily_date, published_at ON paper
      FOR EACH ROW EXECUTE FUNCTION paper_trend_term_log()`);
    await queryRunner.query(`
      INSERT INTO trend_term (paper_id, user_id, weight, counted_at, entered_at)
      SELECT paper_id, user_id, 1, created_at, created_at FROM vote`);
    await queryRunner.query(`
      INSERT INTO trend_term (paper_id, weight, counted_at, entered_at)
      SELECT id, imported_upvotes, coalesce(daily_date::timestamp AT TIME ZONE 'UTC', published_at), created_at
      FROM paper WHERE imported_upvotes > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER paper_trend_term_log ON paper");
    await queryRunner.query("DROP FUNCTION paper_trend_term_log()");
    await queryRunner.query("DROP TRIGGER vote_trend_term_log ON vote");
    await queryRunner.query("DROP FUNCTION vote_trend_term_log()");
    await queryRunner.query("ALTER TABLE \"trend_term\" DROP CONSTRAINT \"trend_term_paper_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"trend_term_open_idx\"");
    await queryRunner.query("DROP TABLE \"trend_term\"");
  }
}
