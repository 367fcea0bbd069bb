import "reflect-metadata";
import pino from "pino";
import type { DataSource } from "typeorm";
import type { DatabaseListener, ListenerHandlers } from "../../src/pubsub/database-listener";
import { LiveEvents } from "../../src/pubsub/live-events";
import { createLivePubSub } from "../../src/pubsub/topics";
import { TrendingWindow } from "../../src/services/trending";

/** Hands notifications over as a test sends them. */
class ListenerDouble implements DatabaseListener {
  handlers!: ListenerHandlers;
  async start(handlers: ListenerHandlers): Promise<void> {
    this.handlers = handlers;
    handlers.onConnected();
  }
  async caughtUp(): Promise<void> {}
  async stop(): Promise<void> {}
}

/**
 * LiveEvents over a database that answers every paper read with the paper asked for and every
 * top with nothing, except that its first `failingQueries` statements, and the hub's first
 * `failingPublishes` publications, throw.
 */
async function liveEvents(failures: { failingQueries?: number; failingPublishes?: number }) {
  let failingQueries = failures.failingQueries ?? 0;
  let failingPublishes = failures.failingPublishes ?? 0;
  const db = {
    query: async (_text: string, [keys]: unknown[]) => {
      if (failingQueries-- > 0) throw new Error("the database went away");
      return Array.isArray(keys) ? keys.map((id) => ({ id })) : [];
    },
  } as unknown as DataSource;
  const pubSub = createLivePubSub();
  const publish = pubSub.publish.bind(pubSub);
  pubSub.publish = (...args) => {
    if (failingPublishes-- > 0) throw new Error("a subscriber broke");
    publish(...args);
  };
  const logs: { msg: string }[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const listener = new ListenerDouble();
  const events = new LiveEvents(pubSub, db, listener, logger);
  await events.start();
  return { events, logs, changed: (paperId: number) => listener.handlers.onPapersChanged([paperId]) };
}

test.each<[string, { failingQueries?: number; failingPublishes?: number }]>([
  ["a statement fails", { failingQueries: 1 }],
  ["publishing throws", { failingPublishes: 1 }],
])("when %s, the refresh is logged as failed and the next change is pushed all the same", async (_case, failures) => {
  const { events, logs, changed } = await liveEvents(failures);
  // The trending subscriber's first refresh reads the tops: the failing statement is one of them.
  const trending = events.watchTrending(TrendingWindow.DAY, 10);
  void trending.next();
  const counter = events.watchUpvotes(7);
  const pushed = counter.next();
  await events.caughtUp();

  changed(7);
  await events.caughtUp();
  changed(7);
  const { value } = await pushed;
  expect(await value.paper).toMatchObject({ id: 7 });
  expect(logs).toEqual([expect.objectContaining({ msg: "live events refresh failed" })]);
  await Promise.all([trending.return!(), counter.return!()]);
});
