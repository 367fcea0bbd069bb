import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { PAPER_DETAILS } from "../db/rows";
import { nodeFieldsFor, nodeFieldsKey, type ChildRelation, type NodeFields } from "../loaders/child-connection";
import type { Prefetch } from "../loaders/prefetch";
import { paperPrefetchable } from "../loaders/relations";
import { pageKey, parsePage, type Page } from "../services/pagination";
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
 * What the rest of the operation asks of the papers a field returns, as a connection or as one
 * paper (`shape`): the large columns it selects, and the children that can be read in the same
 * statement. Arguments that do not make a valid page are left to the field resolver, which
 * reports them.
 */
export function planPaperSelection(info: GraphQLResolveInfo, shape: "connection" | "node"): PaperSelection {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const fields = new Set<string>();
  const planned = new Map<string, Prefetch>();
  for (const selection of !tree ? [] : shape === "connection" ? connectionNodes(tree) : [tree]) {
    for (const field of Object.values(selection.fieldsByTypeName.Paper ?? {})) {
      fields.add(field.name);
      const relation = paperPrefetchable[field.name];
      if (!relation) continue;
      let page: Page;
      try {
        page = parsePage(field.args, relation.sort);
      } catch {
        continue;
      }
      const nodeFields = nodeFieldsFor(relation, selectedNodeFields(field));
      const key = `${relation.name}:${pageKey(page)}:${nodeFieldsKey(nodeFields)}`;
      if (!planned.has(key)) {
        planned.set(key, { relation, page, fields: nodeFields, column: `prefetch${planned.size}` });
      }
    }
  }
  return { details: PAPER_DETAILS.filter((detail) => fields.has(detail)), prefetches: [...planned.values()] };
}
