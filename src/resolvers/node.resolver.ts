import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import type DataLoader from "dataloader";
import { fromGlobalId, type NodeType } from "../domain/global-id";
import { NotFoundError } from "../errors";
import { checkListSize, MAX_PAGE_SIZE } from "../services/pagination";
import { Node } from "./types/node";

async function loadNode(ctx: Context, globalId: string, argumentName: string): Promise<Node> {
  const { type, id } = fromGlobalId(globalId, argumentName);
  const loaders: Partial<Record<NodeType, DataLoader<number, object | null>>> = {
    Paper: ctx.loaders.paperById,
    Author: ctx.loaders.authorById,
    Repository: ctx.loaders.repositoryById,
    User: ctx.loaders.userById,
  };
  const node = await loaders[type]?.load(id);
  if (!node) throw new NotFoundError(`Could not resolve to a node with the global ID "${globalId}".`);
  return node as unknown as Node;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID." })
  node(
    @Arg("id", () => ID, { description: "Global ID of the object." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node> {
    return loadNode(ctx, id, "id");
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Fetches up to ${MAX_PAGE_SIZE} objects by global ID, in the order given; unknown IDs come back as null with an error.`,
  })
  nodes(
    @Arg("ids", () => [ID], { description: "Global IDs of the objects." }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Node | Error>[] {
    checkListSize(ids.length, "ids");
    // An Error in the list nulls that item alone and reports it at its path.
    return ids.map((id) => loadNode(ctx, id, "ids").catch((error: Error) => error));
  }
}
