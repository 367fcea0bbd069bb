import { fromGlobalId, type NodeType } from "../domain/global-id";
import { UserErrorCode, UserErrors } from "../errors";
import type { MutationInput } from "./types/mutation";

/**
 * Runs a mutation and shapes its payload: the result's fields with no `userErrors`, or, when
 * the service refused the input, only `userErrors` (its transaction rolled back). Authorization
 * runs before this (`@Authorized`), so an anonymous caller never learns what is wrong with an input.
 */
export async function runMutation<T extends object>(input: MutationInput, run: () => Promise<T>) {
  const clientMutationId = input.clientMutationId ?? null;
  try {
    return { ...(await run()), clientMutationId, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrors) return { clientMutationId, userErrors: error.errors };
    throw error;
  }
}

/** The database id in a global ID from a mutation input; a wrong one is a user error. */
export function inputId(globalId: string, type: NodeType, field: string[]): number {
  try {
    return fromGlobalId(globalId, field.join("."), type).id;
  } catch (error) {
    throw UserErrors.of(field, UserErrorCode.INVALID, (error as Error).message);
  }
}
