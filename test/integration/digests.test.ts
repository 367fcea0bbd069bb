import { query, queryOne, sql } from "../../src/db/sql";
import { auditEntries, digestDeliveries, digestSubscriptions } from "../../src/db/tables";
import { periodAt } from "../../src/domain/digest-period";
import { LinkPurpose, signLink } from "../../src/domain/signed-link";
import { DigestFrequency } from "../../src/entities/digest-subscription.entity";
import { UserRole } from "../../src/entities/user.entity";
import { type DigestSender } from "../../src/services/digest-delivery.service";
import {
  CancelDigestSubscriptionDocument,
  ConfirmDigestSubscriptionDocument,
  DigestSubscribersDocument,
  MyDigestSubscriptionsDocument,
  SubscribeToDigestDocument,
  UnsubscribeFromDigestDocument,
  UpdateDigestSubscriptionDocument,
  type SubscribeToDigestInput,
} from "../generated/graphql";
import { databaseFingerprint, signUp } from "../helpers/accounts";
import { queueSettled } from "../helpers/jobs";
import {
  insertAuthor,
  insertPaper,
  insertRepository,
  linkRepository,
  setAuthors,
  type PaperFixture,
} from "../helpers/fixtures";
import { dataOf, startTestServer, TEST_DIGEST_SECRET, type TestServer } from "../helpers/server";
import { type ReceivedMail, type TestSmtpServer } from "../helpers/smtp";
import { sendDailyDigests, startMailingServer, type MailingServer } from "../helpers/digests";

let smtp: TestSmtpServer;
let t: TestServer;
let sender: DigestSender;

let mailing: MailingServer;
beforeAll(async () => {
  mailing = await startMailingServer();
  ({ t, smtp, sender } = mailing);
});
afterAll(() => mailing.close());
beforeEach(async () => {
  await t.reset();
  smtp.messages.length = 0;
});

function subscribe(input: SubscribeToDigestInput, headers?: Record<string, string>) {
  return t.request(SubscribeToDigestDocument, { input }, headers);
}

/** The first link in the message's text part to a /digest page. */
function linkIn(mail: ReceivedMail, page: "confirm" | "manage" | "unsubscribe"): string {
  const match = new RegExp(`https?://[^\\s<>"]+/digest/${page}\\?token=[\\w.-]+`).exec(mail.parsed.text ?? "");
  if (!match) throw new Error(`no ${page} link in:\n${mail.parsed.text}`);
  return match[0];
}

/** Follows a confirmation link as a person would: the page, then its button. */
async function confirmThrough(link: string): Promise<void> {
  const page = await fetch(link);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<form method="post" action="/digest/confirm">');
  const token = new URL(link).searchParams.get("token")!;
  const confirmed = await fetch(`${t.origin}/digest/confirm`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token }),
  });
  expect(confirmed.status).toBe(200);
  expect(await confirmed.text()).toContain("You are subscribed");
}

/** Subscribes and confirms an address through its email; returns the subscription's id. */
async function subscribed(email: string, input: Partial<SubscribeToDigestInput> = {}): Promise<number> {
  const before = smtp.messages.length;
  dataOf(await subscribe({ email, frequency: DigestFrequency.DAILY, ...input }));
  const [mail] = (await smtp.waitForMessages(before + 1, 15_000)).slice(before);
  await confirmThrough(linkIn(mail, "confirm"));
  const row = await queryOne<{ id: number }>(
    t.db,
    sql`SELECT ${digestSubscriptions.col.id} AS id FROM ${digestSubscriptions.from}
        WHERE ${digestSubscriptions.col.emailKey} = ${email.toLowerCase()} ORDER BY ${digestSubscriptions.col.id} DESC LIMIT 1`,
  );
  return row!.id;
}

/** Plans the daily period ending now and sends each of its digests, as `npm run digest -- send` does. */
function sendDaily(at = new Date()): Promise<string[]> {
  return sendDailyDigests(t.db, sender, at);
}

async function paperWithCode(title: string, upvotes: number, fixture: PaperFixture = {}): Promise<number> {
  const id = await insertPaper(t.db, {
    title,
    importedUpvotes: upvotes,
    abstract: `About ${title}.`,
    arxivId: null,
    ...fixture,
  });
  await setAuthors(t.db, id, [await insertAuthor(t.db, `Author of ${title}`)]);
  await linkRepository(t.db, id, await insertRepository(t.db, { url: `https://github.com/test/${id}` }));
  return id;
}

describe("subscribing", () => {
  it("emails a confirmation link and sends nothing else until it is followed", async () => {
    const answer = dataOf(await subscribe({ email: "Reader@Example.COM", frequency: DigestFrequency.DAILY }));
    expect(answer.subscribeToDigest.userErrors).toEqual([]);
    const [mail] = await smtp.waitForMessages(1, 15_000);
    expect(mail.envelopeTo).toEqual(["Reader@example.com"]);
    expect(mail.parsed.subject).toMatch(/confirm/i);
    expect(mail.parsed.html).toContain("/digest/confirm?token=");
    await paperWithCode("Unconfirmed readers get nothing", 3);

    expect(await sendDaily()).toEqual([]);
    expect(smtp.messages).toHaveLength(1);

    await confirmThrough(linkIn(mail, "confirm"));
    expect(await sendDaily()).toEqual(["SENT"]);
    const [, digest] = await smtp.waitForMessages(2);
    expect(digest.parsed.subject).toMatch(/^papergraph daily: /);
  });

  it("answers an address that is already subscribed exactly as a new one, and tells only the mailbox", async () => {
    await subscribed("known@example.com");
    const fresh = dataOf(await subscribe({ email: "unknown@example.com", frequency: DigestFrequency.DAILY }));
    // The hourly limit would hold back the second email: let an hour pass.
    await t.db.query("UPDATE confirmation_throttle SET sent_at = now() - interval '2 hours'");
    const again = dataOf(await subscribe({ email: "KNOWN@example.com", frequency: DigestFrequency.DAILY }));
    expect(again).toEqual(fresh);

    const mails = await smtp.waitForMessages(3, 15_000);
    // Mailed to the address as first given.
    const notice = mails.filter((mail) => mail.envelopeTo[0] === "known@example.com")[1];
    expect(notice.parsed.text).toMatch(/already gets it/i);
    expect(linkIn(notice, "manage")).toContain(t.origin);
    expect(await query(t.db, sql`SELECT 1 FROM ${digestSubscriptions.from}`)).toHaveLength(2);
  });

  it("sends an address at most one email an hour, however often it is subscribed", async () => {
    for (const frequency of [DigestFrequency.DAILY, DigestFrequency.WEEKLY, DigestFrequency.DAILY]) {
      dataOf(await subscribe({ email: "target@example.com", frequency }));
    }
    dataOf(await subscribe({ email: "other@example.com", frequency: DigestFrequency.DAILY }));
    await smtp.waitForMessages(2, 15_000);
    await queueSettled(t.db, "digest-notice");
    expect(smtp.messages.map((mail) => mail.envelopeTo[0]).sort()).toEqual(["other@example.com", "target@example.com"]);
  });

  it("refuses malformed addresses and header injection with userErrors, writing nothing", async () => {
    const before = await databaseFingerprint(t.db);
    for (const email of [
      "",
      "not-an-address",
      "a@b",
      "x@example.com\r\nBcc: victim@example.com",
      `${"a".repeat(65)}@example.com`,
    ]) {
      const { subscribeToDigest } = dataOf(await subscribe({ email, frequency: DigestFrequency.DAILY }));
      expect(subscribeToDigest.userErrors).toHaveLength(1);
      expect(subscribeToDigest.userErrors[0].field).toEqual(["input", "email"]);
      expect(subscribeToDigest.message).toBeNull();
    }
    const badTopic = dataOf(
      await subscribe({
        email: "ok@example.com",
        frequency: DigestFrequency.DAILY,
        topic: { search: " ", minUpvotes: -1 },
      }),
    );
    expect(badTopic.subscribeToDigest.userErrors[0].field.slice(0, 2)).toEqual(["input", "topic"]);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect(await query(t.db, sql`SELECT 1 FROM ${digestSubscriptions.from}`)).toHaveLength(0);
  });

  it("retries a confirmation the mail server refused for now, and delivers it once", async () => {
    smtp.failNext(1);
    dataOf(await subscribe({ email: "retry@example.com", frequency: DigestFrequency.WEEKLY }));
    const [mail] = await smtp.waitForMessages(1, 20_000);
    await queueSettled(t.db, "digest-notice");
    expect(smtp.messages).toHaveLength(1);
    expect(mail.envelopeTo).toEqual(["retry@example.com"]);
  });
});

describe("the digest", () => {
  it("holds the period's top papers matching the topic, as HTML and text, with RFC 8058 unsubscribe headers", async () => {
    const subscriptionId = await subscribed("topic@example.com", { topic: { search: "diffusion", hasCode: true } });
    await paperWithCode('Diffusion models <are> & "fast"', 9);
    await paperWithCode("Diffusion at scale", 4);
    await paperWithCode("Transformers only", 50);
    await insertPaper(t.db, { title: "Diffusion without code", importedUpvotes: 99 });

    expect(await sendDaily()).toEqual(["SENT"]);
    const [, digest] = await smtp.waitForMessages(2);
    const { parsed, raw } = digest;
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(parsed.text).toMatch(/Diffusion models <are> & "fast"[\s\S]*Diffusion at scale/);
    expect(parsed.text).not.toContain("Transformers only");
    expect(parsed.text).not.toContain("without code");
    expect(parsed.html).toContain("Diffusion models &lt;are&gt; &amp; &quot;fast&quot;");
    expect(parsed.html).not.toMatch(/<img/i);
    expect(parsed.text).toContain("https://github.com/test/");
    expect(parsed.text).toContain(`${t.origin}/feeds/search.atom?q=diffusion&hasCode=true`);

    const headerLines = Object.fromEntries(parsed.headerLines.map(({ key, line }) => [key, line]));
    const unsubscribeUrl = /<([^>]+)>/.exec(headerLines["list-unsubscribe"])![1];
    expect(unsubscribeUrl).toMatch(
      new RegExp(`^${t.origin}/digest/unsubscribe\\?token=unsubscribe\\.${subscriptionId}\\.`),
    );
    expect(headerLines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(parsed.messageId).toBe(
      `<digest.${subscriptionId}.DAILY-${periodAt(DigestFrequency.DAILY, new Date(), 1).key.slice(6)}@localhost>`,
    );
    expect(linkIn(digest, "unsubscribe")).toBe(unsubscribeUrl);
  });

  it("takes the catalog's newer conditions: arXiv category and DOI", async () => {
    await subscribed("bibliography@example.com", {
      topic: { search: "categorised", category: " cs.LG ", hasDoi: true },
    });
    await paperWithCode("Categorised with a DOI", 3, { categories: ["cs.LG"], doi: "10.1/x" });
    await insertPaper(t.db, { title: "Categorised without a DOI", categories: ["cs.LG"], importedUpvotes: 50 });
    await insertPaper(t.db, {
      title: "Categorised elsewhere, with a DOI",
      categories: ["cs.CL"],
      doi: "10.1/y",
      importedUpvotes: 50,
    });

    expect(await sendDaily()).toEqual(["SENT"]);
    const [, digest] = await smtp.waitForMessages(2);
    expect(digest.parsed.text).toContain("Categorised with a DOI");
    expect(digest.parsed.text).not.toMatch(/without a DOI|elsewhere/);
    expect(digest.parsed.text).toContain('matching "categorised", in cs.LG, with a DOI');
    expect(digest.parsed.text).toContain(`${t.origin}/feeds/search.atom?q=categorised&category=cs.LG&hasDoi=true`);
  });

  it("sends a period once, and nothing for a period with nothing new", async () => {
    await subscribed("once@example.com");
    await paperWithCode("A paper", 1);
    expect(await sendDaily()).toEqual(["SENT"]);
    expect(await sendDaily()).toEqual([]);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    expect(await sendDaily(tomorrow)).toEqual(["EMPTY"]);
    expect(smtp.messages).toHaveLength(2);
    const statuses = await query<{ status: string }>(
      t.db,
      sql`SELECT ${digestDeliveries.col.status} AS status FROM ${digestDeliveries.from} ORDER BY ${digestDeliveries.col.id}`,
    );
    expect(statuses.map(({ status }) => status)).toEqual(["SENT", "EMPTY"]);
  });

  it("records a temporary SMTP failure and leaves the digest to a retry, which sends it once", async () => {
    await subscribed("flaky@example.com");
    await paperWithCode("Worth retrying", 2);
    smtp.failNext(1);
    await expect(sendDaily()).rejects.toThrow(/failed for now/);
    const failed = await queryOne<{ status: string; attempts: number; lastError: string }>(
      t.db,
      sql`SELECT ${digestDeliveries.select(["status", "attempts", "lastError"])} FROM ${digestDeliveries.from}`,
    );
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.stringContaining("451") });
    expect(await sendDaily()).toEqual(["SENT"]);
    expect(await sendDaily()).toEqual([]);
    expect(smtp.messages.filter((mail) => mail.parsed.subject?.startsWith("papergraph daily"))).toHaveLength(1);
  });

  it("stops after a one-click unsubscribe, which deletes the address", async () => {
    await subscribed("leaving@example.com");
    await paperWithCode("First", 1);
    await sendDaily();
    const [, digest] = await smtp.waitForMessages(2);
    const link = linkIn(digest, "unsubscribe");

    // A GET only shows a button: mail scanners follow links.
    expect((await fetch(link)).status).toBe(200);
    expect(await query(t.db, sql`SELECT 1 FROM ${digestSubscriptions.from}`)).toHaveLength(1);

    const oneClick = await fetch(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    // The row, and with it the address, is gone.
    expect(await query(t.db, sql`SELECT 1 FROM ${digestSubscriptions.from}`)).toHaveLength(0);

    await paperWithCode("Second", 1);
    expect(await sendDaily(new Date(Date.now() + 24 * 3600 * 1000))).toEqual([]);
    expect(smtp.messages).toHaveLength(2);
    // Following it again still answers kindly.
    expect((await fetch(link, { method: "POST", body: "List-Unsubscribe=One-Click" })).status).toBe(200);
  });

  it("lets the manage link change the frequency", async () => {
    const id = await subscribed("manager@example.com");
    const link = `${t.origin}/digest/manage?token=${signLink(TEST_DIGEST_SECRET, LinkPurpose.MANAGE, id)}`;
    const page = await fetch(link);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await page.text()).toContain("manager@example.com");
    const changed = await fetch(`${t.origin}/digest/manage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: new URL(link).searchParams.get("token")!, frequency: "WEEKLY" }),
    });
    expect(changed.status).toBe(200);
    const row = await queryOne<{ frequency: string }>(
      t.db,
      sql`SELECT ${digestSubscriptions.col.frequency} AS frequency FROM ${digestSubscriptions.from}`,
    );
    expect(row!.frequency).toBe("WEEKLY");
  });

  it("refuses forged, altered, expired and wrong-purpose links", async () => {
    const id = await subscribed("links@example.com");
    const good = signLink(TEST_DIGEST_SECRET, LinkPurpose.MANAGE, id);
    const expired = signLink(TEST_DIGEST_SECRET, LinkPurpose.MANAGE, id, new Date(Date.now() - 31 * 24 * 3600 * 1000));
    const forged = signLink("another-secret-that-is-also-long-enough!", LinkPurpose.MANAGE, id);
    const altered = good.replace(`.${id}.`, `.${id + 1}.`);
    const unsubscribe = signLink(TEST_DIGEST_SECRET, LinkPurpose.UNSUBSCRIBE, id);
    for (const token of [expired, forged, altered, unsubscribe, "manage.1.1.x", ""]) {
      const page = await fetch(`${t.origin}/digest/manage?token=${encodeURIComponent(token)}`);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain("This link does not work");
    }
    const viaGraphQL = dataOf(await t.request(ConfirmDigestSubscriptionDocument, { input: { token: forged } }));
    expect(viaGraphQL.confirmDigestSubscription.userErrors[0]).toMatchObject({
      field: ["input", "token"],
      code: "INVALID",
    });
    expect((await fetch(`${t.origin}/digest/manage?token=${good}`)).status).toBe(200);
  });
});

describe("through GraphQL", () => {
  it("confirms and unsubscribes with the links' tokens", async () => {
    dataOf(await subscribe({ email: "api@example.com", frequency: DigestFrequency.WEEKLY }));
    const [mail] = await smtp.waitForMessages(1, 15_000);
    const token = new URL(linkIn(mail, "confirm")).searchParams.get("token")!;
    const { confirmDigestSubscription } = dataOf(
      await t.request(ConfirmDigestSubscriptionDocument, { input: { token } }),
    );
    expect(confirmDigestSubscription.subscription).toMatchObject({
      email: "api@example.com",
      frequency: "WEEKLY",
      confirmed: true,
    });
    const id = Number(token.split(".")[1]);
    const unsubscribeToken = signLink(TEST_DIGEST_SECRET, LinkPurpose.UNSUBSCRIBE, id);
    const { unsubscribeFromDigest } = dataOf(
      await t.request(UnsubscribeFromDigestDocument, { input: { token: unsubscribeToken } }),
    );
    expect(unsubscribeFromDigest).toEqual({ unsubscribed: true, userErrors: [] });
    expect(await query(t.db, sql`SELECT 1 FROM ${digestSubscriptions.from}`)).toHaveLength(0);
  });

  it("lets signed-in users list, change and cancel their own subscriptions, and no one else's", async () => {
    const alice = await signUp(t.db, "alice");
    const bob = await signUp(t.db, "bob");
    dataOf(
      await subscribe(
        { email: "alice@example.com", frequency: DigestFrequency.DAILY, topic: { keywords: ["RL"] } },
        alice.headers,
      ),
    );
    dataOf(await subscribe({ email: "alice@example.com", frequency: DigestFrequency.DAILY }));

    const mine = dataOf(await t.request(MyDigestSubscriptionsDocument, {}, alice.headers)).viewer!.digestSubscriptions!;
    expect(mine.totalCount).toBe(1);
    expect(mine.nodes[0]).toMatchObject({ email: "alice@example.com", confirmed: false, topic: { keywords: ["RL"] } });
    const bobs = dataOf(await t.request(MyDigestSubscriptionsDocument, {}, bob.headers)).viewer!.digestSubscriptions!;
    expect(bobs.totalCount).toBe(0);

    const id = mine.nodes[0].id;
    const bobTries = dataOf(
      await t.request(
        UpdateDigestSubscriptionDocument,
        { input: { id, frequency: DigestFrequency.WEEKLY } },
        bob.headers,
      ),
    );
    expect(bobTries.updateDigestSubscription.userErrors[0].code).toBe("NOT_FOUND");
    const bobCancels = dataOf(await t.request(CancelDigestSubscriptionDocument, { input: { id } }, bob.headers));
    expect(bobCancels.cancelDigestSubscription.userErrors[0].code).toBe("NOT_FOUND");

    const changed = dataOf(
      await t.request(
        UpdateDigestSubscriptionDocument,
        { input: { id, frequency: DigestFrequency.WEEKLY, topic: { search: "agents", minUpvotes: 3 } } },
        alice.headers,
      ),
    ).updateDigestSubscription.subscription!;
    expect(changed).toMatchObject({ frequency: "WEEKLY", topic: { search: "agents", minUpvotes: 3, keywords: null } });

    const cancelled = dataOf(await t.request(CancelDigestSubscriptionDocument, { input: { id } }, alice.headers));
    expect(cancelled.cancelDigestSubscription.cancelledSubscriptionId).toBe(id);
    expect(await query(t.db, sql`SELECT 1 FROM ${digestSubscriptions.from}`)).toHaveLength(1);
  });

  it("shows addresses to admins only through the audited query", async () => {
    const admin = await signUp(t.db, "admin", UserRole.ADMIN);
    const user = await signUp(t.db, "user");
    dataOf(await subscribe({ email: "private@example.com", frequency: DigestFrequency.DAILY }));

    const refused = await t.request(DigestSubscribersDocument, {}, user.headers);
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await t.request(DigestSubscribersDocument, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const { digestSubscriptions: listed } = dataOf(
      await t.request(DigestSubscribersDocument, { email: "PRIVATE@example.com" }, admin.headers),
    );
    expect(listed.totalCount).toBe(1);
    expect(listed.nodes[0].email).toBe("private@example.com");
    const audit = await query<{ action: string; actorId: number }>(
      t.db,
      sql`SELECT ${auditEntries.col.action} AS action, ${auditEntries.col.actorId} AS "actorId" FROM ${auditEntries.from}
          WHERE ${auditEntries.col.action} = 'DIGEST_ADDRESSES_READ'`,
    );
    expect(audit).toEqual([{ action: "DIGEST_ADDRESSES_READ", actorId: admin.id }]);
  });
});

describe("a client's subscriptions", () => {
  let limited: TestServer;
  // On the embedded database both servers share one: this one closes last but one, before `t`.
  beforeAll(
    async () =>
      (limited = await startTestServer({ DIGEST_SUBSCRIBES_PER_HOUR: "2", RATE_LIMIT_ANONYMOUS_POINTS: "6" })),
  );
  afterAll(() => limited.close());

  it("are limited per hour", async () => {
    for (const n of [1, 2]) {
      const input = { email: `n${n}@example.com`, frequency: DigestFrequency.DAILY };
      dataOf(await limited.request(SubscribeToDigestDocument, { input }));
    }
    const refused = await limited.request(SubscribeToDigestDocument, {
      input: { email: "n3@example.com", frequency: DigestFrequency.DAILY },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: expect.any(Number) });
  });

  it("and the pages behind email links are charged to the client's budget", async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 7; n++) {
      const page = await fetch(`${limited.origin}/digest/manage?token=manage.1.1.not-signed`);
      statuses.push(page.status);
      if (page.status === 429) expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    // Six points, less what the subscriptions above spent: bad links are answered, then refused.
    expect(statuses.filter((status) => status === 400).length).toBeLessThanOrEqual(6);
    expect(statuses.at(-1)).toBe(429);
  });
});
