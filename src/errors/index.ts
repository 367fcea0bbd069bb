/** Stable `extensions.code` values that clients can branch on. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /** Refusals before execution; Apollo uses the same codes for parse and validation errors. */
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  QUERY_TOO_LARGE = "QUERY_TOO_LARGE",
  MAX_NODE_LIMIT_EXCEEDED = "MAX_NODE_LIMIT_EXCEEDED",
  RATE_LIMITED = "RATE_LIMITED",
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  BAD_REQUEST = "BAD_REQUEST",
  /** The request ran past its deadline, or a statement past Postgres's statement_timeout. */
  TIMEOUT = "TIMEOUT",
  /** No database connection came free in time; retrying later can work. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
}

/**
 * A failure the caller can act on. Domain code throws these and knows nothing of GraphQL;
 * `errors/graphql.ts` turns `code` into `extensions.code` (and an HTTP status where one applies).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The argument at fault, for BAD_USER_INPUT. */
    readonly argumentName?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent an argument we cannot use; `argumentName` says which one. */
export class BadUserInputError extends DomainError {
  constructor(message: string, argumentName?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argumentName);
  }
}

/** The ID or key the caller asked for names nothing we can show. */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

/** No valid credentials: a bad, unknown or revoked token, or none where one is needed. */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** Signed in, but the role does not allow this. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** The caller has used up an allowance; trying again after `retryAfter` seconds can work. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(ErrorCode.RATE_LIMITED, message);
  }
}

/** A caller's mistake in a mutation input, returned in the payload's `userErrors`. */
export interface UserErrorShape {
  field: string[];
  message: string;
  code: UserErrorCode;
}

export enum UserErrorCode {
  BLANK = "BLANK",
  TOO_LONG = "TOO_LONG",
  INVALID = "INVALID",
  TAKEN = "TAKEN",
  NOT_FOUND = "NOT_FOUND",
  LIMIT_REACHED = "LIMIT_REACHED",
  NO_CONFIRMED_ADDRESS = "NO_CONFIRMED_ADDRESS",
}

/**
 * Thrown by services for mistakes found inside a transaction, so the transaction rolls back;
 * mutation resolvers turn it into `userErrors`.
 */
export class UserErrors extends Error {
  constructor(readonly errors: UserErrorShape[]) {
    super(errors.map((error) => `${error.field.join(".")}: ${error.message}`).join("; "));
    this.name = "UserErrors";
  }

  static of(field: string[], code: UserErrorCode, message: string): UserErrors {
    return new UserErrors([{ field, code, message }]);
  }
}
