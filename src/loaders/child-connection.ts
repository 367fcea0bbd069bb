import DataLoader from "dataloader";
import { plannedOnce, query, sql, where, type Queryable, type Sql } from "../db/sql";
import { keepText, rowFromText, selectList, textArray, type ReadColumn } from "../db/tables";
import {
  encodeCursor,
  keysetSql,
  pageKey,
  pageOfEdges,
  type Edge,
  type Page,
  type PageInfoShape,
  type SortDirection,
  type SortKey,
} from "../services/pagination";

/** A to-many relation read as a connection, such as a paper's authors. */
export interface ChildRelation<TNode extends object> {
  /** Unique among relations; part of the loader cache key. */
  name: string;
  /** Tables joined, with the parent's key in `parentSql`. */
  fromSql: Sql;
  parentSql: Sql;
  /** The node's columns, `id` among them. */
  columns: ReadColumn<keyof TNode & string>[];
  /** Whether a read may take only the node columns whose fields a selection asks for (and `id`). */
  selectable?: boolean;
  /** Columns the edge itself carries, such as an author's position on the paper. */
  edgeColumns?: ReadColumn[];
  sort: SortKey;
  /**
   * The node or edge column that holds the sort key, when it is an integer or a boolean, whose
   * text in Node is Postgres's: cursors are made from it, and the key is not read twice.
   */
  sortKeyField?: string;
  direction: SortDirection;
}

/** A child as read: its node's and edge's columns, and the sort key's text unless `sortKeyField` has it. */
export interface ChildRow extends Record<string, unknown> {
  id: number;
  sortKey?: string | null;
}

export type ChildPage<TNode> = { edges: Edge<TNode>[]; pageInfo: PageInfoShape };

/** Which node columns a read takes: all of them, or the fields listed (see `selectable`). */
export type NodeFields = readonly string[] | "all";

/** The node fields among `selected` that a read of `relation` must take, with `id`, in a stable order. */
export function nodeFieldsFor(relation: ChildRelation<object>, selected: Iterable<string>): NodeFields {
  if (!relation.selectable) return "all";
  const wanted = new Set(["id", ...selected]);
  return relation.columns.map((column) => column.property).filter((field) => wanted.has(field));
}

/**
 * Names one page of a relation read with some columns: the loader's key, and the prefetch
 * planner's, so that reads of different columns never answer each other.
 */
export function childPageKey<TNode extends object>(
  relation: ChildRelation<TNode>,
  page: Page,
  fields: NodeFields,
): string {
  return `${relation.name}:${pageKey(page)}:${fieldsKey(fields)}`;
}

const fieldsKey = (fields: NodeFields) => (fields === "all" ? "*" : fields.join(","));

/**
 * A child's edge, the one object made for it: its row is the node, and holds the edge's columns
 * (read by getters the relation's edge class adds) and the sort key, read when the cursor is.
 */
class ChildEdge<TNode extends object> {
  constructor(
    readonly node: TNode,
    private readonly relation: ChildRelation<TNode>,
  ) {}

  get cursor(): string {
    const row = this.node as unknown as ChildRow;
    const { sort, sortKeyField } = this.relation;
    const key = sortKeyField === undefined ? row.sortKey : row[sortKeyField];
    return encodeCursor(sort, key == null ? null : String(key), row.id);
  }
}

const edgeClasses = new WeakMap<ChildRelation<object>, typeof ChildEdge<object>>();

/** The edge class of `relation`: ChildEdge, with a getter for each of the relation's edge fields. */
function edgeClassOf<TNode extends object>(relation: ChildRelation<TNode>): typeof ChildEdge<TNode> {
  let EdgeClass = edgeClasses.get(relation as ChildRelation<object>);
  if (!EdgeClass) {
    EdgeClass = class extends ChildEdge<object> {};
    for (const { property: field } of relation.edgeColumns ?? []) {
      Object.defineProperty(EdgeClass.prototype, field, {
        get(this: ChildEdge<object>) {
          return (this.node as Record<string, unknown>)[field];
        },
      });
    }
    edgeClasses.set(relation as ChildRelation<object>, EdgeClass);
  }
  return EdgeClass as unknown as typeof ChildEdge<TNode>;
}

/**
 * What a page of a relation reads with some node fields: the node's columns (those the fields
 * name), the edge's, and the sort key's text when no column holds it; their select list; and, for
 * children read along as text (loaders/prefetch.ts), their array of text and what makes it a row
 * again.
 */
export interface ChildRead {
  selectList: Sql;
  textArray: Sql;
  rowFromText: (texts: readonly (string | null)[]) => Record<string, unknown>;
}

/** Reads by relation and node fields, worked out once: a select list keeps its rendered text. */
const childReads = new WeakMap<ChildRelation<object>, Map<string, ChildRead>>();

export function childRead(relation: ChildRelation<object>, fields: NodeFields): ChildRead {
  let reads = childReads.get(relation);
  if (!reads) childReads.set(relation, (reads = new Map()));
  const key = fieldsKey(fields);
  let read = reads.get(key);
  if (!read) {
    const node =
      fields === "all" || !relation.selectable
        ? relation.columns
        : relation.columns.filter((column) => fields.includes(column.property));
    const sortKey: ReadColumn[] =
      relation.sortKeyField === undefined
        ? [{ property: "sortKey", sql: sql`(${relation.sort.keySql})::text`, fromText: keepText }]
        : [];
    const columns = [...node, ...(relation.edgeColumns ?? []), ...sortKey];
    read = {
      selectList: selectList(columns),
      textArray: textArray(columns),
      rowFromText: rowFromText(columns),
    };
    reads.set(key, read);
  }
  return read;
}

/** One page of `relation` under the parent whose id is `parentIdSql`, each child as `selected`. */
export function childPageSql<TNode extends object>(
  relation: ChildRelation<TNode>,
  page: Page,
  parentIdSql: Sql,
  selected: Sql,
): Sql {
  const keyset = keysetSql(relation.sort, relation.direction, page);
  return sql`SELECT ${selected}
    FROM ${relation.fromSql}
    ${where([sql`${relation.parentSql} = ${parentIdSql}`, keyset.where ?? sql``])}
    ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
}

/** A parent's page, from the rows `childPageSql` selected for it. */
export function childPageOf<TNode extends object>(
  relation: ChildRelation<TNode>,
  page: Page,
  rows: ChildRow[],
): ChildPage<TNode> {
  const EdgeClass = edgeClassOf(relation);
  return pageOfEdges(rows, page, (row) => new EdgeClass(row as unknown as TNode, relation));
}

/**
 * Children's own children read in the same statement as the children (loaders/prefetch.ts):
 * their columns, and what moves them into the request's loaders once the rows are read.
 */
export interface ReadAlong {
  columnsSql: Sql;
  prime(rows: object[]): void;
}

/**
 * One page of the relation for every parent in the batch, in a single LATERAL join, with
 * `along` read in it when given.
 */
export function childPageLoader<TNode extends object>(
  db: Queryable,
  relation: ChildRelation<TNode>,
  page: Page,
  fields: NodeFields,
  along?: ReadAlong,
) {
  const { selectList } = childRead(relation as ChildRelation<object>, fields);
  const selected = along ? sql`${selectList}, ${along.columnsSql}` : selectList;
  return new DataLoader<number, ChildPage<TNode>>(async (parentIds) => {
    const rows = await query<ChildRow & { parentId: number }>(
      db,
      sql`SELECT parent.id AS "parentId", child.*
       FROM unnest(${plannedOnce(sql`${parentIds}::int[]`)}) AS parent(id)
       CROSS JOIN LATERAL (${childPageSql(relation, page, sql`parent.id`, selected)}) child`,
    );
    const rowsByParent = new Map<number, ChildRow[]>();
    for (const { parentId, ...row } of rows) {
      const list = rowsByParent.get(parentId) ?? [];
      list.push(row);
      rowsByParent.set(parentId, list);
    }
    along?.prime([...rowsByParent.values()].flat());
    return parentIds.map((parentId) => childPageOf(relation, page, rowsByParent.get(parentId) ?? []));
  });
}

/** How many children each parent has, in one grouped statement per batch. */
export function childCountLoader<TNode extends object>(db: Queryable, relation: ChildRelation<TNode>) {
  return new DataLoader<number, number>(async (parentIds) => {
    const rows = await query<{ parentId: number; count: number }>(
      db,
      sql`SELECT ${relation.parentSql} AS "parentId", count(*)::int AS count
       FROM ${relation.fromSql} WHERE ${relation.parentSql} = ANY(${parentIds}) GROUP BY 1`,
    );
    const counts = new Map(rows.map((row) => [row.parentId, row.count]));
    return parentIds.map((parentId) => counts.get(parentId) ?? 0);
  });
}
