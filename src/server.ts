import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import proxyAddr from "proxy-addr";
import type { DataSource } from "typeorm";
import { WebSocketServer, type WebSocket } from "ws";
import type { Config } from "./config";
import { ResponseCache, responseCachePlugin } from "./cache/response-cache";
import { createContext, type AppServices, type Context } from "./context";
import { DomainError, ErrorCode } from "./errors";
import {
  errorLoggingPlugin,
  formatError,
  logUnexpectedErrors,
  tagInternalErrors,
  toGraphQLError,
} from "./errors/graphql";
import { admissionPlugin, admitOperation } from "./limits/admission";
import { documentChecker, queryTooLarge, shapeRules } from "./limits/document-shape";
import { RateBudget } from "./limits/rate-budget";
import type { Logger } from "./logger";
import { PGliteListener, PostgresListener } from "./pubsub/database-listener";
import { LiveEvents } from "./pubsub/live-events";
import type { LivePubSub } from "./pubsub/topics";
import { authenticate } from "./services/auth.service";
import { type Viewer } from "./services/context";

const READINESS_TIMEOUT_MS = 2000;
/** The longest shutdown waits for in-flight requests, within the 30 s a supervisor allows. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface ServerOptions {
  schema: GraphQLSchema;
  /** The hub the schema's subscriptions read from. */
  pubSub: LivePubSub;
  db: DataSource;
  /** The Postgres server the database listener connects to; undefined on the embedded database. */
  databaseUrl: string | undefined;
  logger: Logger;
  settings: ServerSettings;
}

export type ServerSettings = Pick<
  Config,
  "port" | "shutdownDelayMs" | "introspection" | "trustProxy" | "redis" | "limits" | "responseCacheTtlMs"
>;

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Drains: readiness fails, then the server stops taking requests and lets in-flight ones
   * finish, closes websocket clients with 1001, stops listening to the database and closes it.
   */
  close(): Promise<void>;
}

async function databaseAnswers(db: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.query("SELECT 1").then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Answers a request that never reaches GraphQL execution, in GraphQL's response shape. */
function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Refuses documents over the character limit, before they are parsed. */
function queryLengthLimit(limits: ServerSettings["limits"]): RequestHandler {
  return (req, res, next) => {
    const query = req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const tooLarge = typeof query === "string" ? queryTooLarge(query.length, limits) : undefined;
    if (tooLarge) refuse(res, 400, ErrorCode.QUERY_TOO_LARGE, tooLarge.message);
    else next();
  };
}

/**
 * Answers TIMEOUT when a request runs past its deadline. What it was doing finishes on its own,
 * bounded by statement_timeout, and its late answer is dropped by `transportErrors`.
 */
function requestDeadline(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      refuse(res, 503, ErrorCode.TIMEOUT, `The request did not finish within ${timeoutMs} ms; ask for less.`);
    }, timeoutMs);
    res.once("close", () => clearTimeout(timer));
    next();
  };
}

/** Body-parsing refusals as GraphQL errors; anything else is masked and logged. */
function transportErrors(maxBodyBytes: number, logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, _next) => {
    if (res.locals.timedOut) {
      logger.warn({ requestId: res.locals.requestId }, "a timed-out request finished; its answer was dropped");
    } else if (error.type === "entity.too.large") {
      refuse(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${maxBodyBytes} bytes.`);
    } else if (error.status === 400 || error.status === 415) {
      refuse(res, error.status, ErrorCode.BAD_REQUEST, "The request body could not be read as JSON.");
    } else {
      logger.error({ err: error, requestId: res.locals.requestId }, "request failed");
      if (!res.headersSent) refuse(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
    }
  };
}

/** Serves GraphQL over HTTP and graphql-ws at /graphql, with /healthz and /readyz beside it. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { schema, db, logger, settings } = options;
  const { limits } = settings;
  const listener = options.databaseUrl ? new PostgresListener(options.databaseUrl, logger) : new PGliteListener(logger);
  const services: AppServices = {
    db,
    logger,
    events: new LiveEvents(options.pubSub, db, listener, logger),
    budget: await RateBudget.open(limits, settings.redis, logger),
  };
  const responseCache = settings.responseCacheTtlMs > 0 ? new ResponseCache(settings.responseCacheTtlMs) : undefined;
  if (responseCache) services.events.onCatalogChanged(() => responseCache.clear());
  await services.events.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", settings.trustProxy);
  const httpServer = http.createServer(app);
  let draining = false;

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts drains on SIGTERM in order; Apollo's own handler would stop it mid-way.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: shapeRules(limits, settings.introspection),
    formatError,
    plugins: [
      errorLoggingPlugin(logger),
      admissionPlugin(limits.maxNodes),
      ...(responseCache ? [responseCachePlugin(responseCache)] : []),
      // Both would wrap every field's resolver, and we use neither cache hints nor Apollo's traces.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  // Websocket operations: the token arrives in connectionParams.authorization, once per socket.
  const checkSocketDocument = documentChecker(schema, limits, settings.introspection);
  const viewers = new WeakMap<WebSocket, Viewer | null>();
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer(
    {
      schema,
      onConnect: async ({ connectionParams, extra }) => {
        const authorization = connectionParams?.authorization;
        try {
          viewers.set(
            extra.socket,
            await authenticate(db, typeof authorization === "string" ? authorization : undefined),
          );
          return true;
        } catch {
          return false; // graphql-ws closes the socket with 4403 Forbidden
        }
      },
      // Every operation passes the limits HTTP applies, and is charged, before it runs.
      onSubscribe: async ({ extra }, _id, payload) => {
        try {
          const checked = checkSocketDocument(payload.query);
          if ("errors" in checked) return checked.errors;
          const clientAddress = proxyAddr(extra.request, app.get("trust proxy fn"));
          const contextValue = createContext(services, viewers.get(extra.socket) ?? null, clientAddress);
          const operation = { schema, document: checked.document, operationName: payload.operationName };
          const variables = payload.variables ?? undefined;
          await admitOperation({ ...operation, variables }, contextValue, limits.maxNodes);
          return { ...operation, variableValues: variables, contextValue };
        } catch (error) {
          if (error instanceof DomainError) return [toGraphQLError(error)];
          if (error instanceof GraphQLError && error.extensions.code) return [error];
          // Thrown, it would close the socket with its message as the reason.
          logger.error({ err: error }, "websocket operation failed before it ran");
          return [new GraphQLError("Internal server error")];
        }
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return result;
        const { logger: operationLogger, requestId } = args.contextValue as Context;
        logUnexpectedErrors(result.errors, operationLogger);
        const formatted = result.errors.map((error) => formatError(error.toJSON(), error));
        return { ...result, errors: tagInternalErrors(formatted, requestId) };
      },
    },
    wsServer,
  );

  let requestsInFlight = 0;
  app.use((_req, res, next) => {
    requestsInFlight++;
    res.once("close", () => requestsInFlight--);
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    next();
  });
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: "shutting down" });
      return;
    }
    const ready = await databaseAnswers(db);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });
  app.use(
    "/graphql",
    requestDeadline(limits.requestTimeoutMs),
    express.json({ limit: limits.maxBodyBytes }),
    queryLengthLimit(limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(
          services,
          await authenticate(db, req.headers.authorization).catch((error: unknown) => {
            throw error instanceof DomainError ? toGraphQLError(error) : error;
          }),
          req.ip ?? req.socket.remoteAddress ?? "unknown",
          res.locals.requestId as string,
        ),
    }),
  );
  app.use(transportErrors(limits.maxBodyBytes, logger));

  await new Promise<void>((resolve) => httpServer.listen(settings.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    close() {
      closing ??= (async () => {
        draining = true;
        await sleep(settings.shutdownDelayMs);
        // Stop accepting, let in-flight requests finish, then close idle keep-alive connections.
        const httpClosed = new Promise((resolve) => httpServer.close(resolve));
        for (let waited = 0; requestsInFlight > 0 && waited < DRAIN_TIMEOUT_MS; waited += 20) await sleep(20);
        httpServer.closeIdleConnections();
        await wsCleanup.dispose(); // closes every socket with 1001 Going Away
        const gaveUp = new AbortController();
        await Promise.race([
          httpClosed,
          sleep(DRAIN_TIMEOUT_MS, undefined, { signal: gaveUp.signal }).catch(() => undefined),
        ]);
        gaveUp.abort();
        httpServer.closeAllConnections();
        await apollo.stop();
        await services.events.stop();
        await services.budget.close();
        await db.destroy();
      })();
      return closing;
    },
  };
}
