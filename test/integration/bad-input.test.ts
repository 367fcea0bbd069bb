import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  AuthorListDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  PaperByArxivIdDocument,
  PaperListDocument,
} from "../generated/graphql";
import { insertPaper } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
let paperId: string;
beforeAll(async () => {
  t = await startTestServer();
  const id = await insertPaper(t.db, { arxivId: "2410.17243" });
  paperId = Buffer.from(`Paper:${id}`).toString("base64url");
});
afterAll(() => t.close());

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

test.each([
  ["a malformed global ID", NodeByIdDocument, { id: "not-an-id" }, "BAD_USER_INPUT"],
  [
    "a global ID of an unknown type",
    NodeByIdDocument,
    { id: Buffer.from("Planet:1").toString("base64url") },
    "BAD_USER_INPUT",
  ],
  ["an unknown global ID", NodeByIdDocument, { id: Buffer.from("Paper:999999").toString("base64url") }, "NOT_FOUND"],
  ["an unknown arXiv ID", PaperByArxivIdDocument, { arxivId: "2501.00001" }, "NOT_FOUND"],
  ["a malformed arXiv ID", PaperByArxivIdDocument, { arxivId: "arxiv.org/abs/x" }, "BAD_USER_INPUT"],
  ["both first and last", PaperListDocument, { first: 5, last: 5 }, "BAD_USER_INPUT"],
  ["a cursor that is not base64 JSON", PaperListDocument, { after: "%%%" }, "BAD_USER_INPUT"],
  ["a cursor from another order", PaperListDocument, { after: encode(["upvotes", "3", 1]) }, "BAD_USER_INPUT"],
  [
    "a cursor with a forged key",
    PaperListDocument,
    { after: encode(["published", "'; DROP TABLE paper; --", 1]) },
    "BAD_USER_INPUT",
  ],
  ["an empty search", PaperListDocument, { filter: { search: "   " } }, "BAD_USER_INPUT"],
  ["an over-long search", PaperListDocument, { filter: { search: "x".repeat(257) } }, "BAD_USER_INPUT"],
  ["an author search that is too long", AuthorListDocument, { search: "y".repeat(300) }, "BAD_USER_INPUT"],
  [
    "RELEVANCE without a search",
    PaperListDocument,
    { orderBy: { field: "RELEVANCE", direction: "DESC" } },
    "BAD_USER_INPUT",
  ],
  [
    "a reversed date range",
    PaperListDocument,
    { filter: { publishedFrom: "2025-01-02", publishedTo: "2025-01-01" } },
    "BAD_USER_INPUT",
  ],
  ["an author filter given a paper ID", PaperListDocument, { filter: { authorId: "PAPER" } }, "BAD_USER_INPUT"],
] as [string, TypedDocumentNode<unknown, Record<string, unknown>>, Record<string, unknown>, string][])(
  "%s gets a clear %s error, not a 500",
  async (_case, document, variables, code) => {
    const resolved = JSON.parse(JSON.stringify(variables).replace('"PAPER"', JSON.stringify(paperId)));
    const response = await t.request(document, resolved);
    expect(response.status).toBe(200);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe(code);
    expect(response.errors![0].message).not.toMatch(/internal/i);
  },
);

test.each([
  ["a malformed date variable", PaperListDocument, { filter: { publishedFrom: "2024-13-45" } }],
  ["a date that is not a date", PaperListDocument, { filter: { dailyDate: "yesterday" } }],
])("%s is refused with BAD_USER_INPUT and status 400", async (_case, document, variables) => {
  const response = await t.request(document, variables);
  expect(response.status).toBe(400);
  expect(response.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
});

test("a malformed date literal in the document fails validation with status 400", async () => {
  const document = parse('{ dailyPapers(date: "2024-02-30") { totalCount } }') as TypedDocumentNode<unknown, never>;
  const response = await t.request(document);
  expect(response.status).toBe(400);
  expect(response.errors![0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});

test("nodes(ids:) nulls only the unknown IDs, each with its own error", async () => {
  const unknown = Buffer.from("Author:424242").toString("base64url");
  const response = await t.request(NodesByIdsDocument, { ids: [paperId, unknown, "junk"] });
  expect(response.data?.nodes.map((node) => node?.id ?? null)).toEqual([paperId, null, null]);
  const errors = response.errors?.map((error) => [error.path, error.extensions?.code]);
  // Errors arrive in the order the lookups finish; compare them by path.
  expect(errors?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
    [["nodes", 1], "NOT_FOUND"],
    [["nodes", 2], "BAD_USER_INPUT"],
  ]);
});

test("more than 100 IDs in nodes(ids:) are refused", async () => {
  const response = await t.request(NodesByIdsDocument, { ids: Array(101).fill(paperId) });
  expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});
