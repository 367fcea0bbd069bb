import type { Browser, Page } from "playwright-core";
import { toGlobalId } from "../../src/domain/global-id";
import { UpvotePaperDocument } from "../generated/graphql";
import { signUp } from "../helpers/accounts";
import { insertPaper } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";
import { describeInBrowser, foreignRequests, launchBrowser, saveScreenshot, seriousViolations } from "./browser";

/** On the daily page the explorer's first tab asks for (src/web/explorer/examples.ts). */
const DAILY_TITLE = "Explorer daily paper";
const TRENDING_TITLE = "Explorer trending paper";

interface OpenedExplorer {
  page: Page;
  /** Requests to anywhere but the server, from the page's first request on. */
  foreign: string[];
  /** Errors the page logged, among them what the Content-Security-Policy refused and 404s. */
  errors: string[];
  /** The operation names the page POSTed to /graphql, in order. */
  operations: string[];
}

/**
 * Opens the explorer and waits until its editors are up. `bypassCSP` lets the test inject
 * scripts of its own, such as axe.
 */
async function openExplorer(browser: Browser, origin: string, bypassCSP = false): Promise<OpenedExplorer> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP });
  const foreign = foreignRequests(page, origin);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const operations: string[] = [];
  page.on("request", (request) => {
    const body = request.method() === "POST" ? (request.postDataJSON() as { operationName?: string }) : undefined;
    if (body) operations.push(body.operationName ?? "(anonymous)");
  });
  await page.goto(`${origin}/graphql`);
  await page.locator(".graphiql-query-editor .monaco-editor").waitFor();
  return { page, foreign, errors, operations };
}

/**
 * Selects the tab named after `operationName`. GraphiQL takes the operation's name from the
 * editor 100 ms after a change, and saves the editor's text then: a click before would run
 * the new text under the previous tab's operation name.
 */
async function selectTab(page: Page, operationName: string): Promise<void> {
  await page.locator(".graphiql-tab-button", { hasText: operationName }).click();
  await page.waitForFunction(
    (name) =>
      (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage
        .getItem("graphiql:query")
        ?.includes(name),
    operationName,
  );
}

/** Selects the tab named after `operationName` and runs it. */
async function run(page: Page, operationName: string): Promise<void> {
  await selectTab(page, operationName);
  await page.locator(".graphiql-execute-button").click();
}

/** Opens the docs pane and waits for a type only this schema has. */
async function openDocs(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
  await page.locator(".graphiql-doc-explorer").getByText("TrendingPaperEvent", { exact: true }).waitFor();
}

/** Waits until the response pane shows `text`. */
async function responseShows(page: Page, text: string): Promise<void> {
  await page.locator(".graphiql-response .view-lines", { hasText: text }).waitFor({ timeout: 15_000 });
}

/**
 * What GraphiQL 5.4's own markup makes axe report, which no prop or theme variable changes:
 * each tab is an <li role="tab"> around its select and close buttons (nested-interactive), and
 * the docs pane tells its type links from the text around them by colour alone
 * (link-in-text-block).
 */
const GRAPHIQL_OWN_VIOLATIONS = new Set(["nested-interactive", "link-in-text-block"]);

/** Serious and critical violations, less GraphiQL's own. */
async function pageViolations(page: Page): Promise<{ id: string }[]> {
  return (await seriousViolations(page)).filter(({ id }) => !GRAPHIQL_OWN_VIOLATIONS.has(id));
}

describeInBrowser("the explorer at GET /graphql", () => {
  let t: TestServer;
  // Both servers share the embedded database, so they start and close together.
  let withoutIntrospection: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestServer();
    withoutIntrospection = await startTestServer({ INTROSPECTION: "false" });
    await insertPaper(t.db, { title: DAILY_TITLE, dailyDate: "2023-12-26" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await withoutIntrospection.close();
    await t.close();
  });

  test("a browser gets the explorer page, while API clients on the same path still get GraphQL", async () => {
    const page = await fetch(`${t.origin}/graphql`, { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    expect(html).toContain('<meta name="papergraph-introspection" content="true" />');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/explorer.js">/);

    const posted = await t.post({ query: "{ papers { totalCount } }" });
    expect(posted.data).toEqual({ papers: { totalCount: 1 } });

    const query = encodeURIComponent("{ papers { totalCount } }");
    const overGet = await fetch(`${t.origin}/graphql?query=${query}`, {
      headers: { accept: "text/html,*/*;q=0.8", "apollo-require-preflight": "true" },
    });
    expect(overGet.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await overGet.json()).toEqual({ data: { papers: { totalCount: 1 } } });

    const jsonClient = await fetch(`${t.origin}/graphql`, { headers: { accept: "application/json" } });
    expect(jsonClient.headers.get("content-type")).not.toMatch(/html/);
    expect(jsonClient.headers.get("content-security-policy")).toBeNull();
  });

  test("the Content-Security-Policy allows nothing but the server's own origin", async () => {
    const response = await fetch(`${t.origin}/graphql`, { headers: { accept: "text/html" } });
    const policy = response.headers.get("content-security-policy")!;
    const directives = new Map(
      policy.split(/;\s*/).map((directive) => {
        const [name, ...sources] = directive.split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    const sockets = [t.origin.replace(/^http/, "ws"), t.origin.replace(/^http/, "wss")];
    expect(directives.get("connect-src")).toEqual(["'self'", ...sockets]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    // Keywords, data: (fonts and icons inside the stylesheets) and this server's socket; no other host.
    const sources = [...directives.values()].flat();
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", "data:", ...sockets]);
    expect(sources.filter((source) => !allowed.has(source))).toEqual([]);
  });

  test("loads only from its own origin and runs the daily page query", async () => {
    const { page, foreign, errors, operations } = await openExplorer(browser, t.origin);
    await run(page, "DailyPage");
    await responseShows(page, DAILY_TITLE);
    expect(operations).toEqual(["IntrospectionQuery", "DailyPage"]);
    // The query builder lists the fields of the schema the explorer read by introspection.
    await page.getByRole("button", { name: "Show GraphiQL Explorer" }).click();
    await page.locator(".graphiql-explorer-root").getByText("trendingPapers", { exact: true }).waitFor();
    await saveScreenshot(page, "explorer");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a subscription receives trendingPaperAdded over the server's own websocket", async () => {
    const paperId = await insertPaper(t.db, { title: TRENDING_TITLE });
    const voter = await signUp(t.db, "explorer-voter");
    const { page, foreign, errors } = await openExplorer(browser, t.origin);
    const listening = t.subscribersListening(1);
    await run(page, "LiveTrending");
    await listening;
    await t.request(UpvotePaperDocument, { input: { paperId: toGlobalId("Paper", paperId) } }, voter.headers);
    await responseShows(page, TRENDING_TITLE);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the Headers pane's Authorization reaches the subscription's socket", async () => {
    const { page } = await openExplorer(browser, t.origin);
    await selectTab(page, "LiveTrending");
    await page.getByRole("button", { name: "Headers" }).click();
    await page.locator(".graphiql-editor-tool .monaco-editor").last().click();
    await page.keyboard.insertText('{"Authorization": "Bearer pgt_not-a-token"}');
    await page.locator(".graphiql-execute-button").click();
    // The server refuses the token when the socket opens: 4403, as for any graphql-ws client.
    await responseShows(page, "4403");
    await page.close();
  });

  test("axe finds no serious or critical accessibility violations, with or without the docs pane", async () => {
    const { page } = await openExplorer(browser, t.origin, true);
    expect(await pageViolations(page)).toEqual([]);
    await openDocs(page);
    expect(await pageViolations(page)).toEqual([]);
    await page.close();
  });

  test("with INTROSPECTION=false the explorer says so, asks for no schema, and still runs queries", async () => {
    const { page, foreign, errors, operations } = await openExplorer(browser, withoutIntrospection.origin);
    await page
      .getByRole("status")
      .getByText(
        "Introspection is turned off on this server (INTROSPECTION=false): queries still run, but there are no docs or autocompletion.",
      )
      .waitFor();
    await run(page, "DailyPage");
    await responseShows(page, DAILY_TITLE);
    expect(operations).toEqual(["DailyPage"]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
