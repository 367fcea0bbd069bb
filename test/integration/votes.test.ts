import { query, queryOne, sql } from "../../src/db/sql";
import { papers, votes } from "../../src/db/tables";
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import {
  PaperListDocument,
  PaperVotesDocument,
  RemoveUpvoteDocument,
  RemoveVotesDocument,
  UpvotePaperDocument,
} from "../generated/graphql";
import { signUp, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

let t: TestServer;
let paperId: string;
let paperRowId: number;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  paperRowId = await insertPaper(t.db, { importedUpvotes: 7 });
  paperId = toGlobalId("Paper", paperRowId);
});

async function voteRows(): Promise<number> {
  return (await query(t.db, sql`SELECT 1 FROM ${votes.from} WHERE ${votes.col.paperId} = ${paperRowId}`)).length;
}

async function upvotes(): Promise<number> {
  const data = dataOf(await t.request(PaperVotesDocument, { id: paperId }));
  if (!data.node || !("upvotes" in data.node)) throw new Error("expected a paper");
  return data.node.upvotes;
}

test("upvoting twice counts once, and removing twice is not an error", async () => {
  const alice = await signUp(t.db, "alice");
  const first = dataOf(
    await t.request(UpvotePaperDocument, { input: { paperId, clientMutationId: "one" } }, alice.headers),
  );
  expect(first.upvotePaper).toEqual({
    clientMutationId: "one",
    userErrors: [],
    paper: { id: paperId, upvotes: 8, viewerHasUpvoted: true },
  });
  const again = dataOf(await t.request(UpvotePaperDocument, { input: { paperId } }, alice.headers));
  expect(again.upvotePaper.paper).toEqual({ id: paperId, upvotes: 8, viewerHasUpvoted: true });
  expect(await voteRows()).toBe(1);

  for (let i = 0; i < 2; i++) {
    const removed = dataOf(await t.request(RemoveUpvoteDocument, { input: { paperId } }, alice.headers));
    expect(removed.removeUpvote).toMatchObject({ userErrors: [], paper: { upvotes: 7, viewerHasUpvoted: false } });
  }
  expect(await voteRows()).toBe(0);
});

test("upvoting a paper that does not exist, or is deleted, is a user error and writes nothing", async () => {
  const alice = await signUp(t.db, "alice");
  const hidden = await insertPaper(t.db, { deleted: true });
  for (const id of [toGlobalId("Paper", 999_999), toGlobalId("Paper", hidden), toGlobalId("Author", 1), "junk"]) {
    const response = dataOf(await t.request(UpvotePaperDocument, { input: { paperId: id } }, alice.headers));
    expect(response.upvotePaper.paper).toBeNull();
    expect(response.upvotePaper.userErrors).toEqual([expect.objectContaining({ field: ["input", "paperId"] })]);
  }
  expect(await query(t.db, sql`SELECT 1 FROM ${votes.from}`)).toEqual([]);
});

test("counts stay exact when many users upvote and unvote at once, some many times in parallel", async () => {
  const voters: SignedInUser[] = [];
  for (let i = 0; i < 12; i++) voters.push(await signUp(t.db, `voter${i}`));
  const requests: Promise<unknown>[] = [];
  voters.forEach((voter, i) => {
    // Every voter upvotes four times in parallel; odd voters also unvote twice in the same burst.
    for (let k = 0; k < 4; k++) requests.push(t.request(UpvotePaperDocument, { input: { paperId } }, voter.headers));
    if (i % 2 === 1) {
      for (let k = 0; k < 2; k++) requests.push(t.request(RemoveUpvoteDocument, { input: { paperId } }, voter.headers));
    }
  });
  const responses = (await Promise.all(requests)) as { status: number; errors?: unknown[] }[];
  expect(responses.filter((response) => response.status !== 200 || response.errors)).toEqual([]);

  const rows = await voteRows();
  expect(rows).toBeGreaterThanOrEqual(6);
  expect(await upvotes()).toBe(7 + rows);
  const paper = await queryOne<{ voteCount: number }>(
    t.db,
    sql`SELECT ${papers.select(["voteCount"])} FROM ${papers.from} WHERE ${papers.col.id} = ${paperRowId}`,
  );
  expect(paper!.voteCount).toBe(rows);

  // A settled round: everyone upvotes, then the odd ones withdraw, all at once.
  await Promise.all(voters.map((voter) => t.request(UpvotePaperDocument, { input: { paperId } }, voter.headers)));
  await Promise.all(
    voters
      .filter((_, i) => i % 2 === 1)
      .map((voter) => t.request(RemoveUpvoteDocument, { input: { paperId } }, voter.headers)),
  );
  expect(await voteRows()).toBe(6);
  expect(await upvotes()).toBe(13);
});

test("each vote answers with the count it left, even when all come at once", async () => {
  const voters: SignedInUser[] = [];
  for (let i = 0; i < 12; i++) voters.push(await signUp(t.db, `voter${i}`));
  const sorted = (payloads: { paper?: { upvotes: number } | null }[]) =>
    payloads.map((payload) => payload.paper!.upvotes).sort((a, b) => a - b);
  const upvoted = await Promise.all(
    voters.map(async (voter) => dataOf(await t.request(UpvotePaperDocument, { input: { paperId } }, voter.headers))),
  );
  const withdrawn = await Promise.all(
    voters.map(async (voter) => dataOf(await t.request(RemoveUpvoteDocument, { input: { paperId } }, voter.headers))),
  );
  // Each vote counts the votes committed before it and its own: every count from 8 to 19 once.
  expect(sorted(upvoted.map((data) => data.upvotePaper))).toEqual(Array.from({ length: 12 }, (_, i) => 8 + i));
  expect(sorted(withdrawn.map((data) => data.removeUpvote))).toEqual(Array.from({ length: 12 }, (_, i) => 7 + i));
});

test("a vote runs two statements: the token's lookup, and the vote that answers with the paper", async () => {
  const alice = await signUp(t.db, "alice");
  const input = { input: { paperId } };
  const upvoted = await t.statementsDuring(() => t.request(UpvotePaperDocument, input, alice.headers));
  expect(dataOf(upvoted.result).upvotePaper.paper).toEqual({ id: paperId, upvotes: 8, viewerHasUpvoted: true });
  expect(upvoted.statements).toBe(2);
  const again = await t.statementsDuring(() => t.request(UpvotePaperDocument, input, alice.headers));
  expect(dataOf(again.result).upvotePaper.paper).toEqual({ id: paperId, upvotes: 8, viewerHasUpvoted: true });
  expect(again.statements).toBe(2);
  const removed = await t.statementsDuring(() => t.request(RemoveUpvoteDocument, input, alice.headers));
  expect(dataOf(removed.result).removeUpvote.paper).toEqual({ id: paperId, upvotes: 7, viewerHasUpvoted: false });
  expect(removed.statements).toBe(2);
});

test("viewerHasUpvoted answers for each caller alone, even in concurrent requests", async () => {
  const alice = await signUp(t.db, "alice");
  const bob = await signUp(t.db, "bob");
  await t.request(UpvotePaperDocument, { input: { paperId } }, alice.headers);
  const ask = (headers: Record<string, string>) => t.request(PaperListDocument, {}, headers);
  const [forAlice, forBob, forNobody] = await Promise.all([ask(alice.headers), ask(bob.headers), ask({})]);
  const upvoted = (response: typeof forAlice) =>
    dataOf(response).papers.edges.map((edge) => edge.node.viewerHasUpvoted);
  expect(upvoted(forAlice)).toEqual([true]);
  expect(upvoted(forBob)).toEqual([false]);
  expect(upvoted(forNobody)).toEqual([false]);
});

test("removeVotes takes a spammer's votes, or only the recent ones, and fixes the counts", async () => {
  const admin = await signUp(t.db, "admin", UserRole.ADMIN);
  const spammer = await signUp(t.db, "spammer");
  const other = await insertPaper(t.db, { importedUpvotes: 0 });
  await t.request(UpvotePaperDocument, { input: { paperId } }, spammer.headers);
  await query(t.db, sql`UPDATE ${votes.name} SET ${votes.column.createdAt} = now() - interval '2 days'`);
  await t.request(UpvotePaperDocument, { input: { paperId: toGlobalId("Paper", other) } }, spammer.headers);

  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const recent = dataOf(
    await t.request(RemoveVotesDocument, { input: { userId: toGlobalId("User", spammer.id), since } }, admin.headers),
  );
  expect(recent.removeVotes).toEqual({ userErrors: [], removedCount: 1 });
  expect(await upvotes()).toBe(8);

  const all = dataOf(
    await t.request(RemoveVotesDocument, { input: { userId: toGlobalId("User", spammer.id) } }, admin.headers),
  );
  expect(all.removeVotes.removedCount).toBe(1);
  expect(await upvotes()).toBe(7);
  const row = await queryOne(
    t.db,
    sql`SELECT sum(${papers.col.voteCount})::int AS counted, (SELECT count(*)::int FROM ${votes.name}) AS rows
        FROM ${papers.from}`,
  );
  expect(row).toEqual({ counted: 0, rows: 0 });
});

test("UPVOTES order counts votes cast here", async () => {
  const alice = await signUp(t.db, "alice");
  const rival = await insertPaper(t.db, { title: "rival", importedUpvotes: 7 });
  await t.request(UpvotePaperDocument, { input: { paperId: toGlobalId("Paper", rival) } }, alice.headers);
  const { papers } = dataOf(await t.request(PaperListDocument, { orderBy: { field: "UPVOTES", direction: "DESC" } }));
  expect(papers.edges.map((edge) => [edge.node.title, edge.node.upvotes])).toEqual([
    ["rival", 8],
    [expect.any(String), 7],
  ]);
});
