import { parse } from "graphql";
import { toGlobalId } from "../../src/domain/global-id";
import {
  PaperListDocument,
  PaperUpvotesChangedDocument,
  TrendingPaperAddedDocument,
  TrendingPapersDocument,
  UpvotePaperDocument,
  ViewerDocument,
  type PaperUpvotesChangedSubscription,
  type TrendingPaperAddedSubscription,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper, insertVotes } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { until } from "../helpers/until";
import { collect, connectSocket, executeOverSocket, type SocketClient } from "../helpers/websocket";

let t: TestServer;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  t = await startTestServer();
});
afterEach(() => Promise.all(sockets.splice(0).map((socket) => socket.client.dispose())));
afterAll(() => t.close());
beforeEach(() => t.reset());

function socket(authorization?: string): SocketClient {
  const opened = connectSocket(t.server.url, authorization);
  sockets.push(opened);
  return opened;
}

describe("trendingPapers", () => {
  let fresh: number, older: number;

  beforeEach(async () => {
    fresh = await insertPaper(t.db, { title: "fresh" });
    older = await insertPaper(t.db, { title: "older" });
    const daily = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await insertPaper(t.db, { title: "imported", importedUpvotes: 10, dailyDate: daily });
    await insertPaper(t.db, { title: "unvoted" });
    const hidden = await insertPaper(t.db, { title: "hidden" });
    await insertVotes(t.db, fresh, 3);
    await insertVotes(t.db, older, 5, 48);
    await insertVotes(t.db, hidden, 9);
    await t.db.query("UPDATE paper SET deleted_at = now() WHERE id = $1", [hidden]);
  });

  test("votes cast and withdrawn update the stored keys in O(1) to what a recomputation from every vote gives", async () => {
    const [{ id: imported }] = (await t.db.query("SELECT id FROM paper WHERE title = 'imported'")) as { id: number }[];
    // Votes in an order unlike their times, on a paper that also has imported upvotes; then the
    // oldest withdrawn (taken out in O(1)), and every vote of "fresh" (the last one leaves no key).
    for (const hoursAgo of [30, 1, 400, 0, 72]) await insertVotes(t.db, imported, 1, hoursAgo);
    await t.db.query("DELETE FROM vote WHERE paper_id = $1 AND created_at < now() - interval '300 hours'", [imported]);
    await t.db.query("DELETE FROM vote WHERE paper_id = (SELECT id FROM paper WHERE title = 'fresh')");
    const keys = (await t.db.query(
      `SELECT title, trend_day AS day, paper_trend_key(id, 21600) AS "dayNow", trend_week AS week,
              paper_trend_key(id, 151200) AS "weekNow", trend_month AS month, paper_trend_key(id, 648000) AS "monthNow"
       FROM paper WHERE deleted_at IS NULL ORDER BY title`,
    )) as {
      title: string;
      day: number | null;
      dayNow: number | null;
      week: number | null;
      weekNow: number | null;
      month: number | null;
      monthNow: number | null;
    }[];
    expect(keys.map(({ title, week }) => [title, week === null])).toEqual([
      ["fresh", true],
      ["imported", false],
      ["older", false],
      ["unvoted", true],
    ]);
    for (const key of keys) {
      for (const [stored, recomputed] of [
        [key.day, key.dayNow],
        [key.week, key.weekNow],
        [key.month, key.monthNow],
      ]) {
        if (recomputed === null) expect(stored).toBeNull();
        else expect(stored).toBeCloseTo(recomputed, 9);
      }
    }
  });

  test("ranks by decayed votes: recent votes win a day, more votes win a month", async () => {
    const day = dataOf(await t.request(TrendingPapersDocument, { window: "DAY" })).trendingPapers;
    expect(day.edges.map((edge) => [edge.rank, edge.node.title])).toEqual([
      [1, "fresh"],
      [2, "older"],
      [3, "imported"],
    ]);
    expect(day.totalCount).toBe(3);
    expect(day.edges[0].score).toBeCloseTo(3, 2);
    expect(day.edges[1].score).toBeCloseTo(5 * 2 ** -8, 4);

    const month = dataOf(await t.request(TrendingPapersDocument, { window: "MONTH" })).trendingPapers;
    expect(month.edges.map((edge) => edge.node.title)).toEqual(["older", "fresh", "imported"]);
    expect(month.edges[0].score).toBeCloseTo(5 * 2 ** (-48 / 180), 3);
    // Imported upvotes count as cast at the daily-list day, UTC midnight.
    expect(month.edges[2].score).toBeGreaterThan(10 * 2 ** ((-21 * 24) / 180));
    expect(month.edges[2].score).toBeLessThan(10 * 2 ** ((-20 * 24) / 180));
  });

  test("pages keep counting ranks, and equal scores break ties by the newer paper", async () => {
    const twin = await insertPaper(t.db, { title: "twin" });
    await t.db.query(
      "INSERT INTO vote (user_id, paper_id, created_at) SELECT user_id, $1, created_at FROM vote WHERE paper_id = $2",
      [twin, fresh],
    );
    const first = dataOf(await t.request(TrendingPapersDocument, { window: "DAY", first: 1 })).trendingPapers;
    expect(first.edges.map((edge) => [edge.rank, edge.node.title])).toEqual([[1, "twin"]]);
    const rest = dataOf(
      await t.request(TrendingPapersDocument, { window: "DAY", first: 10, after: first.pageInfo.endCursor }),
    ).trendingPapers;
    expect(rest.edges.map((edge) => [edge.rank, edge.node.title])).toEqual([
      [2, "fresh"],
      [3, "older"],
      [4, "imported"],
    ]);
  });

  test("papers ordered by TRENDING rank the same way inside a filter", async () => {
    const { papers } = dataOf(
      await t.request(PaperListDocument, {
        filter: { publishedTo: "2025-06-01" },
        orderBy: { field: "TRENDING", direction: "DESC", window: "MONTH" },
      }),
    );
    expect(papers.edges.map((edge) => edge.node.title)).toEqual(["older", "fresh", "imported", "unvoted"]);
  });
});

describe("subscriptions", () => {
  let voters: SignedInUser[];
  let leader: number, second: number, climber: number;

  beforeEach(async () => {
    voters = [];
    for (let i = 0; i < 4; i++) voters.push(await signUp(t.db, `voter${i}`));
    leader = await insertPaper(t.db, { title: "leader" });
    second = await insertPaper(t.db, { title: "second" });
    climber = await insertPaper(t.db, { title: "climber" });
    await insertVotes(t.db, leader, 3, 1);
    await insertVotes(t.db, second, 2, 1);
    await t.quiesce();
  });

  const upvote = (paperId: number, voter: SignedInUser) =>
    t.request(UpvotePaperDocument, { input: { paperId: toGlobalId("Paper", paperId) } }, voter.headers);

  test("votes over HTTP that lift a paper into the top N push exactly one trendingPaperAdded", async () => {
    const { client } = socket();
    const listening = t.subscribersListening(2);
    const added = collect<TrendingPaperAddedSubscription>(client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 2,
    });
    const otherWindow = collect<TrendingPaperAddedSubscription>(client, TrendingPaperAddedDocument, {
      window: "DAY",
      top: 1,
    });
    await listening;

    // The second vote takes "climber" past "second" into the top 2; the third makes it first.
    for (const voter of voters.slice(0, 3)) {
      await upvote(climber, voter);
      await t.quiesce();
    }
    const [event] = await added.waitFor(1);
    expect(event.data?.trendingPaperAdded).toMatchObject({
      rank: 2,
      window: "DAY",
      paper: { title: "climber", upvotes: 2 },
    });
    expect(event.data!.trendingPaperAdded!.score).toBeCloseTo(2, 1);

    // Moving up inside the top 2 does not fire again; the top-1 watcher saw "climber" take first
    // place, then sees "leader" take it back.
    await upvote(leader, voters[3]);
    await t.quiesce();
    expect(added.events).toHaveLength(1);
    const top1 = await otherWindow.waitFor(2);
    expect(top1.map((result) => result.data?.trendingPaperAdded?.paper.title)).toEqual(["climber", "leader"]);
  });

  test("paperUpvotesChanged pushes the new count", async () => {
    const { client } = socket();
    const listening = t.subscribersListening(1);
    const changes = collect<PaperUpvotesChangedSubscription>(client, PaperUpvotesChangedDocument, {
      paperId: toGlobalId("Paper", second),
    });
    await listening;
    await upvote(second, voters[0]);
    const [event] = await changes.waitFor(1);
    expect(event.data?.paperUpvotesChanged).toEqual({ id: toGlobalId("Paper", second), upvotes: 3 });
  });

  test("subscribers with the same subscription and viewer share each event's execution; each viewer sees its own", async () => {
    await upvote(second, voters[0]);
    // A trending subscriber left from an earlier test would make each vote read the tops.
    await until("earlier subscribers to leave", () => t.server.liveStats().trending === 0);
    await t.quiesce();
    const sameViewer = [0, 1, 2].map(() => socket(voters[0].headers.authorization));
    const otherViewer = socket(voters[1].headers.authorization);
    const listening = t.subscribersListening(4);
    const document = parse(
      "subscription ($paperId: ID!) { paperUpvotesChanged(paperId: $paperId) { viewerHasUpvoted } }",
    );
    const subscribers = [...sameViewer, otherViewer].map(({ client }) =>
      collect<{ paperUpvotesChanged: { viewerHasUpvoted: boolean } | null }>(client, document, {
        paperId: toGlobalId("Paper", second),
      }),
    );
    await listening;

    const before = t.statementCount();
    await insertVotes(t.db, second, 1);
    const events = await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(1)));
    await t.quiesce();
    expect(events.map(([event]) => event.data?.paperUpvotesChanged?.viewerHasUpvoted)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    // The vote's two inserts, the paper's read, and one viewerHasUpvoted read per viewer.
    expect(t.statementCount() - before).toBe(5);
  });

  test("a bad token closes the socket with 4403; a good one signs the socket in", async () => {
    expect(await socket("Bearer pgt_nope").closed).toBe(4403);
    const signedIn = socket(voters[0].headers.authorization);
    const viewer = await executeOverSocket(signedIn.client, ViewerDocument);
    expect(viewer.data).toEqual({ viewer: expect.objectContaining({ handle: "voter0" }) });
  });

  test("validation, limits and authorization hold over the socket as over HTTP", async () => {
    const { client } = socket();
    const anonymousVote = await executeOverSocket(client, UpvotePaperDocument, {
      input: { paperId: toGlobalId("Paper", leader) },
    });
    expect(anonymousVote.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const tooMany = await executeOverSocket(client, PaperListDocument, { first: 1000 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badTop = await executeOverSocket(client, TrendingPaperAddedDocument, { top: 101 });
    expect(badTop.errors?.[0].message).toMatch(/`top` must be between 1 and 100/);
    const invalid = await executeOverSocket(client, parse("{ papers { nope } }"));
    expect(invalid.errors?.[0].message).toMatch(/Cannot query field "nope"/);
    const [row] = await t.db.query("SELECT count(*)::int AS votes FROM vote WHERE paper_id = $1", [leader]);
    expect(row.votes).toBe(3);
  });
});
