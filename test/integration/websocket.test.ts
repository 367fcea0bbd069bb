import { once } from "node:events";
import { isDeepStrictEqual } from "node:util";
import WebSocket from "ws";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import { CreateTokenDocument, RevokeTokenDocument, ViewerDocument } from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
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
  const raw = new WebSocket(t.server.url.replace(/^http/, "ws"), "graphql-transport-ws");
  await once(raw, "open");
  raw.send(JSON.stringify({ type: "connection_init" }));
  await once(raw, "message"); // connection_ack
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
