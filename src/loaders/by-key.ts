import DataLoader from "dataloader";
import { query, type Queryable, type Sql } from "../db/sql";

/**
 * Loads rows by a unique column in one statement per batch. `select` reads the rows whose
 * `keyField` is among the keys; missing or hidden rows load as null.
 */
export function byKeyLoader<TRow, K extends keyof TRow>(
  db: Queryable,
  keyField: K,
  select: (keys: readonly NonNullable<TRow[K]>[]) => Sql,
) {
  return new DataLoader<NonNullable<TRow[K]>, TRow | null>(async (keys) => {
    const rows = await query<TRow>(db, select(keys));
    const byKey = new Map(rows.map((row) => [row[keyField], row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
