import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand: a paper's authors and repository links are part of what a watch's filter
 * reads, so changing them queues the paper for a watch check, as changing its record does. One
 * trigger per statement: an import that links a thousand authors queues each paper once, with
 * its upvotes as they are, so that UPVOTES_REACHED does not take the check for a new vote.
 */
const LINK_TABLES = ["paper_author", "paper_repository"];
const EVENTS = [
  ["insert", "INSERT", "NEW"],
  ["update", "UPDATE", "NEW"],
  ["delete", "DELETE", "OLD"],
];

export class WatchChecksOnLinks1796100458063 implements MigrationInterface {
  name = "WatchChecksOnLinks1796100458063";

  async up(queryRunner: QueryRunner): Promise<void> {
    // The ids go through an array: a statement that joins the transition table is planned on
    // every call, without statistics, and may scan every paper. A paper deleted outright takes
    // its links with it, and is not found.
    await queryRunner.query(`
      CREATE FUNCTION paper_link_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed_papers integer[];
      BEGIN
        IF EXISTS (SELECT 1 FROM watch) THEN
          SELECT array_agg(DISTINCT paper_id ORDER BY paper_id) INTO changed_papers FROM changed;
          IF changed_papers IS NOT NULL THEN
            INSERT INTO watch_check (paper_id, upvotes_before)
              SELECT id, upvotes FROM paper WHERE id = ANY (changed_papers) ORDER BY id;
            PERFORM pg_notify('papergraph_events', json_build_object('paperId', changed_papers[1])::text);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of LINK_TABLES) {
      for (const [suffix, event, transition] of EVENTS) {
        await queryRunner.query(`
          CREATE TRIGGER ${table}_watch_check_${suffix} AFTER ${event} ON ${table}
          REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION paper_link_watch_check()`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of LINK_TABLES) {
      for (const [suffix] of EVENTS) await queryRunner.query(`DROP TRIGGER ${table}_watch_check_${suffix} ON ${table}`);
    }
    await queryRunner.query("DROP FUNCTION paper_link_watch_check()");
  }
}
