import { setTimeout as sleep } from "node:timers/promises";
import { toGlobalId } from "../../src/domain/global-id";
import { sql, query, queryOne } from "../../src/db/sql";
import { trendTerms, users, votes } from "../../src/db/tables";
import {
  PaperTrendsDocument,
  RemoveUpvoteDocument,
  TrendingPapersDocument,
  type TrendingPapersQuery,
  type TrendingPapersQueryVariables,
} from "../generated/graphql";
import { signUp } from "../helpers/accounts";
import { insertAuthor, insertPaper, insertVotes, setAuthors } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { systemContext } from "../../src/services/context";
import { pruneTrendHistory } from "../../src/services/trending.service";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const HOUR = 3_600_000;
let voterSequence = 0;

/** Casts a vote at a given time, by a new user unless one is given. */
async function voteAt(paperId: number, at: Date, userId?: number): Promise<void> {
  const voter =
    userId ??
    (await queryOne<{ id: number }>(
      t.db,
      sql`INSERT INTO ${users.name} (${users.column.handle}) VALUES (${`replay-${++voterSequence}`}) RETURNING ${users.column.id} AS id`,
    ))!.id;
  const { column } = votes;
  await query(
    t.db,
    sql`INSERT INTO ${votes.name} (${column.userId}, ${column.paperId}, ${column.createdAt}) VALUES (${voter}, ${paperId}, ${at})`,
  );
}

async function trending(variables: TrendingPapersQueryVariables) {
  return dataOf(await t.request(TrendingPapersDocument, { first: 100, ...variables })).trendingPapers;
}

const ranked = (list: TrendingPapersQuery["trendingPapers"]) =>
  list.edges.map((edge) => ({ rank: edge.rank, title: edge.node.title, score: edge.score }));

describe("trendingPapers(asOf:)", () => {
  test("history no asOf can reach is pruned, and what it can reach still answers the same", async () => {
    const DAY = 24 * HOUR;
    const paperId = await insertPaper(t.db, { title: "long ago" });
    const withdrawnAgo = async (handle: string, votedDaysAgo: number, withdrawnDaysAgo: number) => {
      const voter = await signUp(t.db, handle);
      await voteAt(paperId, new Date(Date.now() - votedDaysAgo * DAY), voter.id);
      await t.db.query("DELETE FROM vote WHERE user_id = $1", [voter.id]);
      await t.db.query("UPDATE trend_term SET left_at = now() - make_interval(days => $2) WHERE user_id = $1", [
        voter.id,
        withdrawnDaysAgo,
      ]);
      return voter.id;
    };
    const unreachable = await withdrawnAgo("withdrew-31-days-ago", 40, 31);
    const reachable = await withdrawnAgo("withdrew-29-days-ago", 35, 29);
    const termsOf = async (userId: number) =>
      (await query(t.db, sql`SELECT 1 FROM ${trendTerms.from} WHERE ${trendTerms.col.userId} = ${userId}`)).length;

    // 29.5 days ago, only the second vote counted.
    const then = { window: "WEEK" as const, asOf: new Date(Date.now() - 29.5 * DAY).toISOString() };
    const before = ranked(await trending(then));
    expect(before).toEqual([{ rank: 1, title: "long ago", score: expect.any(Number) }]);

    expect(await pruneTrendHistory(systemContext(t.db), new Date())).toBe(1);
    expect(await termsOf(unreachable)).toBe(0);
    expect(await termsOf(reachable)).toBe(1);
    expect(ranked(await trending(then))).toEqual(before);
    expect(await pruneTrendHistory(systemContext(t.db), new Date())).toBe(0);
  });

  // Whole seconds, as a client would send it.
  const asOf = new Date(Math.floor((Date.now() - 2 * HOUR) / 1000) * 1000);
  const before = (hours: number) => new Date(asOf.getTime() - hours * HOUR);

  test("scores each paper from the votes cast by then, as computed by hand", async () => {
    const a = await insertPaper(t.db, { title: "a" });
    const b = await insertPaper(t.db, { title: "b" });
    const late = await insertPaper(t.db, { title: "late" });
    // Imported now, after asOf, though listed today: its upvotes did not count then.
    const today = new Date().toISOString().slice(0, 10);
    const imported = await insertPaper(t.db, { title: "imported", importedUpvotes: 50, dailyDate: today });
    for (const hours of [1, 7, -0.5]) await voteAt(a, before(hours));
    for (const hours of [3, 50]) await voteAt(b, before(hours));
    await voteAt(late, before(-1));
    await voteAt(imported, before(100));

    // DAY halves every 6 hours, WEEK every 42.
    const day = await trending({ window: "DAY", asOf: asOf.toISOString() });
    expect(day.edges.map((edge) => [edge.rank, edge.node.title])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "imported"],
    ]);
    expect(day.totalCount).toBe(3);
    expect(day.edges[0].score).toBeCloseTo(2 ** (-1 / 6) + 2 ** (-7 / 6), 9);
    expect(day.edges[1].score).toBeCloseTo(2 ** (-3 / 6) + 2 ** (-50 / 6), 9);
    expect(day.edges[2].score).toBeCloseTo(2 ** (-100 / 6), 12);

    const week = await trending({ window: "WEEK", asOf: asOf.toISOString() });
    expect(week.edges.map((edge) => edge.node.title)).toEqual(["a", "b", "imported"]);
    expect(week.edges[0].score).toBeCloseTo(2 ** (-1 / 42) + 2 ** (-7 / 42), 9);
    expect(week.edges[1].score).toBeCloseTo(2 ** (-3 / 42) + 2 ** (-50 / 42), 9);
    expect(week.edges[2].score).toBeCloseTo(2 ** (-100 / 42), 9);

    // Now, the late vote and the imported upvotes count.
    const now = await trending({ window: "WEEK" });
    expect(now.edges[0].node.title).toBe("imported");
    expect(now.totalCount).toBe(4);
  });

  test("the same asOf answers the same after later votes, withdrawals and re-imports", async () => {
    const a = await insertPaper(t.db, { title: "a" });
    const b = await insertPaper(t.db, { title: "b", importedUpvotes: 3 });
    const voter = await signUp(t.db, "withdrawer");
    await voteAt(a, before(1), voter.id);
    await voteAt(a, before(5));
    await voteAt(b, before(2));
    const then = { window: "WEEK" as const, asOf: asOf.toISOString() };
    const first = ranked(await trending(then));
    expect(first.map(({ title }) => title)).toEqual(["a", "b"]);

    const withdrawn = dataOf(
      await t.request(RemoveUpvoteDocument, { input: { paperId: toGlobalId("Paper", a) } }, voter.headers),
    ).removeUpvote;
    expect(withdrawn.userErrors).toEqual([]);
    await insertVotes(t.db, b, 4);
    await t.db.query("UPDATE paper SET imported_upvotes = 40, daily_date = '2025-02-01' WHERE id = $1", [b]);
    await t.db.query("UPDATE paper SET title = 'a, retitled' WHERE id = $1", [a]);

    // The live list moved; the list as it stood did not, but for the title, which is the paper's now.
    expect((await trending({ window: "WEEK" })).edges.map((edge) => edge.node.title)).toEqual(["b", "a, retitled"]);
    expect(ranked(await trending(then))).toEqual(
      first.map((edge) => ({ ...edge, title: edge.title.replace(/^a$/, "a, retitled") })),
    );
  });

  test("imported upvotes count at asOf from their import on, and a re-import after it changes nothing", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const imported = await insertPaper(t.db, { title: "imported", importedUpvotes: 10, dailyDate: today });
    await insertVotes(t.db, await insertPaper(t.db, { title: "voted" }), 5, 1);
    await sleep(20);
    const importedAt = new Date();
    await sleep(20);
    const then = { window: "DAY" as const, asOf: importedAt.toISOString() };
    const first = ranked(await trending(then));
    const sinceListed = (importedAt.getTime() - new Date(`${today}T00:00:00Z`).getTime()) / HOUR;
    expect(first.map(({ title }) => title).sort()).toEqual(["imported", "voted"]);
    expect(first.find(({ title }) => title === "imported")!.score).toBeCloseTo(10 * 2 ** (-sinceListed / 6), 6);

    await t.db.query("UPDATE paper SET imported_upvotes = 1000 WHERE id = $1", [imported]);
    expect((await trending({ window: "DAY" })).edges[0].node.title).toBe("imported");
    expect(ranked(await trending(then))).toEqual(first);
  });

  test("asOf is refused in the future, past its bound, and with a cursor of another asOf, and costs more points", async () => {
    const a = await insertPaper(t.db, { title: "a" });
    await voteAt(a, before(1));
    await voteAt(await insertPaper(t.db, { title: "b" }), before(2));
    const future = await t.request(TrendingPapersDocument, { asOf: new Date(Date.now() + 60_000).toISOString() });
    expect(future.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "asOf" });
    expect(future.errors?.[0].message).toMatch(/future/);
    const old = await t.request(TrendingPapersDocument, { asOf: new Date(Date.now() - 31 * 24 * HOUR).toISOString() });
    expect(old.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "asOf" });
    expect(old.errors?.[0].message).toMatch(/at most 30 days/);

    const cost = async (asOfArgument: string) =>
      (await t.post({ query: `{ rateLimit { cost } trendingPapers${asOfArgument} { totalCount } }` })).data;
    expect(await cost("")).toEqual({ rateLimit: { cost: 1 }, trendingPapers: { totalCount: 2 } });
    // A replay rebuilds every score from the history: it is charged 10 points more.
    expect(await cost(`(asOf: "${asOf.toISOString()}")`)).toEqual({
      rateLimit: { cost: 10 },
      trendingPapers: { totalCount: 2 },
    });

    const page = await trending({ asOf: asOf.toISOString(), first: 1 });
    const next = await trending({ asOf: asOf.toISOString(), first: 1, after: page.pageInfo.endCursor });
    expect(next.edges.map((edge) => [edge.rank, edge.node.title])).toEqual([[2, "b"]]);
    const otherAsOf = await t.request(TrendingPapersDocument, {
      asOf: before(1).toISOString(),
      after: page.pageInfo.endCursor,
    });
    expect(otherAsOf.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  });
});

describe("trendingPapers(filter:)", () => {
  let author: number;

  beforeEach(async () => {
    author = await insertAuthor(t.db, "Ada Topic");
    // Scores spread over the list, with no ties; every third paper is about vision, by the author, or both.
    const voteCounts = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    for (let i = 0; i < 12; i++) {
      const vision = i % 3 === 0;
      const paper = await insertPaper(t.db, {
        title: vision ? `vision ${i}` : `other ${i}`,
        keywords: vision ? ["vision"] : ["language"],
      });
      if (i % 3 !== 2) await setAuthors(t.db, paper, [author]);
      await insertVotes(t.db, paper, voteCounts[i], i);
    }
    await insertPaper(t.db, { title: "vision unvoted", keywords: ["vision"] });
  });

  /** The global list with only the papers `keep` selects, ranked again from 1. */
  const filtered = (list: TrendingPapersQuery["trendingPapers"], keep: (title: string) => boolean) =>
    ranked(list)
      .filter(({ title }) => keep(title))
      .map((edge, index) => ({ ...edge, rank: index + 1 }));

  test("ranks a filter's papers as filtering the global list does, now and at a past time", async () => {
    const global = await trending({ window: "DAY" });
    expect(global.totalCount).toBe(12);
    const isVision = (title: string) => title.startsWith("vision");
    const byKeyword = await trending({ window: "DAY", filter: { keywords: ["vision"] } });
    // Scores are "now", read a moment apart: ranks and order are exact, scores nearly so.
    const expectSameList = (actual: ReturnType<typeof ranked>, expected: ReturnType<typeof ranked>) => {
      expect(actual.map(({ rank, title }) => [rank, title])).toEqual(expected.map(({ rank, title }) => [rank, title]));
      actual.forEach((edge, index) => expect(edge.score).toBeCloseTo(expected[index].score, 3));
    };
    expectSameList(ranked(byKeyword), filtered(global, isVision));
    expect(byKeyword.totalCount).toBe(4);
    const bySearch = await trending({ window: "DAY", filter: { search: "vision" } });
    expectSameList(ranked(bySearch), filtered(global, isVision));

    const byAuthor = await trending({ window: "DAY", filter: { authorId: toGlobalId("Author", author) } });
    const authored = (title: string) => Number(title.split(" ")[1]) % 3 !== 2;
    expectSameList(ranked(byAuthor), filtered(global, authored));

    const asOf = new Date(Date.now() - 5.5 * HOUR).toISOString();
    const globalThen = await trending({ window: "DAY", asOf });
    const visionThen = await trending({ window: "DAY", asOf, filter: { keywords: ["vision"] } });
    expect(ranked(visionThen)).toEqual(filtered(globalThen, isVision));
    expect(visionThen.edges.length).toBeLessThan(4);
  });

  test("pages of a filtered list keep counting ranks inside the filter", async () => {
    const filter = { keywords: ["vision"] };
    const all = await trending({ window: "MONTH", filter });
    const firstPage = await trending({ window: "MONTH", filter, first: 3 });
    const rest = await trending({ window: "MONTH", filter, first: 3, after: firstPage.pageInfo.endCursor });
    expect([...firstPage.edges, ...rest.edges].map((edge) => [edge.rank, edge.node.title])).toEqual(
      all.edges.map((edge, index) => [index + 1, edge.node.title]),
    );
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test("a bad filter is refused with the field it names", async () => {
    const refused = await t.request(TrendingPapersDocument, { filter: { keywords: [] } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.keywords" });
  });
});

describe("Paper.trend", () => {
  test("breaks the score down into imported upvotes and recent votes, with the global rank", async () => {
    const daily = new Date(Date.now() - 2 * 24 * HOUR).toISOString().slice(0, 10);
    const paper = await insertPaper(t.db, { title: "made up", importedUpvotes: 10, dailyDate: daily });
    for (const hours of [0.25, 0.5, 5, 72, 240]) await voteAt(paper, new Date(Date.now() - hours * HOUR));
    const leader = await insertPaper(t.db, { title: "leader" });
    await insertVotes(t.db, leader, 40);

    const { nodes } = dataOf(await t.request(PaperTrendsDocument, { window: "WEEK" })).trendingPapers;
    expect(nodes.map((node) => [node.title, node.trend?.rank])).toEqual([
      ["leader", 1],
      ["made up", 2],
    ]);
    const trend = nodes[1].trend!;
    const countedAt = new Date(`${daily}T00:00:00Z`);
    expect(trend).toMatchObject({
      window: "WEEK",
      halfLifeHours: 42,
      importedUpvotes: 10,
      importedUpvotesCountedAt: countedAt.toISOString(),
      votesLastHour: 2,
      votesLastDay: 3,
      votesLastWeek: 4,
    });
    const hoursSince = (at: Date) => (Date.now() - at.getTime()) / HOUR;
    const importedScore = 10 * 2 ** (-hoursSince(countedAt) / 42);
    expect(trend.importedScore).toBeCloseTo(importedScore, 3);
    const votesScore = [0.25, 0.5, 5, 72, 240].reduce((sum, hours) => sum + 2 ** (-hours / 42), 0);
    expect(trend.score).toBeCloseTo(importedScore + votesScore, 3);
  });

  test("in a page of papers, one nobody voted for has no rank and a score of 0; the others rank globally", async () => {
    const top = await insertPaper(t.db, { title: "top" });
    await insertVotes(t.db, top, 3);
    await insertVotes(t.db, await insertPaper(t.db, { title: "second" }), 2);
    await insertPaper(t.db, { title: "quiet" });
    // Two papers of a page, one trending below a paper that is not in the page, one not trending.
    const page = await t.post({
      query: `{ papers(orderBy: { field: TRENDING, direction: ASC, window: DAY }, first: 2) {
        nodes { title trend(window: DAY) { score rank halfLifeHours importedUpvotesCountedAt } } } }`,
    });
    expect(page.data).toEqual({
      papers: {
        nodes: [
          { title: "quiet", trend: { score: 0, rank: null, halfLifeHours: 6, importedUpvotesCountedAt: null } },
          {
            title: "second",
            trend: { score: expect.closeTo(2, 3), rank: 2, halfLifeHours: 6, importedUpvotesCountedAt: null },
          },
        ],
      },
    });
  });

  test("a page of papers reads their trends in one statement, whatever its size", async () => {
    for (let i = 0; i < 6; i++) await insertVotes(t.db, await insertPaper(t.db, { title: `p${i}` }), i + 1);
    const statementsFor = async (first: number) =>
      (await t.statementsDuring(() => t.request(PaperTrendsDocument, { window: "DAY", first }))).statements;
    // The list, then one batch for every paper's trend.
    expect(await statementsFor(2)).toBe(2);
    expect(await statementsFor(6)).toBe(2);
  });
});
