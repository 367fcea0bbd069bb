import { setTimeout as sleep } from "node:timers/promises";
import { Client } from "pg";

export interface PaperLock {
  /** Resolves once `count` other sessions are waiting for the lock. */
  waitedOnBy(count: number): Promise<void>;
  release(): Promise<void>;
}

/** Holds an exclusive lock on `paper` from a connection of its own, so any read of it waits, until `release`. */
export async function lockPapers(databaseUrl: string = process.env.DATABASE_URL!): Promise<PaperLock> {
  const locker = new Client({ connectionString: databaseUrl });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query("LOCK TABLE paper IN ACCESS EXCLUSIVE MODE");
  return {
    async waitedOnBy(count) {
      for (;;) {
        const { rows } = await locker.query(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE relation = 'paper'::regclass AND NOT granted",
        );
        if (rows[0].waiting >= count) return;
        await sleep(20);
      }
    },
    async release() {
      await locker.query("ROLLBACK");
      await locker.end();
    },
  };
}
