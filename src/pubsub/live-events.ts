import type { DataSource } from "typeorm";
import type { FullPaperRow } from "../db/rows";
import { createLoaders } from "../loaders";
import type { Logger } from "../logger";
import { topOfWindow, TrendingWindow } from "../services/trending";
import type { DatabaseListener } from "./database-listener";
import {
  Topic,
  type LivePubSub,
  type PaperUpvotesEvent,
  type TrendingEntryEvent,
  type WatchEventRecorded,
} from "./topics";

/** Subscriptions can ask for entries into the top 1 to 100. */
export const MAX_TRENDING_TOP = 100;

export interface SubscriberCounts {
  /** `trendingPaperAdded` subscriptions. */
  trending: number;
  /** `paperUpvotesChanged` subscriptions, over every paper. */
  upvotes: number;
  /** Listeners attached to the in-process hub: one per subscription that has started listening. */
  pubSubListeners: number;
}

/**
 * Turns the database's notifications into subscription events for this instance's clients.
 * Every instance listens to the same Postgres and works out top-N entries from its own
 * snapshot of each window's top 100, so each subscriber hears each entry once, from the
 * instance it is connected to. Snapshots are refreshed one at a time, so two notifications
 * never diff against the same snapshot.
 *
 * It works only for subscribers connected here: a changed paper is read only when someone
 * here watches its upvotes, and the tops only while someone here watches trending. An import
 * of 10,000 papers that nobody here watches costs no statement.
 */
export class LiveEvents {
  private readonly tops = new Map<TrendingWindow, Map<number, number>>();
  /** The refresh chain; it never rejects: a failed refresh is logged and the next one runs. */
  private refreshing: Promise<void> = Promise.resolve();
  private readonly pendingPapers = new Set<number>();
  private refreshQueued = false;
  /** Papers with live-counter subscribers here, and how many each has. */
  private readonly watched = new Map<number, number>();
  private trendingSubscribers = 0;
  /** Told of every change Postgres notifies, and of every reconnect, which may have missed some. */
  private readonly changeListeners: (() => void)[] = [];
  /** Told when papers were queued for a watch check, and of every reconnect. */
  private readonly watchCheckListeners = new Set<() => void>();
  /** Told of users whose token was revoked; null after a reconnect, which may have missed some. */
  private readonly revocationListeners: ((userId: number | null) => void)[] = [];
  private readonly listeningListeners = new Set<() => void>();

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
        // Too many to list: every watched paper may be among them.
        this.papersChanged(paperIds ?? [...this.watched.keys()]);
      },
      onWatchChecksQueued: () => this.watchCheckListeners.forEach((listener) => listener()),
      onWatchEvent: (watchId, eventId) => this.pubSub.publish(Topic.WATCH_EVENT, watchId, { watchId, eventId }),
      onTokenRevoked: (userId) => this.revocationListeners.forEach((listener) => listener(userId)),
      // After a (re)connect, missed entries show up as differences from the last snapshot, and
      // every watched counter is pushed again.
      onConnected: () => {
        this.changeListeners.forEach((listener) => listener());
        this.watchCheckListeners.forEach((listener) => listener());
        this.revocationListeners.forEach((listener) => listener(null));
        this.papersChanged([...this.watched.keys()]);
      },
    });
    await this.refreshing;
  }

  /** Calls `listener` whenever the catalog may have changed. */
  onCatalogChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /**
   * Calls `listener` whenever papers may have been queued for a watch check: votes on a catalog
   * without watches queue none, and do not call it. Returns a function that stops the calls.
   */
  onWatchChecksQueued(listener: () => void): () => void {
    this.watchCheckListeners.add(listener);
    return () => this.watchCheckListeners.delete(listener);
  }

  /**
   * Calls `listener` with the user whenever one of their tokens is revoked, on any instance, and
   * with null after the listener reconnects: a revocation may have been missed.
   */
  onTokenRevoked(listener: (userId: number | null) => void): void {
    this.revocationListeners.push(listener);
  }

  /**
   * Calls `listener` each time a subscription here starts listening: from then on it hears
   * every change. Returns a function that stops the calls.
   */
  onSubscriberListening(listener: () => void): () => void {
    this.listeningListeners.add(listener);
    return () => this.listeningListeners.delete(listener);
  }

  /**
   * Resolves once every change committed before the call has been refreshed, its events
   * published and the papers they carry read.
   */
  async caughtUp(): Promise<void> {
    await this.listener.caughtUp();
    await this.idle();
  }

  /**
   * Entries into the top `top` of `window`; a paper already there that moves up is not one.
   * Snapshots are kept only while someone here watches, so the first subscriber drops any old
   * one (changes such as TRUNCATE notify nothing) and takes the snapshot later entries are
   * diffed against.
   */
  watchTrending(window: TrendingWindow, top: number): AsyncIterableIterator<TrendingEntryEvent> {
    const entersTop = (event: TrendingEntryEvent) =>
      event.rank <= top && (event.previousRank === null || event.previousRank > top);
    return this.counted(
      this.pubSub.subscribe(Topic.TRENDING_ENTRY, window),
      async () => {
        if (this.trendingSubscribers++ === 0) {
          this.tops.clear();
          void this.queueRefresh();
        }
        await this.idle();
      },
      () => this.trendingSubscribers--,
      entersTop,
    );
  }

  /** The upvote changes of one paper, counted so that only watched papers are read and a reconnect can push them again. */
  watchUpvotes(paperId: number): AsyncIterableIterator<PaperUpvotesEvent> {
    return this.counted(
      this.pubSub.subscribe(Topic.PAPER_UPVOTES, paperId),
      async () => {
        this.watched.set(paperId, (this.watched.get(paperId) ?? 0) + 1);
      },
      () => {
        const left = (this.watched.get(paperId) ?? 1) - 1;
        if (left === 0) this.watched.delete(paperId);
        else this.watched.set(paperId, left);
      },
    );
  }

  /**
   * The events recorded for one watch, from whichever instance recorded them. Events recorded
   * while the listener reconnects are not pushed; `Watch.events` lists them.
   */
  watchEvents(watchId: number): AsyncIterableIterator<WatchEventRecorded> {
    return this.counted(
      this.pubSub.subscribe(Topic.WATCH_EVENT, watchId),
      () => Promise.resolve(),
      () => undefined,
    );
  }

  /** Who listens here now; each count returns to 0 once every subscriber has gone. */
  subscriberCounts(): SubscriberCounts {
    let upvotes = 0;
    for (const count of this.watched.values()) upvotes += count;
    return { trending: this.trendingSubscribers, upvotes, pubSubListeners: this.pubSub.listenerCount() };
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  /**
   * The events `wanted` keeps (all of them by default), counted as a subscriber from its first
   * pull until it is closed. A wrapper rather than an async generator: a generator waiting
   * inside `yield*` would only see its `return()` at the next event, and the count would
   * outlive the subscription.
   */
  private counted<T>(
    events: AsyncIterator<T>,
    subscribe: () => Promise<void>,
    unsubscribe: () => void,
    wanted: (event: T) => boolean = () => true,
  ): AsyncIterableIterator<T> {
    let subscribed: Promise<void> | undefined;
    let closed = false;
    const close = () => {
      if (subscribed && !closed) unsubscribe();
      closed = true;
    };
    return {
      next: async () => {
        let pulled: Promise<IteratorResult<T>>;
        if (!subscribed) {
          await (subscribed = subscribe());
          pulled = events.next(); // the first pull attaches the pubsub listener
          this.logger.debug("subscriber listening");
          this.listeningListeners.forEach((listener) => listener());
        } else {
          pulled = events.next();
        }
        let result = await pulled;
        while (!result.done && !wanted(result.value)) result = await events.next();
        if (result.done) close();
        return result;
      },
      return: async (value?: unknown) => {
        close();
        return (await events.return?.(value)) ?? { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private papersChanged(paperIds: number[]): void {
    for (const paperId of paperIds) this.pendingPapers.add(paperId);
    void this.queueRefresh();
  }

  /** Queues a refresh unless one is already waiting: notifications that arrive while one runs are coalesced into the next. */
  private queueRefresh(): Promise<void> {
    if (!this.refreshQueued) {
      this.refreshQueued = true;
      this.refreshing = this.refreshing
        .then(() => this.refresh())
        .catch((error: unknown) => this.logger.error({ err: error }, "live events refresh failed"));
    }
    return this.refreshing;
  }

  /** Waits for the refresh chain, including refreshes queued while waiting. */
  private async idle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.refreshing;
      await current;
    } while (current !== this.refreshing);
  }

  private async refresh(): Promise<void> {
    this.refreshQueued = false;
    const changed = [...this.pendingPapers];
    this.pendingPapers.clear();
    // One loader per refresh: every event's paper is read in one statement, once for all subscribers.
    const papers = createLoaders(this.db, null).paperById;
    const reads: Promise<FullPaperRow | null>[] = [];
    const read = (paperId: number) => {
      const paper = this.settle(papers.load(paperId));
      reads.push(paper);
      return paper;
    };
    for (const paperId of changed) {
      if (this.watched.has(paperId)) {
        this.pubSub.publish(Topic.PAPER_UPVOTES, paperId, { paperId, paper: read(paperId) });
      }
    }
    if (this.trendingSubscribers > 0) await this.refreshTops(read);
    await Promise.all(reads);
  }

  /** A paper read that subscribers await; a failure is logged and reads as a missing paper. */
  private settle(paper: Promise<FullPaperRow | null>): Promise<FullPaperRow | null> {
    return paper.catch((error: unknown) => {
      this.logger.error({ err: error }, "could not read a paper for subscribers");
      return null;
    });
  }

  private async refreshTops(read: (paperId: number) => Promise<FullPaperRow | null>): Promise<void> {
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
          this.pubSub.publish(Topic.TRENDING_ENTRY, window, {
            paperId: position.paperId,
            window,
            rank,
            previousRank,
            key: position.key,
            at,
            paper: read(position.paperId),
          });
        }
      }
    }
  }
}
