import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand: the triggers that queue watch checks also say so, with
 * `{"watchChecksQueued": true}` (sent once per transaction, as Postgres folds equal
 * notifications), and only that wakes the watch-match job. Before, every vote's notification
 * woke it, and on a catalog without watches each wake-up queued a job and claimed an empty
 * outbox: about half a statement more per vote.
 */
const WAKE_UP = `PERFORM pg_notify('papergraph_events', json_build_object('watchChecksQueued', true)::text);`;

const paperWatchCheck = (wakes: boolean) => `
  CREATE OR REPLACE FUNCTION paper_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- With no watch at all there is nothing to check, and votes stay as cheap as before.
    IF EXISTS (SELECT 1 FROM watch) THEN
      INSERT INTO watch_check (paper_id, upvotes_before)
        VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.upvotes END);
      PERFORM pg_notify('papergraph_events', json_build_object('paperId', NEW.id)::text);
      ${wakes ? WAKE_UP : ""}
    END IF;
    RETURN NULL;
  END $$`;

const paperLinkWatchCheck = (wakes: boolean) => `
  CREATE OR REPLACE FUNCTION paper_link_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    changed_papers integer[];
  BEGIN
    IF EXISTS (SELECT 1 FROM watch) THEN
      SELECT array_agg(DISTINCT paper_id ORDER BY paper_id) INTO changed_papers FROM changed;
      IF changed_papers IS NOT NULL THEN
        INSERT INTO watch_check (paper_id, upvotes_before)
          SELECT id, upvotes FROM paper WHERE id = ANY (changed_papers) ORDER BY id;
        PERFORM pg_notify('papergraph_events', json_build_object('paperId', changed_papers[1])::text);
        ${wakes ? WAKE_UP : ""}
      END IF;
    END IF;
    RETURN NULL;
  END $$`;

export class WatchCheckWakeups1796110811357 implements MigrationInterface {
  name = "WatchCheckWakeups1796110811357";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(paperWatchCheck(true));
    await queryRunner.query(paperLinkWatchCheck(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(paperWatchCheck(false));
    await queryRunner.query(paperLinkWatchCheck(false));
  }
}
