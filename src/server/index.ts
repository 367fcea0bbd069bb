import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { ResponseCache } from "../cache/response-cache";
import type { Config } from "../config";
import type { AppServices } from "../context";
import { openDigestRuntime } from "../jobs/digest-runtime";
import { MaintenanceJobs } from "../jobs/maintenance-jobs";
import { WatchEmailJobs } from "../jobs/watch-email-jobs";
import { WatchJobs } from "../jobs/watch-jobs";
import { WebhookJobs } from "../jobs/webhook-jobs";
import { RateBudget } from "../limits/rate-budget";
import type { Logger } from "../logger";
import { PGliteListener, PostgresListener } from "../pubsub/database-listener";
import { LiveEvents, type SubscriberCounts } from "../pubsub/live-events";
import type { LivePubSub } from "../pubsub/topics";
import { createHttpApp } from "./http";
import { OperationPipeline } from "./pipeline";
import { drain, InFlightRequests } from "./shutdown";
import { serveWebsockets } from "./websocket";

export interface ServerOptions {
  schema: GraphQLSchema;
  /** The hub the schema's subscriptions read from. */
  pubSub: LivePubSub;
  db: DataSource;
  /** The Postgres server the database listener connects to; undefined on the embedded database. */
  databaseUrl: string | undefined;
  logger: Logger;
  settings: ServerSettings;
  /** Key of the links in digest emails; see `digestSecret` in config.ts. */
  digestSecret: string;
}

export type ServerSettings = Pick<
  Config,
  | "port"
  | "shutdownDelayMs"
  | "introspection"
  | "trustProxy"
  | "redis"
  | "limits"
  | "responseCacheTtlMs"
  | "publicUrl"
  | "dataDir"
  | "mail"
  | "digest"
  | "watchesPerUser"
  | "webhooks"
  | "watchEmailsPerHour"
>;

/** What holds a live subscriber here, counted; every count is 0 once they have all gone. */
export interface LiveStats extends SubscriberCounts {
  websockets: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The live-update hub: what subscribers here hear, and a way to wait until it has caught up. */
  events: LiveEvents;
  liveStats(): LiveStats;
  /**
   * Drains: readiness fails, then the server stops taking requests and lets in-flight ones
   * finish, closes websocket clients with 1001, stops listening to the database and closes it.
   */
  close(): Promise<void>;
}

/** Serves GraphQL over HTTP and graphql-ws at /graphql, with /healthz and /readyz beside it. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { schema, db, logger, settings } = options;
  const listener = options.databaseUrl ? new PostgresListener(options.databaseUrl, logger) : new PGliteListener(logger);
  const digests = await openDigestRuntime(
    db,
    { ...settings, databaseUrl: options.databaseUrl },
    options.digestSecret,
    logger,
  );
  const webhookJobs = await WebhookJobs.open(digests.queue, db, settings.webhooks, options.digestSecret, logger);
  const services: AppServices = {
    db,
    logger,
    events: new LiveEvents(options.pubSub, db, listener, logger),
    budget: await RateBudget.open(settings.limits, settings.redis, logger, settings.digest.subscribesPerHour),
    digests: {
      secret: options.digestSecret,
      notify: (tx, notice) => digests.jobs.notify(tx, notice),
      publicUrl: () => digests.sender.publicUrl,
    },
    watchesPerUser: settings.watchesPerUser,
    webhooks: webhookJobs,
  };
  // Every paper change, and every reconnect of the listener, wakes the watch workers; events
  // they record wake the senders of webhooks and emails.
  const watchEmails = await WatchEmailJobs.open(digests.queue, db, digests.sender, settings.watchEmailsPerHour, logger);
  const watchJobs = await WatchJobs.open(digests.queue, db, logger);
  const maintenance = await MaintenanceJobs.open(digests.queue, db, logger);
  services.events.onWatchChecksQueued(() => watchJobs.wake());
  watchJobs.onMatched(() => webhookJobs.wake());
  watchJobs.onMatched(() => watchEmails.wake());
  const responseCache = settings.responseCacheTtlMs > 0 ? new ResponseCache(settings.responseCacheTtlMs) : undefined;
  if (responseCache) services.events.onCatalogChanged(() => responseCache.clear());
  await services.events.start();

  const pipeline = new OperationPipeline(schema, settings.limits, settings.introspection);
  const requests = new InFlightRequests();
  let draining = false;
  const { requestListener, trustProxy, apollo } = await createHttpApp({
    schema,
    services,
    pipeline,
    settings,
    responseCache,
    requests,
    isDraining: () => draining,
  });
  const httpServer = http.createServer(requestListener);
  const websockets = serveWebsockets(httpServer, {
    schema,
    services,
    pipeline,
    maxPayload: settings.limits.maxBodyBytes,
    trustProxy,
  });

  await new Promise<void>((resolve) => httpServer.listen(settings.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  // Links in emails point at PUBLIC_URL, else at this server.
  digests.sender.publicUrl ||= `http://localhost:${port}`;
  if (settings.digest.worker) {
    await digests.jobs.work();
    await watchJobs.work(settings.digest.pollSeconds);
    await webhookJobs.work(settings.digest.pollSeconds);
    await watchEmails.work(settings.digest.pollSeconds);
    await maintenance.work(settings.digest.pollSeconds);
  }
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    events: services.events,
    liveStats: () => ({ websockets: websockets.connectionCount(), ...services.events.subscriberCounts() }),
    close: () =>
      (closing ??= drain({
        delayMs: settings.shutdownDelayMs,
        stopReadiness: () => (draining = true),
        httpServer,
        requests,
        websockets,
        apollo,
        services,
        stopJobs: () => digests.close(),
      })),
  };
}
