import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { RequestLimits } from "../config";
import { ErrorCode } from "../errors";

export type ShapeLimits = Pick<
  RequestLimits,
  "maxQueryCharacters" | "maxTokens" | "maxDepth" | "maxAliases" | "maxDirectives"
>;

/** Armor's rules throw by default; as validation rules they report, like the specification's. */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Validation rules, beyond the specification's, that bound a document's depth, aliases and directives. */
export function shapeRules(limits: ShapeLimits, introspection: boolean): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...reportAsValidationError }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAsValidationError }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAsValidationError }),
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}

export function queryTooLarge(length: number, limits: ShapeLimits): GraphQLError | undefined {
  if (length <= limits.maxQueryCharacters) return undefined;
  return new GraphQLError(`The query has ${length} characters; the limit is ${limits.maxQueryCharacters}.`, {
    extensions: { code: ErrorCode.QUERY_TOO_LARGE, http: { status: 400 } },
  });
}

export type DocumentCheck = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/** The query text, in characters, whose checks a checker remembers, the least recently used forgotten first. */
const REMEMBERED_QUERY_CHARACTERS = 1_000_000;

/**
 * A checker that parses and validates documents under the same limits Apollo applies over
 * HTTP, with the same codes: for transports that do not go through Apollo, like graphql-ws.
 * Like Apollo, it remembers what it checked by query text: the same subscription from 10,000
 * clients is parsed and validated once, and they share one document.
 */
export function documentChecker(
  schema: GraphQLSchema,
  limits: ShapeLimits,
  introspection: boolean,
): (query: string) => DocumentCheck {
  const rules = [...specifiedRules, ...shapeRules(limits, introspection)];
  const remembered = new Map<string, DocumentCheck>();
  let rememberedCharacters = 0;
  const check = (query: string): DocumentCheck => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      const syntaxError = error as GraphQLError;
      return {
        errors: [
          new GraphQLError(syntaxError.message, {
            nodes: syntaxError.nodes,
            source: syntaxError.source,
            positions: syntaxError.positions,
            extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED },
          }),
        ],
      };
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length > 0) {
      return {
        errors: invalid.map(
          (error) =>
            new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
            }),
        ),
      };
    }
    return { document };
  };
  return (query) => {
    const tooLarge = queryTooLarge(query.length, limits);
    if (tooLarge) return { errors: [tooLarge] };
    let checked = remembered.get(query);
    if (checked) {
      remembered.delete(query); // to the back of the line
    } else {
      checked = check(query);
      rememberedCharacters += query.length;
      for (const [oldest] of remembered) {
        if (rememberedCharacters <= REMEMBERED_QUERY_CHARACTERS) break;
        remembered.delete(oldest);
        rememberedCharacters -= oldest.length;
      }
    }
    remembered.set(query, checked);
    return checked;
  };
}
