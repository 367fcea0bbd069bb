import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { DataSource } from "typeorm";
import { connectDatabase } from "../../src/data-source";
import { extractCodeLinks } from "../../src/domain/code-links";
import { toGlobalId } from "../../src/domain/global-id";
import { SAMPLE_PAPERS_FILE } from "../../src/paths";
import { TrendingPapersDocument } from "../generated/graphql";
import { signUp, upvoteAs, type SignedInUser } from "../helpers/accounts";
import { insertPaper, insertRepository, insertVotes, linkRepository } from "../helpers/fixtures";
import { freePort, spawnServer, type ServerProcess } from "../helpers/process";
import { dataOf, startTestServer, TEST_DIGEST_SECRET, type TestServer } from "../helpers/server";
import { describeInBrowser, foreignRequests, launchBrowser, saveScreenshot, seriousViolations } from "./browser";

interface SamplePaper {
  title: string;
  summary: string;
  authorCount: number;
  publishedOn: string;
}

const SAMPLES = (JSON.parse(fs.readFileSync(SAMPLE_PAPERS_FILE, "utf8")) as { papers: SamplePaper[] }).papers;

/** A sample paper as an import would store it, with the repository its abstract links to. */
async function insertSample(db: DataSource, sample: SamplePaper): Promise<number> {
  const id = await insertPaper(db, {
    title: sample.title,
    abstract: sample.summary,
    publishedAt: `${sample.publishedOn}T00:00:00Z`,
    dailyDate: sample.publishedOn,
    authorCount: sample.authorCount,
  });
  const [code] = extractCodeLinks(sample.summary);
  if (code) await linkRepository(db, id, await insertRepository(db, { url: code.url }));
  return id;
}

/**
 * Sample papers trending with 6, 5, … 1 votes cast six hours ago, and one nobody voted for yet:
 * a fresh vote puts it just above the paper with one.
 */
async function insertTrendingPapers(db: DataSource, count: number): Promise<{ trending: number[]; newcomer: number }> {
  const trending: number[] = [];
  for (const [index, sample] of SAMPLES.slice(0, count).entries()) {
    trending.push(await insertSample(db, sample));
    await insertVotes(db, trending[index], count - index, 6);
  }
  return { trending, newcomer: await insertSample(db, SAMPLES[count]) };
}

const titlesShown = (page: Page) => page.locator(".paper h2").allTextContents();

/** Waits until the page shows `count` upvotes for the paper. */
async function upvotesShown(page: Page, paperId: number, count: number, timeout: number): Promise<void> {
  const counter = page.locator(`[data-paper-id="${toGlobalId("Paper", paperId)}"] [data-upvotes]`);
  await counter.and(page.locator(`[data-upvotes="${count}"]`)).waitFor({ timeout });
  expect(await counter.textContent()).toBe(`${count} upvotes`);
}

describeInBrowser("the live page at /", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  describe("on one server", () => {
    let t: TestServer;
    let voters: SignedInUser[];
    let trending: number[];
    let newcomer: number;
    beforeAll(async () => {
      t = await startTestServer();
      ({ trending, newcomer } = await insertTrendingPapers(t.db, 6));
      voters = [await signUp(t.db, "ada"), await signUp(t.db, "grace")];
      await t.quiesce();
    });
    afterAll(() => t.close());

    /** A page on the server that fails the test if it requests anything from elsewhere. */
    async function openPage(options: BrowserContextOptions = {}): Promise<{ page: Page; foreign: string[] }> {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      return { page, foreign: foreignRequests(page, t.origin) };
    }

    const trendingTitles = async () =>
      dataOf(await t.request(TrendingPapersDocument, { window: "WEEK" })).trendingPapers.edges.map(
        (edge) => edge.node.title,
      );

    test("without JavaScript it lists trending papers, searches, shows a day's list and subscribes", async () => {
      const { page, foreign } = await openPage({ javaScriptEnabled: false });
      const response = await page.goto(t.origin);
      const host = new URL(t.origin).host;
      expect(response?.headers()["content-security-policy"]).toContain(
        `default-src 'self'; connect-src 'self' ws://${host} wss://${host};`,
      );
      expect(response?.headers()["cache-control"]).toBe("no-cache");
      expect(await page.locator("h1").textContent()).toBe("Trending papers this week");
      expect(await titlesShown(page)).toEqual(await trendingTitles());

      const searched = SAMPLES[1].title.split(" ").slice(0, 3).join(" ");
      await page.getByRole("searchbox", { name: "Search papers" }).fill(searched);
      await page.getByRole("button", { name: "Search" }).click();
      expect(new URL(page.url()).searchParams.get("q")).toBe(searched);
      expect(await page.locator("h1").textContent()).toBe(`Papers matching “${searched}”`);
      expect(await titlesShown(page)).toContain(SAMPLES[1].title);

      await page.getByLabel("Daily list of").fill(SAMPLES[0].publishedOn);
      await page.getByRole("button", { name: "Show" }).click();
      expect(await page.locator("h1").textContent()).toMatch(/^Daily papers of /);
      expect(await titlesShown(page)).toEqual([SAMPLES[0].title]);

      await page.getByLabel("Email address").fill("no-script@example.com");
      await page.getByRole("button", { name: "Subscribe" }).click();
      expect(await page.locator("h1").textContent()).toBe("Check your inbox");

      expect((await page.goto(`${t.origin}/?window=year`))?.status()).toBe(400);
      expect(await page.locator("main").textContent()).toContain("The window must be day, week or month.");
      expect(foreign).toEqual([]);
    });

    test("votes cast through the API update the counts, and a paper entering the top appears, without a reload", async () => {
      // Reduced motion keeps the mark on a new entry still, for the screenshot.
      const { page, foreign } = await openPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
      // A subscription per paper shown, and one to entries into the top.
      const listening = t.subscribersListening(trending.length + 1);
      await page.goto(t.origin);
      await listening;
      await page.evaluate(() => ((globalThis as unknown as { sameDocument: boolean }).sameDocument = true));

      await upvoteAs(voters[0], t.server.url, trending[0]);
      await upvoteAs(voters[1], t.server.url, trending[0]);
      await upvotesShown(page, trending[0], trending.length + 2, 2000);

      await upvoteAs(voters[0], t.server.url, newcomer);
      const entered = page.locator(`[data-paper-id="${toGlobalId("Paper", newcomer)}"]`);
      await entered.waitFor({ timeout: 3000 });
      expect(await entered.getAttribute("class")).toContain("entered");
      expect(await titlesShown(page)).toEqual(await trendingTitles());
      expect(await page.locator("#live-announcer").textContent()).toBe(
        `Now trending at number ${trending.length}: ${SAMPLES[trending.length].title}`,
      );
      expect(await page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, "live");
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, "live-phone");
      expect(foreign).toEqual([]);
    });

    test("the inbox form subscribes through subscribeToDigest and shows the answer, or what is wrong", async () => {
      const { page, foreign } = await openPage();
      await page.goto(t.origin);
      const email = page.getByLabel("Email address");
      const result = page.getByRole("status").filter({ hasText: /\S/ });

      await email.fill("reader@example.com");
      await page.getByLabel("Weekly").check();
      await page.getByRole("button", { name: "Subscribe" }).click();
      expect(await result.textContent()).toMatch(/^Thanks\. If this address can receive our email/);
      const [row] = await t.db.query("SELECT frequency FROM digest_subscription WHERE email = $1", [
        "reader@example.com",
      ]);
      expect(row).toEqual({ frequency: "WEEKLY" });

      // The browser takes this address; the server's stricter check refuses it.
      await email.fill("reader@localhost");
      await page.getByRole("button", { name: "Subscribe" }).click();
      await result.filter({ hasText: "not an email address" }).waitFor();
      expect(await result.textContent()).toBe("This is not an email address of the form name@example.com.");
      expect(await email.getAttribute("aria-invalid")).toBe("true");
      expect(foreign).toEqual([]);
    });
  });

  describe("across a server restart", () => {
    const databaseUrl = process.env.DATABASE_URL || undefined;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-live-"));
    let server: ServerProcess | undefined;
    afterAll(async () => {
      server?.child.kill("SIGKILL");
      await server?.exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    /** The spawned server's database; the embedded one only while that server is down. */
    async function withDatabase<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
      const pgliteDir = databaseUrl ? undefined : path.join(dataDir, "pglite");
      const db = await connectDatabase({ databaseUrl, pgliteDir, logger: pino({ level: "silent" }) });
      try {
        return await work(db);
      } finally {
        await db.destroy();
      }
    }

    test("after the server restarts, the page reconnects, re-reads its list and is live again", async () => {
      const { trending, newcomer, voter } = await withDatabase(async (db) => {
        await db.runMigrations();
        await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
        return { ...(await insertTrendingPapers(db, 3)), voter: await signUp(db, "ada") };
      });
      const env = {
        PORT: String(await freePort()),
        SHUTDOWN_DELAY_MS: "0",
        DIGEST_SECRET: TEST_DIGEST_SECRET,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir }),
        // Debug logs say when a subscription starts listening.
        LOG_LEVEL: "debug",
      };
      const LISTENING = '"subscriber listening"';
      server = await spawnServer(env);
      const origin = new URL(server.url).origin;
      const page = await browser.newPage();
      const foreign = foreignRequests(page, origin);
      let listening = server.waitForLog(LISTENING, trending.length + 1);
      await page.goto(origin);
      await listening;

      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      await page.locator("#live-status.offline").waitFor();
      // Cast while the server is down: no event will ever announce these votes.
      await withDatabase(async (db) => {
        await insertVotes(db, trending[2], 2);
        await insertVotes(db, newcomer, 1);
      });

      server = await spawnServer(env);
      // The page's subscriptions again, and one for the paper that entered while it was down.
      listening = server.waitForLog(LISTENING, trending.length + 2);
      await upvotesShown(page, trending[2], 3, 20_000);
      await page.locator(`[data-paper-id="${toGlobalId("Paper", newcomer)}"]`).waitFor();
      await listening;
      await page.locator("#live-status:not(.offline)").waitFor();

      await upvoteAs(voter, server.url, newcomer);
      await upvotesShown(page, newcomer, 2, 2000);
      expect(foreign).toEqual([]);
    });
  });
});
