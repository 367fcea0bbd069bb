import "reflect-metadata";
import fs from "node:fs";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from "graphql";
import { buildSchema } from "type-graphql";
import { SCHEMA_FILE } from "../../src/paths";
import { createLivePubSub } from "../../src/pubsub/topics";
import { callFieldResolversDirectly } from "../../src/resolvers/direct-field-resolvers";
import { createSchema, printSortedSchema, RESOLVERS } from "../../src/schema";

test("every type, field, argument and enum value is described", async () => {
  const schema = await createSchema(createLivePubSub());
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});

test("the committed schema/schema.graphql is what the code emits", async () => {
  expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(printSortedSchema(await createSchema(createLivePubSub())));
});

test("field resolvers that need no conversion are called directly, and answer as type-graphql's wrapper did", async () => {
  const schema = await createSchema(createLivePubSub());
  const wrapped = await buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    authChecker: () => true,
    pubSub: createLivePubSub(),
  });
  const direct = callFieldResolversDirectly(await createSchema(createLivePubSub()), RESOLVERS);
  expect(direct).toEqual(expect.arrayContaining(["Paper.id", "Paper.authors", "Paper.repositories", "Author.id"]));
  // The wrapper built Paper instances from the row; the direct call passes the row itself.
  const row = Object.freeze({ id: 42, arxivId: "2410.17243" });
  for (const name of ["id", "arxivUrl"]) {
    const field = (schema.getType("Paper") as GraphQLObjectType).getFields()[name];
    const before = (wrapped.getType("Paper") as GraphQLObjectType).getFields()[name];
    expect(field.resolve).not.toBe(before.resolve);
    const info = {} as GraphQLResolveInfo;
    expect(field.resolve!(row, {}, {}, info)).toEqual(before.resolve!(row, {}, {}, info));
  }
});
