import type { Queryable } from "../db/sql";
import type { UserRole } from "../entities/user.entity";
import { createLoaders, type Loaders } from "../loaders";

/** The signed-in caller. */
export interface Viewer {
  id: number;
  handle: string;
  role: UserRole;
}

/** What every service takes: the database or the transaction to join, who is acting, and the request's loaders. */
export interface ServiceContext {
  db: Queryable;
  /** Null for anonymous callers and for the command line. */
  viewer: Viewer | null;
  loaders: Loaders;
}

/** Runs `work` in a transaction, or in a savepoint when `ctx` is already in one. */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((manager) => work({ ...ctx, db: manager }));
}

/** The context of work done outside a request, such as the command line: no viewer. */
export function systemContext(db: Queryable): ServiceContext {
  return { db, viewer: null, loaders: createLoaders(db, null) };
}
