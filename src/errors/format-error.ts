import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { Context } from "../context";
import type { Logger } from "../logger";
import { ErrorCode } from ".";

const POSTGRES_QUERY_CANCELED = "57014";

/** Postgres and pool failures that clients can act on, with what to tell them. */
function databaseLimitReached(error: unknown): { code: ErrorCode; message: string } | undefined {
  const failure = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | undefined;
  if ((failure?.driverError?.code ?? failure?.code) === POSTGRES_QUERY_CANCELED) {
    return { code: ErrorCode.TIMEOUT, message: "A database statement ran past its time limit; ask for less." };
  }
  if (typeof failure?.message === "string" && failure.message.includes("timeout exceeded when trying to connect")) {
    return { code: ErrorCode.SERVICE_UNAVAILABLE, message: "The server is too busy to answer; retry shortly." };
  }
  return undefined;
}

function isInternal(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Clients see expected errors as they are, minus schema suggestions ("Did you mean …?") that
 * would map our schema for a scanner; the two database limits get their own codes; every other
 * error becomes a bare INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const { locations, path } = formatted;
  const limit = databaseLimitReached(error === undefined ? undefined : unwrapResolverError(error));
  if (limit) return { message: limit.message, locations, path, extensions: { code: limit.code } };
  if (isInternal(formatted)) {
    return { message: "Internal server error", locations, path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  const { http: _transportOnly, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, ""), extensions };
}

/** Gives masked errors the request ID under which the server logged them in full. */
export function tagInternalErrors(
  errors: readonly GraphQLFormattedError[],
  requestId: string,
): GraphQLFormattedError[] {
  return errors.map((error) =>
    error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR
      ? { ...error, extensions: { ...error.extensions, requestId } }
      : error,
  );
}

/** Logs unexpected errors in full, with the request ID the client gets in `x-request-id`. */
export function logUnexpectedErrors(errors: readonly GraphQLError[], logger: Logger): void {
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR || databaseLimitReached(error.originalError)) {
      logger.error({ err: unwrapResolverError(error), path: error.path }, "request failed");
    }
  }
}

/** Apollo's hooks for the same logging and tagging over HTTP. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          logUnexpectedErrors(errors, contextValue.logger ?? logger);
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single" && response.body.singleResult.errors) {
            response.body.singleResult.errors = tagInternalErrors(
              response.body.singleResult.errors,
              contextValue.requestId,
            );
          }
        },
      };
    },
  };
}
