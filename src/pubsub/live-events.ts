import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { FullPaperRow } from "../db/rows";
import { createLoaders } from "../loaders";
import type { Logger } from "../logger";
import { topOfWindow, TrendingWindow } from "../services/trending";
import type { DatabaseListener } from "./database-listener";
import { Topic, type LivePubSub, type PaperUpvotesEvent } from "./topics";

/** Subscriptions can ask for entries into the top 1 to 100. */
export const MAX_TRENDING_TOP = 100;

/**
 * Turns the database's notifications into subscription events for this instance's clients.
 * Every instance listens to the same Postgres and works out top-N entries from its own
 * snapshot of each window's top 100, so each subscriber hears each entry once, from the
 * instance it is connected to. Snapshots are refreshed one at a time, so two notifications
 * never diff against the same snapshot.
 */
export class LiveEvents {
  private readonly tops = new Map<TrendingWindow, Map<number, number>>();
  private refreshing: Promise<void> = Promise.resolve();
  private pendingPapers = new Set<number>();
  private refreshQueued = false;
  /** Papers with live-counter subscribers here, and how many each has. */
  private readonly watched = new Map<number, number>();
  /** Told of every change Postgres notifies, and of every reconnect, which may have missed some. */
  private readonly changeListeners: (() => void)[] = [];

  constructor(
    readonly pubSub: LivePubSub,
    private readonly db: DataSource,
    private readonly listener: DatabaseListener,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.listener.start({
      onPapersChanged: (paperIds) => {
        this.changeListeners.forEach((listener) => listener());
        this.papersChanged(paperIds);
      },
      // After a (re)connect, missed entries show up as differences from the last snapshot, and
      // every watched counter is pushed again.
      onConnected: () => {
        this.changeListeners.forEach((listener) => listener());
        this.papersChanged([...this.watched.keys()]);
      },
    });
    await this.refreshing;
  }

  /** Calls `listener` whenever the catalog may have changed. */
  onCatalogChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** The upvote changes of one paper, counted so that a reconnect can push them again. */
  watchUpvotes(paperId: number): AsyncIterable<PaperUpvotesEvent> {
    const watched = this.watched;
    const changes = this.pubSub.subscribe(Topic.PAPER_UPVOTES, paperId);
    return (async function* () {
      watched.set(paperId, (watched.get(paperId) ?? 0) + 1);
      try {
        yield* changes;
      } finally {
        const left = (watched.get(paperId) ?? 1) - 1;
        if (left === 0) watched.delete(paperId);
        else watched.set(paperId, left);
      }
    })();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  private papersChanged(paperIds: number[]): void {
    for (const paperId of paperIds) this.pendingPapers.add(paperId);
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    // Notifications that arrive while a refresh runs are coalesced into the next one.
    this.refreshing = this.refreshing.then(async () => {
      this.refreshQueued = false;
      const changed = [...this.pendingPapers];
      this.pendingPapers.clear();
      // One loader per refresh: every event's paper is read in one statement, once for all subscribers.
      const papers = createLoaders(this.db, null).paperById;
      for (const paperId of changed) {
        this.pubSub.publish(Topic.PAPER_UPVOTES, paperId, { paperId, paper: this.settle(papers.load(paperId)) });
      }
      await this.refreshTops(papers).catch((error: unknown) =>
        this.logger.error({ err: error }, "trending refresh failed"),
      );
    });
  }

  /** A paper read that subscribers await; a failure is logged and reads as a missing paper. */
  private settle(paper: Promise<FullPaperRow | null>): Promise<FullPaperRow | null> {
    return paper.catch((error: unknown) => {
      this.logger.error({ err: error }, "could not read a paper for subscribers");
      return null;
    });
  }

  private async refreshTops(papers: DataLoader<number, FullPaperRow | null>): Promise<void> {
    const at = new Date();
    for (const window of Object.values(TrendingWindow)) {
      const top = await topOfWindow(this.db, window, MAX_TRENDING_TOP);
      const previous = this.tops.get(window);
      const ranks = new Map(top.map((position, index) => [position.paperId, index + 1]));
      this.tops.set(window, ranks);
      // The first snapshot only sets the baseline: nothing has entered anything yet.
      if (!previous) continue;
      for (const [index, position] of top.entries()) {
        const previousRank = previous.get(position.paperId) ?? null;
        const rank = index + 1;
        if (previousRank === null || previousRank > rank) {
          this.pubSub.publish(Topic.TRENDING_ENTRY, {
            paperId: position.paperId,
            window,
            rank,
            previousRank,
            key: position.key,
            at,
            paper: this.settle(papers.load(position.paperId)),
          });
        }
      }
    }
  }
}
