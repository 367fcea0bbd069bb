import { query, queryOne, raw, sql, where, type Queryable, type Sql } from "../db/sql";
import {
  keysetSql,
  KeysetEdge,
  pageOfEdges,
  type Edge,
  type Page,
  type PageInfoShape,
  type SortDirection,
  type SortKey,
} from "./pagination";

/** A top-level list: what to select, from where, and which rows qualify. */
export interface ListQuery {
  columns: Sql;
  from: Sql;
  /**
   * Where the page is read from, when not from `from`: a relevance search reads its page off an
   * index walk (services/paper.service.ts), while its count covers every match.
   */
  pageFrom?: Sql;
  conditions: Sql[];
  sort: SortKey;
  direction: SortDirection;
  /**
   * More columns, such as children read along (loaders/prefetch.ts), computed over the page's
   * rows as `p`.
   */
  extraColumns?: Sql;
}

export interface ListPage<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfoShape;
  /** Counts every row the list selects; runs only when called. */
  count: () => Promise<number>;
}

/** Reads one keyset page of a list in a single statement. */
export async function readListPage<TRow extends { id: number }>(
  db: Queryable,
  list: ListQuery,
  page: Page,
): Promise<ListPage<TRow>> {
  const keyset = keysetSql(list.sort, list.direction, page);
  const conditions = keyset.where ? [...list.conditions, keyset.where] : list.conditions;
  const ordinal = list.extraColumns ? sql`, row_number() OVER (ORDER BY ${keyset.orderBy}) AS "ordinal"` : raw("");
  const pageSql = sql`SELECT ${list.columns}, (${list.sort.keySql})::text AS "sortKey" ${ordinal}
    FROM ${list.pageFrom ?? list.from} ${where(conditions)}
    ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
  // Extra columns, which can be costly, are computed for the page alone, not for every row sorted.
  const rows = await query<TRow & { sortKey: string | null; ordinal?: number }>(
    db,
    list.extraColumns ? sql`SELECT p.*, ${list.extraColumns} FROM (${pageSql}) p ORDER BY p."ordinal"` : pageSql,
  );
  const edgeOf = ({ sortKey, ordinal: _ordinal, ...node }: (typeof rows)[number]) =>
    new KeysetEdge(node as unknown as TRow, list.sort, sortKey, node.id);
  const count = async () => {
    const row = await queryOne<{ count: number }>(
      db,
      sql`SELECT count(*)::int AS count FROM ${list.from} ${where(list.conditions)}`,
    );
    return row!.count;
  };
  return { ...pageOfEdges(rows, page, edgeOf), count };
}
