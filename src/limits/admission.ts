import { HeaderMap } from "@apollo/server";
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Context } from "../context";
import { ErrorCode } from "../errors";
import { measureOperation, type OperationCost } from "./operation-cost";
import type { BudgetStatus, Caller } from "./rate-budget";

/** The caller's budget after this operation, and what the operation cost. */
export interface RateLimitState extends BudgetStatus {
  cost: number;
  nodeCount: number;
}

export interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
}

export function callerOf(context: Pick<Context, "viewer" | "clientAddress">): Caller {
  return context.viewer ? { userId: context.viewer.id } : { clientAddress: context.clientAddress };
}

/**
 * Admits a parsed, valid operation, or refuses it before anything runs: over the node limit,
 * or over the caller's remaining budget. Spends the operation's points from the budget.
 */
export async function admitOperation(operation: Operation, context: Context, maxNodes: number): Promise<void> {
  const { nodeCount, points } = measureOperation(
    operation.schema,
    operation.document,
    operation.operationName,
    operation.variables,
  );
  if (nodeCount > maxNodes) {
    throw new GraphQLError(
      `This query could return ${nodeCount} nodes; the limit is ${maxNodes}. Ask for smaller pages or fewer nested connections.`,
      { extensions: { code: ErrorCode.MAX_NODE_LIMIT_EXCEEDED, nodeCount, maxNodes, http: { status: 400 } } },
    );
  }
  const retryAfter = await chargeCaller(context, { nodeCount, points });
  if (retryAfter !== undefined) {
    const status = context.rateLimit!;
    throw new GraphQLError(
      `Rate limit exceeded: this query costs ${points} points and ${status.remaining} of ${status.limit} remain until ${status.resetAt.toISOString()}.`,
      {
        extensions: {
          code: ErrorCode.RATE_LIMITED,
          retryAfter,
          http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) },
        },
      },
    );
  }
}

/**
 * Spends `cost` from the caller's budget and records it on the context, for the headers.
 * Returns the seconds until the budget is whole again when it cannot pay; a refusal costs nothing.
 */
export async function chargeCaller(context: Context, cost: OperationCost): Promise<number | undefined> {
  const { allowed, status } = await context.budget.spend(callerOf(context), cost.points);
  context.rateLimit = { ...status, cost: cost.points, nodeCount: cost.nodeCount };
  return allowed ? undefined : Math.max(1, Math.ceil((status.resetAt.getTime() - Date.now()) / 1000));
}

/**
 * The `x-ratelimit-*` headers GitHub's API sends: the caller's budget after this operation,
 * or as it stands when the operation was refused before it was charged.
 */
export async function rateLimitHeaders(context: Context): Promise<[string, string][]> {
  const status = context.rateLimit ?? (await context.budget.peek(callerOf(context)));
  return [
    ["x-ratelimit-limit", String(status.limit)],
    ["x-ratelimit-remaining", String(status.remaining)],
    ["x-ratelimit-used", String(status.used)],
    ["x-ratelimit-reset", String(Math.ceil(status.resetAt.getTime() / 1000))],
  ];
}
