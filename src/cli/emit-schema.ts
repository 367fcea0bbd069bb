import "reflect-metadata";
import { SCHEMA_FILE } from "../paths";
import { createLivePubSub } from "../pubsub/topics";
import { createSchema, writeSchemaFile } from "../schema";

createSchema(createLivePubSub())
  .then((schema) => {
    writeSchemaFile(schema);
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
