import type http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { ApolloServer } from "@apollo/server";
import type { Disposable } from "graphql-ws";
import type { AppServices, Context } from "../context";

/** The longest shutdown waits for in-flight requests, within the 30 s a supervisor allows. */
const DRAIN_TIMEOUT_MS = 10_000;

/** Counts the HTTP requests being answered, so that shutdown can wait for them. */
export class InFlightRequests {
  private count = 0;
  private readonly idleWaiters = new Set<() => void>();

  /** Counts `res` until it closes. */
  trackResponse(res: http.ServerResponse): void {
    this.count++;
    res.once("close", () => {
      if (--this.count === 0) this.idleWaiters.forEach((wake) => wake());
    });
  }

  get size(): number {
    return this.count;
  }

  /** Resolves once none is in flight, or after `timeoutMs`. */
  async settle(timeoutMs: number): Promise<void> {
    if (this.count === 0) return;
    let wake!: () => void;
    const idle = new Promise<void>((resolve) => (wake = resolve));
    this.idleWaiters.add(wake);
    await within(idle, timeoutMs);
    this.idleWaiters.delete(wake);
  }
}

/** Waits for `promise`, or `timeoutMs`, whichever comes first. */
async function within(promise: Promise<unknown>, timeoutMs: number): Promise<void> {
  const gaveUp = new AbortController();
  await Promise.race([promise, sleep(timeoutMs, undefined, { signal: gaveUp.signal }).catch(() => undefined)]);
  gaveUp.abort();
}

export interface Drained {
  delayMs: number;
  /** Makes /readyz fail. */
  stopReadiness(): void;
  httpServer: http.Server;
  requests: InFlightRequests;
  websockets: Disposable;
  apollo: ApolloServer<Context>;
  services: AppServices;
  /** Stops the job queue's workers, letting running jobs finish; before the database closes. */
  stopJobs(): Promise<void>;
}

/**
 * The drain sequence: readiness fails first, and requests are still served for `delayMs`
 * while load balancers stop routing here; then the server stops accepting, lets in-flight
 * requests finish, closes websocket clients with 1001, stops listening to the database, lets
 * running jobs finish and closes the database.
 */
export async function drain(parts: Drained): Promise<void> {
  const { httpServer, requests, services } = parts;
  parts.stopReadiness();
  await sleep(parts.delayMs);
  const httpClosed = new Promise((resolve) => httpServer.close(resolve));
  services.logger.info({ requestsInFlight: requests.size }, "stopped accepting requests; finishing those in flight");
  await requests.settle(DRAIN_TIMEOUT_MS);
  httpServer.closeIdleConnections();
  await parts.websockets.dispose(); // closes every socket with 1001 Going Away
  await within(httpClosed, DRAIN_TIMEOUT_MS);
  httpServer.closeAllConnections();
  await parts.apollo.stop();
  await services.events.stop();
  await services.budget.close();
  await parts.stopJobs();
  await services.db.destroy();
}
