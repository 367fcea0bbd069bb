import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { Context } from "../context";
import { pageKey, parsePage, type Page, type SqlParams } from "../services/pagination";
import { childPageOf, childPageSql, type ChildRelation, type ChildRow } from "./child-connection";

/**
 * Children read in the same statement as their parents: a paper list and its authors and
 * repositories in one round trip instead of three. The pages go into the request's loaders,
 * so the field resolvers find them there and send nothing.
 */
export interface Prefetch {
  relation: ChildRelation<object>;
  page: Page;
  /** The result column holding each parent's page as JSON. */
  column: string;
}

/** To-many fields of a node type that can be read along with it, by field name. */
export type PrefetchableFields = Record<string, ChildRelation<object>>;

const TIMESTAMP_TYPES = new Set(["timestamptz", "timestamp with time zone", "timestamp"]);

/** The node selections under a connection: `nodes { … }` and `edges { node { … } }`. */
function connectionNodes(connection: ResolveTree): ResolveTree[] {
  return Object.values(connection.fieldsByTypeName).flatMap((fields) =>
    Object.values(fields).flatMap((field) => {
      if (field.name === "nodes") return [field];
      if (field.name !== "edges") return [];
      return Object.values(field.fieldsByTypeName).flatMap((edgeFields) =>
        Object.values(edgeFields).filter((edgeField) => edgeField.name === "node"),
      );
    }),
  );
}

/** What the rest of an operation asks of the `typeName` nodes a field returns. */
export interface LookAhead {
  /** Names of the fields selected on them. */
  fields: Set<string>;
  /** The children among those fields, each with the page its arguments give. */
  prefetches: Prefetch[];
}

/**
 * Looks ahead from a field that returns a connection of `typeName` nodes, or one of them
 * (`shape`). Arguments that do not make a valid page are left to the field resolver, which
 * reports them.
 */
export function lookAhead(
  info: GraphQLResolveInfo,
  shape: "connection" | "node",
  typeName: string,
  prefetchable: PrefetchableFields,
): LookAhead {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const fields = new Set<string>();
  const planned = new Map<string, Prefetch>();
  for (const selection of !tree ? [] : shape === "connection" ? connectionNodes(tree) : [tree]) {
    for (const field of Object.values(selection.fieldsByTypeName[typeName] ?? {})) {
      fields.add(field.name);
      const relation = prefetchable[field.name];
      if (!relation) continue;
      let page: Page;
      try {
        page = parsePage(field.args, relation.sort);
      } catch {
        continue;
      }
      const key = `${relation.name}:${pageKey(page)}`;
      if (!planned.has(key)) planned.set(key, { relation, page, column: `prefetch${planned.size}` });
    }
  }
  return { fields, prefetches: [...planned.values()] };
}

/** Columns that read each planned page as a JSON array, for parents whose id is `parentIdSql`. */
export function prefetchColumnsSql(prefetches: Prefetch[], params: SqlParams, parentIdSql: string): string {
  return prefetches
    .map(
      ({ relation, page, column }) =>
        `, (SELECT coalesce(json_agg(child), '[]') FROM (${childPageSql(relation, page, params, parentIdSql)}) child) AS "${column}"`,
    )
    .join("");
}

const timestampsOf = new WeakMap<ChildRelation<object>, string[]>();

function timestampProperties(ctx: Context, relation: ChildRelation<object>): string[] {
  let properties = timestampsOf.get(relation);
  if (!properties) {
    properties = ctx.db
      .getMetadata(relation.nodeClass)
      .columns.filter((metadata) => TIMESTAMP_TYPES.has(String(metadata.type)))
      .map((metadata) => metadata.propertyName);
    timestampsOf.set(relation, properties);
  }
  return properties;
}

/**
 * Moves the prefetched pages off the parent rows into the loaders. JSON has no timestamps, so
 * the node's timestamp columns are turned back into the Dates pg would have given.
 */
export function primePrefetched(ctx: Context, prefetches: Prefetch[], parents: object[]): void {
  for (const { relation, page, column } of prefetches) {
    const timestamps = timestampProperties(ctx, relation);
    const loader = ctx.loaders.childPage(relation, page);
    for (const parent of parents as (Record<string, unknown> & { id: number })[]) {
      const rows = (parent[column] ?? []) as ChildRow[];
      delete parent[column];
      for (const row of rows) {
        for (const property of timestamps)
          if (typeof row[property] === "string") row[property] = new Date(row[property]);
      }
      loader.prime(parent.id, childPageOf(relation, page, rows));
    }
  }
}
