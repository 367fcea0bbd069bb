import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Written by hand. The AFTER triggers on paper ran once per row: an import of a thousand papers
 * called each a thousand times and sent a thousand notifications. They now run once per
 * statement over its transition tables (new_rows, old_rows), and notify once per statement.
 *
 * Postgres allows transition tables only on triggers of one event and without a column list,
 * so each trigger is split by event and compares OLD and NEW itself. Statements that touch big
 * tables take the changed ids as an array first: a statement that joins a transition table is
 * planned on every call without statistics, and may scan the whole table.
 *
 * New papers have no votes, so their trend keys are their imported upvotes' term alone: a
 * BEFORE INSERT row trigger sets them, sparing a second UPDATE of every inserted row.
 */

/** What a watch reads of a paper, as in the Watches migration. */
const WATCHED_COLUMNS = "title, abstract, keywords, published_at, daily_date, imported_upvotes, vote_count, deleted_at";
/** What a paper's trend is made of, as in the Trending migration. */
const TREND_COLUMNS = "imported_upvotes, daily_date, published_at";

const differ = (columns: string) =>
  `(${columns.replace(/(\w+)/g, "o.$1")}) IS DISTINCT FROM (${columns.replace(/(\w+)/g, "n.$1")})`;

/** [trigger, event, function] for every statement trigger this migration creates. */
const STATEMENT_TRIGGERS = [
  ["paper_search_terms_sync_insert", "INSERT", "paper_rows_search_terms_sync"],
  ["paper_search_terms_sync_update", "UPDATE", "paper_rows_search_terms_sync"],
  ["paper_trend_sync_insert", "INSERT", "paper_rows_trend_sync"],
  ["paper_trend_sync_update", "UPDATE", "paper_rows_trend_sync"],
  ["paper_trend_term_log_insert", "INSERT", "paper_rows_trend_term_log"],
  ["paper_trend_term_log_update", "UPDATE", "paper_rows_trend_term_log"],
  ["paper_watch_check_insert", "INSERT", "paper_rows_watch_check"],
  ["paper_watch_check_update", "UPDATE", "paper_rows_watch_check"],
  ["paper_change_insert", "INSERT", "paper_rows_change_record"],
  ["paper_change_update", "UPDATE", "paper_rows_change_record"],
  ["paper_change_delete", "DELETE", "paper_rows_change_record"],
];

const TRANSITIONS: Record<string, string> = {
  INSERT: "NEW TABLE AS new_rows",
  UPDATE: "OLD TABLE AS old_rows NEW TABLE AS new_rows",
  DELETE: "OLD TABLE AS old_rows",
};

export class StatementTriggersOnPaper1796108245114 implements MigrationInterface {
  name = "StatementTriggersOnPaper1796108245114";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of [
      "paper_search_terms_sync",
      "paper_trend_sync",
      "paper_trend_term_log",
      "paper_watch_check_insert",
      "paper_watch_check_update",
      "paper_change_insert",
      "paper_change_update",
      "paper_change_delete",
    ]) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON paper`);
    }
    for (const rowFunction of [
      "paper_search_terms_sync",
      "paper_trend_sync",
      "paper_trend_term_log",
      "paper_watch_check",
      "paper_change_record",
    ]) {
      await queryRunner.query(`DROP FUNCTION ${rowFunction}()`);
    }

    // A notification carries at most 8000 bytes: a longer list is sent as "many", and
    // listeners then re-read every paper they show.
    await queryRunner.query(`
      CREATE FUNCTION notify_papers_changed(changed_papers integer[]) RETURNS void LANGUAGE sql AS $$
        SELECT pg_notify('papergraph_events', CASE WHEN cardinality(changed_papers) <= 500
          THEN json_build_object('paperIds', changed_papers) ELSE json_build_object('paperIds', 'many') END::text)
        WHERE cardinality(changed_papers) > 0
      $$`);

    // The imported upvotes' term of a paper's trend key, as paper_trend_key counts it.
    await queryRunner.query(`
      CREATE FUNCTION imported_trend_term(upvotes integer, daily_date date, published_at timestamptz, half_life float8)
      RETURNS float8 LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN upvotes > 0 THEN ln(upvotes) / ln(2)
          + extract(epoch FROM coalesce(daily_date::timestamp AT TIME ZONE 'UTC', published_at))::float8 / half_life END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION paper_new_trend_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.trend_day := imported_trend_term(NEW.imported_upvotes, NEW.daily_date, NEW.published_at, 21600);
        NEW.trend_week := imported_trend_term(NEW.imported_upvotes, NEW.daily_date, NEW.published_at, 151200);
        NEW.trend_month := imported_trend_term(NEW.imported_upvotes, NEW.daily_date, NEW.published_at, 648000);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER paper_new_trend_keys BEFORE INSERT ON paper FOR EACH ROW EXECUTE FUNCTION paper_new_trend_keys()",
    );

    // Only a new title or abstract changes the words; votes and trend keys update papers often.
    await queryRunner.query(`
      CREATE FUNCTION paper_rows_search_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        reworded integer[];
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          SELECT array_agg(n.id) INTO reworded FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE n.search_vector IS DISTINCT FROM o.search_vector;
          IF reworded IS NULL THEN
            RETURN NULL;
          END IF;
          DELETE FROM paper_search_term t
          USING (SELECT o.id, unnest(tsvector_to_array(o.search_vector)) AS lexeme FROM old_rows o
                 WHERE o.id = ANY (reworded)) AS gone
          WHERE t.lexeme = gone.lexeme AND t.paper_id = gone.id;
          INSERT INTO paper_search_term (lexeme, paper_id, rank)
          SELECT w.lexeme, n.id, w.rank FROM new_rows n, search_word_ranks(n.search_vector) w WHERE n.id = ANY (reworded);
        ELSE
          INSERT INTO paper_search_term (lexeme, paper_id, rank)
          SELECT w.lexeme, n.id, w.rank FROM new_rows n, search_word_ranks(n.search_vector) w;
        END IF;
        RETURN NULL;
      END $$`);

    // Imports and curation change what a paper's trend is made of, or whether it is shown. Live
    // events show the record too, so any change to it (which moves updated_at) is told.
    await queryRunner.query(`
      CREATE FUNCTION paper_rows_trend_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rekeyed integer[];
        shown integer[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id ORDER BY id) INTO shown FROM new_rows;
        ELSE
          SELECT array_agg(n.id ORDER BY n.id) FILTER (WHERE ${differ(TREND_COLUMNS)}),
                 array_agg(n.id ORDER BY n.id) FILTER (WHERE ${differ(`${TREND_COLUMNS}, deleted_at, updated_at`)})
          INTO rekeyed, shown FROM old_rows o JOIN new_rows n ON n.id = o.id;
          -- Guarded: a statement trigger fires even when no row is updated, so an empty UPDATE would recurse.
          IF rekeyed IS NOT NULL THEN
            UPDATE paper SET trend_day = paper_trend_key(id, 21600), trend_week = paper_trend_key(id, 151200),
              trend_month = paper_trend_key(id, 648000)
            WHERE id = ANY (rekeyed);
          END IF;
        END IF;
        PERFORM notify_papers_changed(shown);
        RETURN NULL;
      END $$`);

    // Imported upvotes count as cast at the daily-list day, as in paper_trend_key.
    await queryRunner.query(`
      CREATE FUNCTION paper_rows_trend_term_log() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        recounted integer[];
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          SELECT array_agg(n.id) INTO recounted FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE ${differ(TREND_COLUMNS)};
          IF recounted IS NULL THEN
            RETURN NULL;
          END IF;
          UPDATE trend_term SET left_at = now() WHERE paper_id = ANY (recounted) AND user_id IS NULL AND left_at IS NULL;
        END IF;
        INSERT INTO trend_term (paper_id, weight, counted_at, entered_at)
        SELECT id, imported_upvotes, coalesce(daily_date::timestamp AT TIME ZONE 'UTC', published_at), now()
        FROM new_rows WHERE imported_upvotes > 0 AND (TG_OP = 'INSERT' OR id = ANY (recounted)) ORDER BY id;
        RETURN NULL;
      END $$`);

    // The watch outbox (see the Watches migration): one check per paper, one notification per statement.
    await queryRunner.query(`
      CREATE FUNCTION paper_rows_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
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
            WHERE ${differ(WATCHED_COLUMNS)} ORDER BY n.id RETURNING paper_id
          ) SELECT array_agg(paper_id) INTO checked FROM queued;
        END IF;
        PERFORM notify_papers_changed(checked);
        RETURN NULL;
      END $$`);

    // The change feed (see the PaperChangeFeed migration): each paper keeps its latest change
    // only, and a paper whose updated_at is already now() changed earlier in this transaction.
    await queryRunner.query(`
      CREATE FUNCTION paper_rows_change_record() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed_papers integer[];
        kinds paper_change_kind[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id ORDER BY id),
                 array_agg(CASE WHEN deleted_at IS NULL THEN 'CREATED' ELSE 'DELETED' END::paper_change_kind ORDER BY id)
          INTO changed_papers, kinds FROM new_rows;
        ELSIF TG_OP = 'UPDATE' THEN
          SELECT array_agg(n.id ORDER BY n.id),
                 array_agg(CASE WHEN n.deleted_at IS NOT NULL THEN 'DELETED' WHEN o.deleted_at IS NOT NULL THEN 'CREATED'
                   ELSE 'UPDATED' END::paper_change_kind ORDER BY n.id)
          INTO changed_papers, kinds FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.updated_at IS DISTINCT FROM n.updated_at OR o.deleted_at IS DISTINCT FROM n.deleted_at;
        ELSE
          SELECT array_agg(id ORDER BY id), array_agg('DELETED'::paper_change_kind)
          INTO changed_papers, kinds FROM old_rows;
        END IF;
        IF changed_papers IS NULL THEN
          RETURN NULL;
        END IF;
        DELETE FROM paper_change WHERE paper_id = ANY (changed_papers);
        INSERT INTO paper_change (paper_id, kind, xact_id)
        SELECT changed.paper_id, changed.kind, pg_current_xact_id()::text::bigint
        FROM unnest(changed_papers, kinds) AS changed(paper_id, kind);
        RETURN NULL;
      END $$`);

    for (const [trigger, event, statementFunction] of STATEMENT_TRIGGERS) {
      await queryRunner.query(`
        CREATE TRIGGER ${trigger} AFTER ${event} ON paper REFERENCING ${TRANSITIONS[event]}
        FOR EACH STATEMENT EXECUTE FUNCTION ${statementFunction}()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger] of STATEMENT_TRIGGERS) await queryRunner.query(`DROP TRIGGER ${trigger} ON paper`);
    for (const statementFunction of new Set(STATEMENT_TRIGGERS.map(([, , name]) => name))) {
      await queryRunner.query(`DROP FUNCTION ${statementFunction}()`);
    }
    await queryRunner.query("DROP TRIGGER paper_new_trend_keys ON paper");
    await queryRunner.query("DROP FUNCTION paper_new_trend_keys()");
    await queryRunner.query("DROP FUNCTION imported_trend_term(integer, date, timestamptz, float8)");
    await queryRunner.query("DROP FUNCTION notify_papers_changed(integer[])");
    // The row triggers, as the SearchWordRanks, Trending, TrendTerms, Watches and PaperChangeFeed migrations made them.
    await queryRunner.query(`
      CREATE FUNCTION paper_search_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.search_vector = OLD.search_vector THEN
            RETURN NULL;
          END IF;
          DELETE FROM paper_search_term
          WHERE lexeme = ANY (tsvector_to_array(OLD.search_vector)) AND paper_id = OLD.id;
        END IF;
        INSERT INTO paper_search_term (lexeme, paper_id, rank)
        SELECT w.lexeme, NEW.id, w.rank FROM search_word_ranks(NEW.search_vector) w;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER paper_search_terms_sync AFTER INSERT OR UPDATE OF title, abstract ON paper
      FOR EACH ROW EXECUTE FUNCTION paper_search_terms_sync()`);
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
      CREATE FUNCTION paper_watch_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
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
    const watched = (prefix: string) => `(${WATCHED_COLUMNS.replace(/(\w+)/g, `${prefix}.$1`)})`;
    await queryRunner.query(`
      CREATE TRIGGER paper_watch_check_update AFTER UPDATE OF ${WATCHED_COLUMNS} ON paper
      FOR EACH ROW WHEN (${watched("OLD")} IS DISTINCT FROM ${watched("NEW")}) EXECUTE FUNCTION paper_watch_check()`);
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
    await queryRunner.query(`
      CREATE TRIGGER paper_change_update AFTER UPDATE ON paper FOR EACH ROW
      WHEN (OLD.updated_at IS DISTINCT FROM NEW.updated_at OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
      EXECUTE FUNCTION paper_change_record()`);
    await queryRunner.query(
      "CREATE TRIGGER paper_change_delete AFTER DELETE ON paper FOR EACH ROW EXECUTE FUNCTION paper_change_record()",
    );
  }
}
