import type { ClassType } from "type-graphql";

// Raw SQL note: put UPDATE/DELETE … RETURNING inside a WITH and SELECT from it. TypeORM's pg
// driver returns [rows, count] for a bare UPDATE or DELETE, while PGlite returns the rows.

/** Gives a raw SQL row its entity's prototype, so `Node` can tell which type it is. */
export function asEntity<T extends object>(Class: ClassType<T>, row: object): T {
  return Object.assign(Object.create(Class.prototype) as T, row);
}
