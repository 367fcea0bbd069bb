import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { Context } from "../context";

type PendingResult = ExecutionResult | Promise<ExecutionResult>;

/**
 * Each event's results, by document and then by audience: the same document for the same
 * operation, variables and viewer gives the same result. Held only as long as the event is.
 */
const resultsByEvent = new WeakMap<object, WeakMap<DocumentNode, Map<string, PendingResult>>>();

/**
 * Who a subscription's results are for: they may differ by operation, by variables and by the
 * viewer (its id, role and handle: whatever a resolver may read of it), and by nothing else.
 */
function audienceOf(args: ExecutionArgs): string {
  const { viewer } = args.contextValue as Context;
  return JSON.stringify([args.operationName ?? null, args.variableValues ?? {}, viewer]);
}

/**
 * graphql's `subscribe`, except that the subscribers of one event who share a document and an
 * audience share its execution: 10,000 anonymous clients on one subscription execute each event
 * once instead of 10,000 times. The first of them executes it, with its own context; its
 * loaders read what the others would have. Events that are not objects are executed for each.
 */
export async function subscribeSharingResults(
  args: ExecutionArgs,
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream; // its errors
  const events = stream[Symbol.asyncIterator]();
  const audience = audienceOf(args);
  const executeFor = (event: unknown): PendingResult => execute({ ...args, rootValue: event });
  const resultOf = (event: unknown): PendingResult => {
    if (typeof event !== "object" || event === null) return executeFor(event);
    let byDocument = resultsByEvent.get(event);
    if (!byDocument) resultsByEvent.set(event, (byDocument = new WeakMap()));
    let byAudience = byDocument.get(args.document);
    if (!byAudience) byDocument.set(args.document, (byAudience = new Map()));
    let result = byAudience.get(audience);
    if (!result) byAudience.set(audience, (result = executeFor(event)));
    return result;
  };
  const results = {
    async next() {
      const next = await events.next();
      return next.done ? next : { done: false, value: await resultOf(next.value) };
    },
    // Forwarded at once, even while `next` waits for an event, so the source stops listening now.
    return: () => events.return?.() ?? Promise.resolve({ done: true as const, value: undefined }),
    throw: (error: unknown) => events.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results as AsyncGenerator<ExecutionResult>;
}
