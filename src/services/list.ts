import type { ClassType } from "type-graphql";
import type { Queryable } from "../db/sql";
import {
  keysetSql,
  pageOfEdges,
  type Edge,
  type KeyedRow,
  type Page,
  type PageInfoShape,
  type SortDirection,
  type SortKey,
  type SqlParams,
} from "./pagination";
import { asEntity } from "./rows";

/** A top-level list: what to select, from where, and which rows qualify. */
export interface ListQuery<TNode extends object> {
  nodeClass: ClassType<TNode>;
  columns: string;
  from: string;
  conditions: string[];
  /** Holds the parameters `from` and `conditions` refer to. */
  params: SqlParams;
  sort: SortKey;
  direction: SortDirection;
  /**
   * More columns, such as children read along (loaders/prefetch.ts), computed over the page's
   * rows as `p`; they may add parameters.
   */
  extraColumns?: (params: SqlParams) => string;
}

export interface ListPage<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfoShape;
  /** Counts every row the list selects; runs only when called. */
  count: () => Promise<number>;
}

function whereSql(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
}

/** Reads one keyset page of a list in a single statement. */
export async function readListPage<TNode extends object>(
  db: Queryable,
  query: ListQuery<TNode>,
  page: Page,
): Promise<ListPage<TNode>> {
  // The count shares the filter's parameters, so snapshot them before the keyset adds its own.
  const filterParams = [...query.params.values];
  const keyset = keysetSql(query.sort, query.direction, page, query.params);
  const conditions = keyset.where ? [...query.conditions, keyset.where] : query.conditions;
  const extraColumns = query.extraColumns?.(query.params);
  const pageSql = `SELECT ${query.columns}, (${query.sort.keySql})::text AS "sortKey"
    ${extraColumns ? `, row_number() OVER (ORDER BY ${keyset.orderBy}) AS "ordinal"` : ""}
    FROM ${query.from} ${whereSql(conditions)}
    ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
  // Extra columns, which can be costly, are computed for the page alone, not for every row sorted.
  const rows: Record<string, unknown>[] = await db.query(
    extraColumns ? `SELECT p.*${extraColumns} FROM (${pageSql}) p ORDER BY p."ordinal"` : pageSql,
    query.params.values,
  );
  const keyed: KeyedRow<TNode>[] = rows.map(({ sortKey, ordinal: _ordinal, ...columns }) => ({
    sortKey: sortKey as string | null,
    cursorId: columns.id as number,
    node: asEntity(query.nodeClass, columns),
  }));
  const count = async () => {
    const [row] = await db.query(
      `SELECT count(*)::int AS count FROM ${query.from} ${whereSql(query.conditions)}`,
      filterParams,
    );
    return row.count as number;
  };
  return { ...pageOfEdges(keyed, page, query.sort), count };
}
