import { createClient } from "graphql-ws";

const UPVOTES = `subscription LiveUpvotes($paperId: ID!) {
  paperUpvotesChanged(paperId: $paperId) { id upvotes }
}`;
const ENTRIES = `subscription LiveEntries($window: TrendingWindow!, $top: Int!) {
  trendingPaperAdded(window: $window, top: $top) { rank paper { title } }
}`;

interface UpvotesData {
  paperUpvotesChanged: { id: string; upvotes: number } | null;
}
interface EntriesData {
  trendingPaperAdded: { rank: number; paper: { title: string } } | null;
}

/** Half a second, doubling up to ten, spread out so that a restarted server is not hit all at once. */
function backoff(retries: number): Promise<void> {
  const delay = Math.min(500 * 2 ** retries, 10_000) * (0.75 + Math.random() / 2);
  return new Promise((resolve) => setTimeout(resolve, delay));
}

function showCount(counter: HTMLElement, upvotes: number): void {
  if (counter.dataset.upvotes === String(upvotes)) return;
  counter.dataset.upvotes = String(upvotes);
  counter.textContent = `${upvotes} upvote${upvotes === 1 ? "" : "s"}`;
}

/**
 * Keeps the server-rendered list `#papers` live over graphql-ws: each listed paper's count
 * follows `paperUpvotesChanged`, and on the trending list a `trendingPaperAdded` into its top
 * re-reads the list. The socket reconnects for as long as the page is open, and every
 * (re)connect re-reads the list too, so votes cast while it was down show up.
 *
 * Re-reading fetches this same page and takes its list: the server renders papers in one place.
 */
export function startLiveList(section: HTMLElement): void {
  const status = document.getElementById("live-status");
  const announcer = document.getElementById("live-announcer");
  const setStatus = (text: string, live: boolean) => {
    if (!status) return;
    status.hidden = false;
    status.textContent = text;
    status.classList.toggle("offline", !live);
  };

  const client = createClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    lazy: false,
    retryAttempts: Infinity,
    // Also retry when the server cannot be reached at all, not only when a socket closes.
    shouldRetry: () => true,
    retryWait: backoff,
    onNonLazyError: () => setStatus("Live updates stopped; reload the page to resume.", false),
    on: {
      connected: () => {
        setStatus("Live: votes show as they are cast.", true);
        reread();
      },
      closed: () => setStatus("Reconnecting for live updates…", false),
    },
  });

  const subscribe = <T>(query: string, variables: Record<string, unknown>, next: (data: T) => void) =>
    client.subscribe<T>(
      { query, variables },
      {
        next: ({ data }) => data && next(data),
        // Refused (over the rate limit, say): that paper's count stays as last read.
        error: () => {},
        complete: () => {},
      },
    );

  const counterOf = (paperId: string) =>
    section.querySelector<HTMLElement>(`[data-paper-id="${CSS.escape(paperId)}"] [data-upvotes]`);
  const listedIds = () =>
    [...section.querySelectorAll<HTMLElement>("[data-paper-id]")].map((item) => item.dataset.paperId!);

  let reading = false;
  let readAgain = false;
  /**
   * Counts pushed while a re-read is under way. Each is at least as new as the page read, or a
   * later push follows it, so they win over the page read.
   */
  const pushedDuringRead = new Map<string, number>();

  const showUpvotes = ({ paperUpvotesChanged: paper }: UpvotesData) => {
    if (!paper) return;
    if (reading) pushedDuringRead.set(paper.id, paper.upvotes);
    const counter = counterOf(paper.id);
    if (counter) showCount(counter, paper.upvotes);
  };

  /** Unsubscribe functions of the papers whose counts are followed, by global ID. */
  const followed = new Map<string, () => void>();
  /** Follows the counts of the papers listed now, and stops following those no longer listed. */
  const followListed = () => {
    const listed = new Set(listedIds());
    for (const [paperId, stop] of followed) {
      if (listed.has(paperId)) continue;
      stop();
      followed.delete(paperId);
    }
    for (const paperId of listed) {
      if (!followed.has(paperId)) followed.set(paperId, subscribe<UpvotesData>(UPVOTES, { paperId }, showUpvotes));
    }
  };

  /** Puts the freshly rendered list in place, marks the papers new to it, and keeps the focus. */
  const replaceList = (fresh: HTMLElement) => {
    if (fresh.innerHTML === section.innerHTML) return;
    const before = new Set(listedIds());
    const focusedPaper = document.activeElement?.closest<HTMLElement>("[data-paper-id]")?.dataset.paperId;
    section.replaceChildren(...document.adoptNode(fresh).childNodes);
    for (const item of section.querySelectorAll<HTMLElement>("[data-paper-id]")) {
      if (!before.has(item.dataset.paperId!)) item.classList.add("entered");
    }
    for (const [paperId, upvotes] of pushedDuringRead) {
      const counter = counterOf(paperId);
      if (counter) showCount(counter, upvotes);
    }
    if (focusedPaper) section.querySelector<HTMLElement>(`[data-paper-id="${CSS.escape(focusedPaper)}"] a`)?.focus();
    followListed();
  };

  // One re-read at a time; triggers during one lead to a single re-read after it.
  const reread = () => {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    pushedDuringRead.clear();
    void fetch(location.href, { headers: { accept: "text/html" }, cache: "no-store" })
      .then(async (response) => {
        // Over the rate limit, or the server restarting: keep the list shown; the next connect reads again.
        if (!response.ok) return;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = page.getElementById(section.id);
        if (fresh) replaceList(fresh);
      })
      .catch(() => {})
      .finally(() => {
        reading = false;
        if (!readAgain) return;
        readAgain = false;
        reread();
      });
  };

  followListed();
  const { kind, window: trendingWindow, size } = section.dataset;
  if (kind === "trending" && trendingWindow && size) {
    subscribe<EntriesData>(ENTRIES, { window: trendingWindow, top: Number(size) }, ({ trendingPaperAdded: entry }) => {
      if (!entry) return;
      if (announcer) announcer.textContent = `Now trending at number ${entry.rank}: ${entry.paper.title}`;
      reread();
    });
  }
}
