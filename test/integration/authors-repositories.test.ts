import {
  AuthorListDocument,
  AuthorPapersDocument,
  RepositoryListDocument,
  RepositoryPapersDocument,
} from "../generated/graphql";
import { insertAuthor, insertPaper, insertRepository, linkRepository, setAuthors } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  const hinton = await insertAuthor(t.db, "Geoffrey Hinton");
  const garcia = await insertAuthor(t.db, "José  García");
  await insertAuthor(t.db, "Yann LeCun");
  const older = await insertPaper(t.db, { title: "Backprop", publishedAt: "1986-10-09T00:00:00Z" });
  const newer = await insertPaper(t.db, { title: "Capsules", publishedAt: "2017-10-26T00:00:00Z" });
  const hidden = await insertPaper(t.db, { title: "Withdrawn", publishedAt: "2020-01-01T00:00:00Z", deleted: true });
  await setAuthors(t.db, older, [hinton]);
  await setAuthors(t.db, newer, [garcia, hinton]);
  await setAuthors(t.db, hidden, [hinton]);

  const big = await insertRepository(t.db, { url: "https://github.com/big/model", stars: 5000, language: "Python" });
  const small = await insertRepository(t.db, {
    url: "https://gitlab.com/small/tool",
    provider: "GITLAB" as never,
    stars: 12,
    language: "Rust",
  });
  await insertRepository(t.db, { url: "https://example.org/unknown", provider: "OTHER" as never, stars: null });
  await linkRepository(t.db, newer, big, true);
  await linkRepository(t.db, older, big, false);
  await linkRepository(t.db, hidden, small, true);
});
afterAll(() => t.close());

test("authors are listed by name and searched by word prefix, ignoring case and accents", async () => {
  const all = dataOf(await t.request(AuthorListDocument, {}));
  expect(all.authors.nodes.map((author) => author.name)).toEqual(["Geoffrey Hinton", "José  García", "Yann LeCun"]);
  const found = dataOf(await t.request(AuthorListDocument, { search: "GARC jo" }));
  expect(found.authors.nodes.map((author) => author.name)).toEqual(["José  García"]);
  expect(dataOf(await t.request(AuthorListDocument, { search: "hint" })).authors.totalCount).toBe(1);

  const page = dataOf(await t.request(AuthorListDocument, { first: 2 }));
  const rest = dataOf(await t.request(AuthorListDocument, { first: 2, after: page.authors.pageInfo.endCursor }));
  expect(rest.authors.nodes.map((author) => author.name)).toEqual(["Yann LeCun"]);
});

test("an author's papers come newest first, page by page, without hidden papers", async () => {
  const { authors } = dataOf(await t.request(AuthorListDocument, { search: "hinton" }));
  const first = dataOf(await t.request(AuthorPapersDocument, { id: authors.nodes[0].id, first: 1 }));
  if (first.node?.__typename !== "Author") throw new Error("expected an author");
  expect(first.node.papers.totalCount).toBe(2);
  expect(first.node.papers.nodes.map((paper) => paper.title)).toEqual(["Capsules"]);
  const next = dataOf(
    await t.request(AuthorPapersDocument, {
      id: authors.nodes[0].id,
      first: 1,
      after: first.node.papers.pageInfo.endCursor,
    }),
  );
  if (next.node?.__typename !== "Author") throw new Error("expected an author");
  expect(next.node.papers.nodes.map((paper) => paper.title)).toEqual(["Backprop"]);
  expect(next.node.papers.pageInfo.hasNextPage).toBe(false);
});

test("repositories order by stars with unknown counts last, and filter by provider and language", async () => {
  const byStars = dataOf(await t.request(RepositoryListDocument, {}));
  expect(byStars.repositories.nodes.map((repository) => repository.stars)).toEqual([5000, 12, null]);
  const ascending = dataOf(await t.request(RepositoryListDocument, { orderBy: { field: "STARS", direction: "ASC" } }));
  expect(ascending.repositories.nodes.map((repository) => repository.stars)).toEqual([null, 12, 5000]);
  const gitlab = dataOf(await t.request(RepositoryListDocument, { filter: { provider: "GITLAB" } }));
  expect(gitlab.repositories.nodes).toEqual([
    expect.objectContaining({ owner: "small", name: "tool", language: "Rust" }),
  ]);
  const python = dataOf(await t.request(RepositoryListDocument, { filter: { language: "Python" } }));
  expect(python.repositories.totalCount).toBe(1);

  const page = dataOf(await t.request(RepositoryListDocument, { first: 2 }));
  const rest = dataOf(
    await t.request(RepositoryListDocument, { first: 2, after: page.repositories.pageInfo.endCursor }),
  );
  expect(rest.repositories.nodes.map((repository) => repository.url)).toEqual(["https://example.org/unknown"]);
});

test("a repository's papers carry whether the link is official", async () => {
  const { repositories } = dataOf(await t.request(RepositoryListDocument, { first: 1 }));
  const data = dataOf(await t.request(RepositoryPapersDocument, { id: repositories.nodes[0].id }));
  if (data.node?.__typename !== "Repository") throw new Error("expected a repository");
  expect(data.node.papers.edges.map((edge) => [edge.node.title, edge.isOfficial])).toEqual([
    ["Capsules", true],
    ["Backprop", false],
  ]);
});
