import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { PAPER_DETAILS } from "../db/rows";
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
      const key = `${relation.name}:${pageKey(page)}`;
      if (!planned.has(key)) planned.set(key, { relation, page, column: `prefetch${planned.size}` });
    }
  }
  return { details: PAPER_DETAILS.filter((detail) => fields.has(detail)), prefetches: [...planned.values()] };
}
