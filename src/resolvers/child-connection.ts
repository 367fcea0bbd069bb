import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";
import type DataLoader from "dataloader";
import type { FullPaperRow } from "../db/rows";
import { nodeFieldsFor, type ChildPage, type ChildRelation } from "../loaders/child-connection";
import { parsePage } from "../services/pagination";
import { childNodeFields, planPaperSelection } from "./paper-read";
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
  return pageOf(ctx, relation, parentId, loader);
}

/**
 * A page of papers under one parent, as `childConnection`, reading only the columns the
 * selection needs, and the papers' own authors and repositories in the same statement.
 */
export async function childPaperConnection(
  ctx: Context,
  relation: ChildRelation<FullPaperRow>,
  parentId: number,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
) {
  const loader = ctx.loaders.perField(info, () => {
    const { columns, prefetches } = planPaperSelection(info, "connection");
    const fields = nodeFieldsFor(relation as ChildRelation<object>, columns);
    return ctx.loaders.childPage(relation, parsePage(args, relation.sort), fields, prefetches);
  });
  return pageOf(ctx, relation, parentId, loader);
}

async function pageOf<TNode extends object>(
  ctx: Context,
  relation: ChildRelation<TNode>,
  parentId: number,
  loader: DataLoader<number, ChildPage<TNode>>,
) {
  const result = await loader.load(parentId);
  return connection(result, () => ctx.loaders.childCount(relation).load(parentId));
}
