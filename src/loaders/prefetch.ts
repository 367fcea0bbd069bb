import { join, raw, sql, type Sql } from "../db/sql";
import type { Page } from "../services/pagination";
import {
  childPageOf,
  childPageSql,
  childRead,
  type ChildRead,
  type ChildRelation,
  type ChildRow,
  type NodeFields,
  type ReadAlong,
} from "./child-connection";
import type { Loaders } from ".";

/**
 * Children read in the same statement as their parents: a paper list and its authors and
 * repositories in one round trip instead of three. The pages go into the request's loaders,
 * so the field resolvers find them there and send nothing.
 */
export interface Prefetch {
  relation: ChildRelation<object>;
  page: Page;
  fields: NodeFields;
  /** The result column holding each parent's page. */
  column: string;
  /** What each child's array holds, in order, and what makes it a row again. */
  read: ChildRead;
}

/** To-many fields of a node type that can be read along with it, by field name. */
export type PrefetchableFields = Record<string, ChildRelation<object>>;

/** A planned prefetch of one page of `relation`, with the node fields `fields`, into the result column `column`. */
export function prefetchOf(relation: ChildRelation<object>, page: Page, fields: NodeFields, column: string): Prefetch {
  return { relation, page, fields, column, read: childRead(relation, fields) };
}

/**
 * Columns that read each planned page, for parents whose id is `parentIdSql`: one array of text
 * per child, only the columns asked for, as JSON. Postgres builds no object per child, and Node
 * parses JSON natively; pg's parser of a Postgres array is JavaScript and several times slower.
 */
export function prefetchColumnsSql(prefetches: Prefetch[], parentIdSql: Sql): Sql {
  return join(
    prefetches.map(
      ({ relation, page, column, read }) =>
        sql`array_to_json(array(${childPageSql(relation, page, parentIdSql, read.textArray)})) AS ${raw(`"${column}"`)}`,
    ),
  );
}

/** Moves the prefetched pages off the parent rows into the loaders, each child made a row again. */
export function primePrefetched(loaders: Loaders, prefetches: Prefetch[], parents: object[]): void {
  for (const { relation, page, fields, column, read } of prefetches) {
    const loader = loaders.childPage(relation, page, fields);
    for (const parent of parents as (Record<string, unknown> & { id: number })[]) {
      const children = (parent[column] ?? []) as (string | null)[][];
      // Cleared, not deleted: `delete` would turn every paper row into a slow dictionary object.
      parent[column] = undefined;
      loader.prime(parent.id, childPageOf(relation, page, children.map(read.rowFromText) as ChildRow[]));
    }
  }
}

/** `prefetches` read along with each child of `relation` in its page's statement, and primed into `loaders`. */
export function readAlong(loaders: Loaders, relation: ChildRelation<object>, prefetches: Prefetch[]): ReadAlong {
  const childId = relation.columns.find((column) => column.property === "id")!;
  return {
    columnsSql: prefetchColumnsSql(prefetches, childId.sql),
    prime: (rows) => primePrefetched(loaders, prefetches, rows),
  };
}
