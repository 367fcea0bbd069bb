import "reflect-metadata";
import os from "node:os";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import pino from "pino";
import type { DataSource } from "typeorm";
import { loadConfig } from "../../src/config";
import { connectDatabase, StatementCounter } from "../../src/data-source";
import { serve } from "../../src/app";
import type { RunningServer } from "../../src/server";

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
   * Waits until the server's live events have caught up with every change committed so far:
   * writes wake its refresh, which must finish before a test counts the statements of a read.
   */
  quiesce(): Promise<void>;
  /**
   * Counts the SQL statements `run` sends, and those of the refresh its writes wake, from a
   * quiet server to a quiet server.
   */
  statementsDuring<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }>;
  /**
   * Resolves once `count` more subscriptions listen on the server. Call it before subscribing:
   * a subscription listens only once its message has reached the server.
   */
  subscribersListening(count: number): Promise<void>;
  /** POSTs a raw JSON body to /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse<unknown>>;
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Empties every table, so each test file starts from a clean catalog. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Signs the links of test servers' emails, so tests can make their own. */
export const TEST_DIGEST_SECRET = "test-digest-secret-that-is-long-enough-to-use";

/**
 * Test runs send thousands of requests from one address: budgets big enough not to matter.
 * Tests write rows directly, which not every table notifies, so responses are not cached.
 */
const TEST_SETTINGS = {
  PORT: "0",
  SHUTDOWN_DELAY_MS: "0",
  RATE_LIMIT_USER_POINTS: "1000000",
  RATE_LIMIT_ANONYMOUS_POINTS: "1000000",
  RESPONSE_CACHE_TTL_MS: "0",
  DATA_DIR: path.join(os.tmpdir(), `papergraph-test-${process.pid}`),
  DIGEST_SECRET: TEST_DIGEST_SECRET,
  // Tests that send mail start the workers; the rest keep the queue quiet.
  DIGEST_WORKER: "false",
  DIGEST_SUBSCRIBES_PER_HOUR: "1000",
};

/**
 * A real server on a free port over the test database: the Postgres server in DATABASE_URL,
 * or an in-memory PGlite database when it is unset. `settings` are environment variables
 * that override the test defaults, read as the server reads its own. Given `logs`, the server's
 * log lines from `logLevel` (info by default; trace logs every SQL statement) are collected there.
 */
export async function startTestServer(
  settings: Record<string, string> = {},
  options: { logs?: object[]; logLevel?: pino.Level } = {},
): Promise<TestServer> {
  const logs = options.logs;
  const logger = logs
    ? pino({ level: options.logLevel ?? "info" }, { write: (line: string) => logs.push(JSON.parse(line) as object) })
    : pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const config = loadConfig({ ...TEST_SETTINGS, DATABASE_URL: process.env.DATABASE_URL, ...settings });
  const { databaseUrl } = config;
  const db = await connectDatabase({ databaseUrl, pgliteDir: undefined, logger, limits: config.database });
  await db.runMigrations();
  // Before the server starts: its workers would take jobs an earlier test file left.
  await emptyDatabase(db);
  const server = await serve(db, config, logger);
  const origin = server.url.replace(/\/graphql$/, "");
  const counter = db.logger as StatementCounter;

  const testServer: TestServer = {
    db,
    server,
    origin,
    statementCount: () => counter.count,
    quiesce: () => server.events.caughtUp(),
    async statementsDuring(run) {
      await testServer.quiesce();
      const before = counter.count;
      const result = await run();
      await testServer.quiesce();
      return { result, statements: counter.count - before };
    },
    subscribersListening(count) {
      return new Promise((resolve) => {
        let listening = 0;
        const stop = server.events.onSubscriberListening(() => {
          if (++listening < count) return;
          stop();
          resolve();
        });
      });
    },
    async post(body, headers = {}) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
      const parsed = (await response.json()) as { data?: never; errors?: GraphQLFormattedError[] };
      return { status: response.status, headers: response.headers, ...parsed };
    },
    request: (document, variables, headers) =>
      testServer.post({ query: print(document), variables }, headers) as Promise<GraphQLResponse<never>>,
    reset: () => emptyDatabase(db),
    close: () => server.close(),
  };
  return testServer;
}

/** Every row of the catalog, the accounts, the digests and the job queue. */
async function emptyDatabase(db: DataSource): Promise<void> {
  // The server's workers may hold row locks on tables TRUNCATE is still to lock: Postgres then
  // ends one side with a deadlock error, and emptying again succeeds.
  for (let attempt = 1; ; attempt++) {
    try {
      await db.query(
        "TRUNCATE paper, paper_search_term, paper_import_digest, paper_change, author, repository, app_user, digest_subscription, confirmation_throttle RESTART IDENTITY CASCADE",
      );
      break;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== "40P01" || attempt === 3) throw error;
    }
  }
  // A job names rows by id, and ids restart: a job left behind would act on another test's rows.
  const [{ queue }] = (await db.query("SELECT to_regclass('pgboss.job') IS NOT NULL AS queue")) as { queue: boolean }[];
  if (queue) await db.query("DELETE FROM pgboss.job");
}

/** Data of a response that must have succeeded. */
export function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
