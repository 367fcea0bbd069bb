import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema, ParseOptions, ValidationRule } from "graphql";
import type { RequestLimits } from "../config";
import type { Context } from "../context";
import { formatError, httpStatusOf, logUnexpectedErrors, tagInternalErrors } from "../errors/graphql";
import { admitOperation, rateLimitHeaders, type Operation } from "../limits/admission";
import { documentChecker, queryTooLarge, shapeRules, type DocumentCheck } from "../limits/document-shape";
import { checkOperationName, refuseNulCharacters } from "../limits/operation-check";

/** What the formatting step needs of an operation: where to log, and the ID to tag masked errors with. */
export type OperationLog = Pick<Context, "logger" | "requestId">;

/**
 * The steps every GraphQL operation takes, over HTTP and over graphql-ws alike:
 *
 *   1. length    refuse a document over MAX_QUERY_CHARACTERS, before parsing it
 *   2. parse     under the token limit
 *   3. validate  the specification's rules and our shape rules
 *   4. admit     the operation named exists, no string holds NUL, node limit, rate budget
 *   5. execute
 *   6. format    mask unexpected errors, log them in full, tag them with the request ID
 *
 * Apollo runs HTTP requests: it parses, validates and executes with the options below, an
 * express middleware runs step 1 and `apolloPlugin` runs steps 4 and 6 from Apollo's hooks.
 * The websocket server calls `checkDocument`, `admit` and `formatErrors` itself. Both
 * transports call the same functions, so a step added to one of them is added to both.
 */
export class OperationPipeline {
  /** Step 2's options, for Apollo; `checkDocument` parses with the same. */
  readonly parseOptions: ParseOptions;
  /** Step 3's rules beyond the specification's, for Apollo; `checkDocument` validates with the same. */
  readonly validationRules: ValidationRule[];
  /** Steps 1 to 3 for transports that do not go through Apollo. */
  readonly checkDocument: (query: string) => DocumentCheck;

  constructor(
    schema: GraphQLSchema,
    private readonly limits: RequestLimits,
    introspection: boolean,
  ) {
    this.parseOptions = { maxTokens: limits.maxTokens };
    this.validationRules = shapeRules(limits, introspection);
    this.checkDocument = documentChecker(schema, limits, introspection);
  }

  /** Step 1 alone, for HTTP, where Apollo parses. */
  checkLength(query: string): GraphQLError | undefined {
    return queryTooLarge(query.length, this.limits);
  }

  /** Step 4: throws a GraphQLError with a code when the operation is refused; charges it otherwise. */
  async admit(operation: Operation, context: Context): Promise<void> {
    checkOperationName(operation.document, operation.operationName);
    refuseNulCharacters(operation.document, operation.variables);
    await admitOperation(operation, context, this.limits.maxNodes);
  }

  /** Step 6 for transports without Apollo, which runs the same functions from its hooks. */
  formatErrors(errors: readonly GraphQLError[], operation: OperationLog): GraphQLFormattedError[] {
    logUnexpectedErrors(errors, operation.logger);
    const formatted = errors.map((error) => formatError(error.toJSON(), error));
    return tagInternalErrors(formatted, operation.requestId);
  }

  /**
   * Steps 4 and 6 from Apollo's hooks (Apollo calls `formatError` itself), with the HTTP parts:
   * the status a domain error calls for, and the caller's budget in the headers.
   */
  apolloPlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, request, contextValue }) => {
          const { operationName, variables } = request;
          await this.admit({ schema, document, operationName, variables }, contextValue);
        },
        didEncounterErrors: async ({ errors, contextValue }) => logUnexpectedErrors(errors, contextValue.logger),
        willSendResponse: async ({ response, errors, contextValue }) => {
          const status = errors && httpStatusOf(errors);
          if (status) response.http.status = status;
          if (response.body.kind === "single" && response.body.singleResult.errors) {
            response.body.singleResult.errors = tagInternalErrors(
              response.body.singleResult.errors,
              contextValue.requestId,
            );
          }
          for (const [name, value] of await rateLimitHeaders(contextValue)) response.http.headers.set(name, value);
        },
      }),
    };
  }
}
