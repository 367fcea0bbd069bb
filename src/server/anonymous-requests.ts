import type { Request, Response } from "express";
import { parse, type GraphQLSchema } from "graphql";
import { createContext, type AppServices, type Context } from "../context";
import { chargeCaller, rateLimitHeaders } from "../limits/admission";
import { measureOperation, type OperationCost } from "../limits/operation-cost";
import { FEED_CHILDREN } from "../services/feed.service";

// The pages and feeds beside /graphql: read anonymously, charged what GraphQL would charge.

/** The client's address, through the proxies express trusts: whose budget an anonymous request spends. */
export function clientAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

/** A context for an anonymous request, tagged with its request ID. */
export function anonymousContext(services: AppServices, req: Request, res: Response): Context {
  return createContext(services, null, clientAddressOf(req), res.locals.requestId as string);
}

/**
 * What a read of `size` papers with PAPERS_WITH_CHILDREN costs: the GraphQL query that reads the
 * same rows, measured by the same rules (one read for the papers, plus one per paper for each
 * child connection).
 */
export function paperListCost(schema: GraphQLSchema, size: number): OperationCost {
  const query = `{ papers(first: ${size}) { nodes { title abstract
    authors(first: ${FEED_CHILDREN}) { nodes { name } } repositories(first: ${FEED_CHILDREN}) { nodes { url } } } } }`;
  return measureOperation(schema, parse(query), undefined, undefined);
}

/**
 * Charges an anonymous request `cost` from its client's budget and sets the `x-ratelimit-*`
 * headers, and `retry-after` when the budget cannot pay. Returns the request's context, or
 * undefined when it is refused.
 */
export async function chargeRequest(
  services: AppServices,
  req: Request,
  res: Response,
  cost: OperationCost,
): Promise<Context | undefined> {
  const context = anonymousContext(services, req, res);
  const retryAfter = await chargeCaller(context, cost);
  for (const [name, value] of await rateLimitHeaders(context)) res.setHeader(name, value);
  if (retryAfter === undefined) return context;
  res.setHeader("retry-after", String(retryAfter));
  return undefined;
}
