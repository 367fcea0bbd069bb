import type { FullPaperRow } from "../db/rows";
import type { TrendingWindow } from "../services/trending";

/** Every channel of the in-process event hub. */
export enum Topic {
  /** A paper moved up in a trending window; keyed by window, so subscribers to one never wake for another. */
  TRENDING_ENTRY = "TRENDING_ENTRY",
  /** A paper's votes changed; keyed by paper id. */
  PAPER_UPVOTES = "PAPER_UPVOTES",
  /** A watch event was recorded; keyed by watch id. */
  WATCH_EVENT = "WATCH_EVENT",
}

export interface TrendingEntryEvent {
  paperId: number;
  window: TrendingWindow;
  /** 1-based rank the paper reached. */
  rank: number;
  /** Its rank before, or null when it was outside the tracked top. */
  previousRank: number | null;
  key: number;
  at: Date;
  /** The paper, read once for every subscriber; viewer-specific fields still use each one's loaders. */
  paper: Promise<FullPaperRow | null>;
}

export interface PaperUpvotesEvent {
  paperId: number;
  /** The paper as the change left it, read once for every subscriber. */
  paper: Promise<FullPaperRow | null>;
}

export interface WatchEventRecorded {
  watchId: number;
  eventId: number;
}

export type TopicPayloads = {
  [Topic.TRENDING_ENTRY]: [window: TrendingWindow, TrendingEntryEvent];
  [Topic.PAPER_UPVOTES]: [paperId: number, PaperUpvotesEvent];
  [Topic.WATCH_EVENT]: [watchId: number, WatchEventRecorded];
};

/** What a topic's subscribers receive: its payload's last element, after the key if it has one. */
type PayloadOf<T extends Topic> = TopicPayloads[T] extends [unknown, infer Payload] ? Payload : TopicPayloads[T][0];
/** The key a topic's subscriptions name, if it has one. */
type KeyOf<T extends Topic> = TopicPayloads[T] extends [infer Key, unknown] ? [Key] : [];

type Listener = (payload: unknown) => void;

/**
 * Listeners handed an event in one turn of the event loop. Each one's delivery runs on in
 * microtasks in the same turn, so with 10,000 at once the first socket would be written only
 * after every subscriber had woken, and the database's reply for the event's paper (and every
 * other socket's input) would wait behind them all.
 */
const LISTENERS_PER_TURN = 500;

/**
 * One subscription's events, in the order they were published, queued until it pulls them. It
 * listens from its first pull until `return`, which also ends a pull that is waiting.
 */
class TopicSubscription<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  private readonly pulls: ((result: IteratorResult<T>) => void)[] = [];
  private state: "new" | "listening" | "done" = "new";

  constructor(
    private readonly listen: (listener: Listener) => void,
    private readonly unlisten: (listener: Listener) => void,
  ) {}

  private readonly receive = (payload: unknown) => {
    if (this.state !== "listening") return; // returned while the event was being handed out
    const pull = this.pulls.shift();
    if (pull) pull({ done: false, value: payload as T });
    else this.queued.push(payload as T);
  };

  next(): Promise<IteratorResult<T>> {
    if (this.state === "new") {
      this.state = "listening";
      this.listen(this.receive);
    }
    if (this.queued.length > 0) return Promise.resolve({ done: false, value: this.queued.shift()! });
    if (this.state === "done") return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => this.pulls.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (this.state === "listening") this.unlisten(this.receive);
    this.state = "done";
    this.queued.length = 0;
    this.pulls.splice(0).forEach((pull) => pull({ done: true, value: undefined }));
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * The in-process hub subscriptions read from; one per server, fed by LiveEvents. A subscription
 * is a listener in its topic's set and a queue. In a micro-benchmark, @graphql-yoga/subscription's
 * hub and filter took 0.5 s of CPU to hand one event to 10,000 subscribers, through two Repeaters
 * each, where this takes 30 ms; and Node's EventTarget, under that hub, walked every listener of
 * a topic to add one. A subscriber that stops pulling queues what it is sent until it returns:
 * graphql-ws drops a socket that stops answering its pings.
 */
export class LivePubSub {
  private readonly topics = new Map<string, Set<Listener>>();
  /** Events still being handed out, oldest first, each to the listeners it had when published. */
  private readonly handingOut: { payload: unknown; listeners: Listener[]; handedTo: number }[] = [];

  /**
   * Hands the event to LISTENERS_PER_TURN listeners now and to the rest in later turns of the
   * event loop, after every event published before it, so each listener hears events in order.
   */
  publish<T extends Topic>(topic: T, ...args: TopicPayloads[T]): void {
    const [key, payload] = args.length === 2 ? [`${topic}:${args[0]}`, args[1]] : [topic, args[0]];
    const listeners = this.topics.get(key);
    if (!listeners) return;
    // The listeners as of now: one added by a listener hears the next event.
    this.handingOut.push({ payload, listeners: [...listeners], handedTo: 0 });
    if (this.handingOut.length === 1) this.handOutSome();
  }

  private readonly handOutSome = () => {
    let budget = LISTENERS_PER_TURN;
    try {
      while (budget > 0 && this.handingOut.length > 0) {
        const event = this.handingOut[0];
        const end = Math.min(event.listeners.length, event.handedTo + budget);
        budget -= end - event.handedTo;
        while (event.handedTo < end) event.listeners[event.handedTo++](event.payload);
        if (event.handedTo === event.listeners.length) this.handingOut.shift();
      }
    } finally {
      // Even after a listener threw (to the publisher, when in its turn), the others still hear.
      if (this.handingOut.length > 0) setImmediate(this.handOutSome);
    }
  };

  subscribe<T extends Topic>(topic: T, ...[id]: KeyOf<T>): AsyncIterableIterator<PayloadOf<T>> {
    const key = id === undefined ? topic : `${topic}:${id}`;
    return new TopicSubscription(
      (listener) => {
        const listeners = this.topics.get(key) ?? new Set();
        this.topics.set(key, listeners.add(listener));
      },
      (listener) => {
        const listeners = this.topics.get(key);
        listeners?.delete(listener);
        if (listeners?.size === 0) this.topics.delete(key);
      },
    );
  }

  /** Subscriptions listening now, over every topic. */
  listenerCount(): number {
    let count = 0;
    for (const listeners of this.topics.values()) count += listeners.size;
    return count;
  }
}

export function createLivePubSub(): LivePubSub {
  return new LivePubSub();
}
