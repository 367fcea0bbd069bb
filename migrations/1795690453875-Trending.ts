import type { MigrationInterface, QueryRunner } from "typeorm";

export class Trending1795690453875 implements MigrationInterface {
  name = "Trending1795690453875";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"trend_day\" double precision");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"trend_week\" double precision");
    await queryRunner.query("ALTER TABLE \"paper\" ADD \"trend_month\" double precision");
    await queryRunner.query("CREATE INDEX \"paper_trend_month_idx\" ON \"paper\"  (\"trend_month\", \"id\") WHERE trend_month IS NOT NULL AND deleted_at IS NULL");
    await queryRunner.query("CREATE INDEX \"paper_trend_week_idx\" ON \"paper\"  (\"trend_week\", \"id\") WHERE trend_week IS NOT NULL AND deleted_at IS NULL");
    await queryRunner.query("CREATE INDEX \"paper_trend_day_idx\" ON \"paper\"  (\"trend_day\", \"id\") WHERE trend_day IS NOT NULL AND deleted_at IS NULL");
    // Written by hand. The trending key of a paper for a window with half-life H (seconds) is
    // log2(sum of 2^(t/H)) over its votes' times t, plus imported upvotes at the daily-list day.
    // Its score at time T is 2^(key - T/H): all scores decay alike, so the order only changes
    // when a vote or an import arrives, and the key can be stored and indexed. Terms more than
    // 1000 half-lives older than the newest are clamped: Postgres raises on float underflow.
    await queryRunner.query(`
      CREATE FUNCTION paper_trend_key(p_id integer, half_life float8) RETURNS float8 LANGUAGE sql STABLE AS $$
        WITH terms AS (
          SELECT extract(epoch FROM v.created_at)::float8 / half_life AS x FROM vote v WHERE v.paper_id = p_id
          UNION ALL
          SELECT ln(p.imported_upvotes) / ln(2)
            + extract(epoch FROM coalesce(p.daily_date::timestamp AT TIME ZONE 'UTC', p.published_at))::float8 / half_life
          FROM paper p WHERE p.id = p_id AND p.imported_upvotes > 0
        ), top AS (SELECT max(x) AS m FROM terms)
        SELECT top.m + ln(sum(power(2::float8, greatest(terms.x - top.m, -1000)))) / ln(2) FROM terms, top GROUP BY top.m
      $$`);
    // Half-lives: a quarter of each window (DAY 6 h, WEEK 42 h, MONTH 7.5 days).
    await queryRunner.query(`
      CREATE FUNCTION paper_trend_keys_refresh(p_id integer) RETURNS void LANGUAGE sql AS $$
        UPDATE paper SET trend_day = paper_trend_key(p_id, 21600), trend_week = paper_trend_key(p_id, 151200),
          trend_month = paper_trend_key(p_id, 648000)
        WHERE id = p_id
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_vote_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        voted integer := CASE WHEN TG_OP = 'INSERT' THEN NEW.paper_id ELSE OLD.paper_id END;
      BEGIN
        UPDATE paper SET vote_count = vote_count + CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END WHERE id = voted;
        PERFORM paper_trend_keys_refresh(voted);
        PERFORM pg_notify('papergraph_events', json_build_object('paperId', voted)::text);
        RETURN NULL;
      END $$`);
    // Imports and curation change what a paper's trend is made of, or whether it is shown.
    await queryRunner.query(`
      CREATE FUNCTION paper_trend_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.imported_upvotes IS DISTINCT FROM OLD.imported_upvotes
          OR NEW.daily_date IS DISTINCT FROM OLD.daily_date OR NEW.published_at IS DISTINCT FROM OLD.published_at THEN
          PERFORM paper_trend_keys_refresh(NEW.id);
        END IF;
        PERFORM pg_notify('papergraph_events', json_build_object('paperId', NEW.id)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_trend_sync AFTER INSERT OR UPDATE OF imported_upvotes, daily_date, published_at, deleted_at
      ON paper FOR EACH ROW EXECUTE FUNCTION paper_trend_sync()`);
    await queryRunner.query("SELECT paper_trend_keys_refresh(id) FROM paper");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER paper_trend_sync ON paper");
    await queryRunner.query("DROP FUNCTION paper_trend_sync()");
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_vote_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE paper SET vote_count = vote_count + 1 WHERE id = NEW.paper_id;
        ELSE
          UPDATE paper SET vote_count = vote_count - 1 WHERE id = OLD.paper_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query("DROP FUNCTION paper_trend_keys_refresh(integer)");
    await queryRunner.query("DROP FUNCTION paper_trend_key(integer, float8)");
    await queryRunner.query("DROP INDEX \"public\".\"paper_trend_day_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_trend_week_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"paper_trend_month_idx\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"trend_month\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"trend_week\"");
    await queryRunner.query("ALTER TABLE \"paper\" DROP COLUMN \"trend_day\"");
  }
}
