import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand. A vote used to recompute its paper's three trending keys from all of the
 * paper's votes, under the paper's row lock: O(votes) on a popular paper. A key is
 * log2(sum of 2^x) over its terms, so adding the term x of a new vote is O(1):
 * K' = max(K, x) + log2(1 + 2^(min(K, x) - max(K, x))). Withdrawing a vote still recomputes:
 * subtracting would lose precision, and withdrawals are rare.
 */
export class IncrementalTrendKeys1796079956148 implements MigrationInterface {
  name = "IncrementalTrendKeys1796079956148";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Terms more than 1000 half-lives below the larger are clamped, as in paper_trend_key.
    await queryRunner.query(`
      CREATE FUNCTION trend_key_add(key float8, term float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN key IS NULL THEN term
          ELSE greatest(key, term) + ln(1 + power(2::float8, greatest(least(key, term) - greatest(key, term), -1000))) / ln(2)
        END
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_vote_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cast_at float8;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          cast_at := extract(epoch FROM NEW.created_at)::float8;
          UPDATE paper SET vote_count = vote_count + 1,
            trend_day = trend_key_add(trend_day, cast_at / 21600),
            trend_week = trend_key_add(trend_week, cast_at / 151200),
            trend_month = trend_key_add(trend_month, cast_at / 648000)
          WHERE id = NEW.paper_id;
          PERFORM pg_notify('papergraph_events', json_build_object('paperId', NEW.paper_id)::text);
        ELSE
          UPDATE paper SET vote_count = vote_count - 1 WHERE id = OLD.paper_id;
          PERFORM paper_trend_keys_refresh(OLD.paper_id);
          PERFORM pg_notify('papergraph_events', json_build_object('paperId', OLD.paper_id)::text);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query("DROP FUNCTION trend_key_add(float8, float8)");
  }
}
