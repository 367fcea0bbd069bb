import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import type { Logger } from "./logger";
import type { LiveEvents } from "./pubsub/live-events";
import type { ServiceContext, Viewer } from "./services/auth.service";

/** What lives as long as the server: the database, the event hub and the root logger. */
export interface AppServices {
  db: DataSource;
  events: LiveEvents;
  logger: Logger;
}

/** What every resolver gets: the caller, the app's services, this operation's loaders and a tagged logger. */
export interface Context extends ServiceContext {
  db: DataSource;
  viewer: Viewer | null;
  events: LiveEvents;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
}

/**
 * A fresh context for one operation, over HTTP or over a websocket, so loader caches, and
 * the caller's answers, never outlive it.
 */
export function createContext(app: AppServices, viewer: Viewer | null, requestId: string = randomUUID()): Context {
  return {
    db: app.db,
    viewer,
    events: app.events,
    loaders: createLoaders(app.db, viewer),
    requestId,
    logger: app.logger.child({ requestId }),
  };
}
