import { isDeepStrictEqual } from "node:util";
import { Client } from "pg";
import { queryOne, sql } from "../../src/db/sql";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import {
  CatalogPageDocument,
  DeletePaperDocument,
  ImportPapersDocument,
  LinkRepositoryDocument,
  PaperChangesDocument,
  PapersUpdatedSinceDocument,
  RestorePaperDocument,
  UpdatePaperDocument,
  type CatalogPageQuery,
  type PaperChangesQuery,
} from "../generated/graphql";
import { signUp, upvoteAs, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { dataOf, startTestServer, type GraphQLResponse, type TestServer } from "../helpers/server";
import { until } from "../helpers/until";

const databaseUrl = process.env.DATABASE_URL || undefined;

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

type Change = PaperChangesQuery["paperChanges"]["edges"][number]["node"];
type MirroredPaper = { title: string; authors: string[]; repositories: string[] };

/** A client that keeps a copy of the catalog from `paperChanges`, as the README tells it to. */
class Mirror {
  readonly papers = new Map<string, MirroredPaper>();
  cursor: string | null = null;
  readonly received: Change[] = [];

  constructor(private readonly pageSize: number) {}

  /** Pages from the kept cursor until `hasNextPage` is false. */
  async poll(): Promise<void> {
    for (;;) {
      const { paperChanges } = dataOf(
        await t.request(PaperChangesDocument, { first: this.pageSize, after: this.cursor }),
      );
      for (const { node } of paperChanges.edges) this.apply(node);
      this.cursor = paperChanges.pageInfo.endCursor ?? this.cursor;
      if (!paperChanges.pageInfo.hasNextPage) return;
    }
  }

  private apply(change: Change): void {
    this.received.push(change);
    if (change.paper) {
      this.papers.set(change.paperId, {
        title: change.paper.title,
        authors: change.paper.authors.nodes.map((author) => author.name),
        repositories: change.paper.repositories.nodes.map((repository) => repository.url),
      });
    } else this.papers.delete(change.paperId);
  }
}

/** Every visible paper, as the catalog lists it. */
async function catalog(): Promise<Map<string, MirroredPaper>> {
  const papers = new Map<string, MirroredPaper>();
  let after: string | null = null;
  for (;;) {
    const { papers: page }: CatalogPageQuery = dataOf(await t.request(CatalogPageDocument, { after }));
    for (const paper of page.nodes) {
      papers.set(paper.id, {
        title: paper.title,
        authors: paper.authors.nodes.map((author) => author.name),
        repositories: paper.repositories.nodes.map((repository) => repository.url),
      });
    }
    if (!page.pageInfo.hasNextPage) return papers;
    after = page.pageInfo.endCursor ?? null;
  }
}

const sorted = (papers: Map<string, MirroredPaper>) => new Map([...papers].sort());

/** Polls until the mirror holds the catalog; a skipped change would keep them apart. */
async function syncUntilEqual(mirror: Mirror): Promise<void> {
  const expected = await catalog();
  // The feed stops at the oldest transaction still running anywhere on the server, other
  // databases' included: a poll may have to wait for one to end.
  await until(
    "the mirror to hold the catalog",
    async () => {
      await mirror.poll();
      return isDeepStrictEqual(sorted(mirror.papers), sorted(expected));
    },
    20_000,
  ).catch(() => {
    // The comparison below shows what differs.
  });
  expect(sorted(mirror.papers)).toEqual(sorted(expected));
}

function hfRecords(from: number, count: number, titlePrefix = "Paper") {
  return JSON.stringify(
    Array.from({ length: count }, (_, index) => ({
      paper: {
        id: `2501.${String(from + index).padStart(5, "0")}`,
        authors: [{ name: `Author ${from + index}` }, { name: "Ada Lovelace" }],
        publishedAt: "2025-03-01T00:00:00.000Z",
        title: `${titlePrefix} ${from + index}`,
        summary: "An abstract.",
      },
    })),
  );
}

async function importRecords(payload: string) {
  const result = dataOf(
    await t.request(ImportPapersDocument, { input: { format: "HF_DAILY", payload } }, admin.headers),
  ).importPapers;
  expect(result.userErrors).toEqual([]);
  return result.summary!;
}

/** Runs a mutation that must succeed without user errors. */
async function mutate(response: Promise<GraphQLResponse<object>>): Promise<void> {
  const [payload] = Object.values(dataOf(await response)) as { userErrors: unknown[] }[];
  expect(payload.userErrors).toEqual([]);
}

const paperGlobalId = (id: number) => toGlobalId("Paper", id);

async function paperIdOf(arxivId: string): Promise<number> {
  const row = await queryOne<{ id: number }>(t.db, sql`SELECT id FROM paper WHERE arxiv_id = ${arxivId}`);
  return row!.id;
}

test("a client paging the feed while imports and edits run ends with exactly the catalog", async () => {
  await importRecords(hfRecords(1, 12));
  const mirror = new Mirror(3);
  const edits = (async () => {
    await importRecords(hfRecords(13, 8));
    // A re-import that changes titles and authors of papers the mirror may already hold.
    await importRecords(hfRecords(5, 6, "Revised paper"));
    const ids = await Promise.all(["2501.00002", "2501.00003", "2501.00004", "2501.00014"].map(paperIdOf));
    await mutate(
      t.request(
        UpdatePaperDocument,
        { input: { paperId: paperGlobalId(ids[0]), title: "Edited title", authors: ["Grace Hopper"] } },
        admin.headers,
      ),
    );
    await mutate(
      t.request(DeletePaperDocument, { input: { paperId: paperGlobalId(ids[1]), reason: "duplicate" } }, admin.headers),
    );
    await mutate(
      t.request(
        LinkRepositoryDocument,
        { input: { paperId: paperGlobalId(ids[2]), url: "https://github.com/example/code" } },
        admin.headers,
      ),
    );
    await mutate(
      t.request(DeletePaperDocument, { input: { paperId: paperGlobalId(ids[3]), reason: "spam" } }, admin.headers),
    );
    await mutate(t.request(RestorePaperDocument, { input: { paperId: paperGlobalId(ids[3]) } }, admin.headers));
  })();
  const syncing = (async () => {
    for (let round = 0; round < 6; round++) await mirror.poll();
  })();
  await Promise.all([edits, syncing]);

  await syncUntilEqual(mirror);
  expect(mirror.papers.size).toBe(19);
  expect([...mirror.papers.values()].find((paper) => paper.title === "Edited title")?.authors).toEqual([
    "Grace Hopper",
  ]);
  expect(
    [...mirror.papers.values()].some((paper) => paper.repositories.includes("https://github.com/example/code")),
  ).toBe(true);
});

test("a deleted paper arrives as a tombstone with its ID, and a restored one as CREATED", async () => {
  const id = await insertPaper(t.db, { title: "Soon gone" });
  const mirror = new Mirror(10);
  await syncUntilEqual(mirror);
  expect(mirror.received.map((change) => [change.kind, change.paperId])).toEqual([["CREATED", paperGlobalId(id)]]);

  await mutate(
    t.request(DeletePaperDocument, { input: { paperId: paperGlobalId(id), reason: "retracted" } }, admin.headers),
  );
  await syncUntilEqual(mirror);
  expect(mirror.received.at(-1)).toMatchObject({ kind: "DELETED", paperId: paperGlobalId(id), paper: null });

  await mutate(t.request(RestorePaperDocument, { input: { paperId: paperGlobalId(id) } }, admin.headers));
  await syncUntilEqual(mirror);
  expect(mirror.received.at(-1)).toMatchObject({
    kind: "CREATED",
    paperId: paperGlobalId(id),
    paper: { title: "Soon gone" },
  });
});

test("a paper deleted outright, by SQL, also leaves a tombstone", async () => {
  const id = await insertPaper(t.db, { title: "Purged" });
  const mirror = new Mirror(10);
  await syncUntilEqual(mirror);
  await t.db.query("DELETE FROM paper WHERE id = $1", [id]);
  await syncUntilEqual(mirror);
  expect(mirror.received.at(-1)).toMatchObject({ kind: "DELETED", paperId: paperGlobalId(id), paper: null });
});

test("each paper keeps only its latest change, so a sync from the start reads one change per paper", async () => {
  const first = await insertPaper(t.db);
  const second = await insertPaper(t.db);
  for (const title of ["One", "Two", "Three"]) {
    await mutate(t.request(UpdatePaperDocument, { input: { paperId: paperGlobalId(first), title } }, admin.headers));
  }
  const mirror = new Mirror(10);
  await syncUntilEqual(mirror);
  expect(mirror.received.map((change) => [change.kind, change.paperId, change.paper?.title])).toEqual([
    ["CREATED", paperGlobalId(second), expect.any(String)],
    ["UPDATED", paperGlobalId(first), "Three"],
  ]);
});

test("votes are not changes", async () => {
  const id = await insertPaper(t.db);
  const mirror = new Mirror(10);
  await syncUntilEqual(mirror);
  const voter = await signUp(t.db, "voter");
  await upvoteAs(voter, t.server.url, id);
  await mirror.poll();
  expect(mirror.received).toHaveLength(1);
});

test("malformed cursors, and cursors of other lists, are refused with BAD_USER_INPUT", async () => {
  await insertPaper(t.db);
  const { papers } = dataOf(await t.request(CatalogPageDocument, { after: null }));
  for (const after of [
    "not a cursor",
    papers.pageInfo.endCursor!,
    Buffer.from('["changes","x",1]').toString("base64url"),
  ]) {
    const response = await t.request(PaperChangesDocument, { first: 5, after });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  }
});

test("a page of changes reads its papers, their authors and links in the same statements whatever its size", async () => {
  await importRecords(hfRecords(1, 20));
  await until("the imported changes to settle", async () => {
    const { paperChanges } = dataOf(await t.request(PaperChangesDocument, { first: 20 }));
    return paperChanges.edges.length === 20;
  });
  const small = await t.statementsDuring(() => t.request(PaperChangesDocument, { first: 2 }));
  const large = await t.statementsDuring(() => t.request(PaperChangesDocument, { first: 20 }));
  expect(dataOf(large.result).paperChanges.edges).toHaveLength(20);
  expect(large.statements).toBe(small.statements);
});

test("updatedSince lists papers whose record, authors or links changed since, and not those only voted for", async () => {
  const linked = await insertPaper(t.db, { title: "Gets a link" });
  const edited = await insertPaper(t.db, { title: "Gets a new title" });
  const voted = await insertPaper(t.db, { title: "Gets a vote" });
  const since = (await queryOne<{ now: Date }>(t.db, sql`SELECT clock_timestamp() AS now`))!.now.toISOString();
  const updatedSince = async () =>
    dataOf(await t.request(PapersUpdatedSinceDocument, { since }))
      .papers.nodes.map((paper) => paper.id)
      .sort();

  expect(await updatedSince()).toEqual([]);
  await mutate(
    t.request(
      LinkRepositoryDocument,
      { input: { paperId: paperGlobalId(linked), url: "https://github.com/example/linked" } },
      admin.headers,
    ),
  );
  await mutate(
    t.request(UpdatePaperDocument, { input: { paperId: paperGlobalId(edited), title: "New title" } }, admin.headers),
  );
  await upvoteAs(await signUp(t.db, "voter"), t.server.url, voted);
  expect(await updatedSince()).toEqual([paperGlobalId(linked), paperGlobalId(edited)].sort());
});

/** A transaction of its own on the Postgres server, held open between steps. */
async function openTransaction(): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  return client;
}

// PGlite has one connection, so no two transactions are ever open at once there: these need a
// Postgres server.
(databaseUrl ? describe : describe.skip)("out-of-order commits (Postgres server)", () => {
  test("a change held in an open transaction reaches a client whose cursor already passed later changes", async () => {
    const held = await insertPaper(t.db, { title: "Held" });
    const committed = await insertPaper(t.db, { title: "Committed" });
    const mirror = new Mirror(10);
    await syncUntilEqual(mirror);

    // The held transaction writes its change first, so it takes the smaller sequence id.
    const holder = await openTransaction();
    try {
      await holder.query("UPDATE paper SET title = 'Held, edited' WHERE id = $1", [held]);
      await mutate(
        t.request(
          UpdatePaperDocument,
          { input: { paperId: paperGlobalId(committed), title: "Committed, edited" } },
          admin.headers,
        ),
      );
      await mirror.poll();
      // The committed change waits behind the open transaction's place in the feed.
      expect(mirror.papers.get(paperGlobalId(committed))?.title).toBe("Committed");
      await holder.query("COMMIT");
    } finally {
      await holder.end();
    }
    await syncUntilEqual(mirror);
    expect(mirror.papers.get(paperGlobalId(held))?.title).toBe("Held, edited");
    expect(mirror.papers.get(paperGlobalId(committed))?.title).toBe("Committed, edited");
  });

  test("a change with a smaller id, committed after a later one was read, is still received", async () => {
    const early = await insertPaper(t.db, { title: "Early" });
    const late = await insertPaper(t.db, { title: "Late" });
    const mirror = new Mirror(10);
    await syncUntilEqual(mirror);

    // `older` takes its transaction id first but writes its change last; `younger` writes first
    // (the smaller sequence id) and commits last. Ordered by id alone, a client would read
    // `older`'s change, move its cursor past `younger`'s id, and never see it.
    const older = await openTransaction();
    const younger = await openTransaction();
    try {
      await older.query("SELECT pg_current_xact_id()");
      await younger.query("SELECT pg_current_xact_id()");
      await younger.query("UPDATE paper SET title = 'Late, edited' WHERE id = $1", [late]);
      await older.query("UPDATE paper SET title = 'Early, edited' WHERE id = $1", [early]);
      await older.query("COMMIT");
      await until("the older transaction's change", async () => {
        await mirror.poll();
        return mirror.papers.get(paperGlobalId(early))?.title === "Early, edited";
      });
      expect(mirror.papers.get(paperGlobalId(late))?.title).toBe("Late");
      await younger.query("COMMIT");
    } finally {
      await Promise.all([older.end(), younger.end()]);
    }
    await syncUntilEqual(mirror);
    expect(mirror.papers.get(paperGlobalId(late))?.title).toBe("Late, edited");
  });
});
