import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { responseCachePlugin, type ResponseCache } from "../cache/response-cache";
import { createContext, type AppServices, type Context } from "../context";
import { DomainError, ErrorCode } from "../errors";
import { formatError, toGraphQLError } from "../errors/graphql";
import type { Logger } from "../logger";
import { authenticate } from "../services/auth.service";
import { clientAddressOf } from "./anonymous-requests";
import { compiledExecutor } from "./compiled-executor";
import { digestRouter } from "./digest-pages";
import { explorerPage } from "./explorer";
import { feedRouter } from "./feeds";
import type { OperationPipeline } from "./pipeline";
import { livePageRouter } from "./live-page";
import type { InFlightRequests } from "./shutdown";
import { assetsRouter } from "./web";
import type { ServerSettings } from ".";

const READINESS_TIMEOUT_MS = 2000;

export interface HttpOptions {
  schema: GraphQLSchema;
  services: AppServices;
  pipeline: OperationPipeline;
  settings: ServerSettings;
  responseCache: ResponseCache | undefined;
  requests: InFlightRequests;
  /** True once shutdown has begun: /readyz fails. */
  isDraining(): boolean;
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

/** The pipeline's first step, before Apollo parses. */
function queryLengthLimit(pipeline: OperationPipeline): RequestHandler {
  return (req, res, next) => {
    const query = req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const tooLarge = typeof query === "string" ? pipeline.checkLength(query) : undefined;
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

/** Every response carries the ID its logs are tagged with. */
const requestIds: RequestHandler = (_req, res, next) => {
  const requestId = randomUUID();
  res.locals.requestId = requestId;
  res.setHeader("x-request-id", requestId);
  next();
};

/**
 * Express with GraphQL over HTTP at /graphql (Apollo), the feeds at /feeds, the pages of
 * digest emails' links at /digest, /healthz and /readyz.
 */
export async function createHttpApp(options: HttpOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const { services, pipeline, settings, responseCache } = options;
  const { db, logger } = services;
  const { limits } = settings;

  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutor(options.schema),
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts drains on SIGTERM in order; Apollo's own handler would stop it mid-way.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: pipeline.parseOptions,
    validationRules: pipeline.validationRules,
    formatError,
    plugins: [
      pipeline.apolloPlugin(),
      ...(responseCache ? [responseCachePlugin(responseCache)] : []),
      // Both would wrap every field's resolver, and we use neither cache hints nor Apollo's traces.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Browsers get our own explorer (explorer.ts), not Apollo's page from its CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", settings.trustProxy);
  app.use(options.requests.track, requestIds);
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    if (options.isDraining()) {
      res.status(503).json({ status: "shutting down" });
      return;
    }
    const ready = await databaseAnswers(db);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });
  app.get("/graphql", explorerPage(settings));
  app.use(
    "/graphql",
    requestDeadline(limits.requestTimeoutMs),
    express.json({ limit: limits.maxBodyBytes }),
    queryLengthLimit(pipeline),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(
          services,
          await authenticate(db, req.headers.authorization).catch((error: unknown) => {
            throw error instanceof DomainError ? toGraphQLError(error) : error;
          }),
          clientAddressOf(req),
          res.locals.requestId as string,
        ),
    }),
  );
  // After /graphql, so that API requests do not walk these routers first.
  app.use("/assets", assetsRouter());
  app.use("/", livePageRouter(services, options.schema));
  app.use("/feeds", requestDeadline(limits.requestTimeoutMs), feedRouter(services, options.schema));
  app.use("/digest", requestDeadline(limits.requestTimeoutMs), digestRouter(services));
  app.use(transportErrors(limits.maxBodyBytes, logger));
  return { app, apollo };
}
