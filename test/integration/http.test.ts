import { PaperListDocument } from "../generated/graphql";
import { insertPaper } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await insertPaper(t.db, { title: "Over GET" });
});
afterAll(() => t.close());

test("/healthz answers without touching the database", async () => {
  await t.quiesce();
  const before = t.statementCount();
  const response = await fetch(`${t.origin}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(t.statementCount()).toBe(before);
});

test("/readyz runs SELECT 1 against the database", async () => {
  await t.quiesce();
  const before = t.statementCount();
  const response = await fetch(`${t.origin}/readyz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ready" });
  expect(t.statementCount()).toBe(before + 1);
});

test("queries work over GET as well as POST", async () => {
  const query = encodeURIComponent("{ papers { totalCount nodes { title } } }");
  const response = await fetch(`${t.origin}/graphql?query=${query}`, {
    headers: { "apollo-require-preflight": "true" },
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { papers: { totalCount: 1, nodes: [{ title: "Over GET" }] } } });
});

test("every response carries a request ID", async () => {
  const response = await t.request(PaperListDocument, {});
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

test("errors we did not expect are masked for the client, who gets the request ID they are logged under", async () => {
  // Breaks the schema under the server's feet so the next query fails inside Postgres.
  await t.db.query("ALTER TABLE paper RENAME COLUMN title TO title_gone");
  try {
    const response = await t.request(PaperListDocument, {});
    const requestId = response.headers.get("x-request-id");
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
      }),
    ]);
    expect(JSON.stringify(response.errors)).not.toMatch(/title_gone|does not exist|SELECT|stack/i);
  } finally {
    await t.db.query("ALTER TABLE paper RENAME COLUMN title_gone TO title");
  }
});
