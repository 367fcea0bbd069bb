import { getMetadataArgsStorage } from "typeorm";
import {
  ApiToken,
  AuditEntry,
  Author,
  ConfirmationThrottle,
  DigestDelivery,
  DigestSubscription,
  Paper,
  PaperAuthor,
  PaperChange,
  PaperImportDigest,
  PaperRepository,
  PaperSearchTerm,
  Repository,
  TrendTerm,
  User,
  Vote,
  Watch,
  WatchCheck,
  WatchEmailDelivery,
  WatchEvent,
  WebhookDelivery,
  WebhookEndpoint,
} from "../entities";
import { join, raw, sql, type Sql } from "./sql";

/** Properties that hold a related entity rather than a column. */
type RelationKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends { id: number } ? K : never }[keyof T];

/** The properties of an entity that are columns. */
export type ColumnKey<T> = Exclude<keyof T & string, RelationKey<T>>;

/**
 * A table as hand-written SQL refers to it, with every identifier taken from the TypeORM
 * entity: rename a property and the SQL using it stops compiling; rename a column in its
 * decorator and the SQL follows.
 */
export interface Table<T> {
  readonly alias: string;
  /** The bare table name, for INSERT, UPDATE and DELETE. */
  readonly name: Sql;
  /** `table alias`, for FROM and JOIN. */
  readonly from: Sql;
  /** Columns qualified by the alias: `p."arxiv_id"`. */
  readonly col: { readonly [K in ColumnKey<T>]: Sql };
  /** Bare column names, for INSERT column lists and UPDATE SET. */
  readonly column: { readonly [K in ColumnKey<T>]: Sql };
  /** `p."arxiv_id" AS "arxivId", …`: the columns, named as the entity's properties. */
  select(keys: readonly ColumnKey<T>[]): Sql;
  /** Those of `keys` that are timestamps: JSON carries them as text, to be turned back into Dates. */
  timestampsAmong<K extends ColumnKey<T>>(keys: readonly K[]): K[];
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const TIMESTAMP_TYPES = new Set<unknown>(["timestamptz", "timestamp with time zone", "timestamp"]);

function columnsOf(entity: abstract new () => unknown) {
  return getMetadataArgsStorage().columns.filter((column) => column.target === entity);
}

/** Column names by property, as the decorators declare them (TypeORM's default naming keeps the property name). */
export function columnNames(entity: abstract new () => unknown): Map<string, string> {
  return new Map(columnsOf(entity).map((column) => [column.propertyName, column.options.name ?? column.propertyName]));
}

export function tableName(entity: abstract new () => unknown): string {
  const table = getMetadataArgsStorage().tables.find((candidate) => candidate.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an entity with a table name`);
  return table.name;
}

export function table<T>(entity: abstract new () => T, alias: string): Table<T> {
  const names = columnNames(entity);
  const col: Record<string, Sql> = {};
  const column: Record<string, Sql> = {};
  for (const [property, name] of names) {
    col[property] = raw(`${alias}.${quote(name)}`);
    column[property] = raw(quote(name));
  }
  const name = raw(quote(tableName(entity)));
  const timestamps = new Set(
    columnsOf(entity)
      .filter((column) => TIMESTAMP_TYPES.has(column.options.type))
      .map((column) => column.propertyName),
  );
  return {
    alias,
    name,
    from: sql`${name} ${raw(alias)}`,
    col: col as Table<T>["col"],
    column: column as Table<T>["column"],
    select: (keys) => join(keys.map((key) => sql`${col[key]} AS ${raw(quote(key))}`)),
    timestampsAmong: (keys) => keys.filter((key) => timestamps.has(key)),
  };
}

export const papers = table(Paper, "p");
export const authors = table(Author, "a");
export const paperAuthors = table(PaperAuthor, "pa");
export const repositories = table(Repository, "r");
export const paperRepositories = table(PaperRepository, "pr");
export const paperSearchTerms = table(PaperSearchTerm, "pst");
export const paperImportDigests = table(PaperImportDigest, "pid");
export const paperChanges = table(PaperChange, "pc");
export const users = table(User, "u");
export const apiTokens = table(ApiToken, "t");
export const votes = table(Vote, "v");
export const trendTerms = table(TrendTerm, "tt");
export const auditEntries = table(AuditEntry, "e");
export const digestSubscriptions = table(DigestSubscription, "ds");
export const digestDeliveries = table(DigestDelivery, "dd");
export const confirmationThrottles = table(ConfirmationThrottle, "ct");
export const watches = table(Watch, "w");
export const watchEvents = table(WatchEvent, "we");
export const watchChecks = table(WatchCheck, "wc");
export const webhookEndpoints = table(WebhookEndpoint, "whe");
export const webhookDeliveries = table(WebhookDelivery, "whd");
export const watchEmailDeliveries = table(WatchEmailDelivery, "wed");

/**
 * The papers readers may see, as `p`: every read of the catalog starts here, so none can show
 * a deleted paper by forgetting to hide it. Postgres flattens it into the outer query, so the
 * indexes serve it as they would the table.
 */
export const visiblePapers: Sql = sql`(SELECT * FROM ${papers.name} WHERE ${papers.column.deletedAt} IS NULL) ${raw(papers.alias)}`;

/** Every paper, deleted ones too: only for curators' locks and for matching imports against the catalog. */
export const papersIncludingDeleted: Sql = papers.from;
