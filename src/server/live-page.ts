import express, { type Request, type Response, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { AppServices } from "../context";
import type { PaperRow } from "../db/rows";
import { arxivAbsUrl } from "../domain/arxiv";
import { utcDay } from "../domain/dates";
import { toGlobalId } from "../domain/global-id";
import { escapeHtml } from "../domain/html";
import { checkSearch } from "../domain/search";
import { DomainError } from "../errors";
import { authorLine, excerpt, plural } from "../domain/text";
import {
  firstPage,
  PAPERS_WITH_CHILDREN,
  readSourcePapers,
  WINDOW_NAMES,
  withChildren,
  type ListSource,
  type PaperWithChildren,
} from "../services/feed.service";
import type { ServiceContext } from "../services/context";
import { SortDirection } from "../services/pagination";
import { listPapers, PaperOrderField } from "../services/paper.service";
import { TrendingWindow } from "../services/trending";
import { chargeRequest, paperListCost } from "./anonymous-requests";
import { atomFeedPath } from "./feeds";
import { sendHtmlPage, websocketSources } from "./html-page";
import { parseDate, parseWindow, refuseNul, singleParameters } from "./query-parameters";

/** Papers the page lists; its script watches the top this many of the trending list for entries. */
const LIVE_LIST_SIZE = 20;

const DAY_MS = 24 * 3600 * 1000;

// "Aug 17, 2025", as the daily lists write dates.
const SHORT_DATE = new Intl.DateTimeFormat("en-US", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const LONG_DATE = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `2025-08-17` as "August 17, 2025". */
const longDate = (day: string) => LONG_DATE.format(new Date(`${day}T00:00:00Z`));
const addDays = (day: string, days: number) => utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

function pageHeaders(req: Request): Record<string, string> {
  return {
    // Scripts, styles and connections from this origin only; no inline script or style.
    "content-security-policy":
      `default-src 'self'; connect-src 'self'${websocketSources(req)}; object-src 'none'; ` +
      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    // A search is nobody else's business: other sites see no referrer from here.
    "referrer-policy": "same-origin",
    // The list changes with every vote: revalidate each time (express sends an ETag).
    "cache-control": "no-cache",
  };
}

// The stylesheet, and the explorer's icon, so a browser does not ask for a /favicon.ico there is none of.
const HEAD_LINKS =
  '<link rel="stylesheet" href="/assets/live.css"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">';
const SCRIPT = '<script type="module" src="/assets/live.js"></script>';

/** Which list the query string asks for: a search, a day's list, or trending (the default). */
function sourceOf(req: Request): ListSource {
  refuseNul(req);
  const { window, q, date } = singleParameters(req);
  // Checked even when a search or a day is shown, so a mistyped link says so.
  const trendingWindow = window === undefined ? TrendingWindow.WEEK : parseWindow(window, "window");
  // An empty box submitted is no search and no day.
  const day = date?.trim() ? utcDay(parseDate(date.trim(), "date")) : undefined;
  if (q?.trim()) return { kind: "search", filter: { search: checkSearch(q, "q"), dailyDate: day } };
  if (day) return { kind: "daily", date: day };
  return { kind: "trending", window: trendingWindow };
}

function headingOf(source: ListSource): string {
  switch (source.kind) {
    case "trending":
      return `Trending papers ${WINDOW_NAMES[source.window]}`;
    case "daily":
      return `Daily papers of ${longDate(source.date)}`;
    case "search": {
      const { search, dailyDate } = source.filter;
      return `Papers matching “${search}”${dailyDate ? ` on the daily list of ${longDate(dailyDate)}` : ""}`;
    }
  }
}

function emptyMessage(source: ListSource, fallbackShown: boolean): string {
  switch (source.kind) {
    case "trending":
      return (
        `Nobody has voted for a paper ${WINDOW_NAMES[source.window]} yet.` +
        (fallbackShown ? " Here are the latest daily papers; voted papers show up here as votes come in." : "")
      );
    case "daily":
      return "No papers on this day's list. Try another day.";
    case "search":
      return "No paper matches this search. Try fewer or other words.";
  }
}

/** One paper: its global ID for the script, and an upvote count it can update. */
function paperItem({ paper, authors, repositories }: PaperWithChildren): string {
  const link = paper.arxivId ? arxivAbsUrl(paper.arxivId) : paper.projectPage;
  const title = link ? `<a href="${escapeHtml(link)}">${escapeHtml(paper.title)}</a>` : escapeHtml(paper.title);
  // Imported papers may have a count of authors without their names.
  const byline =
    authors.length > 0
      ? authorLine(authors.map(({ name }) => name))
      : paper.authorCount > 0
        ? plural(paper.authorCount, "author")
        : "";
  const code = repositories[0];
  const codeName = code && code.owner && code.name ? `${code.owner}/${code.name}` : "repository";
  const details = [
    `<time datetime="${utcDay(paper.publishedAt)}">${SHORT_DATE.format(paper.publishedAt)}</time>`,
    `<span class="upvotes" data-upvotes="${paper.upvotes}">${plural(paper.upvotes, "upvote")}</span>`,
    ...(code ? [`<a href="${escapeHtml(code.url)}">Code: ${escapeHtml(codeName)}</a>`] : []),
  ];
  const summary = excerpt(paper.abstract ?? "");
  return (
    `<li class="paper" data-paper-id="${toGlobalId("Paper", paper.id)}">` +
    `<article aria-labelledby="paper-${paper.id}"><h2 id="paper-${paper.id}">${title}</h2>` +
    (byline ? `<p class="byline">${escapeHtml(byline)}</p>` : "") +
    `<p class="details">${details.join(" · ")}</p>` +
    (summary ? `<p class="abstract">${escapeHtml(summary)}</p>` : "") +
    `</article></li>`
  );
}

/** The list the script re-reads and replaces: its kind and window tell the script what to watch. */
function listSection(source: ListSource, papers: PaperWithChildren[], fallback: PaperWithChildren[]): string {
  const windowAttribute = source.kind === "trending" ? ` data-window="${source.window}"` : "";
  const shown = papers.length > 0 ? papers : fallback;
  const dayLinks =
    source.kind === "daily"
      ? `<p class="day-links"><a rel="prev" href="/?date=${addDays(source.date, -1)}">Previous day</a>` +
        `<a rel="next" href="/?date=${addDays(source.date, 1)}">Next day</a></p>`
      : "";
  return (
    `<section id="papers" class="papers" aria-labelledby="papers-heading" data-kind="${source.kind}"${windowAttribute} data-size="${LIVE_LIST_SIZE}">` +
    `<h1 id="papers-heading">${escapeHtml(headingOf(source))}</h1>` +
    (papers.length === 0 ? `<p class="empty">${escapeHtml(emptyMessage(source, fallback.length > 0))}</p>` : "") +
    dayLinks +
    (shown.length > 0 ? `<ol class="paper-list">${shown.map(paperItem).join("")}</ol>` : "") +
    `</section>`
  );
}

function listLinks(source: ListSource): string {
  const windows = Object.values(TrendingWindow).map((window) => {
    const current = source.kind === "trending" && source.window === window ? ' aria-current="page"' : "";
    const label = WINDOW_NAMES[window].replace(/^./, (first) => first.toUpperCase());
    return `<li><a href="/?window=${window.toLowerCase()}"${current}>${label}</a></li>`;
  });
  const day = source.kind === "daily" ? source.date : source.kind === "search" ? source.filter.dailyDate : undefined;
  return (
    `<nav class="lists" aria-label="Trending windows"><ul>${windows.join("")}</ul></nav>` +
    `<form class="daily" method="get" action="/"><label for="daily-date">Daily list of</label>` +
    `<input id="daily-date" type="date" name="date" required value="${day ?? utcDay(new Date())}">` +
    `<button type="submit">Show</button></form>` +
    // Outside the list, which the script replaces; it says whether votes arrive live.
    `<p id="live-status" class="live-status" hidden></p>`
  );
}

/** The inbox form: it posts to /digest/subscribe, and the script sends it to subscribeToDigest instead. */
function inboxForm(source: ListSource): string {
  const search = source.kind === "search" ? source.filter.search : undefined;
  const topic = search
    ? `<p class="topic"><label><input type="checkbox" name="search" value="${escapeHtml(search)}" checked> ` +
      `Only papers matching “${escapeHtml(search)}”</label></p>`
    : "";
  return (
    `<aside id="inbox" class="inbox" aria-labelledby="inbox-heading"><h2 id="inbox-heading">Get trending papers in your email inbox</h2>` +
    `<form id="inbox-form" method="post" action="/digest/subscribe">` +
    `<p><label for="inbox-email">Email address</label>` +
    `<input id="inbox-email" type="email" name="email" required autocomplete="email" aria-describedby="inbox-result"></p>` +
    `<fieldset><legend>How often</legend>` +
    `<label><input type="radio" name="frequency" value="DAILY" checked> Daily</label>` +
    `<label><input type="radio" name="frequency" value="WEEKLY"> Weekly</label></fieldset>` +
    topic +
    `<p><button type="submit">Subscribe</button></p>` +
    `<p id="inbox-result" class="inbox-result" role="status"></p>` +
    `<p class="fine-print">We send a link to confirm first, and nothing else until you follow it.</p></form></aside>`
  );
}

function pageBody(source: ListSource, main: string): string {
  const search = source.kind === "search" ? source.filter.search : "";
  return (
    `<a class="skip-link" href="#main">Skip to the papers</a>` +
    `<header class="site-header"><a class="brand" href="/">papergraph</a><a class="inbox-link" href="#inbox">Email digest</a>` +
    `<form class="search" role="search" method="get" action="/"><label for="search-q" class="visually-hidden">Search papers</label>` +
    `<input id="search-q" type="search" name="q" value="${escapeHtml(search)}" placeholder="Search papers">` +
    `<button type="submit">Search</button></form></header>` +
    `<div class="layout"><main id="main">${main}</main>${inboxForm(source)}</div>` +
    `<footer class="site-footer"><p><a href="${escapeHtml(atomFeedPath(source))}">Atom feed of this list</a> · ` +
    `<a href="/graphql">GraphQL API</a></p></footer>` +
    `<div id="live-announcer" class="visually-hidden" aria-live="polite"></div>`
  );
}

function sendProblem(req: Request, res: Response, status: number, title: string, message: string): void {
  sendHtmlPage(res, {
    status,
    headers: pageHeaders(req),
    title,
    head: HEAD_LINKS,
    body:
      `<a class="skip-link" href="#main">Skip to the message</a><header class="site-header"><a class="brand" href="/">papergraph</a></header>` +
      `<main id="main" class="problem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>` +
      `<p><a href="/">See the trending papers</a></p></main>`,
  });
}

/**
 * `/`: trending papers (`?window=day|week|month`, a week by default), a search (`?q=`, with
 * `date` within a day's list) or a day's list (`?date=YYYY-MM-DD`), rendered here so it reads
 * without JavaScript. The script /assets/live.js keeps it live (src/web/live/main.ts).
 */
export function livePageRouter(services: AppServices, schema: GraphQLSchema): Router {
  // Charged what the GraphQL query reading the same papers costs, as feeds are.
  const cost = paperListCost(schema, LIVE_LIST_SIZE);
  const router = express.Router({ caseSensitive: true, strict: true });

  router.get("/", async (req, res) => {
    let source: ListSource;
    try {
      source = sourceOf(req);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      sendProblem(req, res, 400, "This list cannot be shown", error.message);
      return;
    }
    const ctx = await chargeRequest(services, req, res, cost);
    if (!ctx) {
      sendProblem(req, res, 429, "Too many requests", "You have read a lot of papers this hour; try again later.");
      return;
    }
    const papers = await withChildren(ctx, await readSourcePapers(ctx, source, LIVE_LIST_SIZE));
    const fallback =
      source.kind === "trending" && papers.length === 0 ? await withChildren(ctx, await latestDailyPapers(ctx)) : [];
    sendHtmlPage(res, {
      status: 200,
      headers: pageHeaders(req),
      title: headingOf(source),
      head:
        HEAD_LINKS +
        SCRIPT +
        `<link rel="alternate" type="application/atom+xml" href="${escapeHtml(atomFeedPath(source))}">`,
      body: pageBody(source, listLinks(source) + listSection(source, papers, fallback)),
    });
  });
  return router;
}

/** The newest papers of the daily lists, for a trending window nobody has voted in. */
async function latestDailyPapers(ctx: ServiceContext): Promise<PaperRow[]> {
  const order = { field: PaperOrderField.DAILY_DATE, direction: SortDirection.DESC };
  const result = await listPapers<PaperRow>(ctx, {}, order, firstPage(LIVE_LIST_SIZE), PAPERS_WITH_CHILDREN);
  return result.edges.map((edge) => edge.node);
}
