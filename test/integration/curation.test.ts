import { query, sql } from "../../src/db/sql";
import { apiTokens, auditEntries, authors, paperAuthors, papers, repositories } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import { AuditAction } from "../../src/services/audit.service";
import {
  AuditLogDocument,
  CreatePaperDocument,
  CreateTokenDocument,
  DeletePaperDocument,
  LinkRepositoryDocument,
  MergeAuthorsDocument,
  NodeByIdDocument,
  PaperAuthorNamesDocument,
  PaperListDocument,
  RestorePaperDocument,
  RevokeTokenDocument,
  SetUserRoleDocument,
  UnlinkRepositoryDocument,
  UpdatePaperDocument,
  type UpdatePaperInput,
  UpdateRepositoryDocument,
  UpvotePaperDocument,
  ViewerDocument,
} from "../generated/graphql";
import { databaseFingerprint, signUp, type SignedInUser } from "../helpers/accounts";
import { insertAuthor, insertPaper, setAuthors } from "../helpers/fixtures";
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

async function authorNames(paperRowId: number): Promise<string[]> {
  const data = dataOf(await t.request(PaperAuthorNamesDocument, { id: toGlobalId("Paper", paperRowId) }));
  if (!data.node || !("authors" in data.node)) throw new Error("expected a paper");
  return data.node.authors.edges.map((edge) => edge.node.name);
}

async function auditActions(): Promise<string[]> {
  const { auditLog } = dataOf(await t.request(AuditLogDocument, { first: 100 }, admin.headers));
  return auditLog.nodes.map((entry) => entry.action);
}

describe("mergeAuthors", () => {
  let a: number, a2: number, a3: number, x: number, y: number;
  let papers: number[];

  beforeEach(async () => {
    a = await insertAuthor(t.db, "Ada Lovelace");
    a2 = await insertAuthor(t.db, "A. Lovelace");
    a3 = await insertAuthor(t.db, "Ada King");
    x = await insertAuthor(t.db, "Xavier");
    y = await insertAuthor(t.db, "Yolanda");
    papers = [await insertPaper(t.db), await insertPaper(t.db), await insertPaper(t.db)];
    await setAuthors(t.db, papers[0], [x, a2, y]);
    await setAuthors(t.db, papers[1], [a3, x, a, y, a2]);
    await setAuthors(t.db, papers[2], [y, a]);
  });

  const merge = (headers = admin.headers) =>
    t.request(
      MergeAuthorsDocument,
      { input: { sourceIds: [toGlobalId("Author", a2), toGlobalId("Author", a3)], targetId: toGlobalId("Author", a) } },
      headers,
    );

  test("moves authorships to the target, keeps each paper's order and lists the target once", async () => {
    const result = dataOf(await merge());
    expect(result.mergeAuthors).toEqual({
      userErrors: [],
      mergedCount: 2,
      author: { id: toGlobalId("Author", a), name: "Ada Lovelace" },
    });
    expect(await authorNames(papers[0])).toEqual(["Xavier", "Ada Lovelace", "Yolanda"]);
    expect(await authorNames(papers[1])).toEqual(["Ada Lovelace", "Xavier", "Yolanda"]);
    expect(await authorNames(papers[2])).toEqual(["Yolanda", "Ada Lovelace"]);
    expect(await query(t.db, sql`SELECT 1 FROM ${authors.from} WHERE ${authors.col.id} = ANY(${[a2, a3]})`)).toEqual(
      [],
    );
    const positions = await query<{ positions: number[] }>(
      t.db,
      sql`SELECT array_agg(${paperAuthors.col.position} ORDER BY ${paperAuthors.col.position}) AS positions
          FROM ${paperAuthors.from} GROUP BY ${paperAuthors.col.paperId} ORDER BY ${paperAuthors.col.paperId}`,
    );
    expect(positions.map((row) => row.positions)).toEqual([
      [0, 1, 2],
      [0, 1, 2],
      [0, 1],
    ]);
    expect(await auditActions()).toContain("AUTHORS_MERGED");
  });

  test("two identical merges at once leave one consistent catalog", async () => {
    const [first, second] = await Promise.all([merge(), merge()]);
    const outcomes = [dataOf(first).mergeAuthors, dataOf(second).mergeAuthors];
    expect(outcomes.filter((outcome) => outcome.userErrors.length === 0)).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.userErrors.length > 0)?.userErrors[0].code).toBe("NOT_FOUND");
    expect(await authorNames(papers[1])).toEqual(["Ada Lovelace", "Xavier", "Yolanda"]);
    const merges = await query(
      t.db,
      sql`SELECT 1 FROM ${auditEntries.from} WHERE ${auditEntries.col.action} = ${AuditAction.AUTHORS_MERGED}`,
    );
    expect(merges).toHaveLength(1);
  });

  test("refuses a target among the sources, and unknown authors, writing nothing", async () => {
    const before = await databaseFingerprint(t.db);
    const self = dataOf(
      await t.request(
        MergeAuthorsDocument,
        { input: { sourceIds: [toGlobalId("Author", a)], targetId: toGlobalId("Author", a) } },
        admin.headers,
      ),
    );
    expect(self.mergeAuthors.userErrors[0]).toMatchObject({ field: ["input", "sourceIds"], code: "INVALID" });
    const unknown = dataOf(
      await t.request(
        MergeAuthorsDocument,
        {
          input: {
            sourceIds: [toGlobalId("Author", a2), toGlobalId("Author", 99999)],
            targetId: toGlobalId("Author", a),
          },
        },
        admin.headers,
      ),
    );
    expect(unknown.mergeAuthors.userErrors[0]).toMatchObject({ field: ["input", "sourceIds"], code: "NOT_FOUND" });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});

describe("papers", () => {
  test("createPaper reports every mistake at once and writes nothing", async () => {
    await insertPaper(t.db, { arxivId: "2401.00001" });
    const before = await databaseFingerprint(t.db);
    const response = dataOf(
      await t.request(
        CreatePaperDocument,
        {
          input: {
            clientMutationId: "m1",
            arxivId: "2401.00001v3",
            title: " ",
            abstract: "x".repeat(10_001),
            publishedAt: "2025-01-01T00:00:00Z",
            authors: ["Ann", "  ", "ann"],
            projectPage: "javascript:alert(1)",
            thumbnail: "ftp://example.org/a.png",
          },
        },
        admin.headers,
      ),
    );
    expect(response.createPaper.clientMutationId).toBe("m1");
    expect(response.createPaper.paper).toBeNull();
    expect(response.createPaper.userErrors.map((error) => [error.field.join("."), error.code]).sort()).toEqual(
      [
        ["input.abstract", "TOO_LONG"],
        ["input.authors.1", "BLANK"],
        ["input.authors.2", "INVALID"],
        ["input.projectPage", "INVALID"],
        ["input.thumbnail", "INVALID"],
        ["input.title", "BLANK"],
      ].sort(),
    );
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const taken = dataOf(
      await t.request(
        CreatePaperDocument,
        { input: { arxivId: "2401.00001v3", title: "T", abstract: "A", publishedAt: "2025-01-01T00:00:00Z" } },
        admin.headers,
      ),
    );
    expect(taken.createPaper.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "arxivId"], code: "TAKEN" }),
    ]);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  test("createPaper stores authors in order, reusing known authors by normalised name", async () => {
    await insertAuthor(t.db, "José García");
    const { createPaper } = dataOf(
      await t.request(
        CreatePaperDocument,
        {
          input: {
            arxivId: "2410.17243v2",
            title: "  A   Title\nwith breaks ",
            abstract: "Abstract",
            publishedAt: "2024-10-22T17:59:59Z",
            authors: ["Zoe Zed", "jose  garcia", "Ann Ames"],
            authorCount: 5,
            projectPage: "https://example.org/project",
          },
        },
        admin.headers,
      ),
    );
    expect(createPaper.userErrors).toEqual([]);
    expect(createPaper.paper).toMatchObject({ arxivId: "2410.17243", title: "A Title with breaks", authorCount: 5 });
    expect(createPaper.paper!.authors.edges.map((edge) => [edge.position, edge.node.name])).toEqual([
      [0, "Zoe Zed"],
      [1, "José García"],
      [2, "Ann Ames"],
    ]);
    expect(await query(t.db, sql`SELECT 1 FROM ${authors.from}`)).toHaveLength(3);
  });

  test("updatePaper changes only what is given and audits before and after", async () => {
    const paper = await insertPaper(t.db, { title: "Old title", abstract: "Same" });
    const id = toGlobalId("Paper", paper);
    const bad = dataOf(
      await t.request(UpdatePaperDocument, { input: { paperId: id, title: null, projectPage: "nope" } }, admin.headers),
    );
    expect(bad.updatePaper.userErrors.map((error) => error.code).sort()).toEqual(["BLANK", "INVALID"]);

    const { updatePaper } = dataOf(
      await t.request(
        UpdatePaperDocument,
        { input: { paperId: id, title: "New title", authors: ["B", "A"] } },
        admin.headers,
      ),
    );
    expect(updatePaper.paper).toMatchObject({ title: "New title", abstract: "Same" });
    expect(updatePaper.paper!.authors.edges.map((edge) => edge.node.name)).toEqual(["B", "A"]);
    const { auditLog } = dataOf(await t.request(AuditLogDocument, { filter: { targetId: id } }, admin.headers));
    expect(auditLog.nodes).toEqual([
      expect.objectContaining({
        action: "PAPER_UPDATED",
        actor: { handle: "curator" },
        changes: {
          title: { before: "Old title", after: "New title" },
          authors: { before: [], after: ["B", "A"] },
          authorCount: { before: 0, after: 2 },
        },
      }),
    ]);
  });

  test("curators set and clear the arXiv fields, checked as imports check them, and audited", async () => {
    const id = toGlobalId("Paper", await insertPaper(t.db, { title: "Bibliographic" }));
    const update = async (input: Omit<UpdatePaperInput, "paperId">) =>
      dataOf(await t.request(UpdatePaperDocument, { input: { paperId: id, ...input } }, admin.headers)).updatePaper;

    const bad = await update({ license: "not a url", doi: "x".repeat(501), categories: [" "] });
    expect(bad.userErrors.map((error) => error.field.join("."))).toEqual(
      expect.arrayContaining(["input.license", "input.doi", "input.categories.0"]),
    );
    expect(bad.paper).toBeNull();

    const set = await update({
      categories: ["cs.LG", "stat.ML"],
      doi: "10.1000/xyz123",
      journalRef: "NeurIPS 2025",
      license: "http://creativecommons.org/licenses/by/4.0/",
      comments: "12 pages",
    });
    expect(set.userErrors).toEqual([]);
    expect(set.paper).toMatchObject({
      categories: ["cs.LG", "stat.ML"],
      doi: "10.1000/xyz123",
      journalRef: "NeurIPS 2025",
      license: "http://creativecommons.org/licenses/by/4.0/",
      comments: "12 pages",
    });
    const cleared = await update({ doi: null, comments: null });
    expect(cleared.paper).toMatchObject({ doi: null, comments: null, journalRef: "NeurIPS 2025" });

    const { auditLog } = dataOf(await t.request(AuditLogDocument, { filter: { targetId: id } }, admin.headers));
    expect(auditLog.nodes.map((entry) => entry.changes)).toEqual([
      { doi: { before: "10.1000/xyz123", after: null }, comments: { before: "12 pages", after: null } },
      {
        categories: { before: [], after: ["cs.LG", "stat.ML"] },
        doi: { before: null, after: "10.1000/xyz123" },
        journalRef: { before: null, after: "NeurIPS 2025" },
        license: { before: null, after: "http://creativecommons.org/licenses/by/4.0/" },
        comments: { before: null, after: "12 pages" },
      },
    ]);
  });

  test("text holding a NUL character is refused as bad input before anything runs", async () => {
    const paper = toGlobalId("Paper", await insertPaper(t.db));
    const before = await databaseFingerprint(t.db);
    const refusals = [
      await t.request(
        CreatePaperDocument,
        { input: { title: "Null\u0000title", abstract: "A", publishedAt: "2025-01-01T00:00:00Z" } },
        admin.headers,
      ),
      await t.request(DeletePaperDocument, { input: { paperId: paper, reason: "spam\u0000" } }, admin.headers),
      await t.request(
        LinkRepositoryDocument,
        { input: { paperId: paper, url: "https://github.com/ada/en\u0000gine" } },
        admin.headers,
      ),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0].message).toMatch(/NUL character/);
    }
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  test("a deleted paper disappears from lists and node until it is restored", async () => {
    const paper = await insertPaper(t.db, { title: "Doomed" });
    const id = toGlobalId("Paper", paper);
    const deleted = dataOf(
      await t.request(DeletePaperDocument, { input: { paperId: id, reason: "duplicate" } }, admin.headers),
    );
    expect(deleted.deletePaper).toEqual({ userErrors: [], deletedPaperId: id });
    expect(dataOf(await t.request(PaperListDocument, {})).papers.totalCount).toBe(0);
    expect((await t.request(NodeByIdDocument, { id })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const twice = dataOf(
      await t.request(DeletePaperDocument, { input: { paperId: id, reason: "again" } }, admin.headers),
    );
    expect(twice.deletePaper.userErrors[0].code).toBe("INVALID");

    const restored = dataOf(await t.request(RestorePaperDocument, { input: { paperId: id } }, admin.headers));
    expect(restored.restorePaper).toEqual({ userErrors: [], paper: { id, title: "Doomed" } });
    expect(dataOf(await t.request(PaperListDocument, {})).papers.totalCount).toBe(1);
    const { auditLog } = dataOf(
      await t.request(AuditLogDocument, { filter: { action: "PAPER_DELETED" } }, admin.headers),
    );
    expect(auditLog.nodes[0].changes).toEqual({
      deleted: { before: false, after: true },
      deletionReason: { before: null, after: "duplicate" },
    });
  });
  test("updated_at follows every change to a paper's record, deletion included, and no vote", async () => {
    const paper = await insertPaper(t.db, { title: "Kept" });
    const id = toGlobalId("Paper", paper);
    const longAgo = new Date("2000-01-01T00:00:00Z");
    const updatedAt = async () => {
      const [row] = await query<{ updatedAt: Date }>(
        t.db,
        sql`SELECT ${papers.col.updatedAt} AS "updatedAt" FROM ${papers.from} WHERE ${papers.col.id} = ${paper}`,
      );
      return row.updatedAt.getTime();
    };
    const setLongAgo = () =>
      query(
        t.db,
        sql`UPDATE ${papers.name} SET ${papers.column.updatedAt} = ${longAgo} WHERE ${papers.column.id} = ${paper}`,
      );

    await setLongAgo();
    const reader = await signUp(t.db, "reader");
    dataOf(await t.request(UpvotePaperDocument, { input: { paperId: id } }, reader.headers));
    expect(await updatedAt()).toBe(longAgo.getTime());

    dataOf(await t.request(DeletePaperDocument, { input: { paperId: id, reason: "spam" } }, admin.headers));
    expect(await updatedAt()).toBeGreaterThan(longAgo.getTime());
    await setLongAgo();
    dataOf(await t.request(RestorePaperDocument, { input: { paperId: id } }, admin.headers));
    expect(await updatedAt()).toBeGreaterThan(longAgo.getTime());
    await setLongAgo();
    dataOf(await t.request(UpdatePaperDocument, { input: { paperId: id, title: "Kept, renamed" } }, admin.headers));
    expect(await updatedAt()).toBeGreaterThan(longAgo.getTime());
  });
});

describe("repositories", () => {
  test("links that name the same repository share one row, shown as first written; unlink and update work", async () => {
    const paper = toGlobalId("Paper", await insertPaper(t.db));
    const urls = [
      "https://github.com/HUST-SLOW/SeaS",
      "github.com/hust-slow/seas.git",
      "https://GITHUB.com/HUST-SLOW/SeaS/tree/main/src",
    ];
    const ids = new Set<string>();
    for (const url of urls) {
      const { linkRepository } = dataOf(
        await t.request(LinkRepositoryDocument, { input: { paperId: paper, url } }, admin.headers),
      );
      expect(linkRepository.userErrors).toEqual([]);
      expect(linkRepository.repository).toMatchObject({ url: "https://github.com/HUST-SLOW/SeaS", provider: "GITHUB" });
      expect(linkRepository.paper?.repositories.totalCount).toBe(1);
      ids.add(linkRepository.repository!.id);
    }
    expect(ids.size).toBe(1);
    const [repositoryId] = [...ids];

    const [stored] = await query<{ urlKey: string }>(
      t.db,
      sql`SELECT ${repositories.select(["urlKey"])} FROM ${repositories.from}`,
    );
    expect(stored.urlKey).toBe("https://github.com/hust-slow/seas");

    const notRepository = dataOf(
      await t.request(LinkRepositoryDocument, { input: { paperId: paper, url: "mailto:me@x.org" } }, admin.headers),
    );
    expect(notRepository.linkRepository.userErrors[0]).toMatchObject({ field: ["input", "url"], code: "INVALID" });

    const updated = dataOf(
      await t.request(
        UpdateRepositoryDocument,
        { input: { repositoryId, stars: 42, language: "Python" } },
        admin.headers,
      ),
    );
    expect(updated.updateRepository.repository).toEqual({ stars: 42, language: "Python" });
    const negative = dataOf(
      await t.request(UpdateRepositoryDocument, { input: { repositoryId, stars: -1 } }, admin.headers),
    );
    expect(negative.updateRepository.userErrors[0].code).toBe("INVALID");

    const unlinked = dataOf(
      await t.request(UnlinkRepositoryDocument, { input: { paperId: paper, repositoryId } }, admin.headers),
    );
    expect(unlinked.unlinkRepository.paper?.repositories.totalCount).toBe(0);
    const again = dataOf(
      await t.request(UnlinkRepositoryDocument, { input: { paperId: paper, repositoryId } }, admin.headers),
    );
    expect(again.unlinkRepository.userErrors[0].code).toBe("NOT_FOUND");
  });
});

describe("tokens and roles", () => {
  test("a created token works until it is revoked, and both are audited", async () => {
    const user = await signUp(t.db, "reader");
    const { createToken } = dataOf(
      await t.request(
        CreateTokenDocument,
        { input: { userId: toGlobalId("User", user.id), label: "laptop" } },
        admin.headers,
      ),
    );
    expect(createToken.token).toMatch(/^pgt_[A-Za-z0-9_-]{43}$/);
    expect(createToken.apiToken).toMatchObject({ label: "laptop", revokedAt: null, user: { handle: "reader" } });
    const headers = { authorization: `Bearer ${createToken.token}` };
    expect(dataOf(await t.request(ViewerDocument, {}, headers)).viewer?.handle).toBe("reader");
    const [stored] = await query<{ tokenHash: string }>(
      t.db,
      sql`SELECT ${apiTokens.select(["tokenHash"])} FROM ${apiTokens.from} WHERE ${apiTokens.col.label} = 'laptop'`,
    );
    expect(stored.tokenHash).not.toContain(createToken.token!.slice(4));

    const { revokeToken } = dataOf(
      await t.request(RevokeTokenDocument, { input: { tokenId: createToken.apiToken!.id } }, admin.headers),
    );
    expect(revokeToken.apiToken?.revokedAt).not.toBeNull();
    expect((await t.request(ViewerDocument, {}, headers)).status).toBe(401);
    expect(await auditActions()).toEqual(expect.arrayContaining(["TOKEN_CREATED", "TOKEN_REVOKED"]));
  });

  test("the last admin cannot be demoted", async () => {
    const self = toGlobalId("User", admin.id);
    const refused = dataOf(
      await t.request(SetUserRoleDocument, { input: { userId: self, role: "USER" } }, admin.headers),
    );
    expect(refused.setUserRole.userErrors[0]).toMatchObject({ field: ["input", "role"], code: "INVALID" });
    const other = await signUp(t.db, "second");
    const promoted = dataOf(
      await t.request(
        SetUserRoleDocument,
        { input: { userId: toGlobalId("User", other.id), role: "ADMIN" } },
        admin.headers,
      ),
    );
    expect(promoted.setUserRole.user?.role).toBe("ADMIN");
    const demoted = dataOf(
      await t.request(SetUserRoleDocument, { input: { userId: self, role: "USER" } }, admin.headers),
    );
    expect(demoted.setUserRole.user?.role).toBe("USER");
  });
});

test("the audit log pages newest first and filters by actor, action and target", async () => {
  const other = await signUp(t.db, "other", UserRole.ADMIN);
  const paper = toGlobalId("Paper", await insertPaper(t.db));
  await t.request(UpdatePaperDocument, { input: { paperId: paper, title: "one" } }, admin.headers);
  await t.request(UpdatePaperDocument, { input: { paperId: paper, title: "two" } }, other.headers);
  await t.request(UpdatePaperDocument, { input: { paperId: paper, title: "" } }, other.headers);

  const byOther = dataOf(
    await t.request(AuditLogDocument, { filter: { actorId: toGlobalId("User", other.id) } }, admin.headers),
  );
  expect(byOther.auditLog.nodes.map((entry) => entry.changes)).toEqual([{ title: { before: "one", after: "two" } }]);

  const first = dataOf(await t.request(AuditLogDocument, { first: 1, filter: { targetId: paper } }, admin.headers));
  expect(first.auditLog.totalCount).toBe(2);
  expect(first.auditLog.nodes[0].actor?.handle).toBe("other");
  const next = dataOf(
    await t.request(
      AuditLogDocument,
      { first: 1, after: first.auditLog.pageInfo.endCursor, filter: { targetId: paper } },
      admin.headers,
    ),
  );
  expect(next.auditLog.nodes[0].actor?.handle).toBe("curator");
  expect(next.auditLog.pageInfo.hasNextPage).toBe(false);
});

test("racing curators get a user error or a shared row, never an internal error", async () => {
  const input = { arxivId: "2402.00002", title: "Race", abstract: "A", publishedAt: "2025-01-01T00:00:00Z" };
  const created = await Promise.all([1, 2, 3].map(() => t.request(CreatePaperDocument, { input }, admin.headers)));
  const payloads = created.map((response) => dataOf(response).createPaper);
  expect(payloads.filter((payload) => payload.paper !== null)).toHaveLength(1);
  expect(payloads.flatMap((payload) => payload.userErrors.map((error) => error.code))).toEqual(["TAKEN", "TAKEN"]);

  const paperId = payloads.find((payload) => payload.paper)!.paper!.id;
  const urls = ["https://github.com/race/repo", "github.com/Race/Repo.git", "https://github.com/race/repo/issues"];
  const linked = await Promise.all(
    urls.map((url) => t.request(LinkRepositoryDocument, { input: { paperId, url } }, admin.headers)),
  );
  expect(linked.map((response) => dataOf(response).linkRepository.userErrors)).toEqual([[], [], []]);
  const repositoryRows = await query(t.db, sql`SELECT 1 FROM ${repositories.from}`);
  expect(repositoryRows).toHaveLength(1);
});
