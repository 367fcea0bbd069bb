import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { FULL_PAPER, PAPER_SUMMARY, type PaperColumn } from "../db/rows";
import { childPageKey, nodeFieldsFor, type ChildRelation, type NodeFields } from "../loaders/child-connection";
import type { Prefetch } from "../loaders/prefetch";
import { paperPrefetchable } from "../loaders/relations";
import { parsePage, type Page } from "../services/pagination";
import type { PaperSelection } from "../services/paper-reads";

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

/** The names of the fields selected on a connection's nodes. */
function selectedNodeFields(connection: ResolveTree): string[] {
  return connectionNodes(connection).flatMap((node) =>
    Object.values(node.fieldsByTypeName).flatMap((fields) => Object.values(fields).map((field) => field.name)),
  );
}

/** By field occurrence, then by the request's variables, which `@include` and `@skip` may read. */
const nodeFieldsByOccurrence = new WeakMap<readonly FieldNode[], WeakMap<object, NodeFields>>();

/**
 * The node columns a to-many field's selection needs, as the list that prefetched it worked
 * them out: once per field of a document and request, not once per parent.
 */
export function childNodeFields(info: GraphQLResolveInfo, relation: ChildRelation<object>): NodeFields {
  let byVariables = nodeFieldsByOccurrence.get(info.fieldNodes);
  if (!byVariables) nodeFieldsByOccurrence.set(info.fieldNodes, (byVariables = new WeakMap()));
  let fields = byVariables.get(info.variableValues);
  if (!fields) {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    fields = tree ? nodeFieldsFor(relation, selectedNodeFields(tree)) : "all";
    byVariables.set(info.variableValues, fields);
  }
  return fields;
}

/**
 * The column each field of `Paper` reads besides `id`: its own, if it is one, and for `arxivUrl`
 * the arXiv ID. The other fields (authors, trend, …) read by id.
 */
const COLUMN_OF_FIELD = new Map<string, PaperColumn>([
  ...FULL_PAPER.map((column) => [column, column] as const),
  ["arxivUrl", "arxivId"],
]);

/**
 * What the rest of the operation asks of the papers a field returns, as a connection or as one
 * paper (`shape`): the columns its fields read, and the children that can be read in the same
 * statement. Arguments that do not make a valid page are left to the field resolver, which
 * reports them.
 */
export function planPaperSelection(info: GraphQLResolveInfo, shape: "connection" | "node"): PaperSelection {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return { columns: PAPER_SUMMARY, prefetches: [] };
  const columns = new Set<PaperColumn>();
  const planned = new Map<string, Prefetch>();
  for (const selection of shape === "connection" ? connectionNodes(tree) : [tree]) {
    for (const field of Object.values(selection.fieldsByTypeName.Paper ?? {})) {
      const column = COLUMN_OF_FIELD.get(field.name);
      if (column) columns.add(column);
      const relation = paperPrefetchable[field.name];
      if (!relation) continue;
      let page: Page;
      try {
        page = parsePage(field.args, relation.sort);
      } catch {
        continue;
      }
      const nodeFields = nodeFieldsFor(relation, selectedNodeFields(field));
      const key = childPageKey(relation, page, nodeFields);
      if (!planned.has(key)) {
        planned.set(key, { relation, page, fields: nodeFields, column: `prefetch${planned.size}` });
      }
    }
  }
  return { columns: [...columns], prefetches: [...planned.values()] };
}
