import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
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
import type { Page } from "../services/pagination";
import type { PaperTrendRow, TrendingWindow } from "../services/trending";
import { byKeyLoader } from "./by-key";
import {
  childCountLoader,
  childPageKey,
  childPageLoader,
  type ChildPage,
  type ChildRelation,
  type NodeFields,
} from "./child-connection";
import { paperTrendLoader } from "./paper-trend";
import { readAlong, type Prefetch } from "./prefetch";

/**
 * Per-request loaders; create them with the request's context, never share them. Each is made
 * the first time it is read: a subscription's context holds none until its operation runs, and
 * 10,000 subscribers sharing one result run it once (6 kB of loaders each, made at once).
 */
export function createLoaders(db: Queryable, viewer: Viewer | null) {
  // Every loader made so far, by name (and by window, relation or page for the parametrised ones).
  const made = new Map<string, unknown>();
  const once = <T>(name: string, make: () => T): T => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as T;
  };
  // Values worked out once per field occurrence, by its nodes, its parent type (a fragment on an
  // interface is one occurrence for several) and the variables.
  let byField:
    | WeakMap<readonly FieldNode[], Pick<GraphQLResolveInfo, "parentType" | "variableValues"> & { value: unknown }>
    | undefined;
  // NULL matches no owner.
  const ownerId = viewer?.id ?? null;
  const loaders = {
    get paperById() {
      return once("paperById", () =>
        byKeyLoader<FullPaperRow, "id">(
          db,
          "id",
          (ids) => sql`SELECT ${papers.select(FULL_PAPER)} FROM ${visiblePapers} WHERE ${papers.col.id} = ANY(${ids})`,
        ),
      );
    },
    get paperByArxivId() {
      return once("paperByArxivId", () =>
        byKeyLoader<FullPaperRow, "arxivId">(
          db,
          "arxivId",
          (ids) =>
            sql`SELECT ${papers.select(FULL_PAPER)} FROM ${visiblePapers} WHERE ${papers.col.arxivId} = ANY(${ids})`,
        ),
      );
    },
    get authorById() {
      return once("authorById", () =>
        byKeyLoader<AuthorRow, "id">(
          db,
          "id",
          (ids) =>
            sql`SELECT ${authors.select(AUTHOR_FIELDS)} FROM ${authors.from} WHERE ${authors.col.id} = ANY(${ids})`,
        ),
      );
    },
    get repositoryById() {
      return once("repositoryById", () =>
        byKeyLoader<RepositoryRow, "id">(
          db,
          "id",
          (ids) =>
            sql`SELECT ${repositories.select(REPOSITORY_FIELDS)} FROM ${repositories.from} WHERE ${repositories.col.id} = ANY(${ids})`,
        ),
      );
    },
    get userById() {
      return once("userById", () =>
        byKeyLoader<UserRow, "id">(
          db,
          "id",
          (ids) => sql`SELECT ${users.select(USER_FIELDS)} FROM ${users.from} WHERE ${users.col.id} = ANY(${ids})`,
        ),
      );
    },

    // The caller's own watches and what hangs off them; anyone else's, or any for an anonymous
    // caller, load as null, as if they did not exist.
    get ownWatchById() {
      return once("ownWatchById", () =>
        byKeyLoader<WatchRow, "id">(
          db,
          "id",
          (ids) =>
            sql`SELECT ${watches.select(WATCH_FIELDS)} FROM ${watches.from}
            WHERE ${watches.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
        ),
      );
    },
    get ownWatchEventById() {
      return once("ownWatchEventById", () =>
        byKeyLoader<WatchEventRow, "id">(
          db,
          "id",
          (ids) =>
            sql`SELECT ${watchEvents.select(WATCH_EVENT_FIELDS)} FROM ${watchEvents.from}
            JOIN ${watches.from} ON ${watches.col.id} = ${watchEvents.col.watchId}
            WHERE ${watchEvents.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
        ),
      );
    },
    get ownWebhookEndpointById() {
      return once("ownWebhookEndpointById", () =>
        byKeyLoader<WebhookEndpointRow, "id">(
          db,
          "id",
          (ids) =>
            sql`SELECT ${webhookEndpoints.select(WEBHOOK_ENDPOINT_FIELDS)} FROM ${webhookEndpoints.from}
            JOIN ${watches.from} ON ${watches.col.id} = ${webhookEndpoints.col.watchId}
            WHERE ${webhookEndpoints.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
        ),
      );
    },
    get ownWebhookDeliveryById() {
      return once("ownWebhookDeliveryById", () =>
        byKeyLoader<WebhookDeliveryRow, "id">(
          db,
          "id",
          (ids) =>
            sql`SELECT ${webhookDeliveries.select(WEBHOOK_DELIVERY_FIELDS)} FROM ${webhookDeliveries.from}
            JOIN ${webhookEndpoints.from} ON ${webhookEndpoints.col.id} = ${webhookDeliveries.col.endpointId}
            JOIN ${watches.from} ON ${watches.col.id} = ${webhookEndpoints.col.watchId}
            WHERE ${webhookDeliveries.col.id} = ANY(${ids}) AND ${watches.col.userId} = ${ownerId}`,
        ),
      );
    },

    /** Whether this request's caller upvoted each paper; always false when anonymous. */
    get viewerHasUpvoted() {
      return once(
        "viewerHasUpvoted",
        () =>
          new DataLoader<number, boolean>(async (paperIds) => {
            if (!viewer) return paperIds.map(() => false);
            const rows = await query<{ paperId: number }>(
              db,
              sql`SELECT ${votes.select(["paperId"])} FROM ${votes.from}
            WHERE ${votes.col.userId} = ${viewer.id} AND ${votes.col.paperId} = ANY(${paperIds})`,
            );
            const upvoted = new Set(rows.map((row) => row.paperId));
            return paperIds.map((paperId) => upvoted.has(paperId));
          }),
      );
    },

    /** Papers' trends in a window, by paper id. */
    paperTrend(window: TrendingWindow): DataLoader<number, PaperTrendRow | null> {
      return once(`trend:${window}`, () => paperTrendLoader(db, window));
    },

    /**
     * Pages of a relation, with some or all node columns, and the nodes' own children in
     * `prefetches` read in the same statement; parents asking for the same share one statement.
     */
    childPage<TNode extends object>(
      relation: ChildRelation<TNode>,
      page: Page,
      fields: NodeFields = "all",
      prefetches: Prefetch[] = [],
    ): DataLoader<number, ChildPage<TNode>> {
      const key = [
        childPageKey(relation, page, fields),
        ...prefetches.map((along) => childPageKey(along.relation, along.page, along.fields)),
      ].join(";");
      return once(`page:${key}`, () =>
        childPageLoader(
          db,
          relation,
          page,
          fields,
          prefetches.length > 0 ? readAlong(loaders, relation as ChildRelation<object>, prefetches) : undefined,
        ),
      );
    },

    /**
     * What `make` works out for the field occurrence `info` resolves: the same for every parent
     * of a list, such as a to-many field's page and loader, so made once, not once per parent.
     */
    perField<T>(info: GraphQLResolveInfo, make: () => T): T {
      byField ??= new WeakMap();
      const known = byField.get(info.fieldNodes);
      if (known?.parentType === info.parentType && known.variableValues === info.variableValues) {
        return known.value as T;
      }
      const value = make();
      byField.set(info.fieldNodes, { parentType: info.parentType, variableValues: info.variableValues, value });
      return value;
    },

    childCount<TNode extends object>(relation: ChildRelation<TNode>): DataLoader<number, number> {
      return once(`count:${relation.name}`, () => childCountLoader(db, relation));
    },
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
