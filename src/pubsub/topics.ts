import { createPubSub } from "@graphql-yoga/subscription";
import type { FullPaperRow } from "../db/rows";
import type { TrendingWindow } from "../services/trending";

/** Every channel of the in-process event hub. */
export enum Topic {
  /** A paper entered the top of a trending window. */
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
  [Topic.TRENDING_ENTRY]: [TrendingEntryEvent];
  [Topic.PAPER_UPVOTES]: [paperId: number, PaperUpvotesEvent];
  [Topic.WATCH_EVENT]: [watchId: number, WatchEventRecorded];
};

/** The in-process hub subscriptions read from; one per server, fed by LiveEvents. */
export function createLivePubSub() {
  return createPubSub<TopicPayloads>();
}

export type LivePubSub = ReturnType<typeof createLivePubSub>;
