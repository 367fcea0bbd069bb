import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { createContext, type Context } from "./context";
import { errorLoggingPlugin, formatError } from "./errors/format-error";
import type { Logger } from "./logger";
import { authenticate } from "./services/auth.service";

const READINESS_TIMEOUT_MS = 2000;

export interface ServerOptions {
  schema: GraphQLSchema;
  db: DataSource;
  logger: Logger;
  port: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
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

/** Serves GraphQL at /graphql, with /healthz and /readyz beside it. */
export async function startServer({ schema, db, logger, port }: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), errorLoggingPlugin(logger)],
  });
  await apollo.start();

  app.use((_req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    next();
  });
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = await databaseAnswers(db);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(db, logger, await authenticate(db, req.headers.authorization), res.locals.requestId as string),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    close() {
      closing ??= (async () => {
        await apollo.stop();
        await db.destroy();
      })();
      return closing;
    },
  };
}
