import {
  DailyPapersDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  PaperByArxivIdDocument,
  PaperListDocument,
  PapersWithRelationsDocument,
  type PaperListQueryVariables,
} from "../generated/graphql";
import { insertAuthor, insertPaper, insertRepository, linkRepository, setAuthors } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function titles(variables: PaperListQueryVariables): Promise<string[]> {
  const data = dataOf(await t.request(PaperListDocument, variables));
  return data.papers.edges.map((edge) => edge.node.title);
}

/** Follows `after` cursors to the end of the list, `size` papers at a time. */
async function readForward(variables: PaperListQueryVariables, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { papers } = dataOf(await t.request(PaperListDocument, { ...variables, first: size, after }));
    seen.push(...papers.edges.map((edge) => edge.node.title));
    if (!papers.pageInfo.hasNextPage) return seen;
    after = papers.pageInfo.endCursor;
  }
}

describe("papers ordering", () => {
  beforeEach(async () => {
    await insertPaper(t.db, {
      title: "old",
      publishedAt: "2023-01-01T00:00:00Z",
      dailyDate: "2023-01-02",
      importedUpvotes: 5,
    });
    await insertPaper(t.db, {
      title: "mid-a",
      publishedAt: "2024-06-01T00:00:00Z",
      dailyDate: null,
      importedUpvotes: 9,
    });
    await insertPaper(t.db, {
      title: "mid-b",
      publishedAt: "2024-06-01T00:00:00Z",
      dailyDate: "2024-06-02",
      importedUpvotes: 9,
    });
    await insertPaper(t.db, {
      title: "new",
      publishedAt: "2025-03-01T12:30:00.123456Z",
      dailyDate: "2025-03-02",
      importedUpvotes: 1,
    });
    await insertPaper(t.db, { title: "hidden", publishedAt: "2025-04-01T00:00:00Z", deleted: true });
  });

  test("defaults to newest first, ties broken by the later-added paper first, hidden papers left out", async () => {
    expect(await titles({})).toEqual(["new", "mid-b", "mid-a", "old"]);
  });

  test("each order reads the same way page by page as in one page, in both directions", async () => {
    for (const field of ["PUBLISHED_AT", "DAILY_DATE", "UPVOTES"] as const) {
      for (const direction of ["ASC", "DESC"] as const) {
        const orderBy = { field, direction };
        const whole = await titles({ orderBy, first: 100 });
        expect(whole).toHaveLength(4);
        expect(await readForward({ orderBy }, 1)).toEqual(whole);

        const backward: string[] = [];
        let before: string | null | undefined;
        for (;;) {
          const { papers } = dataOf(await t.request(PaperListDocument, { orderBy, last: 1, before }));
          backward.unshift(...papers.edges.map((edge) => edge.node.title));
          if (!papers.pageInfo.hasPreviousPage) break;
          before = papers.pageInfo.startCursor;
        }
        expect(backward).toEqual(whole);
      }
    }
  });

  test("papers never put on the daily list come last when ordering by daily date, newest first", async () => {
    expect(await titles({ orderBy: { field: "DAILY_DATE", direction: "DESC" } })).toEqual([
      "new",
      "mid-b",
      "old",
      "mid-a",
    ]);
    expect(await titles({ orderBy: { field: "DAILY_DATE", direction: "ASC" } })).toEqual([
      "mid-a",
      "old",
      "mid-b",
      "new",
    ]);
  });

  test("upvote order breaks ties deterministically", async () => {
    expect(await titles({ orderBy: { field: "UPVOTES", direction: "DESC" } })).toEqual([
      "mid-b",
      "mid-a",
      "old",
      "new",
    ]);
  });

  test("cursors keep their place when papers are inserted while a client pages through", async () => {
    const first = dataOf(await t.request(PaperListDocument, { first: 2 }));
    expect(first.papers.edges.map((edge) => edge.node.title)).toEqual(["new", "mid-b"]);
    await insertPaper(t.db, { title: "newest", publishedAt: "2026-01-01T00:00:00Z" });
    await insertPaper(t.db, { title: "between", publishedAt: "2024-07-01T00:00:00Z" });
    const next = await titles({ first: 10, after: first.papers.pageInfo.endCursor });
    expect(next).toEqual(["mid-a", "old"]);
  });

  test("page info and totalCount describe the whole list", async () => {
    const { papers } = dataOf(await t.request(PaperListDocument, { first: 3 }));
    expect(papers.totalCount).toBe(4);
    expect(papers.pageInfo.hasNextPage).toBe(true);
    expect(papers.pageInfo.hasPreviousPage).toBe(false);
    const rest = dataOf(await t.request(PaperListDocument, { first: 3, after: papers.pageInfo.endCursor }));
    expect(rest.papers.edges).toHaveLength(1);
    expect(rest.papers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe("papers filters", () => {
  let withCode: number;
  let authorId: number;
  let repositoryId: number;

  beforeEach(async () => {
    withCode = await insertPaper(t.db, {
      title: "Graph Neural Networks for Molecules",
      abstract: "We propose message passing over molecular graphs.",
      publishedAt: "2024-02-10T08:00:00Z",
      dailyDate: "2024-02-12",
      keywords: ["graphs", "chemistry"],
      importedUpvotes: 12,
    });
    const other = await insertPaper(t.db, {
      title: "Diffusion Models for Audio",
      abstract: "A diffusion model that generates speech; graphs are not involved.",
      publishedAt: "2024-05-01T00:00:00Z",
      keywords: ["audio"],
      importedUpvotes: 3,
      dailyDate: "2024-05-02",
    });
    await insertPaper(t.db, {
      title: "Scaling Laws",
      abstract: "Bigger is better.",
      publishedAt: "2023-01-01T00:00:00Z",
    });
    repositoryId = await insertRepository(t.db, { url: "https://github.com/chem/gnn", stars: 10 });
    await linkRepository(t.db, withCode, repositoryId, true);
    authorId = await insertAuthor(t.db, "Marie Curie");
    await setAuthors(t.db, other, [authorId]);
  });

  test("search matches title and abstract, ranks title matches first, and takes web-search syntax", async () => {
    expect(await titles({ filter: { search: "graphs" } })).toEqual([
      "Graph Neural Networks for Molecules",
      "Diffusion Models for Audio",
    ]);
    expect(await titles({ filter: { search: "graph -diffusion" } })).toEqual(["Graph Neural Networks for Molecules"]);
    expect(await titles({ filter: { search: '"message passing"' } })).toEqual(["Graph Neural Networks for Molecules"]);
    expect(await titles({ filter: { search: "graph" }, orderBy: { field: "PUBLISHED_AT", direction: "ASC" } })).toEqual(
      ["Graph Neural Networks for Molecules", "Diffusion Models for Audio"],
    );
    expect(await readForward({ filter: { search: "graph" } }, 1)).toHaveLength(2);
  });

  test("publication range is inclusive of whole UTC days", async () => {
    expect(await titles({ filter: { publishedFrom: "2024-02-10", publishedTo: "2024-02-10" } })).toEqual([
      "Graph Neural Networks for Molecules",
    ]);
    expect(await titles({ filter: { publishedFrom: "2024-01-01" } })).toHaveLength(2);
    expect(await titles({ filter: { publishedTo: "2024-02-09" } })).toEqual(["Scaling Laws"]);
  });

  test("keywords match any of those given, exactly; minUpvotes is a floor", async () => {
    expect(await titles({ filter: { keywords: ["chemistry", "audio"] } })).toEqual([
      "Diffusion Models for Audio",
      "Graph Neural Networks for Molecules",
    ]);
    expect(await titles({ filter: { keywords: ["Chemistry"] } })).toEqual([]);
    expect(await titles({ filter: { minUpvotes: 3 } })).toEqual([
      "Diffusion Models for Audio",
      "Graph Neural Networks for Molecules",
    ]);
    expect(await titles({ filter: { minUpvotes: 4, keywords: [" audio "] } })).toEqual([]);
    const refused = await t.request(PaperListDocument, { filter: { keywords: [] } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.keywords" });
  });

  test("daily date, code, author and repository filters", async () => {
    expect(await titles({ filter: { dailyDate: "2024-05-02" } })).toEqual(["Diffusion Models for Audio"]);
    expect(await titles({ filter: { hasCode: true } })).toEqual(["Graph Neural Networks for Molecules"]);
    expect(await titles({ filter: { hasCode: false } })).toEqual(["Diffusion Models for Audio", "Scaling Laws"]);

    const author = dataOf(
      await t.request(NodeByIdDocument, { id: Buffer.from(`Author:${authorId}`).toString("base64url") }),
    );
    expect(await titles({ filter: { authorId: author.node!.id } })).toEqual(["Diffusion Models for Audio"]);
    const repository = dataOf(
      await t.request(NodesByIdsDocument, { ids: [Buffer.from(`Repository:${repositoryId}`).toString("base64url")] }),
    );
    expect(await titles({ filter: { repositoryId: repository.nodes[0]!.id, hasCode: true } })).toEqual([
      "Graph Neural Networks for Molecules",
    ]);
  });

  test("dailyPapers lists one day's papers", async () => {
    const data = dataOf(await t.request(DailyPapersDocument, { date: "2024-02-12" }));
    expect(data.dailyPapers.totalCount).toBe(1);
    expect(data.dailyPapers.nodes[0]).toMatchObject({
      title: "Graph Neural Networks for Molecules",
      dailyDate: "2024-02-12",
    });
  });
});

describe("single papers and relations", () => {
  test("paper(arxivId:) ignores the version suffix and returns every field", async () => {
    await insertPaper(t.db, { title: "Attention", arxivId: "1706.03762", importedUpvotes: 42, authorCount: 8 });
    const { paper } = dataOf(await t.request(PaperByArxivIdDocument, { arxivId: "1706.03762v7" }));
    expect(paper).toMatchObject({
      arxivId: "1706.03762",
      arxivUrl: "https://arxiv.org/abs/1706.03762",
      title: "Attention",
      upvotes: 42,
      authorCount: 8,
      keywords: [],
    });
    const again = dataOf(await t.request(NodeByIdDocument, { id: paper!.id }));
    expect(again.node).toMatchObject({ __typename: "Paper", title: "Attention" });
  });

  test("authors keep the paper's order and repositories list official ones first", async () => {
    const paperId = await insertPaper(t.db, { title: "Ordered" });
    const zed = await insertAuthor(t.db, "Zed Zulu");
    const amy = await insertAuthor(t.db, "Amy Alpha");
    await setAuthors(t.db, paperId, [zed, amy]);
    const fork = await insertRepository(t.db, { url: "https://github.com/someone/fork", stars: 900 });
    const official = await insertRepository(t.db, { url: "https://github.com/lab/official", stars: 3 });
    await linkRepository(t.db, paperId, fork, false);
    await linkRepository(t.db, paperId, official, true);

    const { papers } = dataOf(await t.request(PapersWithRelationsDocument, { first: 5 }));
    const node = papers.edges[0].node;
    expect(node.authors.edges.map((edge) => [edge.position, edge.node.name])).toEqual([
      [0, "Zed Zulu"],
      [1, "Amy Alpha"],
    ]);
    expect(node.repositories.edges.map((edge) => [edge.isOfficial, edge.node.url])).toEqual([
      [true, "https://github.com/lab/official"],
      [false, "https://github.com/someone/fork"],
    ]);
    expect(node.repositories.totalCount).toBe(2);
  });
});
