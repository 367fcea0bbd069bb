import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { startApp } from "./app";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startApp(config, logger).catch((error: Error) => {
    logger.fatal({ err: error }, error.message);
    process.exit(1);
  });
  logger.info({ url: server.url, database: config.databaseUrl ? "postgres" : "embedded" }, "papergraph is serving");

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, "shutting down");
    const forceExit = setTimeout(() => process.exit(1), 25_000).unref();
    server.close().then(
      () => {
        clearTimeout(forceExit);
        process.exit(0);
      },
      (error: Error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  // `kill -USR2 <pid>` logs what holds memory and subscribers now; started with --expose-gc,
  // after a full collection, so that a leak check compares live objects only.
  process.on("SIGUSR2", () => {
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    logger.info({ ...server.liveStats(), heapUsedBytes: heapUsed, rssBytes: rss }, "live stats");
  });
}

void main();
