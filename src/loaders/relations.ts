import { sql } from "../db/sql";
import {
  AUTHOR_FIELDS,
  FULL_PAPER,
  REPOSITORY_FIELDS,
  WATCH_EVENT_FIELDS,
  WEBHOOK_DELIVERY_FIELDS,
  WEBHOOK_ENDPOINT_FIELDS,
} from "../db/rows";
import type {
  AuthorRow,
  FullPaperRow,
  RepositoryRow,
  WatchEventRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
} from "../db/rows";
import {
  authors,
  paperAuthors as authorships,
  paperRepositories as links,
  papers,
  repositories,
  visiblePapers,
  watchEvents,
  webhookDeliveries,
  webhookEndpoints,
} from "../db/tables";
import { SortDirection } from "../services/pagination";
import type { ChildRelation } from "./child-connection";
import type { PrefetchableFields } from "./prefetch";

/** A paper's authors, in the order the paper lists them. */
export const paperAuthors: ChildRelation<AuthorRow> = {
  name: "paperAuthors",
  fromSql: sql`${authorships.from} JOIN ${authors.from} ON ${authors.col.id} = ${authorships.col.authorId}`,
  parentSql: authorships.col.paperId,
  columns: authors.readColumns(AUTHOR_FIELDS),
  edgeColumns: authorships.readColumns(["position"]),
  sort: {
    name: "position",
    keySql: authorships.col.position,
    keyType: "integer",
    idSql: authors.col.id,
    keyIsUnique: true,
  },
  sortKeyField: "position",
  direction: SortDirection.ASC,
};

/** A paper's repositories: official ones first, then the most recently added. */
export const paperRepositories: ChildRelation<RepositoryRow> = {
  name: "paperRepositories",
  fromSql: sql`${links.from} JOIN ${repositories.from} ON ${repositories.col.id} = ${links.col.repositoryId}`,
  parentSql: links.col.paperId,
  columns: repositories.readColumns(REPOSITORY_FIELDS),
  selectable: true,
  edgeColumns: links.readColumns(["isOfficial"]),
  sort: { name: "official", keySql: links.col.isOfficial, keyType: "boolean", idSql: repositories.col.id },
  sortKeyField: "isOfficial",
  direction: SortDirection.DESC,
};

/** Paper fields whose pages can be read in the same statement as the papers. */
export const paperPrefetchable: PrefetchableFields = {
  authors: paperAuthors as ChildRelation<object>,
  repositories: paperRepositories as ChildRelation<object>,
};

const NEWEST_PAPER_FIRST: Pick<ChildRelation<FullPaperRow>, "sort" | "direction" | "columns" | "selectable"> = {
  sort: { name: "published", keySql: papers.col.publishedAt, keyType: "timestamptz", idSql: papers.col.id },
  direction: SortDirection.DESC,
  columns: papers.readColumns(FULL_PAPER),
  selectable: true,
};

/** An author's papers, newest first. */
export const authorPapers: ChildRelation<FullPaperRow> = {
  name: "authorPapers",
  fromSql: sql`${authorships.from} JOIN ${visiblePapers} ON ${papers.col.id} = ${authorships.col.paperId}`,
  parentSql: authorships.col.authorId,
  ...NEWEST_PAPER_FIRST,
};

/** The papers whose code a repository holds, newest first. */
export const repositoryPapers: ChildRelation<FullPaperRow> = {
  name: "repositoryPapers",
  fromSql: sql`${links.from} JOIN ${visiblePapers} ON ${papers.col.id} = ${links.col.paperId}`,
  parentSql: links.col.repositoryId,
  edgeColumns: links.readColumns(["isOfficial"]),
  ...NEWEST_PAPER_FIRST,
};

/** A watch's events, newest first. */
export const watchEventsOfWatch: ChildRelation<WatchEventRow> = {
  name: "watchEvents",
  fromSql: watchEvents.from,
  parentSql: watchEvents.col.watchId,
  columns: watchEvents.readColumns(WATCH_EVENT_FIELDS),
  sort: { name: "watch_event", keySql: watchEvents.col.id, keyType: "integer", idSql: watchEvents.col.id },
  sortKeyField: "id",
  direction: SortDirection.DESC,
};

/** A watch's webhook endpoints, oldest first. */
export const webhookEndpointsOfWatch: ChildRelation<WebhookEndpointRow> = {
  name: "webhookEndpoints",
  fromSql: webhookEndpoints.from,
  parentSql: webhookEndpoints.col.watchId,
  columns: webhookEndpoints.readColumns(WEBHOOK_ENDPOINT_FIELDS),
  sort: {
    name: "webhook_endpoint",
    keySql: webhookEndpoints.col.id,
    keyType: "integer",
    idSql: webhookEndpoints.col.id,
  },
  sortKeyField: "id",
  direction: SortDirection.ASC,
};

/** An endpoint's deliveries, newest first. */
export const deliveriesOfWebhookEndpoint: ChildRelation<WebhookDeliveryRow> = {
  name: "webhookDeliveries",
  fromSql: webhookDeliveries.from,
  parentSql: webhookDeliveries.col.endpointId,
  columns: webhookDeliveries.readColumns(WEBHOOK_DELIVERY_FIELDS),
  sort: {
    name: "webhook_delivery",
    keySql: webhookDeliveries.col.id,
    keyType: "integer",
    idSql: webhookDeliveries.col.id,
  },
  sortKeyField: "id",
  direction: SortDirection.DESC,
};
