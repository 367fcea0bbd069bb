import { BadUserInputError } from "../errors";

export const MAX_SEARCH_LENGTH = 256;

/** Trims a search string, refusing empty and over-long ones. */
export function checkSearch(search: string, argumentName: string): string {
  const trimmed = search.trim();
  if (trimmed.length === 0) {
    throw new BadUserInputError("A search must contain at least one non-space character.", argumentName);
  }
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`A search can be at most ${MAX_SEARCH_LENGTH} characters long.`, argumentName);
  }
  return trimmed;
}
