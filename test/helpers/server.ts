import "reflect-metadata";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import { setTimeout as sleep } from "node:timers/promises";
import pino from "pino";
import type { DataSource } from "typeorm";
import { connectDatabase, StatementCounter } from "../../src/data-source";
import { createLivePubSub } from "../../src/pubsub/topics";
import { createSchema } from "../../src/schema";
import { startServer, type RunningServer } from "../../src/server";

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export interface TestServer {
  db: DataSource;
  server: RunningServer;
  /** Base URL of the server, without /graphql. */
  origin: string;
  /** SQL statements sent since the server started. */
  statementCount(): number;
  /**
   * Waits until no statement has run for a while: writes wake the server's trending refresh,
   * which must finish before a test counts the statements of a read.
   */
  quiesce(): Promise<void>;
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Empties every table, so each test file starts from a clean catalog. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real server on a free port over the test database: the Postgres server in DATABASE_URL,
 * or an in-memory PGlite database when it is unset.
 */
export async function startTestServer(): Promise<TestServer> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger });
  await db.runMigrations();
  const pubSub = createLivePubSub();
  const schema = await createSchema(pubSub);
  const server = await startServer({ schema, pubSub, db, databaseUrl, logger, port: 0, shutdownDelayMs: 0 });
  const origin = server.url.replace(/\/graphql$/, "");
  const counter = db.logger as StatementCounter;

  const testServer: TestServer = {
    db,
    server,
    origin,
    statementCount: () => counter.count,
    async quiesce() {
      let last = -1;
      while (counter.count !== last) {
        last = counter.count;
        await sleep(200);
      }
    },
    async request(document, variables, headers = {}) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: GraphQLFormattedError[] };
      return { status: response.status, headers: response.headers, ...body };
    },
    async reset() {
      await db.query("TRUNCATE paper, author, repository, app_user RESTART IDENTITY CASCADE");
    },
    close: () => server.close(),
  };
  await testServer.reset();
  return testServer;
}

/** Data of a response that must have succeeded. */
export function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
