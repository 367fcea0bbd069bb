import fs from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { SCHEMA_FILE } from "./paths";
import { AuditResolver } from "./resolvers/audit.resolver";
import { AuthorResolver } from "./resolvers/author.resolver";
import { NodeResolver } from "./resolvers/node.resolver";
import { PaperAdminResolver } from "./resolvers/paper-admin.resolver";
import { PaperResolver } from "./resolvers/paper.resolver";
import { RepositoryResolver } from "./resolvers/repository.resolver";
import { ApiTokenResolver, UserResolver } from "./resolvers/user.resolver";
import { VoteResolver } from "./resolvers/vote.resolver";

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      PaperResolver,
      PaperAdminResolver,
      AuthorResolver,
      RepositoryResolver,
      UserResolver,
      ApiTokenResolver,
      VoteResolver,
      AuditResolver,
    ],
    // Arguments are checked by the resolvers; class-validator is not used.
    validate: false,
  });
  // type-graphql has no option for the root type's description.
  schema.getQueryType()!.description = "The query root of the papergraph API.";
  schema.getMutationType()!.description = "The mutation root: upvotes for signed-in users, curation for admins.";
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
