import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand. Withdrawing a vote takes its term out of the keys in O(1) too:
 * K' = K + log2(1 - 2^(x - K)). When the vote was nearly the whole sum, that difference is too
 * close to 0 to trust, so the paper's keys are recomputed from its votes, as before; also when the
 * last term goes, which leaves no key.
 */
/** The trigger's INSERT branch, as IncrementalTrendKeys wrote it; both versions here keep it. */
const CAST_VOTE = `          cast_at := extract(epoch FROM NEW.created_at)::float8;
          UPDATE paper SET vote_count = vote_count + 1,
            trend_day = trend_key_add(trend_day, cast_at / 21600),
            trend_week = trend_key_add(trend_week, cast_at / 151200),
            trend_month = trend_key_add(trend_month, cast_at / 648000)
          WHERE id = NEW.paper_id;
          PERFORM pg_notify('papergraph_events', json_build_object('paperId', NEW.paper_id)::text);
`;

export class IncrementalTrendKeyRemoval1796085330646 implements MigrationInterface {
  name = "IncrementalTrendKeyRemoval1796085330646";

  async up(queryRunner: QueryRunner): Promise<void> {
    // NULL means "recompute": the rest is under a millionth of the sum, or there is none.
    await queryRunner.query(`
      CREATE FUNCTION trend_key_remove(key float8, term float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN key IS NULL OR term - key > -0.000002 THEN NULL
          ELSE key + ln(1 - power(2::float8, greatest(term - key, -1000))) / ln(2)
        END
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_vote_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cast_at float8;
        recompute boolean;
      BEGIN
        IF TG_OP = 'INSERT' THEN
${CAST_VOTE}        ELSE
          cast_at := extract(epoch FROM OLD.created_at)::float8;
          UPDATE paper SET vote_count = vote_count - 1,
            trend_day = trend_key_remove(trend_day, cast_at / 21600),
            trend_week = trend_key_remove(trend_week, cast_at / 151200),
            trend_month = trend_key_remove(trend_month, cast_at / 648000)
          WHERE id = OLD.paper_id
          RETURNING trend_day IS NULL OR trend_week IS NULL OR trend_month IS NULL INTO recompute;
          IF recompute THEN
            PERFORM paper_trend_keys_refresh(OLD.paper_id);
          END IF;
          PERFORM pg_notify('papergraph_events', json_build_object('paperId', OLD.paper_id)::text);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION paper_vote_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cast_at float8;
      BEGIN
        IF TG_OP = 'INSERT' THEN
${CAST_VOTE}        ELSE
          UPDATE paper SET vote_count = vote_count - 1 WHERE id = OLD.paper_id;
          PERFORM paper_trend_keys_refresh(OLD.paper_id);
          PERFORM pg_notify('papergraph_events', json_build_object('paperId', OLD.paper_id)::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query("DROP FUNCTION trend_key_remove(float8, float8)");
  }
}
