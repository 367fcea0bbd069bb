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
import { types as pgTypes } from "pg";
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
  /** The columns, each with what turns its text back into the value pg gives for it. */
  readColumns<K extends ColumnKey<T>>(keys: readonly K[]): ReadColumn<K>[];
}

/**
 * A column as a read takes it: its SQL, the property it fills, and what turns its text into the
 * value pg gives for the column, for reads that carry it as text (an array of text, say).
 */
export interface ReadColumn<TProperty extends string = string> {
  property: TProperty;
  sql: Sql;
  fromText: (text: string) => unknown;
}

/** `col AS "property", …` */
export function selectList(columns: readonly ReadColumn[]): Sql {
  return join(columns.map((column) => sql`${column.sql} AS ${raw(quote(column.property))}`));
}

/** `array[col::text, …]`: one row's columns as an array of text (NULL stays NULL). */
export function textArray(columns: readonly ReadColumn[]): Sql {
  return sql`array[${join(columns.map((column) => sql`${column.sql}::text`))}]`;
}

/** What turns one `textArray` of `columns` back into a row, as pg would have given it. */
export function rowFromText(
  columns: readonly ReadColumn[],
): (texts: readonly (string | null)[]) => Record<string, unknown> {
  return (texts) => {
    const row: Record<string, unknown> = {};
    for (let index = 0; index < columns.length; index++) {
      const text = texts[index];
      row[columns[index].property] = text === null ? null : columns[index].fromText(text);
    }
    return row;
  };
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The `fromText` of a column whose value is its text. */
export const keepText = (text: string) => text;

/**
 * The pg type whose parser reads a column's text, by the column's TypeORM type (a generated key
 * has its property's type, Number). Text types keep their text.
 */
const PG_TYPE_OF_COLUMN_TYPE = new Map<unknown, number>([
  [Number, pgTypes.builtins.INT4],
  ["integer", pgTypes.builtins.INT4],
  ["bigint", pgTypes.builtins.INT8],
  ["real", pgTypes.builtins.FLOAT4],
  ["double precision", pgTypes.builtins.FLOAT8],
  ["boolean", pgTypes.builtins.BOOL],
  ["date", pgTypes.builtins.DATE],
  ["timestamptz", pgTypes.builtins.TIMESTAMPTZ],
  ["jsonb", pgTypes.builtins.JSONB],
]);
const TEXT_TYPES = new Set<unknown>(["text", "varchar", "enum", "uuid"]);
/** pg's array types (text[] and int4[]), by their elements' TypeORM type. */
const PG_ARRAY_TYPE_OF_COLUMN_TYPE = new Map<unknown, number>([
  ["text", 1009],
  ["integer", 1007],
]);

/**
 * What turns the text of a column of TypeORM type `type` into pg's value. Parsers are looked up
 * when first used, after any the data source sets.
 */
function fromTextOf(type: unknown, isArray: boolean, property: string): (text: string) => unknown {
  if (!isArray && TEXT_TYPES.has(type)) return keepText;
  const pgType = (isArray ? PG_ARRAY_TYPE_OF_COLUMN_TYPE : PG_TYPE_OF_COLUMN_TYPE).get(type);
  if (pgType === undefined) {
    throw new Error(`Column ${property} of type ${String(type)}${isArray ? "[]" : ""} has no reader for its text.`);
  }
  let parse: ((text: string) => unknown) | undefined;
  return (text) => (parse ??= pgTypes.getTypeParser(pgType, "text"))(text);
}

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
  const columns = new Map(columnsOf(entity).map((column) => [column.propertyName, column.options]));
  return {
    alias,
    name,
    from: sql`${name} ${raw(alias)}`,
    col: col as Table<T>["col"],
    column: column as Table<T>["column"],
    select: (keys) => join(keys.map((key) => sql`${col[key]} AS ${raw(quote(key))}`)),
    readColumns: (keys) =>
      keys.map((key) => {
        const { type, array } = columns.get(key)!;
        return { property: key, sql: col[key], fromText: fromTextOf(type, array === true, key) };
      }),
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
