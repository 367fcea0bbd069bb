import type { DataSource } from "typeorm";
import { until } from "./until";

/** Resolves once no job of `queue` is waiting or running. */
export function queueSettled(db: DataSource, queue: string): Promise<void> {
  return until(
    `the ${queue} queue to settle`,
    async () => {
      const [{ open }] = (await db.query(
        "SELECT count(*)::int AS open FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')",
        [queue],
      )) as { open: number }[];
      return open === 0;
    },
    30_000,
  );
}
