import type { GatewayInterface } from "@apollo/server-gateway-interface";
import {
  astFromValue,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * graphql-jit's errors have no `extensions` object, which Apollo's formatting reads; rebuilt as
 * graphql's own, with the same path, locations and cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  return Object.assign(new GraphQLError(message, { path, originalError, extensions }), { locations });
}

/** `value` with the defaults of input fields it leaves out filled in, as a client would send them. */
function withFieldDefaults(type: GraphQLInputType, value: unknown): unknown {
  const nullable = getNullableType(type);
  if (value == null) return value;
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? value.map((item) => withFieldDefaults(nullable.ofType as GraphQLInputType, item))
      : value;
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(nullable.getFields())) {
    if (Object.hasOwn(filled, field.name)) filled[field.name] = withFieldDefaults(field.type, filled[field.name]);
    else if (field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) filled[field.name] = valueFromASTUntyped(literal);
    }
  }
  return filled;
}

/**
 * The request's variables with input-object defaults applied. graphql-jit 0.8 refuses a variable
 * that leaves out a non-null input field with a default (`authors: [String!]! = []`), which the
 * specification and graphql-js accept.
 */
function variablesWithDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const filled = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && Object.hasOwn(filled, name)) filled[name] = withFieldDefaults(type, filled[name]);
  }
  return filled;
}

/**
 * Runs operations with graphql-jit: each document is compiled once into a function that resolves
 * its fields without graphql-js's per-field interpretation. Apollo takes another executor only
 * through its gateway interface, which it still parses, validates and runs its plugins around.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayInterface {
  // Apollo's document store keeps one DocumentNode per distinct query text, so compiled
  // operations live as long as their document stays in that store.
  const perDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  function compile(document: DocumentNode, operationName: string | null): CompiledQuery {
    let byOperation = perDocument.get(document);
    const key = operationName ?? "";
    const cached = byOperation?.get(key);
    if (cached) return cached;
    const result = compileQuery(schema, document, operationName ?? undefined);
    // Apollo has validated the document, so a failure here is a bug, not the client's.
    if (!isCompiledQuery(result)) throw new Error(`graphql-jit could not compile: ${result.errors?.[0]?.message}`);
    if (!byOperation) perDocument.set(document, (byOperation = new Map()));
    byOperation.set(key, result);
    return result;
  }

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operation, operationName, request, context }) => {
          const result: ExecutionResult = await compile(document, operationName).query(
            undefined,
            context,
            variablesWithDefaults(schema, operation, request.variables ?? {}),
          );
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {},
  };
}
