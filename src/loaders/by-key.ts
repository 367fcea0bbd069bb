import DataLoader from "dataloader";
import type { ClassType } from "type-graphql";
import type { Queryable } from "../db/sql";
import { asEntity } from "../services/rows";

/**
 * Loads entities by a unique column in one statement per batch. `sql` selects the rows whose
 * `keyField` is in $1; missing or hidden rows load as null.
 */
export function byKeyLoader<T extends object, K extends keyof T & string>(
  db: Queryable,
  Class: ClassType<T>,
  keyField: K,
  sql: string,
) {
  return new DataLoader<NonNullable<T[K]>, T | null>(async (keys) => {
    const rows: T[] = await db.query(sql, [keys]);
    const byKey = new Map(rows.map((row) => [row[keyField], asEntity(Class, row)]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
