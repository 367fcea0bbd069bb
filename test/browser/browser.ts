import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/paths";

/** Debian's Chromium (`apt-get install chromium`); Playwright's own download does not work here. */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Where screenshots go; git-ignored. */
export const ARTIFACTS_DIR = path.join(PROJECT_ROOT, "test/browser/artifacts");

/**
 * `describe` when Chromium is installed. Without it the tests are skipped with a message, so
 * `npm run test:browser` still runs on a laptop; in CI (`CI` set) a missing browser fails.
 */
export function describeInBrowser(name: string, tests: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, tests);
    return;
  }
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it with apt-get`);
  console.warn(`Skipping "${name}": no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  describe.skip(name, tests);
}

/** Headless Chromium, kept off every network but the test server's. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Collects every request the page makes to anywhere but `origin` (http and websockets alike). */
export function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  const wsOrigin = origin.replace(/^http/, "ws");
  const check = (url: string) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin && new URL(url).origin !== wsOrigin) foreign.push(url);
  };
  page.on("request", (request) => check(request.url()));
  page.on("websocket", (socket) => check(socket.url()));
  return foreign;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>, which a Content-Security-Policy without 'unsafe-inline' refuses.
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter(({ impact }) => impact === "serious" || impact === "critical");
}

/** Saves a full-page screenshot as test/browser/artifacts/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
