import type { Request } from "express";
import { DateResolver } from "graphql-scalars";
import { BadUserInputError } from "../errors";
import { holdsNul } from "../limits/operation-check";
import { TrendingWindow } from "../services/trending";

// The checks of the pages and feeds served beside /graphql: they refuse what GraphQL refuses.

/** Refuses a request whose query string or path holds a NUL character, which Postgres text cannot. */
export function refuseNul(req: Request): void {
  if (holdsNul(req.query) || holdsNul(req.params)) {
    throw new BadUserInputError("A parameter contains a NUL character (\\u0000), which text cannot hold.");
  }
}

/** The query-string parameters, each given at most once. */
export function singleParameters(req: Request): Record<string, string | undefined> {
  const parameters: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.query)) {
    if (typeof value !== "string") throw new BadUserInputError(`Give \`${name}\` once, as plain text.`, name);
    parameters[name] = value;
  }
  return parameters;
}

/** A day as GraphQL's `Date` scalar reads it, so both refuse the same strings, such as 2024-02-30. */
export function parseDate(value: string, argumentName: string): Date {
  try {
    return DateResolver.parseValue(value) as Date;
  } catch {
    throw new BadUserInputError(`"${value}" is not a date of the form YYYY-MM-DD.`, argumentName);
  }
}

/** `day`, `week` or `month`, in lower case as URLs write them. */
export function parseWindow(value: string, argumentName: string): TrendingWindow {
  const window = value.toUpperCase() as TrendingWindow;
  if (value !== value.toLowerCase() || !Object.values(TrendingWindow).includes(window)) {
    throw new BadUserInputError("The window must be day, week or month.", argumentName);
  }
  return window;
}
