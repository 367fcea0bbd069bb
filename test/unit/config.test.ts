import path from "node:path";
import { ConfigError, loadConfig } from "../../src/config";

test("defaults give the embedded database under ./data on port 4000", () => {
  expect(loadConfig({})).toEqual({
    port: 4000,
    databaseUrl: undefined,
    dataDir: path.resolve("./data"),
    logLevel: "info",
    shutdownDelayMs: 2000,
    introspection: true,
    trustProxy: false,
    redis: { url: undefined, keyPrefix: "papergraph" },
    limits: {
      maxBodyBytes: 102_400,
      maxQueryCharacters: 20_000,
      maxTokens: 2000,
      maxDepth: 15,
      maxAliases: 15,
      maxDirectives: 50,
      maxNodes: 500_000,
      userPointsPerHour: 5000,
      anonymousPointsPerHour: 1000,
      requestTimeoutMs: 10_000,
    },
    database: { poolSize: 10, poolTimeoutMs: 3000, statementTimeoutMs: 5000 },
    responseCacheTtlMs: 5000,
  });
});

test("limits, budgets and proxies can be set", () => {
  const config = loadConfig({
    MAX_QUERY_DEPTH: "8",
    RATE_LIMIT_ANONYMOUS_POINTS: "60",
    INTROSPECTION: "false",
    TRUST_PROXY: "1",
    REDIS_URL: "redis://cache:6379/0",
    STATEMENT_TIMEOUT_MS: "2000",
  });
  expect(config.limits).toMatchObject({ maxDepth: 8, anonymousPointsPerHour: 60 });
  expect(config).toMatchObject({ introspection: false, trustProxy: 1, redis: { url: "redis://cache:6379/0" } });
  expect(config.database.statementTimeoutMs).toBe(2000);
  expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback, 10.0.0.0/8");
});

test.each([
  [{ PORT: "http" }, "PORT"],
  [{ PORT: "70000" }, "PORT"],
  [{ DATABASE_URL: "not a url" }, "DATABASE_URL"],
  [{ DATABASE_URL: "mysql://root@localhost/db" }, "DATABASE_URL"],
  [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  [{ SHUTDOWN_DELAY_MS: "soon" }, "SHUTDOWN_DELAY_MS"],
  [{ MAX_QUERY_DEPTH: "1" }, "MAX_QUERY_DEPTH"],
  [{ MAX_QUERY_NODES: "-5" }, "MAX_QUERY_NODES"],
  [{ RATE_LIMIT_USER_POINTS: "lots" }, "RATE_LIMIT_USER_POINTS"],
  [{ INTROSPECTION: "yes" }, "INTROSPECTION"],
  [{ TRUST_PROXY: "everyone!" }, "TRUST_PROXY"],
  [{ REDIS_URL: "http://cache" }, "REDIS_URL"],
  [{ REDIS_KEY_PREFIX: "has space" }, "REDIS_KEY_PREFIX"],
  [{ STATEMENT_TIMEOUT_MS: "0" }, "STATEMENT_TIMEOUT_MS"],
  [{ DATABASE_POOL_SIZE: "0" }, "DATABASE_POOL_SIZE"],
])("%p is refused with a message naming %s", (env, variable) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
});
