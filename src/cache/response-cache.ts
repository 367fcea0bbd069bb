import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { BREAK, visit, type DocumentNode, type FormattedExecutionResult } from "graphql";
import type { Context } from "../context";

const MAX_ENTRIES = 1000;

/**
 * Whole responses to anonymous queries, for a few seconds: on a daily-papers site most readers
 * ask for the same pages. Any change to a paper or its votes empties it, on every instance, as
 * Postgres notifies them; changes that notify nothing (an author renamed, a repository edited)
 * show once the entries expire.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { result: FormattedExecutionResult; expiresAt: number }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > Date.now()) return entry.result;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, result: FormattedExecutionResult): void {
    // A Map iterates in insertion order: the first key is the oldest entry.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { result, expiresAt: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}

const rateLimitAskedIn = new WeakMap<DocumentNode, boolean>();

/**
 * `rateLimit` answers differently for each caller, so a document that asks for it is not shared.
 * Apollo hands out one parsed document per query text, so each is searched once.
 */
function asksForRateLimit(document: DocumentNode): boolean {
  let found = rateLimitAskedIn.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Field(node) {
        if (node.name.value !== "rateLimit") return undefined;
        found = true;
        return BREAK;
      },
    });
    rateLimitAskedIn.set(document, found);
  }
  return found;
}

/**
 * Answers repeated anonymous queries from the cache, after they are admitted and charged like
 * any other, and marks each response `x-cache: HIT` or `MISS`.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ contextValue, operation, document, request, queryHash }) {
          if (contextValue.viewer || operation.operation !== "query" || asksForRateLimit(document)) return null;
          key = `${queryHash} ${request.operationName ?? ""} ${JSON.stringify(request.variables ?? {})}`;
          const hit = cache.get(key);
          if (!hit) return null;
          key = undefined;
          return {
            http: { status: undefined, headers: new HeaderMap([["x-cache", "HIT"]]) },
            body: { kind: "single", singleResult: hit },
          };
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== "single") return;
          response.http.headers.set("x-cache", "MISS");
          if (!response.body.singleResult.errors) cache.set(key, response.body.singleResult);
        },
      };
    },
  };
}
