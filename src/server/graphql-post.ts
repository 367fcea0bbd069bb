import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import proxyAddr from "proxy-addr";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import type { RequestLimits } from "../config";
import type { Context } from "../context";
import type { OperationPipeline } from "./pipeline";
import type { InFlightRequests } from "./shutdown";

type TransportLimits = Pick<RequestLimits, "maxBodyBytes" | "requestTimeoutMs">;

/**
 * The API's hot path: POST /graphql with a plain JSON body, answered without Express, whose
 * router, body parser and `res.send` (which hashes every body for an ETag) cost about a tenth of
 * a small request's CPU. It keeps Express's answers: the same limits, refusals, request IDs and
 * client addresses. Any other request, and a POST with a content encoding or a charset other
 * than UTF-8, goes through Express as before.
 */
export interface GraphQLPostOptions {
  apollo: ApolloServer<Context>;
  pipeline: OperationPipeline;
  requests: InFlightRequests;
  limits: TransportLimits;
  /** Express's `trust proxy` function, so a client's address is read as Express reads it. */
  trustProxy: (address: string, hop: number) => boolean;
  context(authorization: string | undefined, clientAddress: string, requestId: string): Promise<Context>;
  logger: Logger;
}

/** Whether the fast path answers `req`; Express answers the rest. */
export function takesGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== "POST" || req.headers["content-encoding"] !== undefined) return false;
  const path = req.url?.split("?", 1)[0];
  if (path !== "/graphql") return false;
  const [mediaType, ...parameters] = (req.headers["content-type"] ?? "").toLowerCase().split(";");
  return (
    mediaType.trim() === "application/json" &&
    parameters.every(
      (parameter) => !parameter.trim().startsWith("charset=") || /charset="?utf-8"?$/.test(parameter.trim()),
    )
  );
}

/** Answers a request that never reaches GraphQL execution, in GraphQL's response shape. */
export function refusal(status: number, code: ErrorCode, message: string): { status: number; body: string } {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

/** Calls `onTimeout` if `res` has not been answered within `timeoutMs`. */
export function armDeadline(res: ServerResponse, timeoutMs: number, onTimeout: () => void): void {
  const timer = setTimeout(() => {
    if (!res.headersSent) onTimeout();
  }, timeoutMs);
  res.once("close", () => clearTimeout(timer));
}

/** The refusals of requests that could not be read, or took too long; Express's path sends the same. */
export function transportRefusals({ maxBodyBytes, requestTimeoutMs }: TransportLimits) {
  return {
    internalError: refusal(500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"),
    tooLarge: refusal(413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${maxBodyBytes} bytes.`),
    notJson: refusal(400, ErrorCode.BAD_REQUEST, "The request body could not be read as JSON."),
    timedOut: refusal(
      503,
      ErrorCode.TIMEOUT,
      `The request did not finish within ${requestTimeoutMs} ms; ask for less.`,
    ),
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}

/**
 * The body, or "too large" past `limit` bytes: by its declared length, before reading, or once
 * that many have come. The rest is left unread; Node discards it after the answer.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | "too large"> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return Promise.resolve("too large");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const take = (chunk: Buffer): void => {
      length += chunk.length;
      if (length <= limit) return void chunks.push(chunk);
      req.off("data", take).off("end", done).pause();
      resolve("too large");
    };
    const done = (): void => resolve(Buffer.concat(chunks, length).toString("utf8"));
    req.on("data", take).on("end", done).once("error", reject);
  });
}

/** The body as JSON, as Express's parser reads it: an empty body is `{}`, and only an object or array is taken. */
function parseBody(text: string): unknown {
  const start = text.search(/\S/);
  if (start < 0) return {};
  if (text[start] !== "{" && text[start] !== "[") throw new SyntaxError("not a JSON object or array");
  return JSON.parse(text);
}

export function graphqlPostHandler(options: GraphQLPostOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, pipeline, limits, logger } = options;
  const { tooLarge, notJson, timedOut, internalError } = transportRefusals(limits);

  async function answer(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const text = await readBody(req, limits.maxBodyBytes);
    if (text === "too large") return send(res, tooLarge.status, tooLarge.body);
    let body: unknown;
    try {
      body = parseBody(text);
    } catch {
      return send(res, notJson.status, notJson.body);
    }
    const query = (body as { query?: unknown }).query;
    const queryTooLarge = typeof query === "string" ? pipeline.checkLength(query) : undefined;
    if (queryTooLarge) {
      const refused = refusal(400, ErrorCode.QUERY_TOO_LARGE, queryTooLarge.message);
      return send(res, refused.status, refused.body);
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const search = url.includes("?") ? url.slice(url.indexOf("?")) : "";
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search, body },
      context: () => options.context(req.headers.authorization, proxyAddr(req, options.trustProxy), requestId),
    });
    if (res.headersSent) {
      logger.warn({ requestId }, "a timed-out request finished; its answer was dropped");
      return;
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.setHeader("content-length", Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    options.requests.trackResponse(res);
    const requestId = randomUUID();
    res.setHeader("x-request-id", requestId);
    armDeadline(res, limits.requestTimeoutMs, () => send(res, timedOut.status, timedOut.body));
    answer(req, res, requestId).catch((error: unknown) => {
      logger.error({ err: error, requestId }, "request failed");
      if (res.headersSent) res.destroy();
      else send(res, internalError.status, internalError.body);
    });
  };
}
