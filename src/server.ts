import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer, type WebSocket } from "ws";
import { createContext, type AppServices, type Context } from "./context";
import { errorLoggingPlugin, formatError, logUnexpectedErrors } from "./errors/format-error";
import type { Logger } from "./logger";
import { PGliteListener, PostgresListener } from "./pubsub/database-listener";
import { LiveEvents } from "./pubsub/live-events";
import type { LivePubSub } from "./pubsub/topics";
import { authenticate, type Viewer } from "./services/auth.service";

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
  port: number;
  /** How long readiness fails before the server stops taking requests, on shutdown. */
  shutdownDelayMs: number;
}

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

/** Serves GraphQL over HTTP and graphql-ws at /graphql, with /healthz and /readyz beside it. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { schema, db, logger } = options;
  const listener = options.databaseUrl ? new PostgresListener(options.databaseUrl, logger) : new PGliteListener(logger);
  const services: AppServices = { db, logger, events: new LiveEvents(options.pubSub, db, listener, logger) };
  await services.events.start();

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  let draining = false;

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts drains on SIGTERM in order; Apollo's own handler would stop it mid-way.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [errorLoggingPlugin(logger)],
  });
  await apollo.start();

  // Websocket operations: the token arrives in connectionParams.authorization, once per socket.
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
      context: ({ extra }) => createContext(services, viewers.get(extra.socket) ?? null),
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return result;
        logUnexpectedErrors(result.errors, (args.contextValue as Context).logger);
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON())) };
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
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(services, await authenticate(db, req.headers.authorization), res.locals.requestId as string),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    close() {
      closing ??= (async () => {
        draining = true;
        await sleep(options.shutdownDelayMs);
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
        await db.destroy();
      })();
      return closing;
    },
  };
}
