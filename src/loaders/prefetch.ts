import { join, raw, sql, type Sql } from "../db/sql";
import type { Page } from "../services/pagination";
import { childPageOf, childPageSql, type ChildRelation, type ChildRow, type NodeFields } from "./child-connection";
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
  /** The result column holding each parent's page as JSON. */
  column: string;
}

/** To-many fields of a node type that can be read along with it, by field name. */
export type PrefetchableFields = Record<string, ChildRelation<object>>;

/** Columns that read each planned page as a JSON array, for parents whose id is `parentIdSql`. */
export function prefetchColumnsSql(prefetches: Prefetch[], parentIdSql: Sql): Sql {
  return join(
    prefetches.map(
      ({ relation, page, fields, column }) =>
        sql`(SELECT coalesce(json_agg(child), '[]') FROM (${childPageSql(relation, page, fields, parentIdSql)}) child) AS ${raw(`"${column}"`)}`,
    ),
  );
}

/**
 * Moves the prefetched pages off the parent rows into the loaders. JSON has no timestamps, so
 * the node's timestamp columns are turned back into the Dates pg would have given.
 */
export function primePrefetched(loaders: Loaders, prefetches: Prefetch[], parents: object[]): void {
  for (const { relation, page, fields, column } of prefetches) {
    const timestamps = relation.timestampFields as string[];
    const loader = loaders.childPage(relation, page, fields);
    for (const parent of parents as (Record<string, unknown> & { id: number })[]) {
      const rows = (parent[column] ?? []) as ChildRow[];
      // Cleared, not deleted: \`delete\` would turn every paper row into a slow dictionary object.
      parent[column] = undefined;
      for (const row of rows) {
        for (const property of timestamps)
          if (typeof row[property] === "string") row[property] = new Date(row[property]);
      }
      loader.prime(parent.id, childPageOf(relation, page, rows));
    }
  }
}
