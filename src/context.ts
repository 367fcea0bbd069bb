import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import type { RateLimitState } from "./limits/admission";
import type { RateBudget } from "./limits/rate-budget";
import type { Logger } from "./logger";
import type { LiveEvents } from "./pubsub/live-events";
import type { ServiceContext, Viewer } from "./services/context";
import type { DigestDesk } from "./services/digest-subscription.service";
import type { WebhookDesk } from "./services/webhook.service";

/** What lives as long as the server: the database, the event hub, rate budgets and the root logger. */
export interface AppServices {
  db: DataSource;
  events: LiveEvents;
  budget: RateBudget;
  logger: Logger;
  digests: DigestDesk;
  /** How many watches each user may have. */
  watchesPerUser: number;
  webhooks: WebhookDesk;
}

/** What every resolver gets: the caller, the app's services, this operation's loaders and a tagged logger. */
export interface Context extends ServiceContext {
  db: DataSource;
  viewer: Viewer | null;
  events: LiveEvents;
  loaders: Loaders;
  requestId: string;
  /** The client's IP address: whose budget anonymous requests spend. */
  clientAddress: string;
  budget: RateBudget;
  digests: DigestDesk;
  watchesPerUser: number;
  webhooks: WebhookDesk;
  /** Set once the operation is admitted: what it cost and what remains. */
  rateLimit?: RateLimitState;
  logger: Logger;
}

/**
 * A fresh context for one operation, over HTTP or over a websocket, so loader caches, and
 * the caller's answers, never outlive it.
 */
export function createContext(
  app: AppServices,
  viewer: Viewer | null,
  clientAddress: string,
  requestId: string = randomUUID(),
): Context {
  return {
    db: app.db,
    viewer,
    events: app.events,
    loaders: createLoaders(app.db, viewer),
    requestId,
    clientAddress,
    budget: app.budget,
    digests: app.digests,
    watchesPerUser: app.watchesPerUser,
    webhooks: app.webhooks,
    logger: app.logger.child({ requestId }),
  };
}
