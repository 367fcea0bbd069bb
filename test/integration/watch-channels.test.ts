import { XMLParser } from "fast-xml-parser";
import { queryOne, sql } from "../../src/db/sql";
import { watchChecks, watchEmailDeliveries } from "../../src/db/tables";
import { DigestFrequency } from "../../src/entities/digest-subscription.entity";
import { WatchEmailStatus } from "../../src/entities/watch-email-delivery.entity";
import { systemContext } from "../../src/services/context";
import { type DigestSender } from "../../src/services/digest-delivery.service";
import { sendNextImmediateEmail } from "../../src/services/watch-email-delivery.service";
import {
  CreateWatchWithChannelsDocument,
  MyWatchChannelsDocument,
  RotateWatchFeedTokenDocument,
  SubscribeToDigestDocument,
  UpdateWatchChannelsDocument,
  type CreateWatchInput,
} from "../generated/graphql";
import { signUp, upvoteAs, type SignedInUser } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { queueSettled } from "../helpers/jobs";
import { dataOf, type TestServer } from "../helpers/server";
import { type ReceivedMail, type TestSmtpServer } from "../helpers/smtp";
import { sendDailyDigests, startMailingServer, type MailingServer } from "../helpers/digests";
import { until } from "../helpers/until";

const EMAILS_PER_HOUR = 2;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name, path) => ["feed.entry", "rss.channel.item"].includes(path as string),
});

let smtp: TestSmtpServer;
let t: TestServer;
let sender: DigestSender;
let owner: SignedInUser;
let stranger: SignedInUser;

let mailing: MailingServer;
beforeAll(async () => {
  mailing = await startMailingServer({ WATCH_EMAILS_PER_HOUR: String(EMAILS_PER_HOUR) });
  ({ t, smtp, sender } = mailing);
});
afterAll(() => mailing.close());
beforeEach(async () => {
  await t.reset();
  smtp.messages.length = 0;
  owner = await signUp(t.db, "owner");
  stranger = await signUp(t.db, "stranger");
});

async function countRows(table: typeof watchChecks | typeof watchEmailDeliveries, condition = sql`TRUE`) {
  const row = await queryOne<{ count: number }>(
    t.db,
    sql`SELECT count(*)::int AS count FROM ${table.from} WHERE ${condition}`,
  );
  return row!.count;
}

/** Every queued check is matched, and every immediate email handled: what the workers will send is sent. */
async function channelsSettled(): Promise<void> {
  await until("an empty watch outbox", async () => (await countRows(watchChecks)) === 0, 30_000);
  const pendingImmediate = sql`${watchEmailDeliveries.col.status} = ${WatchEmailStatus.PENDING}
    AND ${watchEmailDeliveries.col.mode} = 'IMMEDIATE'`;
  await until("no pending email", async () => (await countRows(watchEmailDeliveries, pendingImmediate)) === 0, 30_000);
  await queueSettled(t.db, "watch-match");
  await queueSettled(t.db, "watch-email");
}

/** Gives `user` a confirmed daily digest, through the confirmation email as a person would. */
async function confirmedDigest(user: SignedInUser, email: string): Promise<void> {
  const before = smtp.messages.length;
  const input = { email, frequency: DigestFrequency.DAILY };
  expect(
    dataOf(await t.request(SubscribeToDigestDocument, { input }, user.headers)).subscribeToDigest.userErrors,
  ).toEqual([]);
  const [mail] = (await smtp.waitForMessages(before + 1, 15_000)).slice(before);
  const token = /\/digest\/confirm\?token=([\w.-]+)/.exec(mail.parsed.text ?? "")![1];
  const confirmed = await fetch(`${t.origin}/digest/confirm`, { method: "POST", body: new URLSearchParams({ token }) });
  expect(confirmed.status).toBe(200);
  smtp.messages.length = 0;
}

async function createWatch(user: SignedInUser, input: CreateWatchInput) {
  const { watch, userErrors } = dataOf(
    await t.request(CreateWatchWithChannelsDocument, { input }, user.headers),
  ).createWatch;
  expect(userErrors).toEqual([]);
  return watch!;
}

/** Plans the daily period ending at `at` and sends each of its digests, as `npm run digest -- send` does. */
function sendDaily(at = new Date()): Promise<string[]> {
  return sendDailyDigests(t.db, sender, at);
}

/** The "Your watches" section of a digest's text part, up to its footer. */
function watchSection(mail: ReceivedMail): string {
  const text = mail.parsed.text ?? "";
  const start = text.indexOf("Your watches");
  return start < 0 ? "" : text.slice(start, text.indexOf("\n--\n", start));
}

const TOMORROW = () => new Date(Date.now() + 24 * 3600 * 1000);

describe("a watch's feed", () => {
  test("lists the watch's events newest first in Atom, RSS and JSON Feed, with the trigger, and answers conditional GETs", async () => {
    const watch = await createWatch(owner, {
      name: "Diffusion",
      filter: { search: "diffusion" },
      trigger: { kind: "NEW_MATCH" },
    });
    // One at a time, so the events' order is the papers'.
    for (const title of [
      "Latent diffusion for molecules",
      "Graph transformers at scale",
      "Video diffusion in one step",
    ]) {
      await insertPaper(t.db, { title });
      await channelsSettled();
    }
    const urls = watch.feedUrls!;
    expect(urls.atom).toMatch(new RegExp(`^${t.origin}/feeds/watches/\\d+\\.[\\w-]{43}\\.atom$`));

    const atom = await fetch(urls.atom);
    expect(atom.status).toBe(200);
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(atom.headers.get("cache-control")).toBe("private, max-age=300");
    const { feed } = xml.parse(await atom.text());
    expect(feed.title).toBe("papergraph watch: Diffusion");
    expect(feed.entry.map((entry: { title: { "#text": string } }) => entry.title["#text"])).toEqual([
      "Video diffusion in one step",
      "Latent diffusion for molecules",
    ]);
    expect(feed.entry[0].content["#text"]).toMatch(/^<p>New match<\/p>/);

    const { rss } = xml.parse(await (await fetch(urls.rss)).text());
    expect(rss.channel.item.map((item: { title: string }) => item.title)).toEqual([
      "Video diffusion in one step",
      "Latent diffusion for molecules",
    ]);

    const json = (await (await fetch(urls.json)).json()) as {
      version: string;
      items: { id: string; title: string; content_html: string }[];
    };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items.map((item) => item.title)).toEqual([
      "Video diffusion in one step",
      "Latent diffusion for molecules",
    ]);
    expect(json.items.every((item) => item.content_html.startsWith("<p>New match</p>"))).toBe(true);
    expect(new Set(json.items.map((item) => item.id)).size).toBe(2);

    const etag = atom.headers.get("etag")!;
    expect((await fetch(urls.atom, { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  test("rotating the token moves the feed: the old URL answers 404 like any unknown path", async () => {
    const watch = await createWatch(owner, { name: "All", trigger: { kind: "NEW_MATCH" } });
    await insertPaper(t.db, { title: "Anything" });
    await channelsSettled();
    const old = watch.feedUrls!;
    expect((await fetch(old.json)).status).toBe(200);

    const rotated = dataOf(
      await t.request(RotateWatchFeedTokenDocument, { input: { id: watch.id } }, owner.headers),
    ).rotateWatchFeedToken;
    expect(rotated.userErrors).toEqual([]);
    const fresh = rotated.watch!.feedUrls!;
    expect(fresh.json).not.toBe(old.json);
    const listed = dataOf(await t.request(MyWatchChannelsDocument, {}, owner.headers)).viewer!.watches!.nodes;
    expect(listed[0].feedUrls).toEqual(fresh);

    const unknownPath = await fetch(`${t.origin}/feeds/nothing-here.json`);
    for (const url of [old.json, old.atom]) {
      const gone = await fetch(url);
      expect(gone.status).toBe(404);
      expect(gone.headers.get("content-type")).toBe(unknownPath.headers.get("content-type"));
      expect(await gone.text()).not.toContain("All");
    }
    expect((await fetch(fresh.json)).status).toBe(200);
  });

  test("is the owner's alone: another user sees no URL, cannot rotate it, and a forged token answers 404", async () => {
    const watch = await createWatch(owner, { name: "Mine", trigger: { kind: "NEW_MATCH" } });
    const theirs = await createWatch(stranger, { name: "Theirs", trigger: { kind: "NEW_MATCH" } });
    const strangerView = dataOf(await t.request(MyWatchChannelsDocument, {}, stranger.headers)).viewer!.watches!;
    expect(strangerView.nodes.map((node) => node.id)).toEqual([theirs.id]);

    const refused = dataOf(
      await t.request(RotateWatchFeedTokenDocument, { input: { id: watch.id } }, stranger.headers),
    ).rotateWatchFeedToken;
    expect(refused).toEqual({
      watch: null,
      userErrors: [{ field: ["input", "id"], code: "NOT_FOUND", message: "You have no watch with this ID." }],
    });

    // The stranger's own signature under the owner's watch ID, and a made-up one.
    const ownerWatchId = /\/feeds\/watches\/(\d+)\./.exec(watch.feedUrls!.json)![1];
    const strangerSignature = /\/feeds\/watches\/\d+\.([\w-]{43})\./.exec(theirs.feedUrls!.json)![1];
    for (const token of [`${ownerWatchId}.${strangerSignature}`, `${ownerWatchId}.${"A".repeat(43)}`, "1", ""]) {
      expect((await fetch(`${t.origin}/feeds/watches/${token}.json`)).status).toBe(404);
    }
    expect((await fetch(watch.feedUrls!.json)).status).toBe(200);
  });
});

describe("a watch's email", () => {
  test("DIGEST and IMMEDIATE need a confirmed digest address; without one the mutation says so and writes nothing", async () => {
    const refusal = [
      {
        field: ["input", "email"],
        code: "NO_CONFIRMED_ADDRESS",
        message:
          "Watch emails go to the address of your digest: subscribe to a digest while signed in, and confirm it, first.",
      },
    ];
    for (const email of ["DIGEST", "IMMEDIATE"] as const) {
      const input = { name: "x", trigger: { kind: "NEW_MATCH" as const }, email };
      const created = dataOf(await t.request(CreateWatchWithChannelsDocument, { input }, owner.headers)).createWatch;
      expect(created).toEqual({ watch: null, userErrors: refusal });
    }
    const watch = await createWatch(owner, { name: "quiet", trigger: { kind: "NEW_MATCH" } });
    expect(watch.email).toBe("NONE");
    const updated = dataOf(
      await t.request(UpdateWatchChannelsDocument, { input: { id: watch.id, email: "IMMEDIATE" } }, owner.headers),
    ).updateWatch;
    expect(updated).toEqual({ watch: null, userErrors: refusal });
    const listed = dataOf(await t.request(MyWatchChannelsDocument, {}, owner.headers)).viewer!.watches!.nodes;
    expect(listed.map((node) => node.email)).toEqual(["NONE"]);
  });

  test("IMMEDIATE sends one email per event, up to the hourly cap; the rest join the next digest once, and one click stops them", async () => {
    await confirmedDigest(owner, "owner@example.org");
    const watch = await createWatch(owner, {
      name: "Robots",
      filter: { keywords: ["robotics"] },
      trigger: { kind: "NEW_MATCH" },
      email: "IMMEDIATE",
    });
    expect(watch.email).toBe("IMMEDIATE");
    const titles = ["Robot arms", "Robot legs", "Robot hands"];
    for (const title of titles) await insertPaper(t.db, { title, keywords: ["robotics"] });
    await insertPaper(t.db, { title: "Protein folding", keywords: ["biology"] });
    await channelsSettled();

    // The cap is 2 an hour: two emails, each for one event, and never a second copy.
    expect(smtp.messages).toHaveLength(EMAILS_PER_HOUR);
    const sentTitles = smtp.messages.map((mail) => /^1\. (.*)$/m.exec(mail.parsed.text ?? "")![1]);
    expect(new Set(sentTitles).size).toBe(EMAILS_PER_HOUR);
    expect(sentTitles.every((title) => titles.includes(title))).toBe(true);
    const [mail] = smtp.messages;
    expect(mail.envelopeTo).toEqual(["owner@example.org"]);
    expect(mail.parsed.subject).toBe("papergraph watch: New match");
    expect(mail.parsed.messageId).toMatch(/^<watch-event\.\d+@localhost>$/);
    expect(new Set(smtp.messages.map((sent) => sent.parsed.messageId)).size).toBe(EMAILS_PER_HOUR);
    expect(mail.parsed.text).toContain('Your watch "Robots": New match.');
    const headerLines = Object.fromEntries(mail.parsed.headerLines.map(({ key, line }) => [key, line]));
    const stopUrl = /<([^>]+)>/.exec(headerLines["list-unsubscribe"])![1];
    expect(stopUrl).toMatch(new RegExp(`^${t.origin}/digest/watch-email\\?token=unwatch\\.`));
    expect(headerLines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    // The held-back event goes in the next digest, and not in the one after.
    expect(await sendDaily()).toEqual(["SENT"]);
    const digest = smtp.messages[EMAILS_PER_HOUR];
    const held = titles.filter((title) => !sentTitles.includes(title));
    expect(held).toHaveLength(1);
    expect(watchSection(digest)).toContain(held[0]);
    expect(watchSection(digest)).toContain("Robots: New match");
    expect(sentTitles.some((title) => watchSection(digest).includes(title))).toBe(false);
    expect(digest.parsed.subject).toMatch(/^papergraph daily: 4 trending papers, 1 watch event, /);
    expect(await sendDaily(TOMORROW())).toEqual(["EMPTY"]);
    expect(smtp.messages).toHaveLength(EMAILS_PER_HOUR + 1);

    // RFC 8058's one-click POST turns the watch's emails off.
    const stopped = await fetch(stopUrl, { method: "POST", body: "List-Unsubscribe=One-Click" });
    expect(stopped.status).toBe(200);
    const listed = dataOf(await t.request(MyWatchChannelsDocument, {}, owner.headers)).viewer!.watches!.nodes;
    expect(listed.map((node) => node.email)).toEqual(["NONE"]);
    await insertPaper(t.db, { title: "Robot eyes", keywords: ["robotics"] });
    await channelsSettled();
    expect(await countRows(watchEmailDeliveries)).toBe(titles.length);
    expect(smtp.messages).toHaveLength(EMAILS_PER_HOUR + 1);
  });

  test("a TRENDING watch emails a paper that enters its top, as its other triggers do", async () => {
    await confirmedDigest(owner, "owner@example.org");
    const paperId = await insertPaper(t.db, { title: "Robot swarms", keywords: ["robotics"] });
    await createWatch(owner, {
      name: "Top robots",
      filter: { keywords: ["robotics"] },
      trigger: { kind: "TRENDING", window: "DAY", top: 1 },
      email: "IMMEDIATE",
    });
    await upvoteAs(stranger, t.server.url, paperId);
    await channelsSettled();
    expect(smtp.messages.map((mail) => mail.parsed.subject)).toEqual(["papergraph watch: Trending at #1"]);
  });

  test("senders racing each other send each immediate email once and keep the hourly cap", async () => {
    await confirmedDigest(owner, "owner@example.org");
    await createWatch(owner, {
      name: "Robots",
      filter: { keywords: ["robotics"] },
      trigger: { kind: "NEW_MATCH" },
      email: "IMMEDIATE",
    });
    const EVENTS = 5;
    for (let i = 0; i < EVENTS; i++) await insertPaper(t.db, { title: `Robot ${i}`, keywords: ["robotics"] });
    // The server's worker, and two more senders here, each draining what is pending.
    const drain = async () => {
      const tried: number[] = [];
      for (;;) {
        const result = await sendNextImmediateEmail(systemContext(t.db), sender, EMAILS_PER_HOUR, tried);
        if (!result) return;
        tried.push(result.eventId);
      }
    };
    await until("the events recorded", async () => (await countRows(watchChecks)) === 0, 30_000);
    await Promise.all([drain(), drain()]);
    await channelsSettled();

    expect(smtp.messages).toHaveLength(EMAILS_PER_HOUR);
    expect(new Set(smtp.messages.map((mail) => mail.parsed.messageId)).size).toBe(EMAILS_PER_HOUR);
    const { col } = watchEmailDeliveries;
    expect(await countRows(watchEmailDeliveries, sql`${col.status} = 'SENT'`)).toBe(EMAILS_PER_HOUR);
    expect(await countRows(watchEmailDeliveries, sql`${col.status} = 'PENDING' AND ${col.mode} = 'DIGEST'`)).toBe(
      EVENTS - EMAILS_PER_HOUR,
    );
  });

  test("DIGEST puts events in the owner's next digest once, NONE emails nothing, and nothing is sent on its own", async () => {
    await confirmedDigest(owner, "owner@example.org");
    const watch = await createWatch(owner, {
      name: "Diffusion",
      filter: { search: "diffusion" },
      trigger: { kind: "NEW_MATCH" },
      email: "DIGEST",
    });
    await createWatch(owner, { name: "Graphs", filter: { search: "graph" }, trigger: { kind: "NEW_MATCH" } });
    await insertPaper(t.db, { title: "Latent diffusion for molecules" });
    await insertPaper(t.db, { title: "Graph transformers at scale" });
    await channelsSettled();
    expect(smtp.messages).toHaveLength(0);
    // Only the DIGEST watch's event waits for a digest.
    expect(await countRows(watchEmailDeliveries)).toBe(1);

    expect(await sendDaily()).toEqual(["SENT"]);
    expect(smtp.messages).toHaveLength(1);
    const section = watchSection(smtp.messages[0]);
    expect(section).toContain("Latent diffusion for molecules");
    expect(section).toContain("Diffusion: New match");
    expect(section).not.toContain("Graph transformers");
    expect(smtp.messages[0].parsed.html).toContain("Your watches</h2>");

    // The next digest has no new papers and no new events: nothing is sent.
    expect(await sendDaily(TOMORROW())).toEqual(["EMPTY"]);
    expect(smtp.messages).toHaveLength(1);
    expect(await countRows(watchEmailDeliveries, sql`${watchEmailDeliveries.col.status} = 'SENT'`)).toBe(1);

    // Turned off, a waiting event is forgotten: turning email on again does not send it.
    await insertPaper(t.db, { title: "Fast diffusion samplers" });
    await channelsSettled();
    const pending = sql`${watchEmailDeliveries.col.status} = 'PENDING'`;
    expect(await countRows(watchEmailDeliveries, pending)).toBe(1);
    for (const email of ["NONE", "DIGEST"] as const) {
      const input = { id: watch.id, email };
      const updated = dataOf(await t.request(UpdateWatchChannelsDocument, { input }, owner.headers)).updateWatch;
      expect(updated.watch?.email).toBe(email);
    }
    expect(await countRows(watchEmailDeliveries, pending)).toBe(0);
    expect(await sendDaily(new Date(Date.now() + 2 * 24 * 3600 * 1000))).toEqual(["EMPTY"]);
  });
});
