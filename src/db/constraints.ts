/** Postgres's unique_violation. */
const UNIQUE_VIOLATION = "23505";

/** The unique constraint a failed statement violated, or undefined for any other failure. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { code?: unknown; constraint?: unknown } }).driverError;
  return driverError?.code === UNIQUE_VIOLATION && typeof driverError.constraint === "string"
    ? driverError.constraint
    : undefined;
}
