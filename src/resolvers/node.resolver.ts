import type { GraphQLResolveInfo } from "graphql";
import type DataLoader from "dataloader";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { fromGlobalId, type NodeType } from "../domain/global-id";
import { asNode, Node } from "../entities/node";
import { NotFoundError } from "../errors";
import { checkListSize, MAX_PAGE_SIZE } from "../services/pagination";
import { readPaper } from "../services/paper.service";
import { planPaperSelection } from "./paper-read";

const notFound = (globalId: string) =>
  new NotFoundError(`Could not resolve to a node with the global ID "${globalId}".`);

async function loadNode(ctx: Context, globalId: string, argumentName: string): Promise<Node> {
  const { type, id } = fromGlobalId(globalId, argumentName);
  const loaders: Partial<Record<NodeType, DataLoader<number, object | null>>> = {
    Paper: ctx.loaders.paperById,
    Author: ctx.loaders.authorById,
    Repository: ctx.loaders.repositoryById,
    User: ctx.loaders.userById,
    Watch: ctx.loaders.ownWatchById,
    WatchEvent: ctx.loaders.ownWatchEventById,
    WebhookEndpoint: ctx.loaders.ownWebhookEndpointById,
    WebhookDelivery: ctx.loaders.ownWebhookDeliveryById,
  };
  const node = await loaders[type]?.load(id);
  if (!node) throw notFound(globalId);
  return asNode(type, node) as unknown as Node;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID." })
  async node(
    @Arg("id", () => ID, { description: "Global ID of the object." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node> {
    // A paper is read with the columns the operation needs and the children it asks for, in one statement.
    const { type, id: paperId } = fromGlobalId(id, "id");
    if (type !== "Paper") return loadNode(ctx, id, "id");
    const paper = await readPaper(ctx, paperId, planPaperSelection(info, "node"));
    if (!paper) throw notFound(id);
    return asNode(type, paper) as unknown as Node;
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
