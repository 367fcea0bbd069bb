import "reflect-metadata";
import fs from "node:fs";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from "graphql";
import { SCHEMA_FILE } from "../../src/paths";
import { createLivePubSub } from "../../src/pubsub/topics";
import { createSchema, printSortedSchema } from "../../src/schema";

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
