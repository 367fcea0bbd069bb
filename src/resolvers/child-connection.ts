import type { Context } from "../context";
import type { ChildRelation, NodeFields } from "../loaders/child-connection";
import { parsePage } from "../services/pagination";
import { connection, type ConnectionArgs } from "./types/connection";

/** A page of a to-many relation for one parent, batched with its siblings by the loaders. */
export async function childConnection<TNode extends object>(
  ctx: Context,
  relation: ChildRelation<TNode>,
  parentId: number,
  args: ConnectionArgs,
  fields: NodeFields = "all",
) {
  const page = parsePage(args, relation.sort);
  const result = await ctx.loaders.childPage(relation, page, fields).load(parentId);
  return connection(result, () => ctx.loaders.childCount(relation).load(parentId));
}
