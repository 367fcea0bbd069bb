import DataLoader from "dataloader";
import {
  AUTHOR_FIELDS,
  FULL_PAPER,
  REPOSITORY_FIELDS,
  USER_FIELDS,
  WATCH_EVENT_FIELDS,
  WATCH_FIELDS,
  WEBHOOK_DELIVERY_FIELDS,
  WEBHOOK_ENDPOINT_FIELDS,
} from "../db/rows";
import type {
  AuthorRow,
  FullPaperRow,
  RepositoryRow,
  UserRow,
  WatchEventRow,
  WatchRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
} from "../db/rows";
import { query, sql, type Queryable } from "../db/sql";
import {
  authors,
  papers,
  repositories,
  users,
  visiblePapers,
  votes,
  watchEvents,
  watches,
  webhookDeliveries,
  webhookEndpoints,
} from "../db/tables";
import type { Viewer } from "../services/context";
import { pageKey, type Page } from "../services/pagination";
import type { PaperTrendRow, TrendingWindow } from "../services/trending";
import { byKeyLoader } from "./by-key";
import {
  childCountLoader,
  childPageLoader,
  nodeFieldsKey,
  type ChildPage,
  type ChildRelation,
  type NodeFields,
} from "./child-connection";
import { paperTrendLoader } from "./paper-trend";

/** Per-request loaders; create them with the request's context, never share them. */
export function createLoaders(db: Queryable, viewer: Viewer | null) {
  const pageLoaders = new Map<string, DataLoader<number, ChildPage<object>>>();
  const countLoaders = new Map<string, DataLoader<number, number>>();
  const trendLoaders = new Map<TrendingWindow, DataLoader<number, PaperTrendRow | null>>();
  // NULL matches no owner.
  const ownerId = viewer?.id ?? null;
  return {
    paperById: byKeyLoader<FullPaperRow, "id">(
      db,
      "id",
      (ids) => sql`SELECT ${papers.select(FULL_PAPER)} FROM ${visiblePapers} WHERE ${papers.col.id} = ANY(${ids})`,
    ),
    paperByArxivId: byKeyLoader<FullPaperRow, "arxivId">(
      db,
      "arxivId",
      (ids) => sql`SELECT ${papers.select(FULL_PAPER)} FROM ${visiblePapers} WHERE ${papers.col.arxivId} = ANY(${ids})`,
    ),
    authorById: byKeyLoader<AuthorRow, "id">(
      db,
      "id",
      (ids) => sql`SELECT ${authors.select(AUTHOR_FIELDS)} FROM ${authors.from} WHERE ${authors.col.id} = ANY(${ids})`,
    ),
    repositoryById: byKeyLoader<RepositoryRow, "id">(
      db,
      "id",
      (ids) =>
        sql`SELECT ${repositories.select(REPOSITORY_FIELDS)} FROM ${repositories.from} WHERE ${repositories.col.id} = ANY(${ids})`,
    ),
    userById: byKeyLoader<UserRow, "id">(
      db,
      "id",
      (ids) => sql`SELECT ${users.select(USER_FIELDS)} FROM ${users.from} WHERE ${users.col.id} = ANY(${ids})`,
    ),

    // The caller's own watches and what hangs off them; anyone else's, or any for an anonymous
    // caller, load as null, as if they did not exist.
    ownWatchById: byKeyLoader<WatchRow, "id">(
      db,
      "id",
      (ids) =>
        sql`SELECT ${watches.select(WATCH_FIELDS)} FROM ${watches.from}
            WHERE ${watches.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
    ),
    ownWatchEventById: byKeyLoader<WatchEventRow, "id">(
      db,
      "id",
      (ids) =>
        sql`SELECT ${watchEvents.select(WATCH_EVENT_FIELDS)} FROM ${watchEvents.from}
            JOIN ${watches.from} ON ${watches.col.id} = ${watchEvents.col.watchId}
            WHERE ${watchEvents.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
    ),
    ownWebhookEndpointById: byKeyLoader<WebhookEndpointRow, "id">(
      db,
      "id",
      (ids) =>
        sql`SELECT ${webhookEndpoints.select(WEBHOOK_ENDPOINT_FIELDS)} FROM ${webhookEndpoints.from}
            JOIN ${watches.from} ON ${watches.col.id} = ${webhookEndpoints.col.watchId}
            WHERE ${webhookEndpoints.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
    ),
    ownWebhookDeliveryById: byKeyLoader<WebhookDeliveryRow, "id">(
      db,
      "id",
      (ids) =>
        sql`SELECT ${webhookDeliveries.select(WEBHOOK_DELIVERY_FIELDS)} FROM ${webhookDeliveries.from}
            JOIN ${webhookEndpoints.from} ON ${webhookEndpoints.col.id} = ${webhookDeliveries.col.endpointId}
            JOIN ${watches.from} ON ${watches.col.id} = ${webhookEndpoints.col.watchId}
            WHERE ${webhookDeliveries.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
    ),

    /** Whether this request's caller upvoted each paper; always false when anonymous. */
    viewerHasUpvoted: new DataLoader<number, boolean>(async (paperIds) => {
      if (!viewer) return paperIds.map(() => false);
      const rows = await query<{ paperId: number }>(
        db,
        sql`SELECT ${votes.select(["paperId"])} FROM ${votes.from}
            WHERE ${votes.col.userId} = ${viewer.id} AND ${votes.col.paperId} = ANY(${paperIds})`,
      );
      const upvoted = new Set(rows.map((row) => row.paperId));
      return paperIds.map((paperId) => upvoted.has(paperId));
    }),

    /** Papers' trends in a window, by paper id. */
    paperTrend(window: TrendingWindow): DataLoader<number, PaperTrendRow | null> {
      let loader = trendLoaders.get(window);
      if (!loader) {
        loader = paperTrendLoader(db, window);
        trendLoaders.set(window, loader);
      }
      return loader;
    },

    /** Pages of a relation, with some or all node columns; parents asking for the same share one statement. */
    childPage<TNode extends object>(
      relation: ChildRelation<TNode>,
      page: Page,
      fields: NodeFields = "all",
    ): DataLoader<number, ChildPage<TNode>> {
      const key = `${relation.name}:${pageKey(page)}:${nodeFieldsKey(fields)}`;
      let loader = pageLoaders.get(key);
      if (!loader) {
        loader = childPageLoader(db, relation, page, fields);
        pageLoaders.set(key, loader);
      }
      return loader as DataLoader<number, ChildPage<TNode>>;
    },

    childCount<TNode extends object>(relation: ChildRelation<TNode>): DataLoader<number, number> {
      let loader = countLoaders.get(relation.name);
      if (!loader) {
        loader = childCountLoader(db, relation);
        countLoaders.set(relation.name, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
