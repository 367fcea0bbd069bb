import { once } from "node:events";
import { isDeepStrictEqual } from "node:util";
import WebSocket from "ws";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import { CreateTokenDocument, RevokeTokenDocument, ViewerDocument } from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { relayTo } from "../helpers/relay";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/until";
import { connectSocket, executeOverSocket, type SocketClient } from "../helpers/websocket";

let t: TestServer;
let admin: SignedInUser;
const sockets: SocketClient[] = [];
beforeAll(async () => {
  t = await startTestServer();
  admin = await signUp(t.db, "admin", UserRole.ADMIN);
});
afterAll(async () => {
  await Promise.all(sockets.map(({ client }) => client.dispose()));
  await t.close();
});

function socket(authorization?: string, url: string = t.server.url): SocketClient {
  const opened = connectSocket(url, authorization);
  sockets.push(opened);
  return opened;
}

/** A raw socket, acknowledged, and every message the server has sent it since, parsed. */
async function acknowledgedSocket(): Promise<{ raw: WebSocket; messages: Record<string, unknown>[] }> {
  const raw = new WebSocket(t.server.url.replace(/^http/, "ws"), "graphql-transport-ws");
  const messages: Record<string, unknown>[] = [];
  raw.on("message", (data) => messages.push(JSON.parse(String(data))));
  await once(raw, "open");
  raw.send(JSON.stringify({ type: "connection_init" }));
  await until("the connection_ack", () => messages.some((message) => message.type === "connection_ack"));
  messages.length = 0;
  return { raw, messages };
}

test("a token revoked while its socket is open closes the socket with 4403 at once; other users' sockets stay open", async () => {
  const member = await signUp(t.db, "member");
  const bystander = await signUp(t.db, "bystander");
  const { createToken } = dataOf(
    await t.request(CreateTokenDocument, { input: { userId: toGlobalId("User", member.id) } }, admin.headers),
  );
  const signedIn = socket(`Bearer ${createToken.token}`);
  const otherUser = socket(bystander.headers.authorization);
  const before = await executeOverSocket(signedIn.client, ViewerDocument);
  expect(before.data).toEqual({ viewer: expect.objectContaining({ handle: "member" }) });
  await executeOverSocket(otherUser.client, ViewerDocument);

  const { revokeToken } = dataOf(
    await t.request(RevokeTokenDocument, { input: { tokenId: createToken.apiToken!.id } }, admin.headers),
  );
  expect(revokeToken.apiToken?.revokedAt).toEqual(expect.any(String));

  // No operation is sent: the revocation's notification closes the socket.
  expect(await signedIn.closed).toBe(4403);
  const after = await executeOverSocket(otherUser.client, ViewerDocument);
  expect(after.data).toEqual({ viewer: expect.objectContaining({ handle: "bystander" }) });
});

test("a message larger than MAX_BODY_BYTES closes the socket with 1009", async () => {
  const raw = new WebSocket(t.server.url.replace(/^http/, "ws"), "graphql-transport-ws");
  const closed = new Promise<number>((resolve) => raw.once("close", (code) => resolve(code)));
  await new Promise((resolve) => raw.once("open", resolve));
  raw.send(JSON.stringify({ type: "connection_init", payload: { pad: "x".repeat(102_400) } }));
  expect(await closed).toBe(1009);
});

test("a socket destroyed without a close frame lets go of its subscription", async () => {
  const before = t.server.liveStats();
  const { raw } = await acknowledgedSocket();
  const listening = t.subscribersListening(1);
  const query = "subscription { trendingPaperAdded(window: DAY, top: 1) { rank } }";
  raw.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
  await listening;
  expect(t.server.liveStats()).toEqual({
    websockets: before.websockets + 1,
    trending: before.trending + 1,
    upvotes: before.upvotes,
    pubSubListeners: before.pubSubListeners + 1,
  });

  raw.terminate(); // destroys the TCP socket, as a client that is killed does
  await until("the server to let go of the socket", () => isDeepStrictEqual(t.server.liveStats(), before));
});

test("subscribers sharing one result each get their own next message; errors and completes stay per subscription", async () => {
  const paperId = await insertPaper(t.db, { title: "shared", importedUpvotes: 1 });
  const query = `subscription { paperUpvotesChanged(paperId: "${toGlobalId("Paper", paperId)}") { id upvotes } }`;
  const upvoteSubscribersBefore = t.server.liveStats().upvotes;
  const first = await acknowledgedSocket();
  const second = await acknowledgedSocket();
  const listening = t.subscribersListening(3);
  first.raw.send(JSON.stringify({ id: "first-a", type: "subscribe", payload: { query } }));
  first.raw.send(JSON.stringify({ id: "first-b", type: "subscribe", payload: { query } }));
  second.raw.send(JSON.stringify({ id: "second", type: "subscribe", payload: { query } }));
  second.raw.send(JSON.stringify({ id: "refused", type: "subscribe", payload: { query: "subscription { nope }" } }));
  await listening;

  const payload = (upvotes: number) => ({
    data: { paperUpvotesChanged: { id: toGlobalId("Paper", paperId), upvotes } },
  });
  await t.db.query("UPDATE paper SET imported_upvotes = 2 WHERE id = $1", [paperId]);
  await until("both sockets' deliveries", () => first.messages.length === 2 && second.messages.length === 2);
  expect(first.messages).toEqual([
    { id: "first-a", type: "next", payload: payload(2) },
    { id: "first-b", type: "next", payload: payload(2) },
  ]);
  expect(second.messages).toEqual([
    { id: "refused", type: "error", payload: [expect.objectContaining({ message: expect.any(String) })] },
    { id: "second", type: "next", payload: payload(2) },
  ]);

  // A completed subscription hears nothing more; the others on its socket and elsewhere still do.
  first.raw.send(JSON.stringify({ id: "first-b", type: "complete" }));
  await until("first-b to stop listening", () => t.server.liveStats().upvotes === upvoteSubscribersBefore + 2);
  first.messages.length = second.messages.length = 0;
  await t.db.query("UPDATE paper SET imported_upvotes = 3 WHERE id = $1", [paperId]);
  await until("the next deliveries", () => first.messages.length === 1 && second.messages.length === 1);
  expect(first.messages).toEqual([{ id: "first-a", type: "next", payload: payload(3) }]);
  expect(second.messages).toEqual([{ id: "second", type: "next", payload: payload(3) }]);

  // A query over the socket is answered, then completed by the server.
  second.raw.send(JSON.stringify({ id: "query", type: "subscribe", payload: { query: "{ papers { totalCount } }" } }));
  await until("the query's complete", () => second.messages.some((message) => message.type === "complete"));
  expect(second.messages.slice(1)).toEqual([
    { id: "query", type: "next", payload: { data: { papers: { totalCount: expect.any(Number) } } } },
    { id: "query", type: "complete" },
  ]);
  first.raw.close();
  second.raw.close();
});

test("an operationName that names no operation is refused with BAD_REQUEST, before any SQL", async () => {
  const { client } = socket();
  const query = "query Count { papers { totalCount } }";
  const { result, statements } = await t.statementsDuring(() => executeOverSocket(client, query, {}, "Nothing"));
  expect(result.errors).toEqual([
    { message: 'The document has no operation named "Nothing".', extensions: { code: "BAD_REQUEST" } },
  ]);
  expect(statements).toBe(0);
});

// The relay cuts a Postgres server; the embedded database cannot go away.
(process.env.DATABASE_URL ? describe : describe.skip)("with the database unreachable", () => {
  test("a new socket is closed with 1013, to retry later, not refused as forbidden", async () => {
    const relay = await relayTo(process.env.DATABASE_URL!);
    const logs: object[] = [];
    const cut = await startTestServer({ DATABASE_URL: relay.url }, { logs });
    const token = (await signUp(cut.db, "outage")).headers.authorization;
    await cut.quiesce();
    await relay.cut();
    try {
      const { closed } = socket(token, cut.server.url);
      expect(await closed).toBe(1013);
      // A malformed token needs no database to be refused.
      expect(await socket("Bearer pgt_nope", cut.server.url).closed).toBe(4403);
      expect(logs).toContainEqual(expect.objectContaining({ level: 50, msg: "could not check a websocket's token" }));
    } finally {
      await cut.close();
    }
  });
});
