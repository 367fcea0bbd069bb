import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import type { Logger } from "./logger";

/** What every resolver gets: the database, this request's loaders and a logger tagged with its ID. */
export interface Context {
  db: DataSource;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
}

/** A fresh context for one operation, so loader caches never outlive it. */
export function createContext(db: DataSource, logger: Logger, requestId: string = randomUUID()): Context {
  return { db, loaders: createLoaders(db), requestId, logger: logger.child({ requestId }) };
}
