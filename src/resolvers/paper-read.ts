import { BREAK, visit, type ASTVisitor, type FieldNode, type GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { FULL_PAPER, PAPER_SUMMARY, type PaperColumn } from "../db/rows";
import { childPageKey, nodeFieldsFor, type ChildRelation, type NodeFields } from "../loaders/child-connection";
import { prefetchOf, type Prefetch } from "../loaders/prefetch";
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

/** The node columns a to-many field's selection needs, as the list that prefetched it worked them out. */
export function childNodeFields(info: GraphQLResolveInfo, relation: ChildRelation<object>): NodeFields {
  if (!relation.selectable) return "all";
  return alikeInEveryRequest(info, relation, () => {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    return tree ? nodeFieldsFor(relation, selectedNodeFields(tree)) : "all";
  });
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
  return alikeInEveryRequest(info, shape, () => planFromSelection(info, shape));
}

/**
 * What is known of a field occurrence's selection (Apollo keeps a document while its text is in
 * use, graphql-jit the field nodes with it), by what was worked out from it.
 */
const occurrences = new WeakMap<readonly FieldNode[], { readsVariables: boolean; known: Map<unknown, unknown> }>();

/**
 * What `compute` works out from `info`'s selection, by `key`. A selection that reads no variable
 * is alike in every request, so the result is kept; one that does is worked out each time.
 */
function alikeInEveryRequest<T>(info: GraphQLResolveInfo, key: unknown, compute: () => T): T {
  let occurrence = occurrences.get(info.fieldNodes);
  if (!occurrence) {
    occurrences.set(info.fieldNodes, (occurrence = { readsVariables: readsVariables(info), known: new Map() }));
  }
  if (occurrence.readsVariables) return compute();
  let value = occurrence.known.get(key) as T | undefined;
  if (value === undefined) occurrence.known.set(key, (value = compute()));
  return value;
}

/** Whether the selections under `info`'s field read a variable, in an argument or a directive, through fragments too. */
function readsVariables(info: GraphQLResolveInfo): boolean {
  let found = false;
  const visited = new Set<string>();
  const visitor: ASTVisitor = {
    Variable() {
      found = true;
      return BREAK;
    },
    FragmentSpread(spread) {
      const fragment = info.fragments[spread.name.value];
      if (fragment && !visited.has(spread.name.value)) {
        visited.add(spread.name.value);
        visit(fragment, visitor);
      }
    },
  };
  for (const field of info.fieldNodes) {
    if (field.selectionSet && !found) visit(field.selectionSet, visitor);
  }
  return found;
}

function planFromSelection(info: GraphQLResolveInfo, shape: "connection" | "node"): PaperSelection {
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
        planned.set(key, prefetchOf(relation, page, nodeFields, `prefetch${planned.size}`));
      }
    }
  }
  return { columns: [...columns], prefetches: [...planned.values()] };
}
