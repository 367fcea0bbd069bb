import { toGlobalId } from "../../src/domain/global-id";
import { PaperUpvotesChangedDocument, type PaperUpvotesChangedSubscription } from "../generated/graphql";
import { insertPaper } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { collect, connectSocket } from "../helpers/websocket";

let t: TestServer;
// Writing 10,000 papers runs their triggers 10,000 times: longer than the default statement timeout.
beforeAll(async () => (t = await startTestServer({ STATEMENT_TIMEOUT_MS: "60000" })));
afterAll(() => t.close());

/** An import's worth of changes, in one statement: every paper gets one more imported upvote. */
const UPVOTE_EVERY_PAPER = "UPDATE paper SET imported_upvotes = imported_upvotes + 1";

test("with nobody subscribed here, 10,000 new papers cost the server no statement", async () => {
  const { statements } = await t.statementsDuring(() =>
    t.db.query(
      `INSERT INTO paper (title, abstract, published_at, imported_upvotes)
       SELECT 'Paper ' || n, 'Abstract ' || n, timestamptz '2025-01-01' + n * interval '1 minute', n
       FROM generate_series(1, 10000) n`,
    ),
  );
  expect(statements).toBe(1); // the insert itself
});

test("of 10,000 changed papers, only the one watched here is read, once", async () => {
  const watched = await insertPaper(t.db, { title: "watched", importedUpvotes: 5 });
  const socket = connectSocket(t.server.url);
  const listening = t.subscribersListening(1);
  const counter = collect<PaperUpvotesChangedSubscription>(socket.client, PaperUpvotesChangedDocument, {
    paperId: toGlobalId("Paper", watched),
  });
  await listening;

  const { statements } = await t.statementsDuring(() => t.db.query(UPVOTE_EVERY_PAPER));
  expect(statements).toBe(2); // the update, and the watched paper's read
  const [event] = await counter.waitFor(1);
  expect(event.data?.paperUpvotesChanged).toEqual({ id: toGlobalId("Paper", watched), upvotes: 6 });
  counter.dispose();
  await socket.client.dispose();
});
