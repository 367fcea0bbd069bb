import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for test/operations, read from the committed SDL only. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/operations/**/*.graphql"],
  generates: {
    "test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "gql" },
      config: {
        scalars: { Date: "string", DateTime: "string", URL: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
