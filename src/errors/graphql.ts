import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger";
import { DomainError, ErrorCode, RateLimitedError } from ".";

/** HTTP statuses that a domain error's code calls for; the rest answer 200 with `errors`. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { [ErrorCode.UNAUTHENTICATED]: 401 };

function extensionsOf(error: DomainError): Record<string, unknown> {
  return {
    code: error.code,
    ...(error.argumentName && { argumentName: error.argumentName }),
    ...(error instanceof RateLimitedError && { retryAfter: error.retryAfter }),
  };
}

/**
 * The one mapping from domain errors to GraphQL errors, for code outside execution (context
 * creation, websocket admission); errors thrown during execution are mapped by `formatError`.
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...extensionsOf(error), ...(status && { http: { status } }) },
  });
}

/** The domain error behind a GraphQL error, if there is one. */
function domainErrorOf(error: unknown): DomainError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : error;
  return original instanceof DomainError ? original : undefined;
}

/** The code an error reaches the client with, before masking. */
function codeOf(error: GraphQLError): unknown {
  return domainErrorOf(error)?.code ?? error.extensions?.code;
}

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
  const domainError = domainErrorOf(error);
  if (domainError) return { message: domainError.message, locations, path, extensions: extensionsOf(domainError) };
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
    const code = codeOf(error);
    if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR || databaseLimitReached(error.originalError)) {
      logger.error({ err: unwrapResolverError(error), path: error.path }, "request failed");
    }
  }
}

/** The HTTP status the first domain error that calls for one asks for, if any does. */
export function httpStatusOf(errors: readonly GraphQLError[]): number | undefined {
  return errors.map((error) => HTTP_STATUS[domainErrorOf(error)?.code as ErrorCode]).find(Boolean);
}
