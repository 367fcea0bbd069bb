import pino from "pino";
import type { DataSource } from "typeorm";
import { connectDatabase } from "../../src/data-source";
import { queryOne, sql } from "../../src/db/sql";
import { watchChecks, watchEvents } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import {
  CreateWatchDocument,
  DeletePaperDocument,
  DeleteWatchDocument,
  ImportPapersDocument,
  LinkRepositoryDocument,
  MyWatchesDocument,
  RevokeTokenDocument,
  UpdateWatchDocument,
  WatchEventRaisedDocument,
  type CreateWatchInput,
  type WatchEventRaisedSubscription,
} from "../generated/graphql";
import { signUp, upvoteAs, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { dataOf, startTestServer, TEST_DIGEST_SECRET, type TestServer } from "../helpers/server";
import { until } from "../helpers/until";
import { collect, connectSocket } from "../helpers/websocket";

const databaseUrl = process.env.DATABASE_URL || undefined;

async function count(db: DataSource, table: typeof watchChecks | typeof watchEvents): Promise<number> {
  const row = await queryOne<{ count: number }>(db, sql`SELECT count(*)::int AS count FROM ${table.name}`);
  return row!.count;
}

/** Every queued check is matched and its events committed: the outbox is empty. */
const outboxDrained = (db: DataSource) =>
  until("an empty outbox", async () => (await count(db, watchChecks)) === 0, 30_000);

describe("watches on one server", () => {
  let t: TestServer;
  let owner: SignedInUser;
  let stranger: SignedInUser;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await startTestServer({ DIGEST_WORKER: "true", JOBS_POLL_SECONDS: "1", WATCHES_PER_USER: "3" });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    owner = await signUp(t.db, "owner");
    stranger = await signUp(t.db, "stranger");
    admin = await signUp(t.db, "importer", UserRole.ADMIN);
  });

  async function create(user: SignedInUser, input: CreateWatchInput) {
    return dataOf(await t.request(CreateWatchDocument, { input }, user.headers)).createWatch;
  }

  async function createdWatchId(input: CreateWatchInput): Promise<string> {
    const { watch, userErrors } = await create(owner, input);
    expect(userErrors).toEqual([]);
    return watch!.id;
  }

  async function myWatches(user: SignedInUser) {
    return dataOf(await t.request(MyWatchesDocument, {}, user.headers)).viewer!.watches!;
  }

  function importDaily(records: { id: string; title: string; summary?: string }[]) {
    const payload = JSON.stringify(
      records.map(({ id, title, summary }) => ({
        paper: { id, title, summary: summary ?? "An abstract.", authors: [{ name: "Ada" }], publishedAt: "2025-03-01" },
      })),
    );
    return t.request(ImportPapersDocument, { input: { format: "HF_DAILY", payload } }, admin.headers);
  }

  test("a watch is created, listed, changed and deleted by its owner; to anyone else it does not exist", async () => {
    const created = await create(owner, {
      name: "  Diffusion   papers ",
      filter: { search: "diffusion", hasCode: true },
      trigger: { kind: "TRENDING", top: 5 },
    });
    expect(created).toEqual({
      userErrors: [],
      watch: {
        id: expect.any(String),
        name: "Diffusion papers",
        filter: { search: "diffusion", keywords: null, minUpvotes: null, hasCode: true },
        trigger: { kind: "TRENDING", window: "WEEK", top: 5, upvotes: null },
      },
    });
    const id = created.watch!.id;
    expect((await myWatches(owner)).nodes.map((watch) => watch.id)).toEqual([id]);
    expect((await myWatches(stranger)).totalCount).toBe(0);

    const updated = dataOf(
      await t.request(
        UpdateWatchDocument,
        { input: { id, name: "Votes", trigger: { kind: "UPVOTES_REACHED", upvotes: 10 } } },
        owner.headers,
      ),
    ).updateWatch;
    expect(updated.watch).toMatchObject({
      name: "Votes",
      filter: { search: "diffusion", hasCode: true },
      trigger: { kind: "UPVOTES_REACHED", window: null, top: null, upvotes: 10 },
    });

    const notFound = [{ field: ["input", "id"], code: "NOT_FOUND", message: "You have no watch with this ID." }];
    const theirs = await t.request(UpdateWatchDocument, { input: { id, name: "Mine now" } }, stranger.headers);
    expect(dataOf(theirs).updateWatch).toEqual({ watch: null, userErrors: notFound });
    const theirDelete = await t.request(DeleteWatchDocument, { input: { id } }, stranger.headers);
    expect(dataOf(theirDelete).deleteWatch).toEqual({ deletedWatchId: null, userErrors: notFound });

    const deleted = dataOf(await t.request(DeleteWatchDocument, { input: { id } }, owner.headers)).deleteWatch;
    expect(deleted).toEqual({ deletedWatchId: id, userErrors: [] });
    expect((await myWatches(owner)).totalCount).toBe(0);
    const again = await t.request(DeleteWatchDocument, { input: { id } }, owner.headers);
    expect(dataOf(again).deleteWatch.userErrors).toEqual(notFound);
  });

  test("triggers take their own parameters, filters are checked as papers(filter:) checks them, and anonymous callers are refused", async () => {
    const refused = await create(owner, {
      name: " ",
      filter: { minUpvotes: -1 },
      trigger: { kind: "NEW_MATCH", upvotes: 3 },
    });
    expect(refused.watch).toBeNull();
    expect(refused.userErrors.map((error) => [error.field.join("."), error.code])).toEqual([
      ["input.name", "BLANK"],
      ["input.trigger.upvotes", "INVALID"],
    ]);
    const sinceFilter = await create(owner, {
      name: "x",
      filter: { updatedSince: "2026-01-01T00:00:00Z" },
      trigger: { kind: "NEW_MATCH" },
    });
    expect(sinceFilter.userErrors).toEqual([
      { field: ["input", "filter", "updatedSince"], message: "does not apply to a watch", code: "INVALID" },
    ]);
    const badFilter = await create(owner, { name: "x", filter: { minUpvotes: -1 }, trigger: { kind: "NEW_MATCH" } });
    expect(badFilter.userErrors).toEqual([
      { field: ["input", "filter", "minUpvotes"], code: "INVALID", message: "`minUpvotes` must not be negative." },
    ]);
    const noThreshold = await create(owner, { name: "x", trigger: { kind: "UPVOTES_REACHED" } });
    expect(noThreshold.userErrors.map((error) => error.code)).toEqual(["BLANK"]);

    const anonymous = await t.request(CreateWatchDocument, { input: { name: "x", trigger: { kind: "NEW_MATCH" } } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await count(t.db, watchEvents)).toBe(0);
  });

  test("past the per-user cap, createWatch says so and writes nothing", async () => {
    for (const name of ["one", "two", "three"]) await createdWatchId({ name, trigger: { kind: "NEW_MATCH" } });
    const fourth = await create(owner, { name: "four", trigger: { kind: "NEW_MATCH" } });
    expect(fourth).toEqual({
      watch: null,
      userErrors: [
        {
          field: ["input"],
          code: "LIMIT_REACHED",
          message: "You already have 3 watches, the most allowed (3); delete one first.",
        },
      ],
    });
    expect((await myWatches(owner)).totalCount).toBe(3);
    // The cap is per user.
    expect((await create(stranger, { name: "theirs", trigger: { kind: "NEW_MATCH" } })).userErrors).toEqual([]);
  });

  test("votes wake the watch-match job only when some watch could be checked", async () => {
    let wakeUps = 0;
    const stop = t.server.events.onWatchChecksQueued(() => wakeUps++);
    try {
      const paperId = await insertPaper(t.db, { title: "Voted on" });
      await upvoteAs(owner, t.server.url, paperId);
      await t.server.events.caughtUp();
      expect(wakeUps).toBe(0);

      await createdWatchId({ name: "anything", trigger: { kind: "UPVOTES_REACHED", upvotes: 2 } });
      await upvoteAs(stranger, t.server.url, paperId);
      await t.server.events.caughtUp();
      expect(wakeUps).toBe(1);
      await outboxDrained(t.db);
      expect((await myWatches(owner)).nodes[0].events.totalCount).toBe(1);
    } finally {
      stop();
    }
  });

  test("NEW_MATCH records a matching paper once, not a paper that does not match, and nothing on re-import", async () => {
    await createdWatchId({ name: "diffusion", filter: { search: "diffusion" }, trigger: { kind: "NEW_MATCH" } });
    const records = [
      { id: "2501.00001", title: "Latent diffusion for molecules" },
      { id: "2501.00002", title: "Graph transformers at scale" },
    ];
    expect(dataOf(await importDaily(records)).importPapers.userErrors).toEqual([]);
    await outboxDrained(t.db);
    const [watch] = (await myWatches(owner)).nodes;
    expect(watch.events.nodes).toEqual([
      {
        id: expect.any(String),
        trigger: "NEW_MATCH",
        upvotes: 0,
        rank: null,
        paper: { title: "Latent diffusion for molecules" },
      },
    ]);

    // The same records again, one revised so that it is checked again: still one event.
    await importDaily(records);
    await importDaily([{ ...records[0], summary: "A revised abstract about diffusion." }]);
    await outboxDrained(t.db);
    expect((await myWatches(owner)).nodes[0].events.totalCount).toBe(1);
    expect(await count(t.db, watchEvents)).toBe(1);
  });

  test("UPVOTES_REACHED fires when votes pass the threshold, once, and watchEvent pushes it to the owner only", async () => {
    const paperId = await insertPaper(t.db, { title: "Sparse attention" });
    const watchId = await createdWatchId({
      name: "popular",
      filter: { search: "attention" },
      trigger: { kind: "UPVOTES_REACHED", upvotes: 2 },
    });
    await outboxDrained(t.db);

    const ownerSocket = connectSocket(t.server.url, owner.headers.authorization);
    const strangerSocket = connectSocket(t.server.url, stranger.headers.authorization);
    const listening = t.subscribersListening(1);
    const pushed = collect<WatchEventRaisedSubscription>(ownerSocket.client, WatchEventRaisedDocument, { watchId });
    await listening;
    const refused = collect<WatchEventRaisedSubscription>(strangerSocket.client, WatchEventRaisedDocument, {
      watchId,
    });
    const [refusal] = await refused.waitFor(1);
    expect(refusal.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });

    const voters = [await signUp(t.db, "v1"), await signUp(t.db, "v2"), await signUp(t.db, "v3")];
    await upvoteAs(voters[0], t.server.url, paperId);
    await outboxDrained(t.db);
    expect(await count(t.db, watchEvents)).toBe(0);
    await upvoteAs(voters[1], t.server.url, paperId);
    const [event] = await pushed.waitFor(1);
    expect(event.data?.watchEvent).toEqual({
      id: expect.any(String),
      trigger: "UPVOTES_REACHED",
      upvotes: 2,
      paper: { title: "Sparse attention" },
      watch: { id: watchId },
    });
    await upvoteAs(voters[2], t.server.url, paperId);
    await outboxDrained(t.db);
    expect(await count(t.db, watchEvents)).toBe(1);
    expect(refused.events).toHaveLength(1);

    pushed.dispose();
    refused.dispose();
    await ownerSocket.client.dispose();
    await strangerSocket.client.dispose();
  });

  test("TRENDING fires for a matching paper that enters the top, however it got there, and not for one already there", async () => {
    const first = await insertPaper(t.db, { title: "Graph transformers" });
    const second = await insertPaper(t.db, { title: "Graph diffusion" });
    const other = await insertPaper(t.db, { title: "Protein folding" });
    const voters = await Promise.all(["t1", "t2", "t3"].map((handle) => signUp(t.db, handle)));
    await upvoteAs(voters[0], t.server.url, first);
    const watchId = await createdWatchId({
      name: "graphs on top",
      filter: { search: "graph" },
      trigger: { kind: "TRENDING", window: "WEEK", top: 1 },
    });
    const events = async () => {
      const watch = (await myWatches(owner)).nodes.find((node) => node.id === watchId)!;
      return watch.events.nodes.map((event) => ({ rank: event.rank, title: event.paper?.title }));
    };

    // Already on top when the watch was made: its own votes do not make it enter.
    await upvoteAs(voters[1], t.server.url, first);
    await outboxDrained(t.db);
    expect(await events()).toEqual([]);

    // Pushed out by a paper that does not match, then back in when that one is deleted.
    for (const voter of voters) await upvoteAs(voter, t.server.url, other);
    await upvoteAs(voters[2], t.server.url, second);
    await outboxDrained(t.db);
    expect(await events()).toEqual([]);
    const deleted = await t.request(
      DeletePaperDocument,
      { input: { paperId: toGlobalId("Paper", other), reason: "duplicate" } },
      admin.headers,
    );
    expect(dataOf(deleted).deletePaper.userErrors).toEqual([]);
    await outboxDrained(t.db);
    expect(await events()).toEqual([{ rank: 1, title: "Graph transformers" }]);
  });

  test("a repository linked to a paper is checked like any change: NEW_MATCH fires for code, UPVOTES_REACHED does not", async () => {
    const watchId = await createdWatchId({
      name: "with code",
      filter: { hasCode: true },
      trigger: { kind: "NEW_MATCH" },
    });
    await createdWatchId({
      name: "popular with code",
      filter: { hasCode: true },
      trigger: { kind: "UPVOTES_REACHED", upvotes: 1 },
    });
    const paperId = await insertPaper(t.db, { title: "Code comes later", importedUpvotes: 5 });
    await outboxDrained(t.db);
    expect(await count(t.db, watchEvents)).toBe(0);

    const linked = await t.request(
      LinkRepositoryDocument,
      { input: { paperId: toGlobalId("Paper", paperId), url: "https://github.com/test/later" } },
      admin.headers,
    );
    expect(dataOf(linked).linkRepository.userErrors).toEqual([]);
    await outboxDrained(t.db);
    const watch = (await myWatches(owner)).nodes.find((node) => node.id === watchId)!;
    expect(watch.events.nodes.map((event) => [event.trigger, event.paper?.title])).toEqual([
      ["NEW_MATCH", "Code comes later"],
    ]);
    expect(await count(t.db, watchEvents)).toBe(1);
  });

  test("node(id:) fetches a watch and its events for their owner only; to anyone else they do not exist", async () => {
    const watchId = await createdWatchId({ name: "anything new", trigger: { kind: "NEW_MATCH" } });
    await insertPaper(t.db, { title: "Fetched by node" });
    await outboxDrained(t.db);
    const [event] = (await myWatches(owner)).nodes[0].events.nodes;
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) {
      id ... on Watch { name } ... on WatchEvent { trigger paper { title } } } }`;
    const ask = (headers: Record<string, string> = {}) =>
      t.post({ query, variables: { ids: [watchId, event.id] } }, headers);

    expect((await ask(owner.headers)).data).toEqual({
      nodes: [
        { id: watchId, name: "anything new" },
        { id: event.id, trigger: "NEW_MATCH", paper: { title: "Fetched by node" } },
      ],
    });
    for (const headers of [stranger.headers, {}]) {
      const refused = await ask(headers);
      expect(refused.data).toEqual({ nodes: [null, null] });
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    }
  });

  test("watchEvent needs a signed-in caller", async () => {
    const socket = connectSocket(t.server.url);
    const watchId = toGlobalId("Watch", 1);
    const refused = collect<WatchEventRaisedSubscription>(socket.client, WatchEventRaisedDocument, { watchId });
    const [refusal] = await refused.waitFor(1);
    expect(refusal.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    await socket.client.dispose();
  });

  test("revoking the owner's token ends their watchEvent subscription at once", async () => {
    const watchId = await createdWatchId({ name: "any", trigger: { kind: "NEW_MATCH" } });
    const ownerSocket = connectSocket(t.server.url, owner.headers.authorization);
    const listening = t.subscribersListening(1);
    const pushed = collect<WatchEventRaisedSubscription>(ownerSocket.client, WatchEventRaisedDocument, { watchId });
    await listening;

    const token = await queryOne<{ id: number }>(t.db, sql`SELECT id FROM api_token WHERE user_id = ${owner.id}`);
    const revoked = await t.request(
      RevokeTokenDocument,
      { input: { tokenId: toGlobalId("ApiToken", token!.id) } },
      admin.headers,
    );
    expect(dataOf(revoked).revokeToken.userErrors).toEqual([]);
    expect(await ownerSocket.closed).toBe(4403);

    await insertPaper(t.db, { title: "Raised after the revocation" });
    await outboxDrained(t.db);
    expect(await count(t.db, watchEvents)).toBe(1);
    // The client hears the close as its subscription's error, and nothing after it.
    expect(pushed.events.filter((event) => event.data)).toEqual([]);
    await until("the subscription to let go", () => t.server.liveStats().pubSubListeners === 0);
    pushed.dispose();
  });
});

// Several processes need a Postgres server; the embedded database belongs to one process.
(databaseUrl ? describe : describe.skip)("watches on two server processes", () => {
  const running: ServerProcess[] = [];
  let db: DataSource;

  beforeAll(async () => {
    db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger: pino({ level: "silent" }) });
    await db.runMigrations();
    await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
    await db.query("DELETE FROM pgboss.job");
    const env = {
      DATABASE_URL: databaseUrl!,
      DIGEST_SECRET: TEST_DIGEST_SECRET,
      DIGEST_WORKER: "true",
      JOBS_POLL_SECONDS: "1",
      LOG_LEVEL: "debug",
    };
    running.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
  });
  afterAll(async () => {
    for (const server of running) server.child.kill("SIGKILL");
    await Promise.all(running.map((server) => server.exited));
    await db.destroy();
  });

  test("both work the queue, and each event is recorded and pushed once", async () => {
    const [a, b] = running;
    const owner = await signUp(db, "owner");
    const created = await fetch(a.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...owner.headers },
      body: JSON.stringify({
        query: "mutation($input: CreateWatchInput!) { createWatch(input: $input) { watch { id } } }",
        variables: { input: { name: "all", filter: { keywords: ["robotics"] }, trigger: { kind: "NEW_MATCH" } } },
      }),
    });
    const watchId = ((await created.json()) as { data: { createWatch: { watch: { id: string } } } }).data.createWatch
      .watch.id;

    const socket = connectSocket(b.url, owner.headers.authorization);
    const listening = b.waitForLog('"subscriber listening"');
    const pushed = collect<WatchEventRaisedSubscription>(socket.client, WatchEventRaisedDocument, { watchId });
    await listening;

    const PAPERS = 30;
    for (let i = 0; i < PAPERS; i++) {
      await insertPaper(db, { title: `Robot ${i}`, keywords: i % 3 === 0 ? ["vision"] : ["robotics"] });
    }
    const matching = Array.from({ length: PAPERS }, (_, i) => i).filter((i) => i % 3 !== 0).length;
    await outboxDrained(db);
    expect(await count(db, watchEvents)).toBe(matching);
    await pushed.waitFor(matching);
    const titles = pushed.events.map((event) => event.data?.watchEvent?.paper?.title);
    expect(new Set(titles).size).toBe(matching);
    expect(titles).toHaveLength(matching);
    // Both instances took match jobs.
    expect(a.logs.some((line) => line.includes('"watch checks matched"'))).toBe(true);
    expect(b.logs.some((line) => line.includes('"watch checks matched"'))).toBe(true);

    pushed.dispose();
    await socket.client.dispose();
  });
});
