import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type http from "node:http";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { responseCachePlugin, type ResponseCache } from "../cache/response-cache";
import type { RequestLimits } from "../config";
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
import { armDeadline, graphqlPostHandler, refusal, takesGraphQLPost, transportRefusals } from "./graphql-post";
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
function refuse(res: Response, { status, body }: { status: number; body: string }): void {
  res.status(status).type("json").send(body);
}

/** The pipeline's first step, before Apollo parses. */
function queryLengthLimit(pipeline: OperationPipeline): RequestHandler {
  return (req, res, next) => {
    const query = req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const tooLarge = typeof query === "string" ? pipeline.checkLength(query) : undefined;
    if (tooLarge) refuse(res, refusal(400, ErrorCode.QUERY_TOO_LARGE, tooLarge.message));
    else next();
  };
}

/**
 * Answers TIMEOUT when a request runs past its deadline. What it was doing finishes on its own,
 * bounded by statement_timeout, and its late answer is dropped by `transportErrors`.
 */
function requestDeadline(limits: RequestLimits): RequestHandler {
  const { timedOut } = transportRefusals(limits);
  return (_req, res, next) => {
    armDeadline(res, limits.requestTimeoutMs, () => {
      res.locals.timedOut = true;
      refuse(res, timedOut);
    });
    next();
  };
}

/** Body-parsing refusals as GraphQL errors; anything else is masked and logged. */
function transportErrors(limits: RequestLimits, logger: Logger): ErrorRequestHandler {
  const { tooLarge, notJson, internalError } = transportRefusals(limits);
  return (error: { type?: string; status?: number }, _req, res, _next) => {
    if (res.locals.timedOut) {
      logger.warn({ requestId: res.locals.requestId }, "a timed-out request finished; its answer was dropped");
    } else if (error.type === "entity.too.large") {
      refuse(res, tooLarge);
    } else if (error.status === 400 || error.status === 415) {
      refuse(res, { ...notJson, status: error.status });
    } else {
      logger.error({ err: error, requestId: res.locals.requestId }, "request failed");
      if (!res.headersSent) refuse(res, internalError);
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

export interface HttpApp {
  /** The HTTP server's request listener: POST /graphql's fast path, else Express. */
  requestListener: http.RequestListener;
  /** Express's `trust proxy` function, for reading a websocket client's address the same way. */
  trustProxy: (address: string, hop: number) => boolean;
  apollo: ApolloServer<Context>;
}

/**
 * GraphQL over HTTP at /graphql (Apollo; see graphql-post.ts for its POSTs), and on Express the
 * rest: the explorer, the feeds at /feeds, the pages of digest emails' links at /digest, /healthz
 * and /readyz.
 */
export async function createHttpApp(options: HttpOptions): Promise<HttpApp> {
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

  const context = async (authorization: string | undefined, clientAddress: string, requestId: string) =>
    createContext(
      services,
      await authenticate(db, authorization).catch((error: unknown) => {
        throw error instanceof DomainError ? toGraphQLError(error) : error;
      }),
      clientAddress,
      requestId,
    );

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", settings.trustProxy);
  app.use((_req, res, next) => {
    options.requests.trackResponse(res);
    next();
  }, requestIds);
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
    requestDeadline(limits),
    express.json({ limit: limits.maxBodyBytes }),
    queryLengthLimit(pipeline),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        context(req.headers.authorization, clientAddressOf(req), res.locals.requestId as string),
    }),
  );
  // After /graphql, so that API requests do not walk these routers first.
  app.use("/assets", assetsRouter());
  app.use("/", livePageRouter(services, options.schema));
  app.use("/feeds", requestDeadline(limits), feedRouter(services, options.schema));
  app.use("/digest", requestDeadline(limits), digestRouter(services));
  app.use(transportErrors(limits, logger));

  const trustProxy = app.get("trust proxy fn") as HttpApp["trustProxy"];
  const graphqlPost = graphqlPostHandler({
    apollo,
    pipeline,
    requests: options.requests,
    limits,
    trustProxy,
    context,
    logger,
  });
  return {
    requestListener: (req, res) => (takesGraphQLPost(req) ? graphqlPost(req, res) : app(req, res)),
    trustProxy,
    apollo,
  };
}
