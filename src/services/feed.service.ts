import { Feed, type Item } from "feed";
import {
  PAPER_SUMMARY,
  WATCH_EVENT_FIELDS,
  type AuthorRow,
  type PaperRow,
  type RepositoryRow,
  type WatchEventRow,
} from "../db/rows";
import { query, sql } from "../db/sql";
import { watchEvents } from "../db/tables";
import { arxivAbsUrl } from "../domain/arxiv";
import { toGlobalId } from "../domain/global-id";
import { escapeHtml } from "../domain/html";
import { watchEventLine } from "../domain/text";
import type { ChildRelation } from "../loaders/child-connection";
import { paperAuthors, paperRepositories } from "../loaders/relations";
import { prefetchOf } from "../loaders/prefetch";
import type { ServiceContext } from "./context";
import { MAX_PAGE_SIZE, SortDirection, type Page } from "./pagination";
import type { PaperSelection } from "./paper-reads";
import { listPapers, PaperOrderField, type PaperFilter } from "./paper.service";
import { TrendingWindow } from "./trending";
import { listTrending } from "./trending.service";

export enum FeedFormat {
  ATOM = "atom",
  RSS = "rss",
  JSON = "json",
}

/** A public list of papers: a feed, and a view of the live page. */
export type ListSource =
  | { kind: "trending"; window: TrendingWindow }
  | { kind: "daily"; date: string }
  | { kind: "search"; filter: PaperFilter & { search: string } };

/** Which papers a feed lists: a public list, or a watch's events, newest first, reached through its token. */
export type FeedSource = ListSource | { kind: "watch"; watchId: number; name: string };

/** Papers per feed. */
export const FEED_SIZE = 50;
/** Authors and repositories per entry: the largest page a connection gives. */
export const FEED_CHILDREN = MAX_PAGE_SIZE;

export interface FeedLinks {
  /** The feed's own URL. */
  self: string;
  /** Base URL of this server, for papers without an arXiv ID. */
  origin: string;
}

export interface BuiltFeed {
  body: string;
  /** The newest `updatedAt` among the entries, or now for an empty feed. */
  updated: Date;
}

export const firstPage = (limit: number): Page => ({ limit, backward: false, cursor: null });
const CHILD_PAGE = firstPage(FEED_CHILDREN);

/** The summary and the abstract, and the authors and repositories read in the same statement as the papers. */
export const PAPERS_WITH_CHILDREN: PaperSelection = {
  columns: [...PAPER_SUMMARY, "abstract"],
  prefetches: [
    prefetchOf(paperAuthors as ChildRelation<object>, CHILD_PAGE, "all", "prefetch0"),
    prefetchOf(paperRepositories as ChildRelation<object>, CHILD_PAGE, "all", "prefetch1"),
  ],
};

/** A window as people say it: trending papers "this week". */
export const WINDOW_NAMES: Record<TrendingWindow, string> = { DAY: "today", WEEK: "this week", MONTH: "this month" };

function titleOf(source: FeedSource): string {
  switch (source.kind) {
    case "trending":
      return `papergraph: trending papers ${WINDOW_NAMES[source.window]}`;
    case "daily":
      return `papergraph: daily papers of ${source.date}`;
    case "search":
      return `papergraph: papers matching ${source.filter.search}`;
    case "watch":
      return `papergraph watch: ${source.name}`;
  }
}

/** The first `size` papers of a list source, read with PAPERS_WITH_CHILDREN in one SQL statement. */
export async function readSourcePapers(ctx: ServiceContext, source: ListSource, size: number): Promise<PaperRow[]> {
  const page = firstPage(size);
  const result =
    source.kind === "trending"
      ? await listTrending<PaperRow>(ctx, source.window, page, PAPERS_WITH_CHILDREN)
      : source.kind === "daily"
        ? await listPapers<PaperRow>(
            ctx,
            { dailyDate: source.date },
            { field: PaperOrderField.UPVOTES, direction: SortDirection.DESC },
            page,
            PAPERS_WITH_CHILDREN,
          )
        : await listPapers<PaperRow>(
            ctx,
            source.filter,
            { field: PaperOrderField.RELEVANCE, direction: SortDirection.DESC },
            page,
            PAPERS_WITH_CHILDREN,
          );
  return result.edges.map((edge) => edge.node);
}

/**
 * The authors, the abstract and the code links, as the HTML an entry's content holds. RSS has
 * no element for an author's name (its <author> is an email address), so they are here too.
 */
function contentHtml(authors: AuthorRow[], abstract: string, repositories: RepositoryRow[]): string {
  const byline = authors.length > 0 ? `<p>${escapeHtml(authors.map(({ name }) => name).join(", "))}</p>` : "";
  const code = repositories.map(({ url }) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`);
  const codeList = code.length > 0 ? `<p>Code:</p><ul>${code.join("")}</ul>` : "";
  return `${byline}<p>${escapeHtml(abstract)}</p>${codeList}`;
}

/**
 * A link to the paper: its arXiv abstract page, or, without an arXiv ID, a GraphQL GET of the
 * paper by global ID on this server (which, like any GET there, needs an `apollo-require-preflight` header).
 */
export function paperLink(paper: PaperRow, origin: string): string {
  if (paper.arxivId) return arxivAbsUrl(paper.arxivId);
  const query = `{ node(id: "${toGlobalId("Paper", paper.id)}") { ... on Paper { title abstract arxivUrl } } }`;
  return `${origin}/graphql?query=${encodeURIComponent(query)}`;
}

export interface PaperWithChildren {
  paper: PaperRow;
  authors: AuthorRow[];
  repositories: RepositoryRow[];
}

/** The authors and repositories of papers read with PAPERS_WITH_CHILDREN, from the loaders that read primed. */
export function withChildren(ctx: ServiceContext, papers: PaperRow[]): Promise<PaperWithChildren[]> {
  return Promise.all(
    papers.map(async (paper) => {
      // Primed by the read of the papers: no statement is sent.
      const [authorPage, repositoryPage] = await Promise.all([
        ctx.loaders.childPage(paperAuthors, CHILD_PAGE).load(paper.id),
        ctx.loaders.childPage(paperRepositories, CHILD_PAGE).load(paper.id),
      ]);
      return {
        paper,
        authors: authorPage.edges.map((edge) => edge.node),
        repositories: repositoryPage.edges.map((edge) => edge.node),
      };
    }),
  );
}

/** A watch event and its paper. */
export interface EventWithPaper extends PaperWithChildren {
  event: WatchEventRow;
}

/**
 * The papers of `events`, read with PAPERS_WITH_CHILDREN in one SQL statement, in the events'
 * order; an event whose paper has been deleted since is left out.
 */
export async function withEventPapers(ctx: ServiceContext, events: WatchEventRow[]): Promise<EventWithPaper[]> {
  const paperIds = [...new Set(events.map((event) => event.paperId))];
  if (paperIds.length === 0) return [];
  const result = await listPapers<PaperRow>(
    ctx,
    { paperIds },
    { field: PaperOrderField.UPVOTES, direction: SortDirection.DESC },
    firstPage(paperIds.length),
    PAPERS_WITH_CHILDREN,
  );
  const byId = new Map(
    (
      await withChildren(
        ctx,
        result.edges.map((edge) => edge.node),
      )
    ).map((paper) => [paper.paper.id, paper]),
  );
  return events.flatMap((event) => {
    const paper = byId.get(event.paperId);
    return paper ? [{ event, ...paper }] : [];
  });
}

/** A watch's newest `size` events. */
function readWatchEvents(ctx: ServiceContext, watchId: number, size: number): Promise<WatchEventRow[]> {
  const { col } = watchEvents;
  return query<WatchEventRow>(
    ctx.db,
    sql`SELECT ${watchEvents.select(WATCH_EVENT_FIELDS)} FROM ${watchEvents.from}
        WHERE ${col.watchId} = ${watchId} ORDER BY ${col.id} DESC LIMIT ${size}`,
  );
}

/** A feed's entries: the source's papers, or a watch's events with their papers. */
async function readEntries(
  ctx: ServiceContext,
  source: FeedSource,
): Promise<(PaperWithChildren & { event?: WatchEventRow })[]> {
  if (source.kind === "watch") return withEventPapers(ctx, await readWatchEvents(ctx, source.watchId, FEED_SIZE));
  return withChildren(ctx, await readSourcePapers(ctx, source, FEED_SIZE));
}

interface Entry {
  item: Item;
  authors: AuthorRow[];
  abstract: string;
}

/**
 * The source's papers as a feed in `format`, newest first within the source's order. The
 * papers, their authors and their repositories are read in one SQL statement. A watch's feed
 * has an entry per event, dated when it was raised, its content opening with the trigger.
 */
export async function buildFeed(
  ctx: ServiceContext,
  source: FeedSource,
  format: FeedFormat,
  links: FeedLinks,
): Promise<BuiltFeed> {
  const entries: Entry[] = (await readEntries(ctx, source)).map(({ paper, authors, repositories, event }) => {
    const abstract = paper.abstract ?? "";
    const link = paperLink(paper, links.origin);
    const trigger = event ? `<p>${escapeHtml(watchEventLine(event))}</p>` : "";
    const item: Item = {
      // A paper may come back in a watch's feed, by another trigger: each event is its own entry.
      id: event ? `${link}#watch-event-${event.id}` : link,
      link,
      // `feed` marks Atom titles as HTML, so there "a < b" must be written "a &lt; b".
      title: format === FeedFormat.ATOM ? escapeHtml(paper.title) : paper.title,
      // `feed` writes JSON Feed's first author even of an empty list.
      author: authors.length > 0 ? authors.map(({ name }) => ({ name })) : undefined,
      // Atom's summary and RSS's description are HTML; JSON Feed's plain summary is set in jsonFeed11.
      description: escapeHtml(abstract),
      content: trigger + contentHtml(authors, abstract, repositories),
      date: event?.createdAt ?? paper.updatedAt,
      published: paper.publishedAt,
    };
    return { item, authors, abstract };
  });
  const updated =
    entries.reduce<Date | undefined>(
      (newest, { item }) => (!newest || item.date > newest ? item.date : newest),
      undefined,
    ) ?? new Date();
  const feed = new Feed({
    id: links.self,
    title: titleOf(source),
    description: titleOf(source),
    link: links.origin,
    feedLinks: { atom: links.self, rss: links.self, json: links.self },
    updated,
    author: { name: "papergraph" },
    generator: "papergraph",
    copyright: "Each paper belongs to its authors.",
  });
  for (const { item } of entries) feed.addItem(item);
  const body =
    format === FeedFormat.ATOM
      ? feed.atom1()
      : format === FeedFormat.RSS
        ? feed.rss2()
        : jsonFeed11(feed.json1(), entries);
  return { body, updated };
}

/**
 * `feed` writes JSON Feed 1.0, with one author per item and the HTML abstract as summary;
 * 1.1 has `authors`, and a summary is plain text.
 */
function jsonFeed11(json: string, entries: Entry[]): string {
  const document = JSON.parse(json) as {
    version: string;
    author?: unknown;
    authors?: unknown[];
    items: Record<string, unknown>[];
  };
  document.version = "https://jsonfeed.org/version/1.1";
  document.authors = [document.author];
  delete document.author;
  document.items.forEach((item, index) => {
    const { authors, abstract } = entries[index];
    delete item.author;
    item.authors = authors.map(({ name }) => ({ name }));
    item.summary = abstract;
  });
  return JSON.stringify(document);
}
