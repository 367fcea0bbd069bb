import { FULL_PAPER } from "../../src/db/rows";
import { query, sql } from "../../src/db/sql";
import { papers, rowFromText, selectList, textArray } from "../../src/db/tables";
import { PapersWithRelationsDocument } from "../generated/graphql";
import { insertAuthor, insertPaper, insertRepository, linkRepository, setAuthors } from "../helpers/fixtures";
import { toGlobalId } from "../../src/domain/global-id";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
let authors: number[];
const repositories: number[] = [];
/** Children read along come back as arrays of text: these names hold what that text must quote. */
const AUTHOR_NAMES = ["Ada", 'Grace "Amazing" Hopper', "Alan {Turing}, \\ Jr.", "NULL", "Edsger W. Dijkstra — Ærø"];
/** The server's log lines, with every SQL statement it sends. */
const logs: { msg?: string; query?: { text?: string } | string }[] = [];

beforeAll(async () => {
  t = await startTestServer({}, { logs, logLevel: "trace" });
  // 120 papers, each with three authors and two repositories.
  authors = await Promise.all(AUTHOR_NAMES.map((name) => insertAuthor(t.db, name)));
  for (let i = 0; i < 10; i++) {
    const known = i % 3 !== 0;
    repositories.push(
      await insertRepository(t.db, {
        url: `https://github.com/lab/repo${i}`,
        stars: known ? i * 1000 : undefined,
        language: known ? "Python" : undefined,
      }),
    );
  }
  for (let i = 0; i < 120; i++) {
    const paperId = await insertPaper(t.db, {
      arxivId: `2501.${String(i).padStart(5, "0")}`,
      publishedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
    });
    await setAuthors(t.db, paperId, [authors[i % 5], authors[(i + 1) % 5], authors[(i + 2) % 5]]);
    await linkRepository(t.db, paperId, repositories[i % 10], true);
    await linkRepository(t.db, paperId, repositories[(i + 1) % 10]);
  }
});

afterAll(() => t.close());

async function statementsFor(first: number): Promise<{ statements: number; papers: number; authorEdges: number }> {
  await t.quiesce();
  const before = t.statementCount();
  const data = dataOf(await t.request(PapersWithRelationsDocument, { first }));
  const edges = data.papers.edges;
  return {
    statements: t.statementCount() - before,
    papers: edges.length,
    authorEdges: edges.reduce((sum, edge) => sum + edge.node.authors.edges.length, 0),
  };
}

test("a page of papers with authors and repositories runs the same few statements at 20 and 100 papers", async () => {
  const small = await statementsFor(20);
  const large = await statementsFor(100);

  expect(small.papers).toBe(20);
  expect(large.papers).toBe(100);
  expect(large.authorEdges).toBe(300);
  // The page with its authors and repositories in one statement, and one count for each relation.
  expect(small.statements).toBe(3);
  expect(large.statements).toBe(small.statements);
});

const CHILDREN = `
  authors(first: 2) { totalCount edges { cursor position node { id name } } pageInfo { hasNextPage endCursor } }
  repositories { edges { cursor isOfficial node { id url provider owner name stars language createdAt } } }`;

async function run(query: string, variables: Record<string, unknown> = {}) {
  return t.statementsDuring(async () => dataOf(await t.post({ query, variables })) as Record<string, never>);
}

test("children read along with their papers match, field for field, what the loaders read on their own", async () => {
  const listed = await run(`{ papers(first: 30) { nodes { id abstract keywords ${CHILDREN} } } }`);
  const papers = (
    listed.result.papers as {
      nodes: {
        id: string;
        authors: { edges: { node: { name: string } }[] };
        repositories: { edges: { node: { stars: number | null } }[] };
      }[];
    }
  ).nodes;
  const ids = papers.map((paper) => paper.id);
  // nodes(ids:) reads papers by key and their children through the batched loaders.
  const loaded = await run(
    `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Paper { id abstract keywords ${CHILDREN} } } }`,
    { ids },
  );
  expect(loaded.result.nodes).toEqual(papers);
  const names = papers.flatMap((paper) => paper.authors.edges.map((edge) => edge.node.name));
  expect(new Set(names)).toEqual(new Set(AUTHOR_NAMES));
  const stars = papers.flatMap((paper) => paper.repositories.edges.map((edge) => edge.node.stars));
  expect(stars).toContain(null);
  expect(stars).toContain(2000);
  expect(listed.statements).toBe(2); // the page with its children, and the authors' totalCount
  expect(loaded.statements).toBe(4);

  const single = await run(`query($id: ID!) { node(id: $id) { ... on Paper { id abstract keywords ${CHILDREN} } } }`, {
    id: ids[7],
  });
  expect(single.result.node).toEqual(papers[7]);
  expect(single.statements).toBe(2);
});

test("an author's and a repository's papers bring their own authors and repositories in the same statement", async () => {
  const fields = `id title arxivUrl ${CHILDREN}`;
  const ofAuthor = await run(
    `query($id: ID!) { node(id: $id) { ... on Author { papers(first: 30) { nodes { ${fields} } } } } }`,
    { id: toGlobalId("Author", authors[1]) },
  );
  const authorPapers = (ofAuthor.result.node as { papers: { nodes: { id: string }[] } }).papers.nodes;
  // Authors 0, 1 and 2 of the five are on papers 0, 4 and 3 of every five.
  expect(authorPapers).toHaveLength(30);
  // The author, the papers with their children, and the authors' totalCount; each list on its own would be two more.
  expect(ofAuthor.statements).toBe(3);

  const ofRepository = await run(
    `query($id: ID!) { node(id: $id) { ... on Repository { papers(first: 5) { edges { isOfficial node { ${fields} } } } } } }`,
    { id: toGlobalId("Repository", repositories[4]) },
  );
  const repositoryEdges = (
    ofRepository.result.node as { papers: { edges: { isOfficial: boolean; node: { id: string } }[] } }
  ).papers.edges;
  expect(repositoryEdges.map((edge) => edge.isOfficial)).toEqual(expect.arrayContaining([true, false]));
  expect(ofRepository.statements).toBe(3);

  // The same papers, each with its children read by the loaders on their own.
  const nested = [...authorPapers, ...repositoryEdges.map((edge) => edge.node)];
  const loaded = await run(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Paper { ${fields} } } }`, {
    ids: nested.map((paper) => paper.id),
  });
  expect(loaded.result.nodes).toEqual(nested);
});

test("repositories are read with the columns their selection needs, and lists asking for different ones each get theirs", async () => {
  type Repositories = { nodes: { repositories: { nodes: Record<string, unknown>[] } }[] };
  const repositoriesOf = (list: unknown) => (list as Repositories).nodes.flatMap((paper) => paper.repositories.nodes);
  const { result, statements } = await run(`{
    narrow: papers(first: 5) { nodes { repositories { nodes { url } } } }
    wide: papers(first: 5) { nodes { repositories { nodes { url owner name provider createdAt } } } } }`);
  expect(statements).toBe(2);
  expect(repositoriesOf(result.narrow).every((repository) => Object.keys(repository).join() === "url")).toBe(true);
  for (const repository of repositoriesOf(result.wide)) {
    expect(repository).toEqual({
      url: expect.stringMatching(/^https:\/\/github\.com\/lab\/repo\d$/),
      owner: "lab",
      name: expect.stringMatching(/^repo\d$/),
      provider: "GITHUB",
      createdAt: expect.any(String),
    });
  }

  // The same document, its selection changed by a variable: read through the loaders, by key.
  const paperIds = (
    (await run("{ papers(first: 3) { nodes { id } } }")).result.papers as { nodes: { id: string }[] }
  ).nodes.map((paper) => paper.id);
  const byKey = `query($ids: [ID!]!, $more: Boolean!) {
    nodes(ids: $ids) { ... on Paper { repositories { nodes { url owner @include(if: $more) } } } } }`;
  const without = await run(byKey, { ids: paperIds, more: false });
  const withOwner = await run(byKey, { ids: paperIds, more: true });
  const repositoriesByKey = (answer: Record<string, never>) =>
    (answer.nodes as { repositories: { nodes: Record<string, unknown>[] } }[]).flatMap(
      (paper) => paper.repositories.nodes,
    );
  expect(repositoriesByKey(without.result).map((repository) => repository.owner)).toEqual(Array(6).fill(undefined));
  expect(repositoriesByKey(withOwner.result).map((repository) => repository.owner)).toEqual(Array(6).fill("lab"));
});

test("papers are read with the columns their fields need, and id", async () => {
  /** The statement that reads the papers, and the answer. */
  const paperRead = async (query: string, variables: Record<string, unknown> = {}) => {
    logs.length = 0;
    const { result } = await run(query, variables);
    const texts = logs
      .filter((line) => line.msg === "sql")
      .map((line) => (typeof line.query === "string" ? line.query : (line.query?.text ?? "")));
    return { result, sql: texts.find((text) => text.includes('"paper"'))! };
  };
  const aliases = (sql: string) => [...sql.matchAll(/ AS "(\w+)"/g)].map((match) => match[1]);

  const listed = await paperRead("{ papers(first: 2) { nodes { title arxivUrl } } }");
  expect(aliases(listed.sql)).toEqual(expect.arrayContaining(["id", "title", "arxivId"]));
  expect(aliases(listed.sql)).not.toEqual(expect.arrayContaining(["publishedAt"]));
  expect(aliases(listed.sql)).not.toEqual(expect.arrayContaining(["abstract"]));
  const nodes = (listed.result.papers as { nodes: { title: string; arxivUrl: string }[] }).nodes;
  expect(nodes).toHaveLength(2);
  for (const paper of nodes) {
    expect(paper.title).toEqual(expect.any(String));
    expect(paper.arxivUrl).toMatch(/^https:\/\/arxiv\.org\/abs\//);
  }

  const ids = ((await run("{ papers(first: 1) { nodes { id } } }")).result.papers as { nodes: { id: string }[] }).nodes;
  const single = await paperRead(`query($id: ID!) { node(id: $id) { id ... on Paper { publishedAt upvotes } } }`, {
    id: ids[0].id,
  });
  expect(aliases(single.sql)).toEqual(expect.arrayContaining(["id", "publishedAt", "upvotes"]));
  expect(aliases(single.sql)).not.toEqual(expect.arrayContaining(["title"]));
  expect(single.result.node).toEqual({ id: ids[0].id, publishedAt: expect.any(String), upvotes: expect.any(Number) });
});

test("each distinct page of a child relation is read along, and trending's first page needs no rank query", async () => {
  await t.db.query("INSERT INTO app_user (handle) VALUES ('voter')");
  await t.db.query("INSERT INTO vote (user_id, paper_id) SELECT u.id, p.id FROM app_user u, paper p WHERE p.id <= 5");
  const { result, statements } = await run(`{
    trendingPapers(first: 3) { edges { rank cursor node {
      firstAuthor: authors(first: 1) { nodes { name } }
      allAuthors: authors { nodes { name } }
      repositories { nodes { url } } } } } }`);
  const edges = (result.trendingPapers as { edges: { rank: number; node: Record<string, { nodes: unknown[] }> }[] })
    .edges;
  expect(edges.map((edge) => edge.rank)).toEqual([1, 2, 3]);
  expect(edges.map((edge) => typeof (edge as { cursor?: unknown }).cursor)).toEqual(["string", "string", "string"]);
  expect(edges[0].node.firstAuthor.nodes).toHaveLength(1);
  expect(edges[0].node.allAuthors.nodes).toHaveLength(3);
  expect(statements).toBe(1);
});

test("a document read again with other variables, or with a fixed selection, gets its own pages each time", async () => {
  const withVariables = `query ($authors: Int!, $withRepositories: Boolean!) {
    papers(first: 2) { nodes {
      authors(first: $authors) { nodes { name } }
      repositories @include(if: $withRepositories) { nodes { url } } } } }`;
  const shapes = [];
  for (const variables of [
    { authors: 1, withRepositories: false },
    { authors: 3, withRepositories: true },
    { authors: 2, withRepositories: false },
  ]) {
    const { result, statements } = await run(withVariables, variables);
    const nodes = (result.papers as { nodes: { authors: { nodes: unknown[] }; repositories?: { nodes: unknown[] } }[] })
      .nodes;
    shapes.push({
      statements,
      authors: nodes.map((node) => node.authors.nodes.length),
      repositories: nodes.map((node) => node.repositories?.nodes.length ?? null),
    });
  }
  expect(shapes).toEqual([
    { statements: 1, authors: [1, 1], repositories: [null, null] },
    { statements: 1, authors: [3, 3], repositories: [2, 2] },
    { statements: 1, authors: [2, 2], repositories: [null, null] },
  ]);

  // Without variables, the plan kept from the first request serves the next: the same answer and statements.
  const fixed = `{ papers(first: 2) { nodes { title authors(first: 2) { nodes { name } } } } }`;
  const first = await run(fixed);
  const again = await run(fixed);
  expect(again).toEqual(first);
  expect(first.statements).toBe(1);
});

test("a paper's authors page forward and back by position, read along with the paper or on their own", async () => {
  const AUTHOR_PAGE = `edges { cursor position node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
  type AuthorPage = {
    edges: { cursor: string; position: number; node: { name: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
  const listed = dataOf(
    await t.post({ query: `{ papers(first: 1) { nodes { id authors { ${AUTHOR_PAGE} } } } }` }),
  ) as { papers: { nodes: { id: string; authors: AuthorPage }[] } };
  const [paper] = listed.papers.nodes;
  expect(paper.authors.edges.map((edge) => edge.position)).toEqual([0, 1, 2]);

  const pageOf = async (args: string) => {
    const data = dataOf(
      await t.post({
        query: `query($id: ID!) { node(id: $id) { ... on Paper { authors(${args}) { ${AUTHOR_PAGE} } } } }`,
        variables: { id: paper.id },
      }),
    ) as { node: { authors: AuthorPage } };
    return data.node.authors;
  };
  const forward: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: AuthorPage = await pageOf(after ? `first: 1, after: "${after}"` : "first: 1");
    forward.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(forward).toEqual(paper.authors.edges.map((edge) => edge.node.name));

  const last = paper.authors.edges[2].cursor;
  const before = await pageOf(`last: 2, before: "${last}"`);
  expect(before.edges.map((edge) => edge.position)).toEqual([0, 1]);
  expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
});

test("every column of a paper carried as text comes back as pg reads it", async () => {
  const [{ id }] = await query<{ id: number }>(t.db, sql`SELECT min(${papers.col.id}) AS id FROM ${papers.from}`);
  const { column } = papers;
  await query(
    t.db,
    sql`UPDATE ${papers.name} SET ${column.keywords} = ${["a,b", "NULL", "{x}", 'q"uote', "Ærø"]}::text[],
      ${column.submittedBy} = ${JSON.stringify({ name: "ada", fullName: 'Ada "L" Lovelace' })}::jsonb,
      ${column.dailyDate} = '2025-01-02', ${column.revisedAt} = '2025-01-03T04:05:06.789Z'
    WHERE ${column.id} = ${id}`,
  );
  const columns = papers.readColumns(FULL_PAPER);
  const [{ texts, ...asRead }] = await query<{ texts: (string | null)[] }>(
    t.db,
    sql`SELECT ${selectList(columns)}, ${textArray(columns)} AS texts FROM ${papers.from} WHERE ${papers.col.id} = ${id}`,
  );
  expect(asRead).toMatchObject({ keywords: ["a,b", "NULL", "{x}", 'q"uote', "Ærø"], dailyDate: "2025-01-02" });
  expect(rowFromText(columns)(texts)).toEqual(asRead);
});
