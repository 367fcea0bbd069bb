import { setTimeout as sleep } from "node:timers/promises";
import { toGlobalId } from "../../src/domain/global-id";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
let paperId: number;
let voter: SignedInUser;
beforeAll(async () => {
  // A long life, so that only invalidation can explain a fresh answer.
  t = await startTestServer({ RESPONSE_CACHE_TTL_MS: "60000" });
  paperId = await insertPaper(t.db, { title: "Cached" });
  voter = await signUp(t.db, "voter");
  await t.quiesce();
});
afterAll(() => t.close());

const LIST = { query: "{ papers { nodes { title upvotes viewerHasUpvoted } } }" };

test("an anonymous query asked again is answered from the cache, without SQL", async () => {
  const first = await t.post(LIST);
  expect(first.headers.get("x-cache")).toBe("MISS");
  const { result: again, statements } = await t.statementsDuring(() => t.post(LIST));
  expect(again.headers.get("x-cache")).toBe("HIT");
  expect(again.data).toEqual(first.data);
  expect(again.headers.get("x-ratelimit-used")).not.toBe(first.headers.get("x-ratelimit-used"));
  expect(statements).toBe(0);
});

test("signed-in callers, mutations and rateLimit are never served from the cache", async () => {
  await t.post(LIST);
  const signedIn = await t.post(LIST, voter.headers);
  expect(signedIn.headers.get("x-cache")).toBeNull();
  const withBudget = { query: "{ rateLimit { used } papers { totalCount } }" };
  await t.post(withBudget);
  const budget = await t.post(withBudget);
  expect(budget.headers.get("x-cache")).toBeNull();
});

test("a vote empties the cache as soon as Postgres notifies it", async () => {
  await t.post(LIST);
  expect((await t.post(LIST)).headers.get("x-cache")).toBe("HIT");
  const vote = await t.post(
    {
      query: "mutation($input: PaperVoteInput!) { upvotePaper(input: $input) { paper { upvotes } } }",
      variables: { input: { paperId: toGlobalId("Paper", paperId) } },
    },
    voter.headers,
  );
  expect(vote.data).toEqual({ upvotePaper: { paper: { upvotes: 1 } } });
  let upvotes: unknown;
  for (let waited = 0; waited < 5000 && upvotes !== 1; waited += 50) {
    await sleep(50);
    upvotes = ((await t.post(LIST)).data as { papers: { nodes: { upvotes: number }[] } }).papers.nodes[0].upvotes;
  }
  expect(upvotes).toBe(1);
});

test("an operationName that names no operation is refused with 400, not answered as a server fault", async () => {
  const { result, statements } = await t.statementsDuring(() =>
    t.post({ query: "query List { papers { totalCount } }", operationName: "Nothing" }),
  );
  expect(result.status).toBe(400);
  expect(result.errors).toEqual([
    { message: 'The document has no operation named "Nothing".', extensions: { code: "BAD_REQUEST" } },
  ]);
  expect(statements).toBe(0);
});

describe("a short life", () => {
  let short: TestServer;
  beforeAll(async () => (short = await startTestServer({ RESPONSE_CACHE_TTL_MS: "3000" })));
  afterAll(() => short.close());

  test("changes that notify nothing show once the entry expires", async () => {
    await insertPaper(short.db, { title: "Before" });
    const query = { query: "{ authors { totalCount } }" };
    expect((await short.post(query)).data).toEqual({ authors: { totalCount: 0 } });
    await short.db.query("INSERT INTO author (name, normalized_name) VALUES ('Ada', 'ada')");
    // Long enough for the cached answer to outlive the insert on a loaded machine.
    const cached = await short.post(query);
    expect([cached.headers.get("x-cache"), cached.data]).toEqual(["HIT", { authors: { totalCount: 0 } }]);
    await sleep(3050);
    expect((await short.post(query)).data).toEqual({ authors: { totalCount: 1 } });
  });
});
