import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { Context } from "../context";
import type { Logger } from "../logger";
import { ErrorCode } from ".";

function isInternal(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/** Clients see expected errors as they are, and every other error as a bare INTERNAL_SERVER_ERROR. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!isInternal(formatted)) return formatted;
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs unexpected errors in full, with the request ID the client gets in `x-request-id`. */
export function logUnexpectedErrors(errors: readonly GraphQLError[], logger: Logger): void {
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: unwrapResolverError(error), path: error.path }, "request failed");
    }
  }
}

/** Apollo's hook for the same logging over HTTP. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          logUnexpectedErrors(errors, contextValue.logger ?? logger);
        },
      };
    },
  };
}
