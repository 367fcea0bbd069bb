import { startTestServer, type TestServer } from "../helpers/server";
import { describeInBrowser, foreignRequests, launchBrowser } from "./browser";
import type { Browser } from "playwright-core";

describeInBrowser("the browser harness", () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  it("serves the built assets from the server's own origin", async () => {
    const page = await browser.newPage();
    const foreign = foreignRequests(page, t.origin);
    const response = await page.goto(`${t.origin}/assets/live.js`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-type"]).toMatch(/javascript/);
    expect(foreign).toEqual([]);
  });
});
