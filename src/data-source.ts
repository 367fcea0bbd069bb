import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { types as pgTypes } from "pg";
import { DataSource, MigrationExecutor, type Migration, type Logger as TypeOrmLogger } from "typeorm";
import { PGliteDriver } from "typeorm-pglite";
import { PGlitePool } from "typeorm-pglite/dist/pglite-pool";
import type { Config, DatabaseLimits } from "./config";
import { ConstraintNames } from "./db/naming";
import { prepareStatementsOn } from "./db/prepared";
import { entities } from "./entities";
import type { Logger } from "./logger";
import { migrations } from "../migrations";

const DATE_OID = 1082;

// Dates are calendar days: keep them as 'YYYY-MM-DD' instead of local-midnight Date objects.
pgTypes.setTypeParser(DATE_OID, (value) => value);

export interface DatabaseOptions {
  /** Postgres server to use; when undefined the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files; undefined keeps the embedded database in memory. */
  pgliteDir: string | undefined;
  logger: Logger;
  /** Pool and statement bounds for a Postgres server; commands that may run long leave them unset. */
  limits?: DatabaseLimits;
}

/**
 * Counts every SQL statement the data source sends, so tests and benchmarks can check
 * that a request runs a fixed number of statements whatever its page size.
 */
export class StatementCounter implements TypeOrmLogger {
  count = 0;

  constructor(private readonly logger: Logger) {}

  logQuery(query: string, parameters?: unknown[]): void {
    this.count++;
    this.logger.trace({ query, parameters }, "sql");
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.logger.debug({ err: error, query, parameters }, "sql failed");
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query }, "slow sql");
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    this.logger[level === "log" ? "info" : level]({ message }, "typeorm");
  }
}

type ConnectCallback = Parameters<PGlitePool["connect"]>[0];

/**
 * PGlite is a single session. typeorm-pglite lets every query runner use it at once, so two
 * transactions would interleave their statements. This pool lends the session to one query
 * runner at a time: a transaction holds it from BEGIN to COMMIT.
 */
class ExclusivePGlitePool extends PGlitePool {
  private lastTurn: Promise<void> = Promise.resolve();

  override connect(callback: ConnectCallback): Promise<void> {
    let endTurn!: () => void;
    const turn = new Promise<void>((resolve) => (endTurn = resolve));
    const previousTurn = this.lastTurn;
    this.lastTurn = previousTurn.then(() => turn);
    return previousTurn.then(() =>
      super.connect((error, client) => {
        if (error) endTurn();
        callback(error, client, endTurn);
      }),
    );
  }
}

/** Hides the password of a connection string so it can go into messages. */
export function redactDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  return url.toString();
}

export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    type: "postgres" as const,
    entities,
    migrations,
    migrationsTableName: "migrations",
    namingStrategy: new ConstraintNames(),
    migrationsTransactionMode: "each" as const,
    synchronize: false,
    logging: true,
    logger: new StatementCounter(options.logger),
    // Only the server warns of slow statements: a command's, such as an import batch's merge,
    // take seconds by design, and a warning would break the import's progress line.
    maxQueryExecutionTime: options.limits ? 1000 : undefined,
  };
  if (options.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      // Bounds both opening a connection and waiting for a free one.
      connectTimeoutMS: options.limits?.poolTimeoutMs ?? 5000,
      applicationName: "papergraph",
      poolSize: options.limits?.poolSize ?? 10,
      extra: options.limits ? { statement_timeout: options.limits.statementTimeoutMs } : {},
    });
    prepareStatementsOn(dataSource);
    return dataSource;
  }
  // The PGliteDriver constructor configures the shared PGlite instance that the pool opens.
  new PGliteDriver({ dataDir: options.pgliteDir, parsers: { [DATE_OID]: (value: string) => value } });
  return new DataSource({ ...common, driver: { Pool: ExclusivePGlitePool } });
}

/** Opens the database, failing with a message that names the setting at fault. */
export async function connectDatabase(options: DatabaseOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    const where = options.databaseUrl
      ? `DATABASE_URL (${redactDatabaseUrl(options.databaseUrl)})`
      : `the embedded database in DATA_DIR (${options.pgliteDir ?? "memory"})`;
    throw new Error(`Could not connect to ${where}: ${(error as Error).message}`, { cause: error });
  }
  return dataSource;
}

/**
 * Applies pending migrations, each in its own transaction, on one connection without the
 * statement timeout the server's connections carry: a migration may build an index on the whole
 * catalog, which takes longer than any request may. The connection gets its own timeout back
 * before it returns to the pool.
 */
export async function applyMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query("SET statement_timeout = 0");
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = dataSource.options.migrationsTransactionMode ?? "each";
    return await executor.executePendingMigrations();
  } finally {
    try {
      await runner.query("RESET statement_timeout");
    } finally {
      await runner.release();
    }
  }
}

/** Opens the configured database: DATABASE_URL, or the embedded one in its folder under DATA_DIR. */
export function openDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
  logger: Logger,
  limits?: DatabaseLimits,
): Promise<DataSource> {
  let pgliteDir: string | undefined;
  if (!config.databaseUrl) {
    pgliteDir = path.join(config.dataDir, "pglite");
    fs.mkdirSync(pgliteDir, { recursive: true });
  }
  return connectDatabase({ databaseUrl: config.databaseUrl, pgliteDir, logger, limits });
}
