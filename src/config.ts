import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Log levels pino understands, from loudest to quietest. */
const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  /** Connection string of a Postgres server; undefined means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Directory that holds the embedded database. */
  dataDir: string;
  logLevel: LogLevel;
  /** On SIGTERM, how long readiness fails before the server stops taking requests. */
  shutdownDelayMs: number;
  /** Whether the schema answers introspection queries; on by default, as it is public documentation. */
  introspection: boolean;
  /** Express's `trust proxy` setting: which proxies' X-Forwarded-For names the client. */
  trustProxy: boolean | number | string;
  redis: {
    /** Shared rate-limit store; undefined keeps budgets in this process. */
    url: string | undefined;
    /** Namespace of our keys, so deployments can share one Redis. */
    keyPrefix: string;
  };
  limits: RequestLimits;
  database: DatabaseLimits;
  /** How long a response to an anonymous query may be served again; 0 turns the cache off. */
  responseCacheTtlMs: number;
  /** The origin people reach the server at, for links in emails; undefined means http://localhost:<port>. */
  publicUrl: string | undefined;
  mail: MailSettings;
  digest: DigestSettings;
  /** How many watches each user may have. */
  watchesPerUser: number;
  /** IMMEDIATE watch emails per user per hour; past that, events wait for the user's next digest. */
  watchEmailsPerHour: number;
  webhooks: WebhookSettings;
}

export interface WebhookSettings {
  /** An attempt not answered in full within this long fails. */
  timeoutMs: number;
  /** Attempts per delivery, the first included; then it is FAILED. */
  maxAttempts: number;
  /** The wait before the second attempt; each later one waits six times as long as the last. */
  retryBaseMs: number;
  /** Failed attempts in a row, across deliveries, that disable an endpoint. */
  maxFailures: number;
  /** Lets endpoints resolve to loopback and private addresses: development and tests only. */
  allowPrivateAddresses: boolean;
}

export interface MailSettings {
  /** smtp:// or smtps:// server; undefined writes messages as .eml files under DATA_DIR/outbox. */
  smtpUrl: string | undefined;
  /** The From header of every message. */
  from: string;
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

export interface DigestSettings {
  /** Key of the HMAC that signs email links and hashes addresses; see `digestSecret`. */
  secret: string | undefined;
  /** UTC hour at which daily digests go out, and weekly ones on their day. */
  sendHourUtc: number;
  /** Day of the week of weekly digests, 0 for Sunday. */
  weeklyDay: number;
  /** Papers per digest. */
  size: number;
  /** Whether this process works the job queue: sends mail, and plans digests on schedule. */
  worker: boolean;
  /** subscribeToDigest calls per hour a client may make, on top of its rate-limit points. */
  subscribesPerHour: number;
  /** A send job not finished in this long is taken to have died with its worker and is retried. */
  sendTimeoutSeconds: number;
  /** The first retry of a failed send waits this long; each later one twice as long as the last. */
  retryDelaySeconds: number;
  /** How often an idle worker asks for jobs. */
  pollSeconds: number;
}

/** What one GraphQL request may ask for and spend. */
export interface RequestLimits {
  maxBodyBytes: number;
  maxQueryCharacters: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Most nodes an operation's connections may return, multiplied out. */
  maxNodes: number;
  /** Hourly points for a signed-in user, and for an anonymous client IP. */
  userPointsPerHour: number;
  anonymousPointsPerHour: number;
  /** After this long a request is answered with TIMEOUT, whatever it is still doing. */
  requestTimeoutMs: number;
}

/** Bounds on the server's use of Postgres. */
export interface DatabaseLimits {
  poolSize: number;
  /** The longest a request waits for a free connection before failing. */
  poolTimeoutMs: number;
  /** Postgres cancels any statement that runs longer. */
  statementTimeoutMs: number;
}

/** A missing or malformed environment variable; the message names it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL", "is not a valid URL (expected postgres://user@host:port/database)");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError("DATABASE_URL", `must use the postgres:// scheme, got "${url.protocol}"`);
  }
  return raw;
}

function parseInteger(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(variable, `must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parseBoolean(env: NodeJS.ProcessEnv, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "false") return raw === "true";
  throw new ConfigError(variable, `must be true or false, got "${raw}"`);
}

/** "false", "true", a hop count, or a comma-separated list of trusted addresses and subnets. */
function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[\w.:/,\s-]+$/.test(raw)) return raw;
  throw new ConfigError("TRUST_PROXY", `must be true, false, a hop count or a list of addresses, got "${raw}"`);
}

function parseRedisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!URL.canParse(raw) || !/^rediss?:$/.test(new URL(raw).protocol)) {
    throw new ConfigError("REDIS_URL", `must be a redis:// or rediss:// URL, got "${raw}"`);
  }
  return raw;
}

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === "") return "info";
  const level = raw.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got "${raw}"`);
  }
  return level as LogLevel;
}

function parseKeyPrefix(raw: string | undefined): string {
  if (raw === undefined || raw === "") return "papergraph";
  if (!/^[\w:.-]{1,100}$/.test(raw)) {
    throw new ConfigError("REDIS_KEY_PREFIX", `must be 1 to 100 letters, digits, "_", "-", "." or ":", got "${raw}"`);
  }
  return raw;
}

function parseSmtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!URL.canParse(raw) || !/^smtps?:$/.test(new URL(raw).protocol)) {
    throw new ConfigError(
      "SMTP_URL",
      "must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.com:587",
    );
  }
  return raw;
}

/** An address, optionally with a display name: `papergraph <digest@example.com>`. */
function parseMailFrom(raw: string | undefined, smtpUrl: string | undefined): string {
  if (raw === undefined || raw === "") {
    if (smtpUrl)
      throw new ConfigError("MAIL_FROM", "must be set when SMTP_URL is, such as papergraph <digest@example.com>");
    return "papergraph <digest@localhost>";
  }
  if (/\p{Cc}/u.test(raw) || !/^(?:[^<>@]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(raw.trim())) {
    throw new ConfigError(
      "MAIL_FROM",
      `must be an address such as digest@example.com or papergraph <digest@example.com>, got "${raw}"`,
    );
  }
  return raw.trim();
}

function parsePublicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol) || new URL(raw).pathname !== "/") {
    throw new ConfigError(
      "PUBLIC_URL",
      `must be an http(s) origin without a path, such as https://papers.example.com, got "${raw}"`,
    );
  }
  return new URL(raw).origin;
}

const MIN_SECRET_LENGTH = 32;

function parseSecret(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      "DIGEST_SECRET",
      `must be at least ${MIN_SECRET_LENGTH} characters long (try: openssl rand -base64 48)`,
    );
  }
  return raw;
}

function parseWeekday(raw: string | undefined): number {
  if (raw === undefined || raw === "") return WEEKDAYS.indexOf("monday");
  const day = WEEKDAYS.indexOf(raw.toLowerCase() as (typeof WEEKDAYS)[number]);
  if (day < 0) throw new ConfigError("DIGEST_WEEKLY_DAY", `must be a day of the week, such as monday, got "${raw}"`);
  return day;
}

/**
 * The digest secret: DIGEST_SECRET, which a Postgres deployment must set so that every instance
 * signs alike. The embedded database, one process by nature, makes one on first start and keeps it
 * beside its data.
 */
export function digestSecret(config: Pick<Config, "databaseUrl" | "dataDir" | "digest">): string {
  if (config.digest.secret) return config.digest.secret;
  if (config.databaseUrl) {
    throw new ConfigError(
      "DIGEST_SECRET",
      "must be set when DATABASE_URL is: every instance must sign email links alike",
    );
  }
  const file = path.join(config.dataDir, "digest-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** WEBHOOK_ALLOW_PRIVATE_ADDRESSES opens the server's network to its users: never in production. */
function parseAllowPrivateAddresses(env: NodeJS.ProcessEnv): boolean {
  const allowed = parseBoolean(env, "WEBHOOK_ALLOW_PRIVATE_ADDRESSES", false);
  if (allowed && env.NODE_ENV === "production") {
    throw new ConfigError(
      "WEBHOOK_ALLOW_PRIVATE_ADDRESSES",
      "must not be true when NODE_ENV=production: it lets webhook URLs reach this server's private network",
    );
  }
  return allowed;
}

/** Reads and validates the environment. The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const smtpUrl = parseSmtpUrl(env.SMTP_URL);
  return {
    port: parseInteger(env, "PORT", 4000, 0, 65535),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: path.resolve(env.DATA_DIR || "./data"),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    shutdownDelayMs: parseInteger(env, "SHUTDOWN_DELAY_MS", 2000, 0, 20_000),
    introspection: parseBoolean(env, "INTROSPECTION", true),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redis: { url: parseRedisUrl(env.REDIS_URL), keyPrefix: parseKeyPrefix(env.REDIS_KEY_PREFIX) },
    limits: {
      maxBodyBytes: parseInteger(env, "MAX_BODY_BYTES", 102_400, 1024, 10_485_760),
      maxQueryCharacters: parseInteger(env, "MAX_QUERY_CHARACTERS", 20_000, 100, 1_000_000),
      maxTokens: parseInteger(env, "MAX_QUERY_TOKENS", 2000, 10, 100_000),
      maxDepth: parseInteger(env, "MAX_QUERY_DEPTH", 15, 2, 100),
      maxAliases: parseInteger(env, "MAX_QUERY_ALIASES", 15, 0, 1000),
      maxDirectives: parseInteger(env, "MAX_QUERY_DIRECTIVES", 50, 0, 1000),
      maxNodes: parseInteger(env, "MAX_QUERY_NODES", 500_000, 1, 100_000_000),
      userPointsPerHour: parseInteger(env, "RATE_LIMIT_USER_POINTS", 5000, 1, 100_000_000),
      anonymousPointsPerHour: parseInteger(env, "RATE_LIMIT_ANONYMOUS_POINTS", 1000, 1, 100_000_000),
      requestTimeoutMs: parseInteger(env, "REQUEST_TIMEOUT_MS", 10_000, 100, 600_000),
    },
    responseCacheTtlMs: parseInteger(env, "RESPONSE_CACHE_TTL_MS", 5000, 0, 3_600_000),
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    mail: { smtpUrl, from: parseMailFrom(env.MAIL_FROM, smtpUrl) },
    digest: {
      secret: parseSecret(env.DIGEST_SECRET),
      sendHourUtc: parseInteger(env, "DIGEST_SEND_HOUR_UTC", 7, 0, 23),
      weeklyDay: parseWeekday(env.DIGEST_WEEKLY_DAY),
      size: parseInteger(env, "DIGEST_SIZE", 10, 1, 50),
      worker: parseBoolean(env, "DIGEST_WORKER", true),
      subscribesPerHour: parseInteger(env, "DIGEST_SUBSCRIBES_PER_HOUR", 10, 1, 10_000),
      sendTimeoutSeconds: parseInteger(env, "DIGEST_SEND_TIMEOUT_SECONDS", 300, 1, 86_400),
      retryDelaySeconds: parseInteger(env, "DIGEST_RETRY_DELAY_SECONDS", 60, 1, 86_400),
      pollSeconds: parseInteger(env, "JOBS_POLL_SECONDS", 2, 1, 600),
    },
    watchesPerUser: parseInteger(env, "WATCHES_PER_USER", 50, 1, 10_000),
    watchEmailsPerHour: parseInteger(env, "WATCH_EMAILS_PER_HOUR", 10, 1, 1000),
    webhooks: {
      timeoutMs: parseInteger(env, "WEBHOOK_TIMEOUT_MS", 10_000, 100, 60_000),
      maxAttempts: parseInteger(env, "WEBHOOK_MAX_ATTEMPTS", 7, 1, 20),
      retryBaseMs: parseInteger(env, "WEBHOOK_RETRY_BASE_MS", 10_000, 1, 3_600_000),
      maxFailures: parseInteger(env, "WEBHOOK_MAX_FAILURES", 15, 1, 10_000),
      allowPrivateAddresses: parseAllowPrivateAddresses(env),
    },
    database: {
      poolSize: parseInteger(env, "DATABASE_POOL_SIZE", 10, 1, 1000),
      poolTimeoutMs: parseInteger(env, "DATABASE_POOL_TIMEOUT_MS", 3000, 10, 600_000),
      statementTimeoutMs: parseInteger(env, "STATEMENT_TIMEOUT_MS", 5000, 10, 3_600_000),
    },
  };
}
