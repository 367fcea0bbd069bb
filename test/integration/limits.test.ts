import { randomUUID } from "node:crypto";
import { GraphQLFormattedError } from "graphql";
import { signUp } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { relayTo } from "../helpers/relay";
import { startTestServer, type GraphQLResponse, type TestServer } from "../helpers/server";
import { connectSocket, executeOverSocket, type SocketClient } from "../helpers/websocket";

let t: TestServer;
const sockets: SocketClient[] = [];
beforeAll(async () => {
  t = await startTestServer();
  await insertPaper(t.db, { title: "Limits" });
});
afterAll(async () => {
  await Promise.all(sockets.map(({ client }) => client.dispose()));
  await t.close();
});

function socket(url: string = t.server.url, authorization?: string): SocketClient {
  const opened = connectSocket(url, authorization);
  sockets.push(opened);
  return opened;
}

/** `{ papers { nodes { authors { nodes { papers … } } } } }`, `levels` connections deep: depth 2 × levels + 1. */
function nestedConnections(levels: number, pageArguments = ""): string {
  let selection = "id";
  for (let level = levels; level > 0; level--) {
    selection = `${level % 2 === 1 ? "papers" : "authors"}${pageArguments} { nodes { ${selection} } }`;
  }
  return `{ ${selection} }`;
}

const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: papers { totalCount }`).join(" ")} }`;

const refusals: [string, string, string][] = [
  ["deeper than 15 fields", nestedConnections(8), "GRAPHQL_VALIDATION_FAILED"],
  ["more than 15 aliases", aliases(16), "GRAPHQL_VALIDATION_FAILED"],
  [
    "more than 50 directives",
    `{ papers { ${"totalCount @include(if: true) ".repeat(51)} } }`,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  ["more than 2,000 tokens", `{ papers { nodes { ${"id ".repeat(2000)} } } }`, "GRAPHQL_PARSE_FAILED"],
  [
    "more than 20,000 characters",
    `{ papers(filter: { search: "${"x".repeat(20_000)}" }) { totalCount } }`,
    "QUERY_TOO_LARGE",
  ],
  ["a page of 101", "{ papers(first: 101) { totalCount } }", "BAD_USER_INPUT"],
  ["a page of 0", "{ papers(last: 0) { totalCount } }", "BAD_USER_INPUT"],
  ["101 IDs for nodes", `{ nodes(ids: [${Array(101).fill('"x"').join(",")}]) { id } }`, "BAD_USER_INPUT"],
  [
    "over 500,000 nodes, multiplied out",
    "{ papers(first: 100) { nodes { authors(first: 100) { nodes { papers(first: 100) { totalCount } } } } } }",
    "MAX_NODE_LIMIT_EXCEEDED",
  ],
  ["a syntax error", "{ papers { ", "GRAPHQL_PARSE_FAILED"],
  [
    "a NUL character in a string",
    '{ papers(filter: { search: "diff\\u0000usion" }) { totalCount } }',
    "BAD_USER_INPUT",
  ],
];

describe.each(refusals)("a document with %s", (_case, query, code) => {
  test(`is refused over HTTP with ${code} and status 400, before any SQL`, async () => {
    const { result, statements } = await t.statementsDuring(() => t.post({ query }));
    expect(result.status).toBe(400);
    expect(result.errors?.map((error) => error.extensions?.code)).toContain(code);
    expect(result.data).toBeUndefined();
    expect(statements).toBe(0);
  });

  test(`is refused over the websocket with ${code}, before any SQL`, async () => {
    const { client } = socket();
    const { result, statements } = await t.statementsDuring(() => executeOverSocket(client, query));
    expect(result.errors?.map((error) => error.extensions?.code)).toContain(code);
    expect(result.data).toBeUndefined();
    expect(statements).toBe(0);
  });
});

test("a NUL character in a variable is refused with BAD_USER_INPUT over both transports, before any SQL", async () => {
  const query = "query Search($filter: PaperFilterInput) { papers(filter: $filter) { totalCount } }";
  const variables = { filter: { search: "diff\u0000usion" } };
  const message = "The variable $filter contains a NUL character (\\u0000), which text cannot hold.";
  const overHttp = await t.statementsDuring(() => t.post({ query, variables }));
  expect(overHttp.result.status).toBe(400);
  expect(overHttp.result.errors).toEqual([{ message, extensions: { code: "BAD_USER_INPUT" } }]);
  expect(overHttp.statements).toBe(0);
  const overSocket = await t.statementsDuring(() => executeOverSocket(socket().client, query, variables));
  expect(overSocket.result.errors).toEqual([{ message, extensions: { code: "BAD_USER_INPUT" } }]);
  expect(overSocket.statements).toBe(0);
});

test("a mutation over the websocket is held to the same limits", async () => {
  const query = `mutation { ${Array.from({ length: 16 }, (_, i) => `v${i}: upvotePaper(input: { paperId: "x" }) { paper { id } }`).join(" ")} }`;
  const { client } = socket();
  const { result, statements } = await t.statementsDuring(() => executeOverSocket(client, query));
  expect(result.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  expect(result.errors?.[0].message).toMatch(/Aliases limit of 15 exceeded/);
  expect(statements).toBe(0);
});

test("the limits leave room for real queries: 15 aliases, depth 15 and introspection", async () => {
  expect((await t.post({ query: aliases(15) })).errors).toBeUndefined();
  expect((await t.post({ query: nestedConnections(7, "(first: 1)") })).errors).toBeUndefined();
  const introspection = await t.post({ query: "{ __schema { queryType { name } } }" });
  expect(introspection.data).toEqual({ __schema: { queryType: { name: "Query" } } });
});

test("rateLimit reports what an operation cost, counted GitHub's way", async () => {
  const query = `{ papers(first: 100) { nodes { authors(first: 100) { nodes { papers(first: 10) { totalCount } } } } }
    rateLimit { cost nodeCount limit } }`;
  const response = await t.post({ query });
  // Reads: 1 + 100 × (1 + 100 × 1) = 10,101, so 101 points; nodes: 100 × (1 + 100 × (1 + 10)) = 110,100.
  expect((response.data as { rateLimit: unknown }).rateLimit).toEqual({
    cost: 101,
    nodeCount: 110_100,
    limit: 1_000_000,
  });
});

test("errors carry no schema suggestions", async () => {
  const response = await t.post({ query: "{ papers { totalCont } }" });
  expect(response.errors?.[0].message).toBe('Cannot query field "totalCont" on type "PaperConnection".');
  const overSocket = await executeOverSocket(socket().client, "{ papers { totalCont } }");
  expect(overSocket.errors?.[0].message).toBe('Cannot query field "totalCont" on type "PaperConnection".');
});

describe("HTTP transport", () => {
  async function raw(
    init: RequestInit & { path?: string },
  ): Promise<{ status: number; headers: Headers; body: string }> {
    const response = await fetch(`${t.server.url}${init.path ?? ""}`, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  const errorsOf = (body: string) => (JSON.parse(body) as { errors: GraphQLFormattedError[] }).errors;

  test("a batched body is refused with 400", async () => {
    const { result, statements } = await t.statementsDuring(() =>
      raw({
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify([{ query: "{ papers { totalCount } }" }, { query: "{ papers { totalCount } }" }]),
      }),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatch(/batching/i);
    expect(statements).toBe(0);
  });

  test("a body over 100 kB is refused with 413 and PAYLOAD_TOO_LARGE", async () => {
    const body = JSON.stringify({ query: "{ papers { totalCount } }", variables: { pad: "x".repeat(110_000) } });
    const { result, statements } = await t.statementsDuring(() =>
      raw({ method: "POST", headers: { "content-type": "application/json" }, body }),
    );
    expect(result.status).toBe(413);
    expect(errorsOf(result.body)[0].extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(statements).toBe(0);
  });

  test("a body that is not JSON is refused with 400 and BAD_REQUEST", async () => {
    const result = await raw({ method: "POST", headers: { "content-type": "application/json" }, body: "{query" });
    expect(result.status).toBe(400);
    expect(errorsOf(result.body)[0].extensions?.code).toBe("BAD_REQUEST");
  });

  test("a body over 100 kB in chunks, with no declared length, is refused with 413 once it passes the limit", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(60_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit: the answer must come before the whole body is read.
        if (sent++ < 100) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const { result, statements } = await t.statementsDuring(() =>
      raw({ method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit),
    );
    expect(result.status).toBe(413);
    expect(errorsOf(result.body)[0].extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(sent).toBeLessThan(100);
    expect(statements).toBe(0);
  });

  test.each([
    ["a JSON string", "application/json", '"{ papers { totalCount } }"', 400],
    ["a JSON body in Latin-1", "application/json; charset=latin1", JSON.stringify({ query: "{ __typename }" }), 415],
  ])("%s is refused with BAD_REQUEST", async (_case, contentType, body, status) => {
    const result = await raw({ method: "POST", headers: { "content-type": contentType }, body });
    expect(result.status).toBe(status);
    expect(errorsOf(result.body)[0].extensions?.code).toBe("BAD_REQUEST");
  });

  test("a JSON body declared as UTF-8 is read", async () => {
    const result = await raw({
      method: "POST",
      headers: { "content-type": 'application/json; charset="UTF-8"' },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { __typename: "Query" } });
    expect(result.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test.each([
    [
      "a form post",
      { "content-type": "application/x-www-form-urlencoded" },
      "query=%7B%20papers%20%7B%20totalCount%20%7D%20%7D",
    ],
    ["a text/plain post", { "content-type": "text/plain" }, JSON.stringify({ query: "{ papers { totalCount } }" })],
  ])("CSRF prevention refuses %s", async (_case, headers, body) => {
    const { result, statements } = await t.statementsDuring(() => raw({ method: "POST", headers, body }));
    expect(result.status).toBe(400);
    expect(result.body).toMatch(/CSRF/);
    expect(statements).toBe(0);
  });

  test("CSRF prevention refuses a GET without a preflight header", async () => {
    const { result, statements } = await t.statementsDuring(() =>
      raw({ method: "GET", path: `?query=${encodeURIComponent("{ papers { totalCount } }")}` }),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatch(/CSRF/);
    expect(statements).toBe(0);
  });

  test("a mutation over GET gets 405 and Allow: POST", async () => {
    const query = 'mutation { upvotePaper(input: { paperId: "x" }) { paper { id } } }';
    const { result, statements } = await t.statementsDuring(() =>
      raw({
        method: "GET",
        path: `?query=${encodeURIComponent(query)}`,
        headers: { "apollo-require-preflight": "true" },
      }),
    );
    expect(result.status).toBe(405);
    expect(result.headers.get("allow")).toBe("POST");
    expect(statements).toBe(0);
  });

  test("automatic persisted queries: a hash alone works once the query is registered", async () => {
    const query = "{ papers { totalCount } }";
    const sha256Hash = (await import("node:crypto")).createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await t.post({ extensions });
    expect(unknown.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await t.post({ query, extensions })).data).toEqual({ papers: { totalCount: 1 } });
    expect((await t.post({ extensions })).data).toEqual({ papers: { totalCount: 1 } });
    const overGet = await raw({
      method: "GET",
      path: `?extensions=${encodeURIComponent(JSON.stringify(extensions))}`,
      headers: { "apollo-require-preflight": "true" },
    });
    expect(JSON.parse(overGet.body)).toEqual({ data: { papers: { totalCount: 1 } } });
  });
});

describe("introspection switched off", () => {
  let closed: TestServer;
  beforeAll(async () => (closed = await startTestServer({ INTROSPECTION: "false" })));
  afterAll(() => closed.close());

  test("is refused over HTTP and over the websocket", async () => {
    const query = "{ __schema { queryType { name } } }";
    const overHttp = await closed.post({ query });
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const overSocket = await executeOverSocket(socket(closed.server.url).client, query);
    expect(overSocket.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

function budgetHeaders(response: GraphQLResponse<unknown>) {
  return {
    limit: response.headers.get("x-ratelimit-limit"),
    remaining: response.headers.get("x-ratelimit-remaining"),
    used: response.headers.get("x-ratelimit-used"),
  };
}

describe("rate limits", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ RATE_LIMIT_ANONYMOUS_POINTS: "3", RATE_LIMIT_USER_POINTS: "5" });
  });
  afterAll(() => limited.close());

  const query = "{ rateLimit { limit cost remaining used resetAt } }";

  test("an anonymous caller spends a small budget, reported in headers and rateLimit; over it, 429", async () => {
    const first = await limited.post({ query });
    expect((first.data as { rateLimit: unknown }).rateLimit).toEqual({
      limit: 3,
      cost: 1,
      remaining: 2,
      used: 1,
      resetAt: expect.any(String),
    });
    const resetAt = Date.parse((first.data as { rateLimit: { resetAt: string } }).rateLimit.resetAt);
    expect(resetAt - Date.now()).toBeGreaterThan(3_590_000);
    expect(budgetHeaders(first)).toEqual({ limit: "3", remaining: "2", used: "1" });
    expect(Number(first.headers.get("x-ratelimit-reset"))).toBe(Math.ceil(resetAt / 1000));

    // A refused document spends nothing, and still reports the budget.
    const invalid = await limited.post({ query: "{ nope }" });
    expect(budgetHeaders(invalid)).toEqual({ limit: "3", remaining: "2", used: "1" });

    await limited.post({ query });
    const third = await limited.post({ query });
    expect(budgetHeaders(third)).toEqual({ limit: "3", remaining: "0", used: "3" });

    const { result: refused, statements } = await limited.statementsDuring(() =>
      limited.post({ query: "{ papers { totalCount } }" }),
    );
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(refused.errors?.[0].message).toMatch(/Rate limit exceeded/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3500);
    expect(budgetHeaders(refused)).toEqual({ limit: "3", remaining: "0", used: "3" });
    expect(statements).toBe(0);

    const overSocket = await executeOverSocket(socket(limited.server.url).client, "{ papers { totalCount } }");
    expect(overSocket.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(overSocket.errors?.[0].extensions).not.toHaveProperty("http");
  });

  test("a signed-in user has a budget of their own", async () => {
    const user = await signUp(limited.db, `budget-${randomUUID().slice(0, 8)}`);
    const response = await limited.post({ query }, user.headers);
    expect(budgetHeaders(response)).toEqual({ limit: "5", remaining: "4", used: "1" });
    const overSocket = await executeOverSocket(socket(limited.server.url, user.headers.authorization).client, query);
    expect(overSocket.data).toEqual({ rateLimit: expect.objectContaining({ limit: 5, used: 2 }) });
  });

  test("behind a trusted proxy, each forwarded client address has its own budget; untrusted, the header is ignored", async () => {
    const behindProxy = await startTestServer({ RATE_LIMIT_ANONYMOUS_POINTS: "3", TRUST_PROXY: "loopback" });
    try {
      const from = (address: string) => ({ "x-forwarded-for": address });
      expect(budgetHeaders(await behindProxy.post({ query }, from("203.0.113.7")))).toMatchObject({ used: "1" });
      expect(budgetHeaders(await behindProxy.post({ query }, from("203.0.113.7")))).toMatchObject({ used: "2" });
      expect(budgetHeaders(await behindProxy.post({ query }, from("203.0.113.8")))).toMatchObject({ used: "1" });
      const overSocket = await executeOverSocket(socket(behindProxy.server.url).client, query);
      expect(overSocket.data).toEqual({ rateLimit: expect.objectContaining({ used: 1 }) });
    } finally {
      await behindProxy.close();
    }
    // `limited` trusts no proxy: both "addresses" are this test's, whose budget the tests above spent.
    expect((await limited.post({ query }, { "x-forwarded-for": "203.0.113.9" })).status).toBe(429);
  });
});

const describeWithRedis = process.env.REDIS_URL ? describe : describe.skip;

describeWithRedis("rate limits shared through Redis", () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const shared = {
      REDIS_URL: process.env.REDIS_URL!,
      REDIS_KEY_PREFIX: `test-${randomUUID()}`,
      RATE_LIMIT_ANONYMOUS_POINTS: "3",
    };
    a = await startTestServer(shared);
    b = await startTestServer(shared);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  test("two instances enforce one budget", async () => {
    const query = "{ rateLimit { used } }";
    expect(budgetHeaders(await a.post({ query }))).toEqual({ limit: "3", remaining: "2", used: "1" });
    expect(budgetHeaders(await b.post({ query }))).toEqual({ limit: "3", remaining: "1", used: "2" });
    expect(budgetHeaders(await a.post({ query }))).toEqual({ limit: "3", remaining: "0", used: "3" });
    const refused = await b.post({ query });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
  });
});

describeWithRedis("rate limits when Redis goes away", () => {
  test("requests are still admitted and charged, from a budget in the process", async () => {
    const relay = await relayTo(process.env.REDIS_URL!);
    const cut = await startTestServer({
      REDIS_URL: relay.url,
      REDIS_KEY_PREFIX: `test-${randomUUID()}`,
      RATE_LIMIT_ANONYMOUS_POINTS: "3",
    });
    try {
      const query = "{ rateLimit { used } }";
      expect(budgetHeaders(await cut.post({ query }))).toEqual({ limit: "3", remaining: "2", used: "1" });
      await relay.cut();

      // Redis kept the first point; the process's own budget starts afresh, and runs out the same way.
      expect(budgetHeaders(await cut.post({ query }))).toEqual({ limit: "3", remaining: "2", used: "1" });
      expect(budgetHeaders(await cut.post({ query }))).toEqual({ limit: "3", remaining: "1", used: "2" });
      expect(budgetHeaders(await cut.post({ query }))).toEqual({ limit: "3", remaining: "0", used: "3" });
      const refused = await cut.post({ query });
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    } finally {
      await cut.close();
    }
  });
});
