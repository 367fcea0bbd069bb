import { PapersWithRelationsDocument } from "../generated/graphql";
import { insertAuthor, insertPaper, insertRepository, linkRepository, setAuthors } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  // 120 papers, each with three authors and two repositories.
  const authors = await Promise.all(["Ada", "Grace", "Alan", "Edsger"].map((name) => insertAuthor(t.db, name)));
  const repositories: number[] = [];
  for (let i = 0; i < 10; i++)
    repositories.push(await insertRepository(t.db, { url: `https://github.com/lab/repo${i}` }));
  for (let i = 0; i < 120; i++) {
    const paperId = await insertPaper(t.db, { publishedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() });
    await setAuthors(t.db, paperId, [authors[i % 4], authors[(i + 1) % 4], authors[(i + 2) % 4]]);
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
  // papers page, authors page, repositories page, and one count for each relation.
  expect(small.statements).toBe(5);
  expect(large.statements).toBe(small.statements);
});
