import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { EntityManager } from "typeorm";
import { empty, join, query, raw, sql, type Sql } from "../db/sql";
import { columnNames } from "../db/tables";
import { toGlobalId } from "../domain/global-id";
import { normalizeName } from "../domain/names";
import type { CheckedPaperFields } from "../domain/paper-fields";
import type { NormalizedRepository } from "../domain/repository-url";
import { Paper } from "../entities";
import { AuditAction, recordAuditEntries } from "./audit.service";
import type { ServiceContext } from "./context";
import { withdrawalReason, type WriteOutcome } from "./paper-admin.service";

/**
 * The set-based write of an import batch. The batch's records, checked in Node, are staged in
 * a temporary table (by COPY on a Postgres server, by one INSERT from JSON on the embedded
 * database, which has no COPY FROM STDIN), then merged into the catalog with a few statements
 * per batch, whatever its size. The rules are those of the per-record path in
 * import.service.ts and `upsertPaper`; it stays the fallback for batches this path refuses.
 *
 * Each paper record's staged document, hashed with the format, is its digest: a paper keeps in
 * paper_import_digest the digest of the record that last wrote it, and triggers delete it when
 * anything it covers changes by another path (see the migration SearchTermsAndImportDigests).
 * A record whose digest its paper keeps would change nothing: it is `unchanged`, found by one
 * statement per batch, and is neither staged nor compared.
 */

/** A link to code that a record gives, or that its abstract holds. */
export interface StagedLink {
  repository: NormalizedRepository;
  isOfficial: boolean;
  stars: number | null;
}

/** A paper record, checked. `position` is its place in the batch. */
export interface StagedPaper {
  position: number;
  paper: CheckedPaperFields;
  links: StagedLink[];
  withdrawnAt?: Date;
}

/** A code link record; its repository is null when the URL is not one, which is reported once the paper is known. */
export interface StagedCodeLink {
  position: number;
  arxivId: string;
  repository: NormalizedRepository | null;
  isOfficial: boolean;
}

/** Why a staged code link was not written. */
export type CodeLinkRefusal = "unknown paper" | "not a repository";

/**
 * The batch holds records the set-based merge cannot order among themselves: two records of one
 * paper. The caller writes the batch record by record instead.
 */
export class BatchNeedsRecordPath extends Error {
  constructor(reason: string) {
    super(`the batch needs the per-record path: ${reason}`);
    this.name = "BatchNeedsRecordPath";
  }
}

const PAPER_COLUMNS = columnNames(Paper);

/** The staged JSON of a paper record: fields under their column names, so `jsonb_populate_record(NULL::paper, …)` types them. */
function paperDocument(record: StagedPaper, format: string) {
  const { authors, ...fields } = record.paper;
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) columns[PAPER_COLUMNS.get(key)!] = value;
  }
  return {
    fields: columns,
    authors: authors?.map((name) => ({ name, key: normalizeName(name) })),
    links: record.links.map(({ repository, isOfficial, stars }) => ({ ...repository, isOfficial, stars })),
    withdrawnAt: record.withdrawnAt,
    withdrawalReason: record.withdrawnAt && withdrawalReason(format, record.withdrawnAt),
  };
}

function codeLinkDocument(record: StagedCodeLink) {
  return {
    arxivId: record.arxivId,
    links: record.repository ? [{ ...record.repository, isOfficial: record.isOfficial, stars: null }] : [],
  };
}

/** A record's document as JSON, with its digest (hex) when it has one. */
export interface StagedDocument {
  position: number;
  json: string;
  digest?: string;
}

/** Stages the documents in `import_stage`, a temporary table dropped at commit. */
async function stage(db: EntityManager, documents: StagedDocument[]): Promise<void> {
  await query(
    db,
    sql`CREATE TEMP TABLE import_stage (position integer PRIMARY KEY, digest bytea, record jsonb NOT NULL) ON COMMIT DROP`,
  );
  const client: unknown = await db.queryRunner!.connect();
  if (client instanceof Client) {
    // COPY's text format: one row a line, tab between columns, backslashes doubled, \N for
    // NULL. JSON escapes every other character COPY gives a meaning to.
    const lines = documents.map(
      ({ position, json, digest }) =>
        `${position}\t${digest ? `\\\\x${digest}` : "\\N"}\t${json.replace(/\\/g, "\\\\")}\n`,
    );
    // One chunk for the batch: a write per line cost more in Node than the lines themselves.
    await pipeline(
      Readable.from([lines.join("")]),
      client.query(copyFrom("COPY import_stage (position, digest, record) FROM STDIN")),
    );
  } else {
    const recordset = documents.map(
      ({ position, json, digest }) =>
        `{"position":${position},"digest":${JSON.stringify(digest ?? null)},"document":${json}}`,
    );
    await query(
      db,
      sql`INSERT INTO import_stage (position, digest, record)
          SELECT position, decode(digest, 'hex'), document FROM jsonb_to_recordset(${`[${recordset.join(",")}]`}::jsonb)
            AS staged(position integer, digest text, document jsonb)`,
    );
  }
}

/**
 * Statistics for a staging table: without them the planner guesses its size, and may join it
 * to a big table by scanning the whole of that table.
 */
const analyze = (stagingTable: string) => raw(`ANALYZE ${stagingTable}`);

/** Runs the statements in order on the transaction. */
async function run(db: EntityManager, statements: Sql[]): Promise<void> {
  for (const statement of statements) await query(db, statement);
}

/** The positions a statement returns. */
async function positions(db: EntityManager, statement: Sql): Promise<Set<number>> {
  return new Set((await query<{ position: number }>(db, statement)).map((row) => row.position));
}

/**
 * Stages the links of the records in `import_paper` (`import_link`: one row per link, in the
 * order the records give them), creates new repositories, sets stars, links papers, and
 * returns the positions of the records whose links changed something.
 */
async function mergeLinks(db: EntityManager): Promise<Set<number>> {
  await run(db, [
    sql`CREATE TEMP TABLE import_link ON COMMIT DROP AS
        SELECT s.position, l.link_order, s.paper_id, l.link->>'url' AS url, l.link->>'key' AS url_key,
          l.link->>'provider' AS provider, l.link->>'owner' AS owner, l.link->>'name' AS name,
          (l.link->>'stars')::integer AS stars, (l.link->>'isOfficial')::boolean AS is_official,
          row_number() OVER (PARTITION BY l.link->>'key' ORDER BY s.position, l.link_order) = 1 AS first_of_key,
          NULL::integer AS repository_id, NULL::integer AS stars_before, NULL::boolean AS official_before,
          false AS created_repository
        FROM import_paper s
        CROSS JOIN LATERAL jsonb_array_elements(s.record->'links') WITH ORDINALITY AS l(link, link_order)
        WHERE s.paper_id IS NOT NULL`,
    analyze("import_link"),
    // What each link finds before the batch: its repository's stars and whether the paper was
    // linked. Joined apart from the unnesting above, which the planner would repeat per link.
    sql`UPDATE import_link l SET repository_id = r.id, stars_before = r.stars FROM repository r WHERE r.url_key = l.url_key`,
    sql`UPDATE import_link l SET official_before = pr.is_official FROM paper_repository pr
        WHERE pr.paper_id = l.paper_id AND pr.repository_id = l.repository_id`,
    // A new repository is created under the URL of its first link, with that link's stars.
    sql`WITH created AS (
          INSERT INTO repository (url, url_key, provider, owner, name, stars)
          SELECT url, url_key, provider::repository_provider, owner, name, stars FROM import_link
          WHERE first_of_key AND repository_id IS NULL ORDER BY position, link_order
          ON CONFLICT (url_key) DO NOTHING RETURNING id, url_key
        )
        UPDATE import_link l SET repository_id = created.id, created_repository = l.first_of_key
        FROM created WHERE l.url_key = created.url_key`,
    sql`UPDATE import_link l SET repository_id = r.id FROM repository r WHERE l.repository_id IS NULL AND r.url_key = l.url_key`,
  ]);
  const changed = await positions(
    db,
    sql`WITH starred AS (
          -- A link with stars changes them when they differ from the last stars set before it.
          SELECT position, link_order, stars IS DISTINCT FROM coalesce(
              lag(stars) OVER (PARTITION BY url_key ORDER BY position, link_order),
              CASE WHEN bool_or(created_repository) OVER (PARTITION BY url_key) THEN NULL ELSE stars_before END
            ) AND NOT created_repository AS changed_stars
          FROM import_link WHERE stars IS NOT NULL OR created_repository
        ), sequenced AS (
          SELECT l.position, l.created_repository OR coalesce(starred.changed_stars, false) OR
            l.is_official IS DISTINCT FROM coalesce(
              lag(l.is_official) OVER (PARTITION BY l.paper_id, l.repository_id ORDER BY l.position, l.link_order),
              l.official_before
            ) AS changed
          FROM import_link l LEFT JOIN starred USING (position, link_order)
        )
        SELECT DISTINCT position FROM sequenced WHERE changed`,
  );
  await run(db, [
    sql`UPDATE repository r SET stars = last.stars
        FROM (SELECT DISTINCT ON (url_key) url_key, stars FROM import_link WHERE stars IS NOT NULL
              ORDER BY url_key, position DESC, link_order DESC) AS last
        WHERE r.url_key = last.url_key AND r.stars IS DISTINCT FROM last.stars`,
    sql`INSERT INTO paper_repository (paper_id, repository_id, is_official)
        SELECT paper_id, repository_id, is_official FROM (
          SELECT DISTINCT ON (paper_id, repository_id) paper_id, repository_id, is_official, official_before
          FROM import_link ORDER BY paper_id, repository_id, position DESC, link_order DESC
        ) AS last WHERE is_official IS DISTINCT FROM official_before ORDER BY paper_id, repository_id
        ON CONFLICT (paper_id, repository_id) DO UPDATE SET is_official = EXCLUDED.is_official`,
  ]);
  return changed;
}

/**
 * Refuses a batch in which two records are of one paper: one matching paper, or one new paper
 * (the later record would match what the earlier creates). Their order matters, and the
 * per-record path keeps it.
 */
async function refuseRecordsOfOnePaper(db: EntityManager): Promise<void> {
  const [clash] = await query<{ reason: string }>(
    db,
    sql`SELECT 'two records match paper ' || paper_id AS reason FROM import_paper WHERE paper_id IS NOT NULL
        GROUP BY paper_id HAVING count(*) > 1
        UNION ALL
        SELECT 'two new records have arXiv ID ' || (given).arxiv_id FROM import_paper
        WHERE paper_id IS NULL AND (given).arxiv_id IS NOT NULL GROUP BY (given).arxiv_id HAVING count(*) > 1
        UNION ALL
        SELECT 'a new record without an arXiv ID has the title and day of another' FROM import_paper later
        WHERE later.paper_id IS NULL AND (later.given).arxiv_id IS NULL AND EXISTS (
          SELECT 1 FROM import_paper earlier WHERE earlier.paper_id IS NULL AND earlier.position < later.position
            AND lower((earlier.given).title) = lower((later.given).title)
            AND ((earlier.given).published_at AT TIME ZONE 'UTC')::date = ((later.given).published_at AT TIME ZONE 'UTC')::date)
        LIMIT 1`,
  );
  if (clash) throw new BatchNeedsRecordPath(clash.reason);
}

/** The given columns, grouped: records that give the same columns are written by one statement. */
function groupByGivenColumns(records: StagedPaper[]): Map<string, { columns: string[]; positions: number[] }> {
  const groups = new Map<string, { columns: string[]; positions: number[] }>();
  for (const record of records) {
    const { authors: _authors, ...fields } = record.paper;
    const columns = Object.keys(fields)
      .filter((key) => fields[key as keyof typeof fields] !== undefined)
      .map((key) => PAPER_COLUMNS.get(key)!)
      .sort();
    const signature = columns.join(",");
    const group = groups.get(signature) ?? { columns, positions: [] };
    group.positions.push(record.position);
    groups.set(signature, group);
  }
  return groups;
}

const quoted = (column: string) => raw(`"${column}"`);

/** A batch without links to code: mergeLinks does not run, and import_link does not exist. */
const NO_LINKS: ReadonlySet<number> = new Set();

/** The staged documents of paper records, with their digests, by position. */
export function paperDocuments(format: string, records: StagedPaper[]): Map<number, StagedDocument> {
  return new Map(
    records.map((record) => {
      const json = JSON.stringify(paperDocument(record, format));
      const digest = createHash("sha256").update(format).update("\n").update(json).digest("hex");
      return [record.position, { position: record.position, json, digest }];
    }),
  );
}

/**
 * Writes a batch of paper records with set-based statements in the transaction `tx`, and says
 * what each record did, by position. Throws `BatchNeedsRecordPath` when two records are of one
 * paper, and a database error when a record breaks a constraint; either way the caller rolls
 * back to its savepoint and writes the batch record by record.
 */
export async function mergePapers(
  tx: ServiceContext,
  batch: StagedPaper[],
  documents: Map<number, StagedDocument>,
): Promise<Map<number, WriteOutcome>> {
  const db = tx.db as EntityManager;
  let records = batch;
  const unchanged = await unchangedByDigest(db, records, documents);
  const outcomes = new Map<number, WriteOutcome>([...unchanged].map((position) => [position, "unchanged"]));
  if (unchanged.size === records.length) return outcomes;
  if (unchanged.size > 0) records = records.filter((record) => !unchanged.has(record.position));
  await stage(
    db,
    records.map((record) => documents.get(record.position)!),
  );
  // Match by arXiv ID, or without one by case-insensitive title and UTC day; deleted papers match too.
  await run(db, [
    sql`CREATE TEMP TABLE import_paper ON COMMIT DROP AS
        SELECT s.position, s.digest, s.record, jsonb_populate_record(NULL::paper, s.record->'fields') AS given,
          NULL::integer AS paper_id, false AS created
        FROM import_stage s`,
    analyze("import_paper"),
    sql`UPDATE import_paper i SET paper_id = p.id FROM paper p WHERE p.arxiv_id = (i.given).arxiv_id`,
  ]);
  if (records.some((record) => !record.paper.arxivId)) {
    await query(
      db,
      sql`UPDATE import_paper i SET paper_id = matched.id
          FROM (SELECT i.position, min(p.id) AS id FROM import_paper i JOIN paper p
                  ON lower(p.title) = lower((i.given).title)
                 AND (p.published_at AT TIME ZONE 'UTC')::date = ((i.given).published_at AT TIME ZONE 'UTC')::date
                WHERE (i.given).arxiv_id IS NULL GROUP BY i.position) AS matched
          WHERE i.position = matched.position`,
    );
  }
  await refuseRecordsOfOnePaper(db);
  // Locked in id order, so that two imports wait for each other rather than deadlock.
  await query(db, sql`SELECT 1 FROM paper WHERE id IN (SELECT paper_id FROM import_paper) ORDER BY id FOR UPDATE`);
  // New papers get their ids now, in record order, so every later statement joins on them.
  const created = await positions(
    db,
    sql`WITH allotted AS (
          UPDATE import_paper i SET paper_id = allotted.id, created = true
          FROM (SELECT position, nextval(pg_get_serial_sequence('paper', 'id'))::integer AS id
                FROM (SELECT position FROM import_paper WHERE paper_id IS NULL ORDER BY position) AS unmatched) AS allotted
          WHERE i.position = allotted.position RETURNING i.position
        ) SELECT position FROM allotted`,
  );

  const updated = new Set<number>();
  for (const { columns, positions: group } of groupByGivenColumns(records).values()) {
    const given = (column: string) => raw(`(i.given)."${column}"`);
    if (group.some((position) => created.has(position))) {
      await query(
        db,
        sql`INSERT INTO paper (id, ${join(columns.map(quoted))})
          SELECT i.paper_id, ${join(columns.map(given))} FROM import_paper i
          WHERE i.created AND i.position = ANY (${group}::int[]) ORDER BY i.paper_id`,
      );
    }
    if (group.every((position) => created.has(position))) continue;
    // A record overwrites only the columns it gives, and only when one of them differs.
    const changedRows = await positions(
      db,
      sql`WITH changed AS (
            UPDATE paper p SET ${join(columns.map((column) => sql`${quoted(column)} = ${given(column)}`))}
            FROM import_paper i
            WHERE p.id = i.paper_id AND NOT i.created AND i.position = ANY (${group}::int[])
              AND (${join(columns.map((column) => sql`p.${quoted(column)}`))})
                IS DISTINCT FROM (${join(columns.map(given))})
            RETURNING i.position
          ) SELECT position FROM changed`,
    );
    changedRows.forEach((position) => updated.add(position));
  }

  // Authors by normalised name; a given list replaces the paper's when it names other authors.
  const reauthored = await positions(
    db,
    sql`WITH listed AS (
          SELECT i.position, i.paper_id, i.created,
            ARRAY(SELECT author->>'key' FROM jsonb_array_elements(i.record->'authors') AS author) AS given_keys
          FROM import_paper i WHERE i.record ? 'authors'
        ), current_lists AS (
          -- One join for the batch: a subquery per paper may be planned as a scan of author each.
          SELECT pa.paper_id, array_agg(a.normalized_name ORDER BY pa.position) AS keys
          FROM paper_author pa JOIN author a ON a.id = pa.author_id
          WHERE pa.paper_id IN (SELECT paper_id FROM listed WHERE NOT created) GROUP BY pa.paper_id
        )
        SELECT position FROM listed LEFT JOIN current_lists USING (paper_id)
        WHERE CASE WHEN created THEN cardinality(given_keys) > 0
          ELSE given_keys IS DISTINCT FROM coalesce(current_lists.keys, '{}') END`,
  );
  if (reauthored.size > 0) {
    const changedLists = [...reauthored];
    await run(db, [
      sql`CREATE TEMP TABLE import_author ON COMMIT DROP AS
          SELECT i.position, i.paper_id, i.created, listed.author->>'name' AS name, listed.author->>'key' AS key,
            listed.place - 1 AS place
          FROM import_paper i CROSS JOIN LATERAL jsonb_array_elements(i.record->'authors') WITH ORDINALITY
            AS listed(author, place)
          WHERE i.position = ANY (${changedLists}::int[])`,
      analyze("import_author"),
      // A new author is created under the name as the batch first lists it.
      sql`INSERT INTO author (name, normalized_name)
          SELECT name, key FROM (
            SELECT DISTINCT ON (key) name, key, position, place FROM import_author ia
            WHERE NOT EXISTS (SELECT 1 FROM author a WHERE a.normalized_name = ia.key)
            ORDER BY key, position, place
          ) AS first_listed ORDER BY position, place`,
      sql`DELETE FROM paper_author WHERE paper_id IN (
            SELECT paper_id FROM import_paper WHERE position = ANY (${changedLists}::int[]) AND NOT created)`,
      sql`INSERT INTO paper_author (paper_id, author_id, position)
          SELECT ia.paper_id, matched.id, ia.place FROM import_author ia
          JOIN (SELECT DISTINCT ON (normalized_name) normalized_name, id FROM author
                WHERE normalized_name IN (SELECT key FROM import_author) ORDER BY normalized_name, id) AS matched
            ON matched.normalized_name = ia.key
          ORDER BY ia.paper_id, ia.place`,
    ]);
  }

  const linked = records.some((record) => record.links.length > 0) ? await mergeLinks(db) : NO_LINKS;

  // A paper the source withdrew is hidden the first time it says so (see `withdrawPaper`).
  const withdrawn = !records.some((record) => record.withdrawnAt)
    ? []
    : await query<{ position: number; id: number; wasVisible: boolean; reason: string }>(
        db,
        sql`WITH target AS (
          SELECT i.position, p.id, (i.record->>'withdrawnAt')::timestamptz AS withdrawn_at,
            i.record->>'withdrawalReason' AS reason, p.deleted_at IS NULL AS was_visible
          FROM import_paper i JOIN paper p ON p.id = i.paper_id
          WHERE i.record ? 'withdrawnAt' AND p.withdrawn_at IS NULL
        ), hidden AS (
          UPDATE paper p SET withdrawn_at = target.withdrawn_at, deleted_at = coalesce(p.deleted_at, now()),
            deletion_reason = coalesce(p.deletion_reason, target.reason)
          FROM target WHERE p.id = target.id
          RETURNING target.position, target.id, target.was_visible AS "wasVisible", target.reason
        ) SELECT * FROM hidden ORDER BY position`,
      );
  await recordAuditEntries(
    tx,
    AuditAction.PAPER_DELETED,
    withdrawn
      .filter((paper) => paper.wasVisible)
      .map((paper) => ({
        targetId: toGlobalId("Paper", paper.id),
        changes: {
          deleted: { before: false, after: true },
          deletionReason: { before: null, after: paper.reason },
        },
      })),
  );

  await keepDigests(db, linked !== NO_LINKS);

  const changedOtherwise = new Set([...updated, ...reauthored, ...linked, ...withdrawn.map((paper) => paper.position)]);
  for (const { position } of records) {
    outcomes.set(
      position,
      created.has(position) ? "created" : changedOtherwise.has(position) ? "updated" : "unchanged",
    );
  }
  return outcomes;
}

/**
 * The positions of records whose paper keeps their digest: written again, they would change
 * nothing. Only records whose order among the batch's does not matter: matched by arXiv ID, the
 * only one of their paper in the batch, linking no repository another record of the batch links
 * (which could change its stars first), and only in batches where every record has an arXiv ID
 * (one without may match, by title and day, the paper another matches by ID).
 */
async function unchangedByDigest(
  db: EntityManager,
  records: StagedPaper[],
  documents: Map<number, StagedDocument>,
): Promise<Set<number>> {
  if (records.some((record) => !record.paper.arxivId)) return new Set();
  const seen = new Map<string, number>();
  const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
  const repositoryKeys = (record: StagedPaper) =>
    new Set(record.links.map((link) => `repository ${link.repository.key}`));
  for (const record of records) {
    count(`paper ${record.paper.arxivId}`);
    repositoryKeys(record).forEach(count);
  }
  const candidates = records.filter(
    (record) =>
      seen.get(`paper ${record.paper.arxivId}`) === 1 &&
      [...repositoryKeys(record)].every((key) => seen.get(key) === 1),
  );
  if (candidates.length === 0) return new Set();
  return positions(
    db,
    sql`SELECT k.position FROM unnest(
          ${candidates.map((record) => record.position)}::int[],
          ${candidates.map((record) => record.paper.arxivId!)}::text[],
          ${candidates.map((record) => documents.get(record.position)!.digest!)}::text[]
        ) AS k(position, arxiv_id, digest)
        JOIN paper p ON p.arxiv_id = k.arxiv_id
        JOIN paper_import_digest d ON d.paper_id = p.id AND d.digest = decode(k.digest, 'hex')`,
  );
}

/**
 * Keeps each written record's digest for its paper, last, once the triggers have expired what
 * the batch changed. Not for a record whose links' stars or official mark the batch left
 * otherwise (another record of the batch gave the repository other stars, or the record links
 * one repository twice): written again, it would change them back.
 */
async function keepDigests(db: EntityManager, linked: boolean): Promise<void> {
  const linksAsGiven = linked
    ? sql`AND NOT EXISTS (
          SELECT 1 FROM import_link l JOIN repository r ON r.id = l.repository_id
          LEFT JOIN paper_repository pr ON pr.paper_id = l.paper_id AND pr.repository_id = l.repository_id
          WHERE l.position = i.position
            AND ((l.stars IS NOT NULL AND r.stars IS DISTINCT FROM l.stars) OR pr.is_official IS DISTINCT FROM l.is_official))`
    : empty;
  await query(
    db,
    sql`INSERT INTO paper_import_digest (paper_id, digest)
        SELECT i.paper_id, i.digest FROM import_paper i WHERE i.digest IS NOT NULL ${linksAsGiven} ORDER BY i.paper_id
        ON CONFLICT (paper_id) DO UPDATE SET digest = EXCLUDED.digest
        WHERE paper_import_digest.digest IS DISTINCT FROM EXCLUDED.digest`,
  );
}

/**
 * Writes a batch of code link records with set-based statements, for papers already in the
 * catalog (deleted ones too): says what each did, or why it was refused, by position.
 */
export async function mergeCodeLinks(
  tx: ServiceContext,
  records: StagedCodeLink[],
): Promise<Map<number, WriteOutcome | CodeLinkRefusal>> {
  const db = tx.db as EntityManager;
  await stage(
    db,
    records.map((record) => ({ position: record.position, json: JSON.stringify(codeLinkDocument(record)) })),
  );
  await run(db, [
    analyze("import_stage"),
    sql`CREATE TEMP TABLE import_paper ON COMMIT DROP AS
        SELECT s.position, s.record, p.id AS paper_id FROM import_stage s
        LEFT JOIN paper p ON p.arxiv_id = s.record->>'arxivId'`,
    analyze("import_paper"),
  ]);
  const known = await positions(db, sql`SELECT position FROM import_paper WHERE paper_id IS NOT NULL`);
  const changed = await mergeLinks(db);
  // A link record is new when its paper had no link to the repository before it.
  const linkedAnew = await positions(
    db,
    sql`SELECT position FROM (
          SELECT position, official_before IS NULL
            AND row_number() OVER (PARTITION BY paper_id, repository_id ORDER BY position, link_order) = 1 AS anew
          FROM import_link
        ) AS links WHERE anew`,
  );
  return new Map(
    records.map(({ position, repository }) => [
      position,
      !known.has(position)
        ? "unknown paper"
        : !repository
          ? "not a repository"
          : linkedAnew.has(position)
            ? "created"
            : changed.has(position)
              ? "updated"
              : "unchanged",
    ]),
  );
}
