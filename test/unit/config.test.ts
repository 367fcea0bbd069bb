import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, digestSecret, loadConfig } from "../../src/config";

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
    publicUrl: undefined,
    mail: { smtpUrl: undefined, from: "papergraph <digest@localhost>" },
    digest: {
      secret: undefined,
      sendHourUtc: 7,
      weeklyDay: 1,
      size: 10,
      worker: true,
      subscribesPerHour: 10,
      sendTimeoutSeconds: 300,
      retryDelaySeconds: 60,
      pollSeconds: 2,
    },
    watchesPerUser: 50,
    webhooks: { timeoutMs: 10_000, maxAttempts: 7, retryBaseMs: 10_000, maxFailures: 15, allowPrivateAddresses: false },
    watchEmailsPerHour: 10,
  });
});

test("private webhook addresses may be allowed anywhere but in production", () => {
  expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true" }).webhooks.allowPrivateAddresses).toBe(true);
  expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true", NODE_ENV: "production" })).toThrow(
    "Invalid configuration: WEBHOOK_ALLOW_PRIVATE_ADDRESSES must not be true when NODE_ENV=production",
  );
  expect(loadConfig({ NODE_ENV: "production" }).webhooks.allowPrivateAddresses).toBe(false);
});

test("digest settings: the schedule, the mail server and the public origin", () => {
  const config = loadConfig({
    PUBLIC_URL: "https://papers.example.com/",
    SMTP_URL: "smtps://user:pass@mail.example.com:465",
    MAIL_FROM: "papergraph <digest@example.com>",
    DIGEST_WEEKLY_DAY: "Friday",
    DIGEST_SEND_HOUR_UTC: "23",
  });
  expect(config.publicUrl).toBe("https://papers.example.com");
  expect(config.mail).toEqual({
    smtpUrl: "smtps://user:pass@mail.example.com:465",
    from: "papergraph <digest@example.com>",
  });
  expect(config.digest).toMatchObject({ weeklyDay: 5, sendHourUtc: 23 });
});

test("the digest secret is required with a Postgres server and made once for the embedded database", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "papergraph-secret-"));
  try {
    const embedded = loadConfig({ DATA_DIR: dataDir });
    const secret = digestSecret(embedded);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(digestSecret(embedded)).toBe(secret);
    expect(fs.statSync(path.join(dataDir, "digest-secret")).mode & 0o777).toBe(0o600);
    const server = loadConfig({ DATABASE_URL: "postgres://postgres@localhost/db" });
    expect(() => digestSecret(server)).toThrow(/DIGEST_SECRET must be set/);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
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
  expect(loadConfig({ WATCH_EMAILS_PER_HOUR: "3" }).watchEmailsPerHour).toBe(3);
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
  [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL"],
  [{ SMTP_URL: "smtp://mail.example.com" }, "MAIL_FROM"],
  [{ MAIL_FROM: "digest@example.com\r\nBcc: x@example.com" }, "MAIL_FROM"],
  [{ PUBLIC_URL: "https://example.com/papers" }, "PUBLIC_URL"],
  [{ DIGEST_SECRET: "short" }, "DIGEST_SECRET"],
  [{ DIGEST_WEEKLY_DAY: "someday" }, "DIGEST_WEEKLY_DAY"],
  [{ DIGEST_SEND_HOUR_UTC: "24" }, "DIGEST_SEND_HOUR_UTC"],
  [{ WATCHES_PER_USER: "0" }, "WATCHES_PER_USER"],
  [{ WEBHOOK_TIMEOUT_MS: "50" }, "WEBHOOK_TIMEOUT_MS"],
  [{ WEBHOOK_MAX_ATTEMPTS: "0" }, "WEBHOOK_MAX_ATTEMPTS"],
  [{ WEBHOOK_RETRY_BASE_MS: "soon" }, "WEBHOOK_RETRY_BASE_MS"],
  [{ WEBHOOK_MAX_FAILURES: "0" }, "WEBHOOK_MAX_FAILURES"],
  [{ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "yes" }, "WEBHOOK_ALLOW_PRIVATE_ADDRESSES"],
  [{ WATCH_EMAILS_PER_HOUR: "0" }, "WATCH_EMAILS_PER_HOUR"],
  [{ WATCH_EMAILS_PER_HOUR: "1001" }, "WATCH_EMAILS_PER_HOUR"],
  [{ WATCH_EMAILS_PER_HOUR: "ten" }, "WATCH_EMAILS_PER_HOUR"],
])("%p is refused with a message naming %s", (env, variable) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
});
