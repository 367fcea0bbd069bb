import type PgBoss from "pg-boss";
import type { DataSource, EntityManager, QueryResult } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/** The embedded database's one session, as the data source's pool lends it. */
interface PGliteSession {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss's statements on the embedded database. PGlite is one session shared with TypeORM, so
 * each statement takes its turn from the data source's pool as a query runner does: it waits
 * while a TypeORM transaction is open, and never runs inside one.
 */
export class PGliteJobDatabase implements PgBoss.Db {
  /** pg-boss does not await every statement it starts: it completes a handled job in the background. */
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    const statement = this.run(text, values);
    this.running.add(statement);
    const forget = () => this.running.delete(statement);
    statement.then(forget, forget);
    return statement;
  }

  /** Resolves once every statement started so far has finished, so the database can be closed. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.running);
  }

  private async run(text: string, values: unknown[] | undefined): Promise<{ rows: unknown[] }> {
    const driver = this.dataSource.driver as PostgresDriver;
    const [session, release] = (await driver.obtainMasterConnection()) as [PGliteSession, () => void];
    try {
      // The pool runs text without parameters through PGlite's exec, which accepts several
      // statements and returns the last one's rows: pg-boss installs and maintains its schema so.
      return await session.query(text, values);
    } catch (error) {
      // That text opens its own transaction (BEGIN … COMMIT). A failure inside it would leave
      // the shared session aborted for the next query runner.
      if (!values?.length) await session.query("ROLLBACK");
      throw error;
    } finally {
      release();
    }
  }
}

/** pg-boss's statements inside the caller's open transaction, on its query runner. */
export function transactionJobDatabase(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error("A job sent with `db` needs the EntityManager of an open transaction.");
  }
  return {
    async executeSql(text, values) {
      const result = (await runner.query(text, values, true)) as QueryResult;
      return { rows: result.records };
    },
  };
}
