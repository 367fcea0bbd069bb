import { raw, sql, type Sql } from "../db/sql";
import { BadUserInputError } from "../errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

/** Pagination arguments of a connection field, as the client sent them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** SQL type of a sort key; cursor values are checked against it before they reach SQL. */
type SortKeyType = "integer" | "bigint" | "real" | "float8" | "boolean" | "date" | "timestamptz" | "text";

/**
 * One order a list can be read in: a key, then the row id as a unique tie-break.
 * NULL keys sort as the smallest value (ASC NULLS FIRST, DESC NULLS LAST).
 */
export interface SortKey {
  /** Written into cursors, so a cursor from another order is refused. */
  name: string;
  keySql: Sql;
  keyType: SortKeyType;
  nullable?: boolean;
  idSql: Sql;
  /**
   * No two rows of one list share a key (a paper's author positions): the id breaks no ties, so
   * neither the order nor the keyset condition names it, and an index on the key serves both.
   */
  keyIsUnique?: boolean;
}

/** Where a cursor points: the sort key and id of a row. */
interface CursorPosition {
  key: string | null;
  id: number;
}

/** A validated page request. */
export interface Page {
  limit: number;
  /** True when reading with `last`/`before`, from the end of the list. */
  backward: boolean;
  cursor: CursorPosition | null;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

const KEY_PATTERNS: Record<SortKeyType, (value: string) => boolean> = {
  integer: (value) => /^-?\d{1,10}$/.test(value),
  bigint: (value) => /^-?\d{1,19}$/.test(value),
  real: (value) => NUMBER.test(value),
  float8: (value) => NUMBER.test(value),
  boolean: (value) => value === "true" || value === "false",
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  timestamptz: (value) => /^\d{4}-\d{2}-\d{2}[ T][\d:.]+([-+]\d{2}(:\d{2})?|Z)?$/.test(value),
  text: (value) => value.length <= 1000,
};

export function encodeCursor(sort: SortKey, key: string | null, id: number): string {
  return Buffer.from(JSON.stringify([sort.name, key, id])).toString("base64url");
}

function decodeCursor(cursor: string, sort: SortKey, argumentName: string): CursorPosition {
  const invalid = () => new BadUserInputError(`"${cursor}" is not a valid cursor for this list.`, argumentName);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalid();
  const [name, key, id] = decoded as unknown[];
  const keyIsValid = key === null ? sort.nullable === true : typeof key === "string" && KEY_PATTERNS[sort.keyType](key);
  if (name !== sort.name || !keyIsValid || !Number.isSafeInteger(id) || (id as number) < 0) {
    throw invalid();
  }
  return { key: key as string | null, id: id as number };
}

/** A page size from 1 to 100, or BAD_USER_INPUT naming the argument. */
export function checkPageSize(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `\`${argumentName}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}.`,
      argumentName,
    );
  }
  return value;
}

/** At most 100 items in a list argument, such as the IDs given to `nodes`. */
export function checkListSize(count: number, argumentName: string): number {
  if (count > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `\`${argumentName}\` can hold at most ${MAX_PAGE_SIZE} items; got ${count}.`,
      argumentName,
    );
  }
  return count;
}

/** Validates connection arguments: `first`/`after` reads forward, `last`/`before` backward. */
export function parsePage(args: PageArgs, sort: SortKey): Page {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError("Pass either `first` or `last`, not both.", "last");
  }
  if (after != null && before != null) {
    throw new BadUserInputError("Pass either `after` or `before`, not both.", "before");
  }
  const backward = last != null || before != null;
  if (backward && first != null) {
    throw new BadUserInputError("`before` pages backward: use it with `last`, not `first`.", "first");
  }
  if (!backward && last != null) {
    throw new BadUserInputError("`after` pages forward: use it with `first`, not `last`.", "last");
  }
  const size = backward ? last : first;
  const cursor = backward ? before : after;
  return {
    limit: size == null ? DEFAULT_PAGE_SIZE : checkPageSize(size, backward ? "last" : "first"),
    backward,
    cursor: cursor == null ? null : decodeCursor(cursor, sort, backward ? "before" : "after"),
  };
}

/** Names a page, to share one loader among the parents that ask for the same page. */
export function pageKey(page: Page): string {
  return `${page.limit}:${page.backward}:${page.cursor ? `${page.cursor.id}:${page.cursor.key}` : ""}`;
}

function flip(direction: SortDirection): SortDirection {
  return direction === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC;
}

/**
 * The keyset condition and ORDER BY that read one page. Pages are positioned by the key
 * and id of a row, not by offset, so rows inserted meanwhile do not shift them.
 */
export function keysetSql(
  sort: SortKey,
  direction: SortDirection,
  page: Page,
): { where: Sql | null; orderBy: Sql; limit: Sql } {
  const scan = page.backward ? flip(direction) : direction;
  const nulls = sort.nullable ? (scan === SortDirection.ASC ? " NULLS FIRST" : " NULLS LAST") : "";
  const orderBy = sort.keyIsUnique
    ? sql`${sort.keySql} ${raw(scan + nulls)}`
    : sql`${sort.keySql} ${raw(scan + nulls)}, ${sort.idSql} ${raw(scan)}`;
  // A literal (the size is a checked integer), not a parameter: the generic plan of a prepared
  // statement assumes a parameter LIMIT keeps a tenth of the rows, and sorts a whole table
  // where an index walk of 21 rows would do.
  const limit = raw(String(page.limit + 1));
  if (!page.cursor) return { where: null, orderBy, limit };

  const { id } = page.cursor;
  if (page.cursor.key === null) {
    // Cursor on a row with no key: in ASC the keyed rows all follow; in DESC none do.
    return {
      where:
        scan === SortDirection.ASC
          ? sql`(${sort.keySql} IS NOT NULL OR ${sort.idSql} > ${id})`
          : sql`(${sort.keySql} IS NULL AND ${sort.idSql} < ${id})`,
      orderBy,
      limit,
    };
  }
  const comparison = raw(scan === SortDirection.ASC ? ">" : "<");
  const key = sql`${page.cursor.key}::${raw(sort.keyType)}`;
  const after = sort.keyIsUnique
    ? sql`${sort.keySql} ${comparison} ${key}`
    : sql`(${sort.keySql}, ${sort.idSql}) ${comparison} (${key}, ${id})`;
  const where = sort.nullable && scan === SortDirection.DESC ? sql`(${after} OR ${sort.keySql} IS NULL)` : after;
  return { where, orderBy, limit };
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

/** An edge whose cursor is encoded only when read: most clients page with `pageInfo`. */
export class KeysetEdge<TNode> {
  constructor(
    readonly node: TNode,
    private readonly sort: SortKey,
    private readonly sortKey: string | null,
    private readonly cursorId: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.sort, this.sortKey, this.cursorId);
  }
}

/** Page info whose cursors, like the edges', are encoded only when read. */
class KeysetPageInfo implements PageInfoShape {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly first: { cursor: string } | undefined,
    private readonly last: { cursor: string } | undefined,
  ) {}

  get startCursor(): string | null {
    return this.first?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.last?.cursor ?? null;
  }
}

/**
 * Turns the rows of a keyset query (limit + 1 of them) into edges, by `edgeOf`, and page info.
 * The row past the page only tells that there is a next one, and gets no edge.
 */
export function pageOfEdges<TRow, TEdge extends { cursor: string }>(
  rows: TRow[],
  page: Page,
  edgeOf: (row: TRow) => TEdge,
): { edges: TEdge[]; pageInfo: PageInfoShape } {
  const hasMore = rows.length > page.limit;
  const count = Math.min(rows.length, page.limit);
  const edges: TEdge[] = new Array(count);
  for (let index = 0; index < count; index++) {
    edges[page.backward ? count - 1 - index : index] = edgeOf(rows[index]);
  }
  // A cursor names a row, so there is at least that row on its other side.
  const pastCursor = page.cursor !== null;
  return {
    edges,
    pageInfo: new KeysetPageInfo(
      page.backward ? pastCursor : hasMore,
      page.backward ? hasMore : pastCursor,
      edges[0],
      edges[count - 1],
    ),
  };
}
