import type { ClassType } from "type-graphql";

/** Gives a raw SQL row its entity's prototype, so `Node` can tell which type it is. */
export function asEntity<T extends object>(Class: ClassType<T>, row: object): T {
  return Object.assign(Object.create(Class.prototype) as T, row);
}
