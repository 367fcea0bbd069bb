import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";
import type { ChildRelation } from "../loaders/child-connection";
import { parsePage } from "../services/pagination";
import { childNodeFields } from "./paper-read";
import { connection, type ConnectionArgs } from "./types/connection";

/**
 * A page of a to-many relation for one parent, batched with its siblings by the loaders. The
 * page and the columns its selection needs are the same for every parent, so they are read
 * from the arguments and the selection once per field occurrence.
 */
export async function childConnection<TNode extends object>(
  ctx: Context,
  relation: ChildRelation<TNode>,
  parentId: number,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
) {
  const loader = ctx.loaders.perField(info, () =>
    ctx.loaders.childPage(
      relation,
      parsePage(args, relation.sort),
      childNodeFields(info, relation as ChildRelation<object>),
    ),
  );
  const result = await loader.load(parentId);
  return connection(result, () => ctx.loaders.childCount(relation).load(parentId));
}
