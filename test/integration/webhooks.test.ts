import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pino from "pino";
import { Webhook } from "standardwebhooks";
import type { DataSource } from "typeorm";
import { connectDatabase } from "../../src/data-source";
import { query, queryOne, sql } from "../../src/db/sql";
import { webhookDeliveries, webhookEndpoints } from "../../src/db/tables";
import { fromGlobalId, toGlobalId } from "../../src/domain/global-id";
import { openWebhookSecret, webhookSecretKey } from "../../src/domain/webhook-secret";
import { systemContext } from "../../src/services/context";
import { sealStoredWebhookSecrets } from "../../src/services/webhook-delivery.service";
import {
  CreateWatchDocument,
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  EnableWebhookEndpointDocument,
  MyWebhookEndpointsDocument,
  RedeliverWebhookDeliveryDocument,
  type CreateWebhookEndpointMutation,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { dataOf, startTestServer, TEST_DIGEST_SECRET, type TestServer } from "../helpers/server";
import { until } from "../helpers/until";

const databaseUrl = process.env.DATABASE_URL || undefined;

interface ReceivedRequest {
  headers: Record<string, string>;
  body: string;
}

interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A webhook receiver on loopback. `answer` gets the 1-based number of each request and returns
 * the status to answer with (and a Location), or "hang" to never answer.
 */
async function startReceiver(
  answer: (request: number) => number | { status: number; location: string } | "hang" = () => 200,
): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      requests.push({ headers: request.headers as Record<string, string>, body });
      const reply = answer(requests.length);
      if (reply === "hang") return;
      const { status, location } = typeof reply === "number" ? { status: reply, location: undefined } : reply;
      response.writeHead(status, location ? { location } : {}).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const KEYWORD = "robotics";

/** The settings of servers that deliver: fast retries, a short run of failures before disabling. */
const DELIVERING = {
  DIGEST_WORKER: "true",
  JOBS_POLL_SECONDS: "1",
  WEBHOOK_RETRY_BASE_MS: "50",
  WEBHOOK_MAX_ATTEMPTS: "6",
  WEBHOOK_MAX_FAILURES: "4",
  WEBHOOK_TIMEOUT_MS: "2000",
};

/** Every delivery of the database, by id. */
async function storedSecrets(db: DataSource) {
  const { col } = webhookEndpoints;
  return query<{ secret: string }>(
    db,
    sql`SELECT ${col.secret} AS secret FROM ${webhookEndpoints.from} ORDER BY ${col.id}`,
  );
}

async function deliveries(db: DataSource) {
  const { col } = webhookDeliveries;
  return query<{ id: number; status: string; attempts: number; webhookId: string; lastError: string | null }>(
    db,
    sql`SELECT ${col.id} AS id, ${col.status} AS status, ${col.attempts} AS attempts, ${col.webhookId} AS "webhookId",
          ${col.lastError} AS "lastError"
        FROM ${webhookDeliveries.from} ORDER BY ${col.id}`,
  );
}

describe("webhooks on one server, private addresses allowed for the test's receivers", () => {
  let t: TestServer;
  let owner: SignedInUser;
  let stranger: SignedInUser;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    t = await startTestServer({ ...DELIVERING, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true" });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    owner = await signUp(t.db, "owner");
    stranger = await signUp(t.db, "stranger");
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  });

  async function receiver(answer?: Parameters<typeof startReceiver>[0]): Promise<Receiver> {
    const started = await startReceiver(answer);
    receivers.push(started);
    return started;
  }

  async function watchWithEndpoint(url: string) {
    const watch = dataOf(
      await t.request(
        CreateWatchDocument,
        { input: { name: "Robots", filter: { keywords: [KEYWORD] }, trigger: { kind: "NEW_MATCH" } } },
        owner.headers,
      ),
    ).createWatch.watch!;
    const created = dataOf(
      await t.request(CreateWebhookEndpointDocument, { input: { watchId: watch.id, url } }, owner.headers),
    ).createWebhookEndpoint;
    expect(created.userErrors).toEqual([]);
    return { watchId: watch.id, endpoint: created.webhookEndpoint!, secret: created.secret! };
  }

  async function endpoints(user: SignedInUser = owner) {
    const watches = dataOf(await t.request(MyWebhookEndpointsDocument, {}, user.headers)).viewer!.watches!.nodes;
    return watches.flatMap((watch) => watch.webhookEndpoints.nodes);
  }

  test("an event reaches the endpoint signed with the secret shown once, which standardwebhooks verifies", async () => {
    const hook = await receiver();
    const { watchId, endpoint, secret } = await watchWithEndpoint(hook.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ url: hook.url, enabled: true, consecutiveFailures: 0 });

    const paperId = await insertPaper(t.db, { title: "Legged robots", keywords: [KEYWORD] });
    await insertPaper(t.db, { title: "Not watched", keywords: ["vision"] });
    await until("the delivery", () => hook.requests.length === 1, 30_000);

    const [request] = hook.requests;
    const payload = new Webhook(secret).verify(request.body, request.headers) as {
      type: string;
      data: { watch: object; event: { id: string }; paper: object };
    };
    expect(payload).toEqual({
      type: "watch.event",
      timestamp: expect.any(String),
      data: {
        watch: { id: watchId, name: "Robots" },
        event: { id: expect.any(String), trigger: "NEW_MATCH", createdAt: expect.any(String), rank: null, upvotes: 0 },
        paper: {
          id: toGlobalId("Paper", paperId),
          title: "Legged robots",
          arxivId: null,
          url: null,
          publishedAt: expect.any(String),
          upvotes: 0,
        },
      },
    });
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32).toString("base64")}`).verify(request.body, request.headers),
    ).toThrow();

    await until("the success recorded", async () => (await deliveries(t.db))[0]?.status === "SUCCEEDED");
    const [listed] = await endpoints();
    expect(listed.deliveries).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: expect.any(String),
          eventId: payload.data.event.id,
          webhookId: request.headers["webhook-id"],
          status: "SUCCEEDED",
          attempts: 1,
          lastResponseCode: 200,
          lastError: null,
          nextAttemptAt: null,
          deliveredAt: expect.any(String),
        },
      ],
    });
    expect(request.headers["webhook-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
    // The secret is in no field but the create payload's.
    expect(JSON.stringify(listed)).not.toContain(secret);
    // Nor in the database: it is stored sealed, and only the server's key opens it.
    const [stored] = await storedSecrets(t.db);
    expect(stored.secret).toMatch(/^v1\./);
    expect(stored.secret).not.toContain(secret.slice("whsec_".length));
    expect(openWebhookSecret(webhookSecretKey(TEST_DIGEST_SECRET), stored.secret)).toBe(secret);
    expect(() => openWebhookSecret(webhookSecretKey("another server secret, long enough"), stored.secret)).toThrow();
  });

  test("a secret stored in the clear, before secrets were sealed, is sealed at start and still signs", async () => {
    const hook = await receiver();
    const { watchId } = await watchWithEndpoint(hook.url);
    await query(t.db, sql`DELETE FROM ${webhookEndpoints.name}`);
    const { column } = webhookEndpoints;
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    await query(
      t.db,
      sql`INSERT INTO ${webhookEndpoints.name} (${column.watchId}, ${column.url}, ${column.secret})
          VALUES (${fromGlobalId(watchId, "watchId").id}, ${hook.url}, ${secret})`,
    );

    // What a server runs when it starts (WebhookJobs.open); a second run finds nothing to seal.
    const key = webhookSecretKey(TEST_DIGEST_SECRET);
    expect(await sealStoredWebhookSecrets(systemContext(t.db), key)).toBe(1);
    expect(await sealStoredWebhookSecrets(systemContext(t.db), key)).toBe(0);
    const [stored] = await storedSecrets(t.db);
    expect(stored.secret).toMatch(/^v1\./);

    await insertPaper(t.db, { title: "Sealed robots", keywords: [KEYWORD] });
    await until("the delivery", () => hook.requests.length === 1, 30_000);
    const [request] = hook.requests;
    expect(new Webhook(secret).verify(request.body, request.headers)).toMatchObject({ type: "watch.event" });
  });

  test("a receiver that fails 3 times, then succeeds, gets the event once with one webhook-id after 4 attempts", async () => {
    const hook = await receiver((request) => (request <= 3 ? 500 : 200));
    await watchWithEndpoint(hook.url);
    await insertPaper(t.db, { title: "Soft robots", keywords: [KEYWORD] });
    await until("the success", async () => (await deliveries(t.db))[0]?.status === "SUCCEEDED", 30_000);

    expect(hook.requests).toHaveLength(4);
    expect(new Set(hook.requests.map((request) => request.headers["webhook-id"])).size).toBe(1);
    expect(new Set(hook.requests.map((request) => JSON.parse(request.body).data.event.id as string)).size).toBe(1);
    const [delivery] = await deliveries(t.db);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 4, lastError: null });
    // The failures were forgiven by the success.
    expect((await endpoints())[0].consecutiveFailures).toBe(0);
  });

  test("after WEBHOOK_MAX_FAILURES failed attempts in a row the endpoint is disabled; enabling it sends what was left", async () => {
    let failing = true;
    const hook = await receiver(() => (failing ? 503 : 204));
    const { endpoint } = await watchWithEndpoint(hook.url);
    await insertPaper(t.db, { title: "Swarm robots", keywords: [KEYWORD] });
    await until("the endpoint disabled", async () => !(await endpoints())[0].enabled, 30_000);

    const [disabled] = await endpoints();
    expect(disabled).toMatchObject({
      enabled: false,
      consecutiveFailures: 4,
      disabledReason: "4 delivery attempts failed in a row; the last: HTTP 503",
    });
    expect(disabled.deliveries.nodes).toMatchObject([{ status: "PENDING", attempts: 4, lastResponseCode: 503 }]);
    // Nothing is sent to a disabled endpoint, not even a new event's delivery, which is not queued.
    await insertPaper(t.db, { title: "Swarm robots again", keywords: [KEYWORD] });
    await until("the second event", async () => (await t.db.query("SELECT 1 FROM watch_event")).length === 2);
    expect(hook.requests).toHaveLength(4);
    expect(await deliveries(t.db)).toHaveLength(1);

    const theirs = await t.request(EnableWebhookEndpointDocument, { input: { id: endpoint.id } }, stranger.headers);
    expect(dataOf(theirs).enableWebhookEndpoint.userErrors.map((error) => error.code)).toEqual(["NOT_FOUND"]);
    failing = false;
    const enabled = dataOf(
      await t.request(EnableWebhookEndpointDocument, { input: { id: endpoint.id } }, owner.headers),
    ).enableWebhookEndpoint;
    expect(enabled).toMatchObject({ userErrors: [], webhookEndpoint: { enabled: true, consecutiveFailures: 0 } });
    await until("the delivery left pending", async () => (await deliveries(t.db))[0].status === "SUCCEEDED", 30_000);
    expect(hook.requests).toHaveLength(5);
    expect((await deliveries(t.db))[0].attempts).toBe(5);
  });

  test("redelivering sends the event again with the same webhook-id; only the owner may", async () => {
    const hook = await receiver();
    await watchWithEndpoint(hook.url);
    await insertPaper(t.db, { title: "Robot hands", keywords: [KEYWORD] });
    await until("the first delivery", async () => (await deliveries(t.db))[0]?.status === "SUCCEEDED", 30_000);
    const [first] = await deliveries(t.db);
    const deliveryId = toGlobalId("WebhookDelivery", first.id);

    const theirs = await t.request(RedeliverWebhookDeliveryDocument, { input: { deliveryId } }, stranger.headers);
    expect(dataOf(theirs).redeliverWebhookDelivery).toEqual({
      webhookDelivery: null,
      userErrors: [
        { field: ["input", "deliveryId"], code: "NOT_FOUND", message: "You have no webhook delivery with this ID." },
      ],
    });
    const again = dataOf(
      await t.request(RedeliverWebhookDeliveryDocument, { input: { deliveryId } }, owner.headers),
    ).redeliverWebhookDelivery;
    expect(again.userErrors).toEqual([]);
    expect(again.webhookDelivery).toMatchObject({ status: "PENDING", attempts: 0, webhookId: first.webhookId });
    await until("the redelivery", () => hook.requests.length === 2, 30_000);
    expect(hook.requests.map((request) => request.headers["webhook-id"])).toEqual([first.webhookId, first.webhookId]);
    await until("both recorded", async () => (await deliveries(t.db)).every((row) => row.status === "SUCCEEDED"));
    expect(await deliveries(t.db)).toHaveLength(2);
  });

  test("a redirect is a failed attempt and is not followed", async () => {
    const target = await receiver();
    const hook = await receiver(() => ({ status: 302, location: target.url }));
    await watchWithEndpoint(hook.url);
    await insertPaper(t.db, { title: "Robot arms", keywords: [KEYWORD] });
    await until("a failed attempt", async () => Boolean((await deliveries(t.db))[0]?.lastError), 30_000);
    const [delivery] = (await endpoints())[0].deliveries.nodes;
    expect(delivery).toMatchObject({ lastResponseCode: 302, lastError: "HTTP 302: redirects are not followed" });
    expect(target.requests).toHaveLength(0);
  });

  test("an answer is read up to 64 KiB: an endless 200 still succeeds; one that never comes fails at the timeout", async () => {
    const endless = http.createServer((_request, response) => {
      response.writeHead(200);
      const chunk = Buffer.alloc(16 * 1024, "x");
      const timer = setInterval(() => response.write(chunk), 5);
      response.on("close", () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    const silent = await receiver(() => "hang");
    try {
      await watchWithEndpoint(`http://127.0.0.1:${(endless.address() as AddressInfo).port}/hook`);
      await watchWithEndpoint(silent.url);
      await insertPaper(t.db, { title: "Chatty robots", keywords: [KEYWORD] });
      await until(
        "both attempts",
        async () => {
          const rows = await deliveries(t.db);
          return rows.length === 2 && rows.every((row) => row.status === "SUCCEEDED" || row.lastError !== null);
        },
        30_000,
      );
      const outcomes = (await endpoints()).map((listed) => listed.deliveries.nodes[0]);
      expect(outcomes).toMatchObject([
        { status: "SUCCEEDED", attempts: 1, lastResponseCode: 200, lastError: null },
        { status: "PENDING", lastResponseCode: null, lastError: "no answer within 2000 ms" },
      ]);
    } finally {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    }
  });

  test("endpoints belong to the watch's owner: another user's IDs answer NOT_FOUND, and a deleted endpoint gets nothing", async () => {
    const hook = await receiver();
    const { watchId, endpoint } = await watchWithEndpoint(hook.url);
    const notFound = (field: string, thing: string) => [
      { field: ["input", field], code: "NOT_FOUND", message: `You have no ${thing} with this ID.` },
    ];
    const onTheirWatch = await t.request(
      CreateWebhookEndpointDocument,
      { input: { watchId, url: hook.url } },
      stranger.headers,
    );
    expect(dataOf(onTheirWatch).createWebhookEndpoint.userErrors).toEqual(notFound("watchId", "watch"));
    const theirDelete = await t.request(
      DeleteWebhookEndpointDocument,
      { input: { id: endpoint.id } },
      stranger.headers,
    );
    expect(dataOf(theirDelete).deleteWebhookEndpoint.userErrors).toEqual(notFound("id", "webhook endpoint"));
    const anonymous = await t.request(CreateWebhookEndpointDocument, { input: { watchId, url: hook.url } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await endpoints(stranger)).toEqual([]);
    const byNode = (headers: Record<string, string>) =>
      t.post({ query: `{ node(id: "${endpoint.id}") { ... on WebhookEndpoint { url } } }` }, headers);
    expect((await byNode(owner.headers)).data).toEqual({ node: { url: hook.url } });
    expect((await byNode(stranger.headers)).errors?.[0].extensions?.code).toBe("NOT_FOUND");

    const deleted = dataOf(
      await t.request(DeleteWebhookEndpointDocument, { input: { id: endpoint.id } }, owner.headers),
    ).deleteWebhookEndpoint;
    expect(deleted).toEqual({ deletedWebhookEndpointId: endpoint.id, userErrors: [] });
    await insertPaper(t.db, { title: "Robot legs", keywords: [KEYWORD] });
    await until("the event", async () => (await t.db.query("SELECT 1 FROM watch_event")).length === 1);
    expect(await deliveries(t.db)).toEqual([]);
    expect(hook.requests).toHaveLength(0);
  });
});

describe("webhook targets on a server with private addresses refused (the default)", () => {
  let t: TestServer;
  let owner: SignedInUser;
  let watchId: string;
  let hook: Receiver;

  beforeAll(async () => {
    t = await startTestServer(DELIVERING);
    owner = await signUp(t.db, "owner");
    watchId = dataOf(
      await t.request(
        CreateWatchDocument,
        { input: { name: "Robots", filter: { keywords: [KEYWORD] }, trigger: { kind: "NEW_MATCH" } } },
        owner.headers,
      ),
    ).createWatch.watch!.id;
    hook = await startReceiver();
  });
  afterAll(async () => {
    await hook.close();
    await t.close();
  });

  const port = () => new URL(hook.url).port;

  test.each([
    ["http://127.0.0.1:{port}/hook", "127.0.0.1 is a loopback address"],
    ["http://[::1]:{port}/hook", "::1 is a loopback address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"],
    ["http://10.0.0.1/hook", "10.0.0.1 is a private address"],
    ["http://[::ffff:127.0.0.1]:{port}/hook", "::ffff:7f00:1 is a loopback address"],
    ["http://0.0.0.0:{port}/hook", "0.0.0.0 is an unspecified address"],
    ["http://localhost:{port}/hook", "localhost resolves to a loopback address"],
  ])("%s is refused when the endpoint is made", async (template, reason) => {
    const url = template.replace("{port}", port());
    const created: CreateWebhookEndpointMutation["createWebhookEndpoint"] = dataOf(
      await t.request(CreateWebhookEndpointDocument, { input: { watchId, url } }, owner.headers),
    ).createWebhookEndpoint;
    expect(created.webhookEndpoint).toBeNull();
    expect(created.secret).toBeNull();
    expect(created.userErrors).toEqual([
      { field: ["input", "url"], code: "INVALID", message: expect.stringContaining(reason) },
    ]);
    expect(created.userErrors[0].message).toMatch(/^The URL must reach a public address: /);
    expect(hook.requests).toHaveLength(0);
  });

  test.each(["ftp://example.com/hook", "file:///etc/passwd", "javascript:alert(1)", "not a url"])(
    "%s is refused: only http(s)",
    async (url) => {
      const created = dataOf(
        await t.request(CreateWebhookEndpointDocument, { input: { watchId, url } }, owner.headers),
      ).createWebhookEndpoint;
      expect(created.userErrors).toEqual([
        { field: ["input", "url"], code: "INVALID", message: "must be an http or https URL" },
      ]);
    },
  );

  test("at delivery, the address connected to is checked again: a host that now resolves to loopback gets nothing", async () => {
    // As if these hosts had resolved to public addresses when the endpoints were made, and were
    // rebound to loopback since: rows written directly, past the check at creation.
    const { column } = webhookEndpoints;
    for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
      await query(
        t.db,
        sql`INSERT INTO ${webhookEndpoints.name} (${column.watchId}, ${column.url}, ${column.secret})
            VALUES (${fromGlobalId(watchId, "watchId").id}, ${`http://${host}:${port()}/hook`}, ${"whsec_c2VjcmV0"})`,
      );
    }
    await insertPaper(t.db, { title: "Rebound robots", keywords: [KEYWORD] });
    await until(
      "an attempt at each endpoint",
      async () => {
        const rows = await deliveries(t.db);
        return rows.length === 3 && rows.every((row) => row.lastError !== null);
      },
      30_000,
    );
    const errors = (await deliveries(t.db)).map((row) => row.lastError);
    expect(errors).toHaveLength(3);
    expect(errors).toEqual(
      expect.arrayContaining([
        "localhost resolves to a loopback address",
        "127.0.0.1 is a loopback address",
        "::1 is a loopback address",
      ]),
    );
    expect(hook.requests).toHaveLength(0);
    const endpoint = await queryOne<{ count: number }>(
      t.db,
      sql`SELECT count(*)::int AS count FROM ${webhookEndpoints.from}`,
    );
    expect(endpoint!.count).toBe(3);
  });
});

/** POSTs a typed operation to a server process, as a client would. */
async function post<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  headers: Record<string, string>,
): Promise<TData> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return ((await response.json()) as { data: TData }).data;
}

// Two processes need a Postgres server; the embedded database belongs to one process.
(databaseUrl ? describe : describe.skip)("a worker killed mid-delivery (Postgres server)", () => {
  let db: DataSource;
  const running: ServerProcess[] = [];

  beforeAll(async () => {
    db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
    await db.runMigrations();
    await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
    await db.query("DELETE FROM pgboss.job");
  });
  afterAll(async () => {
    for (const server of running) server.child.kill("SIGKILL");
    await Promise.all(running.map((server) => server.exited));
    await db.destroy();
  });

  test("loses no delivery: another worker retries it after its lease, with the same webhook-id", async () => {
    const env = {
      DATABASE_URL: databaseUrl!,
      DIGEST_SECRET: TEST_DIGEST_SECRET,
      ...DELIVERING,
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true",
    };
    // The first attempt is never answered; the worker making it is killed meanwhile.
    const hook = await startReceiver((request) => (request === 1 ? "hang" : 200));
    try {
      const first = await spawnServer(env);
      running.push(first);
      const owner = await signUp(db, "owner");
      const watchInput = { name: "Robots", filter: { keywords: [KEYWORD] }, trigger: { kind: "NEW_MATCH" as const } };
      const watchId = (await post(first.url, CreateWatchDocument, { input: watchInput }, owner.headers)).createWatch
        .watch!.id;
      const created = await post(
        first.url,
        CreateWebhookEndpointDocument,
        { input: { watchId, url: hook.url } },
        owner.headers,
      );
      expect(created.createWebhookEndpoint.userErrors).toEqual([]);

      await insertPaper(db, { title: "Robots that fall over", keywords: [KEYWORD] });
      await until("the first attempt", () => hook.requests.length === 1, 30_000);
      first.child.kill("SIGKILL");
      await first.exited;

      const second = await spawnServer(env);
      running.push(second);
      await until("the retry", async () => (await deliveries(db))[0]?.status === "SUCCEEDED", 60_000);
      expect(hook.requests).toHaveLength(2);
      expect(hook.requests[1].headers["webhook-id"]).toBe(hook.requests[0].headers["webhook-id"]);
      expect(await deliveries(db)).toMatchObject([{ status: "SUCCEEDED", attempts: 2 }]);
    } finally {
      await hook.close();
    }
  });
});
