import { query, queryOne, sql } from "../../src/db/sql";
import { paperImportDigests, papers } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import { ImportFormat } from "../../src/importers/formats";
import { systemContext } from "../../src/services/context";
import { importSources, type ImportSummary } from "../../src/services/import.service";
import {
  DeletePaperDocument,
  MergeAuthorsDocument,
  UnlinkRepositoryDocument,
  UpdatePaperDocument,
  UpdateRepositoryDocument,
  UpvotePaperDocument,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
let admin: SignedInUser;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  admin = await signUp(t.db, "curator", UserRole.ADMIN);
});

/** A Hugging Face daily record of paper 2501.0000`n`, by `authors`, with its code on GitHub at `repo` when given. */
function hfRecord(n: number, authors: string[], repo?: { name: string; stars: number }) {
  return {
    paper: {
      id: `2501.0000${n}`,
      authors: authors.map((name) => ({ name })),
      publishedAt: "2025-01-02T00:00:00.000Z",
      title: `Paper ${n} on digests`,
      summary: `An abstract of paper ${n}.`,
      upvotes: n,
      ...(repo && { githubRepo: `https://github.com/digests/${repo.name}`, githubStars: repo.stars }),
    },
  };
}

const FILE = [
  hfRecord(1, ["Ada Lovelace", "Grace Hopper"], { name: "x", stars: 10 }),
  hfRecord(2, ["Ada Lovelace"], { name: "y", stars: 5 }),
  hfRecord(3, ["Alan Turing"]),
];

function importRecords(records: unknown[], dryRun = false): Promise<ImportSummary> {
  return importSources(
    systemContext(t.db),
    ImportFormat.HF_DAILY,
    [{ name: "payload", source: { text: JSON.stringify(records) } }],
    {
      dryRun,
    },
  ).then((result) => result.summary);
}

/** The arXiv IDs of the papers that keep a digest. */
async function digested(): Promise<string[]> {
  const rows = await query<{ arxivId: string }>(
    t.db,
    sql`SELECT ${papers.col.arxivId} AS "arxivId" FROM ${paperImportDigests.from}
        JOIN ${papers.from} ON ${papers.col.id} = ${paperImportDigests.col.paperId} ORDER BY 1`,
  );
  return rows.map((row) => row.arxivId);
}

/**
 * Imports the records again and says what it counted, after checking that a dry run without
 * the digests, comparing every record field by field, counts the same.
 */
async function reimport(records: unknown[] = FILE): Promise<ImportSummary> {
  const withDigests = await importRecords(records, true);
  const kept = await query<{ paperId: number; digest: Buffer }>(
    t.db,
    sql`SELECT paper_id AS "paperId", digest FROM ${paperImportDigests.name}`,
  );
  await query(t.db, sql`DELETE FROM ${paperImportDigests.name}`);
  const compared = await importRecords(records, true);
  for (const { paperId, digest } of kept) {
    await query(t.db, sql`INSERT INTO ${paperImportDigests.name} (paper_id, digest) VALUES (${paperId}, ${digest})`);
  }
  expect(withDigests).toEqual(compared);
  const summary = await importRecords(records);
  expect(summary).toEqual(withDigests);
  return summary;
}

async function paperId(n: number): Promise<string> {
  const row = await queryOne<{ id: number }>(
    t.db,
    sql`SELECT ${papers.col.id} AS id FROM ${papers.from} WHERE ${papers.col.arxivId} = ${`2501.0000${n}`}`,
  );
  return toGlobalId("Paper", row!.id);
}

async function globalIdOf(table: "author" | "repository", where: string): Promise<string> {
  const [row] = (await t.db.query(`SELECT id FROM ${table} WHERE ${where}`)) as { id: number }[];
  return toGlobalId(table === "author" ? "Author" : "Repository", row.id);
}

const unchanged = (count: number) => ({ created: 0, updated: 0, unchanged: count, rejected: 0 });

test("a re-import that changes nothing counts every record unchanged by its digest", async () => {
  expect(await importRecords(FILE)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
  expect(await digested()).toEqual(["2501.00001", "2501.00002", "2501.00003"]);
  expect(await reimport()).toEqual(unchanged(3));
  // A newer version of one record updates it, and its digest follows.
  const newer = [FILE[0], hfRecord(2, ["Ada Lovelace", "Edsger Dijkstra"], { name: "y", stars: 6 }), FILE[2]];
  expect(await reimport(newer)).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });
  expect(await reimport(newer)).toEqual(unchanged(3));
});

test("votes keep the digests; curators' edits of imported fields, authors and links expire them", async () => {
  await importRecords(FILE);
  const voter = await signUp(t.db, "voter");
  dataOf(await t.request(UpvotePaperDocument, { input: { paperId: await paperId(1) } }, voter.headers));
  expect(await digested()).toHaveLength(3);

  dataOf(
    await t.request(UpdatePaperDocument, { input: { paperId: await paperId(1), title: "Renamed" } }, admin.headers),
  );
  expect(await digested()).toEqual(["2501.00002", "2501.00003"]);
  expect(await reimport()).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });
  expect(await digested()).toHaveLength(3);

  // Grace Hopper merged into Alan Turing: paper 1's list changes, paper 3's does not.
  const merged = await t.request(
    MergeAuthorsDocument,
    {
      input: {
        sourceIds: [await globalIdOf("author", "normalized_name = 'grace hopper'")],
        targetId: await globalIdOf("author", "normalized_name = 'alan turing'"),
      },
    },
    admin.headers,
  );
  expect(dataOf(merged).mergeAuthors.userErrors).toEqual([]);
  expect(await digested()).toEqual(["2501.00002", "2501.00003"]);
  expect(await reimport()).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });

  // An author's name written otherwise, as a curator's fix would.
  await t.db.query("UPDATE author SET name = 'ADA LOVELACE' WHERE normalized_name = 'ada lovelace'");
  expect(await digested()).toEqual(["2501.00003"]);
  expect(await reimport()).toEqual(unchanged(3));

  const x = await globalIdOf("repository", "name = 'x'");
  dataOf(await t.request(UpdateRepositoryDocument, { input: { repositoryId: x, stars: 99 } }, admin.headers));
  expect(await digested()).toEqual(["2501.00002", "2501.00003"]);
  expect(await reimport()).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });

  const y = await globalIdOf("repository", "name = 'y'");
  dataOf(
    await t.request(UnlinkRepositoryDocument, { input: { paperId: await paperId(2), repositoryId: y } }, admin.headers),
  );
  expect(await digested()).toEqual(["2501.00001", "2501.00003"]);
  expect(await reimport()).toEqual({ created: 0, updated: 1, unchanged: 2, rejected: 0 });
});

test("a deleted paper keeps its digest and stays deleted; one deleted outright takes its digest and words", async () => {
  await importRecords(FILE);
  const deleted = await t.request(
    DeletePaperDocument,
    { input: { paperId: await paperId(3), reason: "duplicate" } },
    admin.headers,
  );
  expect(dataOf(deleted).deletePaper.userErrors).toEqual([]);
  expect(await digested()).toHaveLength(3);
  expect(await reimport()).toEqual(unchanged(3));
  const row = await queryOne<{ deleted: boolean }>(
    t.db,
    sql`SELECT ${papers.col.deletedAt} IS NOT NULL AS deleted FROM ${papers.from} WHERE ${papers.col.arxivId} = '2501.00003'`,
  );
  expect(row!.deleted).toBe(true);

  await t.db.query("DELETE FROM paper WHERE arxiv_id = '2501.00003'");
  expect(await digested()).toEqual(["2501.00001", "2501.00002"]);
  const [{ orphans }] = (await t.db.query(
    "SELECT count(*)::int AS orphans FROM paper_search_term t WHERE NOT EXISTS (SELECT 1 FROM paper p WHERE p.id = t.paper_id)",
  )) as { orphans: number }[];
  expect(orphans).toBe(0);
  expect(await reimport()).toEqual({ created: 1, updated: 0, unchanged: 2, rejected: 0 });
});

test("a record whose repository another record of its batch gives other stars keeps no digest", async () => {
  const file = [...FILE, hfRecord(4, ["Barbara Liskov"], { name: "x", stars: 20 })];
  await importRecords(file);
  expect(await digested()).toEqual(["2501.00002", "2501.00003", "2501.00004"]);
  // Written in file order, record 1 sets 10 stars, and record 4 20 again: neither is skipped,
  // though record 4 keeps a digest, for a batch without record 1.
  expect(await reimport(file)).toEqual({ created: 0, updated: 2, unchanged: 2, rejected: 0 });
});

test("truncating what a digest covers empties the digests", async () => {
  for (const table of ["repository", "paper_repository", "author", "paper_author", "paper"]) {
    await importRecords(FILE);
    expect(await digested()).toHaveLength(3);
    await t.db.query(`TRUNCATE ${table} CASCADE`);
    const [{ count }] = (await t.db.query("SELECT count(*)::int AS count FROM paper_import_digest")) as {
      count: number;
    }[];
    expect({ table, count }).toEqual({ table, count: 0 });
  }
  const [{ words }] = (await t.db.query("SELECT count(*)::int AS words FROM paper_search_term")) as { words: number }[];
  expect(words).toBe(0);
});
