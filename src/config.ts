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

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 4000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new ConfigError("PORT", `must be an integer from 0 to 65535, got "${raw}"`);
  }
  return port;
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

function parseShutdownDelay(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 2000;
  if (!/^\d+$/.test(raw) || Number(raw) > 20_000) {
    throw new ConfigError("SHUTDOWN_DELAY_MS", `must be an integer from 0 to 20000, got "${raw}"`);
  }
  return Number(raw);
}

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === "") return "info";
  const level = raw.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got "${raw}"`);
  }
  return level as LogLevel;
}

/** Reads and validates the environment. The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: path.resolve(env.DATA_DIR || "./data"),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    shutdownDelayMs: parseShutdownDelay(env.SHUTDOWN_DELAY_MS),
  };
}
