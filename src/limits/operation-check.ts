import { BREAK, GraphQLError, getOperationAST, visit, type DocumentNode } from "graphql";
import { ErrorCode } from "../errors";

/**
 * Refuses a request whose `operationName` names no operation of its document, or that names
 * none when the document holds several: a mistake of the client's, answered with 400.
 */
export function checkOperationName(document: DocumentNode, operationName: string | null | undefined): void {
  if (getOperationAST(document, operationName)) return;
  const message =
    operationName == null
      ? "The document holds several operations: say which to run in operationName."
      : `The document has no operation named "${operationName}".`;
  throw new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
}

const NUL = "\u0000";

function nulRefusal(where: string): GraphQLError {
  return new GraphQLError(`${where} contains a NUL character (\\u0000), which text cannot hold.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}

/** Whether a string, or any string in an array or object, holds a NUL character. */
export function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsNul);
  return false;
}

/**
 * Postgres cannot store or compare text holding a NUL character, so a string with one, in the
 * document or in a variable, is refused with BAD_USER_INPUT before anything runs.
 */
export function refuseNulCharacters(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (holdsNul(value)) throw nulRefusal(`The variable $${name}`);
  }
  let inDocument = nulInDocument.get(document);
  if (inDocument === undefined) nulInDocument.set(document, (inDocument = findNul(document)));
  if (inDocument) throw nulRefusal(inDocument);
}

/** Apollo hands out one parsed document per query text, so each is searched once. */
const nulInDocument = new WeakMap<DocumentNode, string | null>();

/** Where a string literal of the document holds a NUL character, or null. */
function findNul(document: DocumentNode): string | null {
  let argument: string | undefined;
  let found: string | null = null;
  visit(document, {
    Argument: {
      enter: (node) => void (argument = node.name.value),
      leave: () => void (argument = undefined),
    },
    StringValue(node) {
      if (!node.value.includes(NUL)) return undefined;
      found = argument ? `The argument "${argument}"` : "A string in the document";
      return BREAK;
    },
  });
  return found;
}
