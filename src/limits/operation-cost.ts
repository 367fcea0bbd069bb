import { GraphQLError, getNamedType, type DocumentNode, type GraphQLField, type GraphQLSchema } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { BadUserInputError, ErrorCode } from "../errors";
import { checkListSize, checkPageSize, DEFAULT_PAGE_SIZE } from "../services/pagination";

/** What an operation may cost, worked out from its document before it runs, as GitHub does. */
export interface OperationCost {
  /** Most nodes its connections can return: each page size times the pages above it. */
  nodeCount: number;
  /** Rate-limit points: one per hundred connection reads it can make, and at least one. */
  points: number;
}

/**
 * How many items a field can return: the page size of a connection, or the number of IDs
 * given to `nodes`; undefined for fields that return one object or a scalar. Page sizes
 * are checked here, so an out-of-range `first` is refused before anything runs.
 */
function itemsPerCall(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  if (getNamedType(field.type).name.endsWith("Connection")) {
    const size = (args.first ?? args.last) as number | null | undefined;
    return size == null ? DEFAULT_PAGE_SIZE : checkPageSize(size, args.first != null ? "first" : "last");
  }
  if (Array.isArray(args.ids)) return checkListSize(args.ids.length, "ids");
  return undefined;
}

/** GitHub's node limit: a connection of n returns n nodes, plus n times what each of them holds. */
const nodeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const items = itemsPerCall(field, args);
  return items === undefined ? childComplexity : items * (1 + childComplexity);
};

/** Reads a field declares beyond its pages, with type-graphql's `complexity` option. */
function declaredReads(options: Parameters<ComplexityEstimator>[0]): number {
  const declared = options.field.extensions?.complexity as number | ComplexityEstimator | undefined;
  return (typeof declared === "function" ? declared(options) : declared) ?? 0;
}

/**
 * GitHub's request count: a connection is one read, plus one per item for each read nested in
 * it; plus what a field declares.
 */
const readEstimator: ComplexityEstimator = (options) => {
  const { field, args, childComplexity } = options;
  const items = itemsPerCall(field, args);
  return (items === undefined ? childComplexity : 1 + items * childComplexity) + declaredReads(options);
};

/** Most variable sets remembered per document: a few hot queries make most of the traffic. */
const COSTS_PER_DOCUMENT = 100;
const measured = new WeakMap<DocumentNode, Map<string, OperationCost>>();

/**
 * The cost of an operation. Apollo hands out one parsed document per query text, so costs are
 * remembered per document and variables; the same page asked for again is not re-measured.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): OperationCost {
  let costs = measured.get(document);
  if (!costs) measured.set(document, (costs = new Map()));
  const key = `${operationName ?? ""} ${JSON.stringify(variables ?? {})}`;
  let cost = costs.get(key);
  if (!cost) {
    cost = measureAfresh(schema, document, operationName, variables);
    if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, cost);
  }
  return cost;
}

function measureAfresh(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): OperationCost {
  const measure = (estimator: ComplexityEstimator) =>
    getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [estimator],
    });
  try {
    const reads = measure(readEstimator);
    return { nodeCount: measure(nodeEstimator), points: Math.max(1, Math.round(reads / 100)) };
  } catch (error) {
    // Page sizes out of range, or variables that do not fit their types: refused as bad input, with 400.
    if (error instanceof BadUserInputError) {
      throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
    }
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...error.extensions, http: { status: 400 } },
    });
  }
}
