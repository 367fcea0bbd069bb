import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import type { PageInfoShape } from "../../services/pagination";

@ObjectType({
  simpleResolvers: true,
  description: "Where a page sits in a connection, and the cursors to move from it.",
})
export class PageInfo implements PageInfoShape {
  @Field({ description: "Whether more items follow this page." })
  hasNextPage: boolean;

  @Field({ description: "Whether items precede this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item in the page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item in the page." })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Returns the first _n_ items (1–100, default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Returns the items after this cursor." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Returns the last _n_ items (1–100)." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Returns the items before this cursor." })
  before?: string | null;
}

/** Fields every edge has; subclasses add what the relation itself carries. */
export function EdgeType<TNode extends object>(NodeClass: ClassType<TNode>) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge {
    @Field({ description: "Opaque cursor of this edge, for `after` and `before`." })
    cursor: string;

    @Field(() => NodeClass, { description: "The item at the end of the edge." })
    node: TNode;
  }
  return Edge;
}

/** What a connection resolver returns; `totalCount` runs its query only when asked for. */
export interface ConnectionShape<TNode, TEdge extends { node: TNode }> {
  edges: TEdge[];
  pageInfo: PageInfoShape;
  readonly nodes: TNode[];
  readonly totalCount: Promise<number>;
}

export function connection<TNode, TEdge extends { node: TNode }>(
  page: { edges: TEdge[]; pageInfo: PageInfoShape },
  count: () => Promise<number>,
): ConnectionShape<TNode, TEdge> {
  return {
    ...page,
    get nodes() {
      return page.edges.map((edge) => edge.node);
    },
    get totalCount() {
      return count();
    },
  };
}

/** A Relay connection over `EdgeClass`, with GitHub's `nodes` shortcut. */
export function ConnectionType<TNode extends object, TEdge extends { node: TNode }>(
  NodeClass: ClassType<TNode>,
  EdgeClass: ClassType<TEdge>,
) {
  @ObjectType({ simpleResolvers: true })
  abstract class Connection {
    @Field(() => [EdgeClass], { description: "The items of this page, each with its cursor." })
    edges: TEdge[];

    @Field(() => [NodeClass], { description: "The items of this page, without edges." })
    nodes: TNode[];

    @Field(() => PageInfo, { description: "How to fetch the pages around this one." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items the whole list holds." })
    totalCount: number;
  }
  return Connection;
}
