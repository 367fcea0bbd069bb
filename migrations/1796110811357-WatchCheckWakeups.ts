import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand: the triggers that queue watch checks also say so, with
 * `{"watchChecksQueued": true}` (sent once per transaction, as Postgres folds equal
 * notifications), and only that wakes the watch-match job. Before, every vote's notification
 * woke it, and on a catalog without watches each wake-up queued a job and claimed an empty
 * outbox: about half a statement more per vote. The functions are those of the
 * StatementTriggersOnPaper and WatchChecksOnLinks migrations, with the wake-up added.
 */
const WAKE_UP = `PERFORM pg_notify('papergraph_events', json_build_object('watchChecksQueued', true)::text);`;

/** What a watch reads of a paper, as in the Watches migration. */
const WATCHED_COLUMNS = "title, abstract, keywords, published_at, daily_date, imported_upvotes, vote_count, deleted_at";
const watchedColumnsDiffer = `(${WATCHED_COLUMNS.replace(/(\w+)/g, "o.$1")}) IS DISTINCT FROM (${WATCHED_COLUMNS.replace(/(\w+)/g, "n.$1")})`;

const paperRowsWatchCheck = (wakes: boolean) => `
  CREATE OR REPLACE FUNCTION paper_rows_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    checked integer[];
  BEGIN
    -- With no watch at all there is nothing to check, and votes stay as cheap as before.
    IF NOT EXISTS (SELECT 1 FROM watch) THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
      WITH queued AS (
        INSERT INTO watch_check (paper_id) SELECT id FROM new_rows ORDER BY id RETURNING paper_id
      ) SELECT array_agg(paper_id) INTO checked FROM queued;
    ELSE
      WITH queued AS (
        INSERT INTO watch_check (paper_id, upvotes_before)
        SELECT n.id, o.upvotes FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE ${watchedColumnsDiffer} ORDER BY n.id RETURNING paper_id
      ) SELECT array_agg(paper_id) INTO checked FROM queued;
    END IF;
    PERFORM notify_papers_changed(checked);
    ${wakes ? `IF cardinality(checked) > 0 THEN ${WAKE_UP} END IF;` : ""}
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
    await queryRunner.query(paperRowsWatchCheck(true));
    await queryRunner.query(paperLinkWatchCheck(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(paperRowsWatchCheck(false));
    await queryRunner.query(paperLinkWatchCheck(false));
  }
}
