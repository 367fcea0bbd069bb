import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import type { Logger } from "./logger";
import type { ServiceContext, Viewer } from "./services/auth.service";

/** What every resolver gets: the caller, the database, this request's loaders and a tagged logger. */
export interface Context extends ServiceContext {
  db: DataSource;
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
}

/** A fresh context for one operation, so loader caches, and the caller's answers, never outlive it. */
export function createContext(
  db: DataSource,
  logger: Logger,
  viewer: Viewer | null,
  requestId: string = randomUUID(),
): Context {
  return { db, viewer, loaders: createLoaders(db, viewer), requestId, logger: logger.child({ requestId }) };
}
