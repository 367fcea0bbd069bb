import { insertPaper, insertVotes } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";

// The server side of the live page at /; test/browser/live.test.ts drives it in a browser.

let t: TestServer;

beforeAll(async () => {
  // A budget a few requests deep, and one subscribe an hour.
  t = await startTestServer({ RATE_LIMIT_ANONYMOUS_POINTS: "4", DIGEST_SUBSCRIBES_PER_HOUR: "1" });
});
afterAll(() => t.close());

const get = (path: string) => fetch(`${t.origin}${path}`);
const subscribe = (fields: Record<string, string>) =>
  fetch(`${t.origin}/digest/subscribe`, { method: "POST", body: new URLSearchParams(fields) });

test("papers are rendered as text: markup in a title or abstract is escaped", async () => {
  const paper = await insertPaper(t.db, { title: `<script>alert("title")</script>`, abstract: "a < b & c" });
  await insertVotes(t.db, paper, 1);
  const response = await get("/");
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;");
  expect(html).toContain("a &lt; b &amp; c");
  expect(html).not.toContain("<script>alert");
});

test.each([
  ["/?window=year", "The window must be day, week or month."],
  ["/?date=2025-02-30", '"2025-02-30" is not a date of the form YYYY-MM-DD.'],
  ["/?q=a&q=b", "Give `q` once, as plain text."],
  ["/?q=%00", "NUL character"],
])("%s is refused with a page that says why, before it is charged", async (path, message) => {
  const response = await get(path);
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  expect(response.headers.get("x-ratelimit-used")).toBeNull();
  expect(await response.text()).toContain(message.replace(/"/g, "&quot;"));
});

test("the inbox form without JavaScript: a malformed address does not use the hour's one subscribe", async () => {
  const malformed = await subscribe({ email: "reader@localhost", frequency: "DAILY" });
  expect(malformed.status).toBe(400);
  expect(await malformed.text()).toContain("This is not an email address of the form name@example.com.");

  const accepted = await subscribe({ email: "reader@example.com", frequency: "WEEKLY", search: "diffusion" });
  expect(accepted.status).toBe(200);
  expect(await accepted.text()).toContain("follow its link to confirm");
  const rows = await t.db.query("SELECT frequency, topic FROM digest_subscription");
  expect(rows).toEqual([{ frequency: "WEEKLY", topic: { search: "diffusion" } }]);

  const refused = await subscribe({ email: "other@example.com", frequency: "DAILY" });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
});

test("a page is charged like the query reading the same papers, and refused with 429 past the budget", async () => {
  let response: Response;
  do response = await get("/?window=day");
  while (response.status === 200);
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(response.headers.get("x-ratelimit-remaining")).toBe("0");
});
