import { query, sql } from "../../src/db/sql";
import { paperRepositories, papers, paperSearchTerms } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import {
  DeletePaperDocument,
  PaperListDocument,
  UpdatePaperDocument,
  type PaperListQueryVariables,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper, insertRepository, linkRepository } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// A one-word search in RELEVANCE order reads its page off paper_search_term instead of ranking
// every match (services/paper.service.ts). These tests hold it to ranking every match.

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

/** Every visible paper the search matches, as ranking each of them orders it: titles, best first. */
async function rankedByPostgres(search: string, condition = sql`true`): Promise<string[]> {
  const rows = await query<{ title: string }>(
    t.db,
    sql`SELECT p.title FROM ${papers.from}, websearch_to_tsquery('english', ${search}) q
        WHERE p.deleted_at IS NULL AND p.search_vector @@ q AND ${condition}
        ORDER BY ts_rank(p.search_vector, q) DESC, p.id DESC`,
  );
  return rows.map((row) => row.title);
}

/** Follows cursors to the end of the list, `size` papers a page, forward or backward; titles in list order. */
async function readAll(variables: PaperListQueryVariables, size: number, backward = false): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null | undefined;
  for (;;) {
    const { papers } = dataOf(
      await t.request(
        PaperListDocument,
        backward ? { ...variables, last: size, before: cursor } : { ...variables, first: size, after: cursor },
      ),
    );
    const titles = papers.edges.map((edge) => edge.node.title);
    if (backward) seen.unshift(...titles);
    else seen.push(...titles);
    if (!(backward ? papers.pageInfo.hasPreviousPage : papers.pageInfo.hasNextPage)) return seen;
    cursor = backward ? papers.pageInfo.startCursor : papers.pageInfo.endCursor;
  }
}

describe("search in relevance order", () => {
  let withCode: number;
  let abstractOnly: number;

  beforeEach(async () => {
    // Title words weigh more than abstract words, and each repeat adds less; equal ranks tie,
    // and the later paper comes first.
    await insertPaper(t.db, { title: "Diffusion once", abstract: "Nothing else." });
    await insertPaper(t.db, { title: "Diffusion diffusion", abstract: "Twice in the title." });
    abstractOnly = await insertPaper(t.db, { title: "Abstract once", abstract: "A diffusion process." });
    await insertPaper(t.db, { title: "Abstract thrice", abstract: "Diffusion, diffused, diffusing." });
    await insertPaper(t.db, { title: "Diffusion once again", abstract: "A tie with the first." });
    await insertPaper(t.db, { title: "Abstract once again", abstract: "Another diffusion model." });
    withCode = await insertPaper(t.db, { title: "Diffusion everywhere", abstract: "Diffusion and diffusion." });
    await insertPaper(t.db, { title: "Diffusion diffusion diffusion", abstract: "Deleted.", deleted: true });
    await insertPaper(t.db, { title: "Transformers", abstract: "No match here.", publishedAt: "2020-01-01T00:00:00Z" });
    await linkRepository(t.db, withCode, await insertRepository(t.db, { url: "https://github.com/d/d" }), true);
  });

  test("a one-word search lists every match in ts_rank order, page by page in both directions and orders", async () => {
    const ranked = await rankedByPostgres("diffusion");
    expect(ranked).toEqual([
      "Diffusion diffusion",
      "Diffusion everywhere",
      "Diffusion once again",
      "Diffusion once",
      "Abstract thrice",
      "Abstract once again",
      "Abstract once",
    ]);
    const search = { filter: { search: "Diffusion" } };
    expect(await readAll(search, 100)).toEqual(ranked);
    expect(await readAll(search, 2)).toEqual(ranked);
    expect(await readAll(search, 3, true)).toEqual(ranked);
    const ascending = { ...search, orderBy: { field: "RELEVANCE", direction: "ASC" } } as const;
    expect(await readAll(ascending, 2)).toEqual([...ranked].reverse());
    expect(await readAll(ascending, 3, true)).toEqual([...ranked].reverse());
  });

  test("filters narrow a one-word search, and totalCount counts every match, in one statement each", async () => {
    const { result, statements } = await t.statementsDuring(() =>
      t.request(PaperListDocument, { filter: { search: "diffusion", publishedFrom: "2021-01-01" }, first: 2 }),
    );
    expect(dataOf(result).papers.totalCount).toBe(7);
    expect(statements).toBe(2);
    const coded = sql`EXISTS (SELECT 1 FROM ${paperRepositories.from} WHERE ${paperRepositories.col.paperId} = p.id)`;
    expect(await readAll({ filter: { search: "diffusion", hasCode: true } }, 1)).toEqual(
      await rankedByPostgres("diffusion", coded),
    );
    expect(await readAll({ filter: { search: "diffusion", hasCode: false } }, 2)).toEqual(
      await rankedByPostgres("diffusion", sql`NOT ${coded}`),
    );
  });

  test("a one-word search follows edited, deleted and new papers", async () => {
    const update = (input: Record<string, unknown>) =>
      t.request(
        UpdatePaperDocument,
        { input: { paperId: toGlobalId("Paper", abstractOnly), ...input } },
        admin.headers,
      );
    expect(dataOf(await update({ title: "Diffusion diffusion diffusion diffusion" })).updatePaper.userErrors).toEqual(
      [],
    );
    const afterEdit = await rankedByPostgres("diffusion");
    expect(afterEdit[0]).toBe("Diffusion diffusion diffusion diffusion");
    expect(await readAll({ filter: { search: "diffusion" } }, 3)).toEqual(afterEdit);

    await update({ abstract: "No longer about it." });
    await t.request(
      DeletePaperDocument,
      { input: { paperId: toGlobalId("Paper", withCode), reason: "duplicate" } },
      admin.headers,
    );
    await insertPaper(t.db, { title: "A new diffusion paper" });
    const afterChanges = await rankedByPostgres("diffusion");
    expect(afterChanges).not.toContain("Diffusion everywhere");
    expect(afterChanges).toContain("A new diffusion paper");
    expect(await readAll({ filter: { search: "diffusion" } }, 3)).toEqual(afterChanges);

    // What the trigger keeps: each paper's words with their ranks, no more and no fewer.
    const [drift] = await query<{ rows: number }>(
      t.db,
      sql`WITH kept AS (SELECT paper_id, lexeme, rank FROM paper_search_term),
          expected AS (SELECT p.id, w.lexeme, w.rank FROM paper p, search_word_ranks(p.search_vector) w)
        SELECT ((SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM expected) extra)
          + (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM kept) missing))::int AS rows`,
    );
    expect(drift.rows).toBe(0);
  });

  test("a one-word search reads its papers from paper_search_term, a search of several words from paper", async () => {
    await query(
      t.db,
      sql`DELETE FROM ${paperSearchTerms.name} WHERE ${paperSearchTerms.column.paperId} = ${abstractOnly}`,
    );
    expect(await readAll({ filter: { search: "diffusion" } }, 100)).not.toContain("Abstract once");
    expect(await readAll({ filter: { search: "diffusion process" } }, 100)).toEqual(["Abstract once"]);
  });

  test("a word with punctuation in it is one word too", async () => {
    await insertPaper(t.db, { title: "Hosted", abstract: "Code at example.org/it's-here and on example.org." });
    expect(await readAll({ filter: { search: "example.org" } }, 1)).toEqual(await rankedByPostgres("example.org"));
    expect(await readAll({ filter: { search: "example.org" } }, 1)).toEqual(["Hosted"]);
  });

  test("a search of several words, a phrase or an exclusion ranks every match", async () => {
    for (const search of ["diffusion model", '"diffusion model"', "diffusion -title", "diffusion or transformers"]) {
      const ranked = await rankedByPostgres(search);
      expect(ranked.length).toBeGreaterThan(0);
      expect(await readAll({ filter: { search } }, 2)).toEqual(ranked);
    }
  });
});
