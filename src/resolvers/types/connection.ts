import { ArgsType, ClassType, Field, Float, Int, ObjectType } from "type-graphql";
import {
  AuditEntry,
  Author,
  DigestSubscription,
  Paper,
  PaperChange,
  Repository,
  Watch,
  WatchEvent,
  WebhookDelivery,
  WebhookEndpoint,
} from "../../entities";
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

/** A page as a connection: `nodes` and `totalCount` are getters of the class, not of each object. */
class PageConnection<TNode, TEdge extends { node: TNode }> implements ConnectionShape<TNode, TEdge> {
  readonly edges: TEdge[];
  readonly pageInfo: PageInfoShape;

  constructor(
    page: { edges: TEdge[]; pageInfo: PageInfoShape },
    private readonly count: () => Promise<number>,
  ) {
    this.edges = page.edges;
    this.pageInfo = page.pageInfo;
  }

  get nodes(): TNode[] {
    return this.edges.map((edge) => edge.node);
  }

  get totalCount(): Promise<number> {
    return this.count();
  }
}

export function connection<TNode, TEdge extends { node: TNode }>(
  page: { edges: TEdge[]; pageInfo: PageInfoShape },
  count: () => Promise<number>,
): ConnectionShape<TNode, TEdge> {
  return new PageConnection(page, count);
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

    // Its value is a promise, which only a field with a resolver awaits (graphql-jit inlines the rest).
    @Field(() => Int, { simple: false, description: "How many items the whole list holds." })
    totalCount: number;
  }
  return Connection;
}

// Every connection and edge type of the schema.

@ObjectType({ simpleResolvers: true, description: "A paper in a list of papers." })
export class PaperEdge extends EdgeType(Paper) {}

@ObjectType({ simpleResolvers: true, description: "A page of papers." })
export class PaperConnection extends ConnectionType(Paper, PaperEdge) {}

@ObjectType({ simpleResolvers: true, description: "An author of a paper, with their place in its author list." })
export class PaperAuthorEdge extends EdgeType(Author) {
  @Field(() => Int, { description: "Zero-based place of the author in the paper's author list." })
  position: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of a paper's authors, in the paper's order." })
export class PaperAuthorConnection extends ConnectionType(Author, PaperAuthorEdge) {}

@ObjectType({ simpleResolvers: true, description: "A repository linked to a paper." })
export class PaperRepositoryEdge extends EdgeType(Repository) {
  @Field({ description: "True when the paper's authors publish this repository themselves." })
  isOfficial: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A page of a paper's repositories, official ones first." })
export class PaperRepositoryConnection extends ConnectionType(Repository, PaperRepositoryEdge) {}

@ObjectType({ simpleResolvers: true, description: "A paper whose code a repository holds." })
export class RepositoryPaperEdge extends EdgeType(Paper) {
  @Field({ description: "True when the paper's authors publish this repository themselves." })
  isOfficial: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A page of the papers whose code a repository holds, newest first." })
export class RepositoryPaperConnection extends ConnectionType(Paper, RepositoryPaperEdge) {}

@ObjectType({ simpleResolvers: true, description: "An author in a list of authors." })
export class AuthorEdge extends EdgeType(Author) {}

@ObjectType({ simpleResolvers: true, description: "A page of authors." })
export class AuthorConnection extends ConnectionType(Author, AuthorEdge) {}

@ObjectType({ simpleResolvers: true, description: "A repository in a list of repositories." })
export class RepositoryEdge extends EdgeType(Repository) {}

@ObjectType({ simpleResolvers: true, description: "A page of repositories." })
export class RepositoryConnection extends ConnectionType(Repository, RepositoryEdge) {}

@ObjectType({ simpleResolvers: true, description: "An entry in the audit log." })
export class AuditEntryEdge extends EdgeType(AuditEntry) {}

@ObjectType({ simpleResolvers: true, description: "A page of the audit log, newest first." })
export class AuditEntryConnection extends ConnectionType(AuditEntry, AuditEntryEdge) {}

@ObjectType({ simpleResolvers: true, description: "A paper in a trending list." })
export class TrendingPaperEdge extends EdgeType(Paper) {
  @Field(() => Int, { description: "1-based place in the whole list: the window's, or that of its `filter`." })
  rank: number;

  @Field(() => Float, {
    description: "Decayed vote count now, or at `asOf`: each vote counts 1 when cast and halves every half-life.",
  })
  score: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of trending papers, best first." })
export class TrendingPaperConnection extends ConnectionType(Paper, TrendingPaperEdge) {}

@ObjectType({ simpleResolvers: true, description: "An email digest subscription." })
export class DigestSubscriptionEdge extends EdgeType(DigestSubscription) {}

@ObjectType({ simpleResolvers: true, description: "A page of email digest subscriptions, oldest first." })
export class DigestSubscriptionConnection extends ConnectionType(DigestSubscription, DigestSubscriptionEdge) {}

@ObjectType({ simpleResolvers: true, description: "A watch in a list of watches." })
export class WatchEdge extends EdgeType(Watch) {}

@ObjectType({ simpleResolvers: true, description: "A page of watches, oldest first." })
export class WatchConnection extends ConnectionType(Watch, WatchEdge) {}

@ObjectType({ simpleResolvers: true, description: "An event in a watch's list of events." })
export class WatchEventEdge extends EdgeType(WatchEvent) {}

@ObjectType({ simpleResolvers: true, description: "A page of a watch's events, newest first." })
export class WatchEventConnection extends ConnectionType(WatchEvent, WatchEventEdge) {}

@ObjectType({ simpleResolvers: true, description: "A webhook endpoint in a watch's list." })
export class WebhookEndpointEdge extends EdgeType(WebhookEndpoint) {}

@ObjectType({ simpleResolvers: true, description: "A page of a watch's webhook endpoints, oldest first." })
export class WebhookEndpointConnection extends ConnectionType(WebhookEndpoint, WebhookEndpointEdge) {}

@ObjectType({ simpleResolvers: true, description: "A delivery in a webhook endpoint's list." })
export class WebhookDeliveryEdge extends EdgeType(WebhookDelivery) {}

@ObjectType({ simpleResolvers: true, description: "A page of a webhook endpoint's deliveries, newest first." })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery, WebhookDeliveryEdge) {}
@ObjectType({ simpleResolvers: true, description: "A change in the catalog's change feed." })
export class PaperChangeEdge extends EdgeType(PaperChange) {}

@ObjectType({
  simpleResolvers: true,
  description:
    "A page of the catalog's change feed, oldest change first. `totalCount` counts every change readable now.",
})
export class PaperChangeConnection extends ConnectionType(PaperChange, PaperChangeEdge) {}
