import type {
  ApiToken,
  AuditEntry,
  Author,
  DigestSubscription,
  Paper,
  PaperChange,
  Repository,
  User,
  Watch,
  WatchEvent,
  WebhookDelivery,
  WebhookEndpoint,
} from "../entities";
import type { ColumnKey } from "./tables";

// What each read takes of a table, and the type of the row it gets: a row read without a column
// has a type without it.

/** Paper columns every read takes, but for a GraphQL selection, which takes those it reads. */
export const PAPER_SUMMARY = [
  "id",
  "arxivId",
  "title",
  "publishedAt",
  "dailyDate",
  "authorCount",
  "projectPage",
  "importedUpvotes",
  "upvotes",
  "createdAt",
  "updatedAt",
] as const satisfies readonly ColumnKey<Paper>[];

/** Large paper columns, read only when the field of the same name is asked for. */
export const PAPER_DETAILS = [
  "abstract",
  "keywords",
  "thumbnail",
  "categories",
  "doi",
  "journalRef",
  "license",
  "comments",
  "revisedAt",
  "aiSummary",
  "aiKeywords",
  "mediaUrls",
  "numComments",
  "submittedBy",
  "organization",
  "withdrawnAt",
] as const satisfies readonly ColumnKey<Paper>[];

/** Every paper column the API shows: what a FullPaperRow holds. */
export const FULL_PAPER = [...PAPER_SUMMARY, ...PAPER_DETAILS] as const;

/** A paper column the API shows. */
export type PaperColumn = (typeof FULL_PAPER)[number];
export type PaperSummary = Pick<Paper, (typeof PAPER_SUMMARY)[number]>;
/** A paper as a read returns it: the summary, and whichever details it was asked for. */
export type PaperRow = PaperSummary & Partial<Pick<Paper, (typeof PAPER_DETAILS)[number]>>;
/** A paper with every column the API shows. */
export type FullPaperRow = PaperSummary & Pick<Paper, (typeof PAPER_DETAILS)[number]>;
/** A paper read for a GraphQL selection: its id, and the columns its fields read (resolvers/paper-read.ts). */
export type SelectedPaperRow = Pick<Paper, "id"> & Partial<Pick<Paper, PaperColumn>>;

export const AUTHOR_FIELDS = ["id", "name"] as const satisfies readonly ColumnKey<Author>[];
export type AuthorRow = Pick<Author, (typeof AUTHOR_FIELDS)[number]>;

export const REPOSITORY_FIELDS = [
  "id",
  "url",
  "provider",
  "owner",
  "name",
  "stars",
  "language",
  "createdAt",
  "updatedAt",
] as const satisfies readonly ColumnKey<Repository>[];
export type RepositoryRow = Pick<Repository, (typeof REPOSITORY_FIELDS)[number]>;

export const USER_FIELDS = ["id", "handle", "role", "createdAt"] as const satisfies readonly ColumnKey<User>[];
export type UserRow = Pick<User, (typeof USER_FIELDS)[number]>;

export const TOKEN_FIELDS = [
  "id",
  "userId",
  "label",
  "createdAt",
  "revokedAt",
] as const satisfies readonly ColumnKey<ApiToken>[];
export type TokenRow = Pick<ApiToken, (typeof TOKEN_FIELDS)[number]>;

export const AUDIT_FIELDS = [
  "id",
  "actorId",
  "action",
  "targetId",
  "changes",
  "createdAt",
] as const satisfies readonly ColumnKey<AuditEntry>[];
export type AuditRow = Pick<AuditEntry, (typeof AUDIT_FIELDS)[number]>;

export const DIGEST_SUBSCRIPTION_FIELDS = [
  "id",
  "email",
  "userId",
  "frequency",
  "topic",
  "confirmedAt",
  "createdAt",
  "updatedAt",
] as const satisfies readonly ColumnKey<DigestSubscription>[];
export type DigestSubscriptionRow = Pick<DigestSubscription, (typeof DIGEST_SUBSCRIPTION_FIELDS)[number]>;

export const WATCH_FIELDS = [
  "id",
  "userId",
  "name",
  "filter",
  "trigger",
  "trendingWindow",
  "trendingTop",
  "trendingSeen",
  "upvoteThreshold",
  "email",
  "feedKey",
  "createdAt",
  "updatedAt",
] as const satisfies readonly ColumnKey<Watch>[];
export type WatchRow = Pick<Watch, (typeof WATCH_FIELDS)[number]>;

export const WATCH_EVENT_FIELDS = [
  "id",
  "watchId",
  "paperId",
  "trigger",
  "upvotes",
  "rank",
  "createdAt",
] as const satisfies readonly ColumnKey<WatchEvent>[];
export type WatchEventRow = Pick<WatchEvent, (typeof WATCH_EVENT_FIELDS)[number]>;

/** An endpoint as its owner reads it: everything but the secret. */
export const WEBHOOK_ENDPOINT_FIELDS = [
  "id",
  "watchId",
  "url",
  "disabledAt",
  "disabledReason",
  "consecutiveFailures",
  "createdAt",
] as const satisfies readonly ColumnKey<WebhookEndpoint>[];
export type WebhookEndpointRow = Pick<WebhookEndpoint, (typeof WEBHOOK_ENDPOINT_FIELDS)[number]>;

export const WEBHOOK_DELIVERY_FIELDS = [
  "id",
  "endpointId",
  "watchEventId",
  "webhookId",
  "status",
  "attempts",
  "lastResponseCode",
  "lastError",
  "nextAttemptAt",
  "deliveredAt",
  "createdAt",
] as const satisfies readonly ColumnKey<WebhookDelivery>[];
export type WebhookDeliveryRow = Pick<WebhookDelivery, (typeof WEBHOOK_DELIVERY_FIELDS)[number]>;
/** A change of the feed; its bigint id is read as a number (see services/paper-change.service.ts). */
export const PAPER_CHANGE_FIELDS = [
  "paperId",
  "kind",
  "changedAt",
] as const satisfies readonly ColumnKey<PaperChange>[];
export type PaperChangeRow = Pick<PaperChange, "id" | (typeof PAPER_CHANGE_FIELDS)[number]>;
