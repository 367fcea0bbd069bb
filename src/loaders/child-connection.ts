import DataLoader from "dataloader";
import type { ClassType } from "type-graphql";
import type { Queryable } from "../db/sql";
import {
  keysetSql,
  pageOfEdges,
  SqlParams,
  type Edge,
  type KeyedRow,
  type Page,
  type PageInfoShape,
  type SortDirection,
  type SortKey,
} from "../services/pagination";
import { asEntity } from "../services/rows";

/** A to-many relation read as a connection, such as a paper's authors. */
export interface ChildRelation<TNode extends object> {
  /** Unique among relations; part of the loader cache key. */
  name: string;
  nodeClass: ClassType<TNode>;
  /** Tables joined, with the parent's key in `parentSql`. */
  fromSql: string;
  parentSql: string;
  /** Node columns, then any columns the edge itself carries. */
  columns: string;
  edgeColumns?: string;
  edgeFields?: string[];
  /** Extra conditions, such as hiding deleted papers. */
  conditions?: string[];
  sort: SortKey;
  direction: SortDirection;
}

export interface ChildRow extends Record<string, unknown> {
  sortKey: string | null;
  cursorId: number;
}

export type ChildPage<TNode> = { edges: Edge<TNode>[]; pageInfo: PageInfoShape };

type ChildKeyedRow<TNode> = KeyedRow<TNode> & { edge: object };

function toKeyedRow<TNode extends object>(relation: ChildRelation<TNode>, row: ChildRow): ChildKeyedRow<TNode> {
  const { sortKey, cursorId, ...columns } = row;
  const edge: Record<string, unknown> = {};
  for (const field of relation.edgeFields ?? []) {
    edge[field] = columns[field];
    delete columns[field];
  }
  return { sortKey, cursorId, node: asEntity(relation.nodeClass, columns), edge };
}

/**
 * The SELECT for one page of `relation` under the parent whose id is `parentIdSql`: the node's
 * columns, the edge's, and what a cursor is made of.
 */
export function childPageSql<TNode extends object>(
  relation: ChildRelation<TNode>,
  page: Page,
  params: SqlParams,
  parentIdSql: string,
): string {
  const keyset = keysetSql(relation.sort, relation.direction, page, params);
  const conditions = [`${relation.parentSql} = ${parentIdSql}`, ...(relation.conditions ?? [])];
  if (keyset.where) conditions.push(keyset.where);
  return `SELECT ${relation.columns}${relation.edgeColumns ? `, ${relation.edgeColumns}` : ""},
      (${relation.sort.keySql})::text AS "sortKey", ${relation.sort.idSql} AS "cursorId"
    FROM ${relation.fromSql}
    WHERE ${conditions.join(" AND ")}
    ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
}

/** A parent's page, from the rows `childPageSql` selected for it. */
export function childPageOf<TNode extends object>(
  relation: ChildRelation<TNode>,
  page: Page,
  rows: ChildRow[],
): ChildPage<TNode> {
  return pageOfEdges<TNode, Edge<TNode>, ChildKeyedRow<TNode>>(
    rows.map((row) => toKeyedRow(relation, row)),
    page,
    relation.sort,
    (row) => row.edge,
  );
}

/** One page of the relation for every parent in the batch, in a single LATERAL join. */
export function childPageLoader<TNode extends object>(db: Queryable, relation: ChildRelation<TNode>, page: Page) {
  return new DataLoader<number, ChildPage<TNode>>(async (parentIds) => {
    const params = new SqlParams();
    const parents = params.add(parentIds);
    const rows: (ChildRow & { parentId: number })[] = await db.query(
      `SELECT parent.id AS "parentId", child.*
       FROM unnest(${parents}::int[]) AS parent(id)
       CROSS JOIN LATERAL (${childPageSql(relation, page, params, "parent.id")}) child`,
      params.values,
    );
    const rowsByParent = new Map<number, ChildRow[]>();
    for (const { parentId, ...row } of rows) {
      const list = rowsByParent.get(parentId) ?? [];
      list.push(row);
      rowsByParent.set(parentId, list);
    }
    return parentIds.map((parentId) => childPageOf(relation, page, rowsByParent.get(parentId) ?? []));
  });
}

/** How many children each parent has, in one grouped statement per batch. */
export function childCountLoader<TNode extends object>(db: Queryable, relation: ChildRelation<TNode>) {
  return new DataLoader<number, number>(async (parentIds) => {
    const conditions = [`${relation.parentSql} = ANY($1)`, ...(relation.conditions ?? [])];
    const rows: { parentId: number; count: number }[] = await db.query(
      `SELECT ${relation.parentSql} AS "parentId", count(*)::int AS count
       FROM ${relation.fromSql} WHERE ${conditions.join(" AND ")} GROUP BY 1`,
      [parentIds],
    );
    const counts = new Map(rows.map((row) => [row.parentId, row.count]));
    return parentIds.map((parentId) => counts.get(parentId) ?? 0);
  });
}
