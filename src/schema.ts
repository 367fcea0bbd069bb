import fs from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema, type GraphQLInterfaceType, type GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker } from "type-graphql";
import type { Context } from "./context";
import { resolveNodeType } from "./entities/node";
import { UserRole } from "./entities/user.entity";
import { SCHEMA_FILE } from "./paths";
import type { LivePubSub } from "./pubsub/topics";
import { AuditResolver } from "./resolvers/audit.resolver";
import { AuthorResolver } from "./resolvers/author.resolver";
import { callFieldResolversDirectly } from "./resolvers/direct-field-resolvers";
import { DigestSubscriptionResolver, UserDigestResolver } from "./resolvers/digest.resolver";
import { ImportResolver } from "./resolvers/import.resolver";
import { NodeResolver } from "./resolvers/node.resolver";
import { PaperAdminResolver } from "./resolvers/paper-admin.resolver";
import { PaperChangeResolver } from "./resolvers/paper-change.resolver";
import { PaperResolver } from "./resolvers/paper.resolver";
import { RateLimitResolver } from "./resolvers/rate-limit.resolver";
import { RepositoryResolver } from "./resolvers/repository.resolver";
import { TrendingResolver } from "./resolvers/trending.resolver";
import { ApiTokenResolver, UserResolver } from "./resolvers/user.resolver";
import { VoteResolver } from "./resolvers/vote.resolver";
import { UserWatchResolver, WatchEventResolver, WatchResolver } from "./resolvers/watch.resolver";
import { WatchWebhookResolver, WebhookDeliveryResolver, WebhookEndpointResolver } from "./resolvers/webhook.resolver";
import { requireAdmin, requireViewer } from "./services/auth.service";

/**
 * `@Authorized()` needs a signed-in caller, `@Authorized(UserRole.ADMIN)` an admin. It runs before
 * the resolver reads its input, so an anonymous caller never learns what is wrong with one.
 */
const authChecker: AuthChecker<Context, UserRole> = ({ context }, roles) => {
  if (roles.includes(UserRole.ADMIN)) requireAdmin(context);
  else requireViewer(context);
  return true;
};

export const RESOLVERS = [
  NodeResolver,
  PaperResolver,
  PaperAdminResolver,
  PaperChangeResolver,
  AuthorResolver,
  RepositoryResolver,
  UserResolver,
  ApiTokenResolver,
  VoteResolver,
  AuditResolver,
  TrendingResolver,
  ImportResolver,
  RateLimitResolver,
  DigestSubscriptionResolver,
  UserDigestResolver,
  WatchResolver,
  WatchEventResolver,
  UserWatchResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  WatchWebhookResolver,
] as const;

/** The schema; subscriptions read from `pubSub`, which the server's LiveEvents feeds. */
export async function createSchema(pubSub: LivePubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Arguments are checked by the resolvers; class-validator is not used.
    validate: false,
    authChecker,
    pubSub,
  });
  // type-graphql has no option for the root type's description.
  schema.getQueryType()!.description = "The query root of the papergraph API.";
  schema.getMutationType()!.description = "The mutation root: upvotes for signed-in users, curation for admins.";
  schema.getSubscriptionType()!.description = "The subscription root, served over graphql-ws at /graphql.";
  // type-graphql wraps a resolveType given to its decorator in an async function, and graphql-jit
  // (server/compiled-executor.ts) takes the type name only from a synchronous one.
  (schema.getType("Node") as GraphQLInterfaceType).resolveType = resolveNodeType;
  callFieldResolversDirectly(schema, RESOLVERS);
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export function writeSchemaFile(schema: GraphQLSchema, file: string = SCHEMA_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, printSortedSchema(schema));
}
