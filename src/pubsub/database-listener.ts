import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { getPGliteInstance } from "typeorm-pglite";
import { sql } from "../db/sql";
import type { Logger } from "../logger";

/**
 * The channel the database triggers notify with `{"paperId": n}` when a paper's votes change,
 * with `{"paperIds": [n, …]}` when a statement changed papers' records, trend or visibility
 * (`{"paperIds": "many"}` when the list would not fit in a notification), with
 * `{"watchChecksQueued": true}` when a transaction queued papers for a watch check, with
 * `{"watchEventId": n, "watchId": m}` when a watch event is recorded, and with
 * `{"revokedTokenUserId": n}` when one of a user's tokens is revoked. The listener also sends
 * itself `{"mark": "…"}` to learn that it has caught up.
 */
export const EVENTS_CHANNEL = "papergraph_events";

export interface ListenerHandlers {
  /** Papers whose votes, trend or visibility changed; null when too many changed to list. */
  onPapersChanged(paperIds: number[] | null): void;
  /** Papers were queued for a watch check (watch_check): the outbox has work. */
  onWatchChecksQueued(): void;
  /** A watch event was recorded. */
  onWatchEvent(watchId: number, eventId: number): void;
  /** A token of this user was revoked: sockets signed in as them must be checked again. */
  onTokenRevoked(userId: number): void;
  /** The listener (re)connected: events may have been missed, so state must be re-read. */
  onConnected(): void;
}

/** Receives the database's notifications on one dedicated connection. */
export interface DatabaseListener {
  start(handlers: ListenerHandlers): Promise<void>;
  /** Resolves once every change committed before the call has been handed to `onPapersChanged`. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

type Notification =
  | { paperIds: number[] | null }
  | { watchChecksQueued: true }
  | { watchEventId: number; watchId: number }
  | { revokedTokenUserId: number }
  | { mark: string };

function parseNotification(payload: string | undefined, logger: Logger): Notification | null {
  try {
    const { paperId, paperIds, watchChecksQueued, watchEventId, watchId, revokedTokenUserId, mark } = JSON.parse(
      payload ?? "",
    ) as Record<string, unknown>;
    if (Number.isSafeInteger(paperId)) return { paperIds: [paperId as number] };
    if (paperIds === "many") return { paperIds: null };
    if (Array.isArray(paperIds) && paperIds.every((id) => Number.isSafeInteger(id))) {
      return { paperIds: paperIds as number[] };
    }
    if (watchChecksQueued === true) return { watchChecksQueued };
    if (Number.isSafeInteger(revokedTokenUserId)) return { revokedTokenUserId: revokedTokenUserId as number };
    if (Number.isSafeInteger(watchEventId) && Number.isSafeInteger(watchId)) {
      return { watchEventId: watchEventId as number, watchId: watchId as number };
    }
    if (typeof mark === "string") return { mark };
  } catch {
    // fall through to the warning
  }
  logger.warn({ payload }, "ignored a malformed database notification");
  return null;
}

function deliver(notification: Exclude<Notification, { mark: string }>, handlers: ListenerHandlers): void {
  if ("paperIds" in notification) handlers.onPapersChanged(notification.paperIds);
  else if ("watchChecksQueued" in notification) handlers.onWatchChecksQueued();
  else if ("revokedTokenUserId" in notification) handlers.onTokenRevoked(notification.revokedTokenUserId);
  else handlers.onWatchEvent(notification.watchId, notification.watchEventId);
}

const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

/**
 * LISTEN on a Postgres server through its own client, outside the pool. If the connection
 * drops, or the server restarts, it reconnects with backoff until stopped, then reports
 * `onConnected` so the caller catches up on what it missed.
 */
export class PostgresListener implements DatabaseListener {
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | undefined;
  /** Marks sent by `caughtUp` and not yet received back. */
  private readonly marks = new Map<string, { seen(): void; lost(error: Error): void }>();

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  async start(handlers: ListenerHandlers): Promise<void> {
    await this.connect(handlers);
  }

  /**
   * Postgres delivers notifications in commit order, so once a mark sent now comes back,
   * every change committed before it has come too.
   */
  async caughtUp(): Promise<void> {
    const client = this.client;
    if (!client) throw new Error("The database listener is not connected.");
    const mark = randomUUID();
    const seen = new Promise<void>((resolve, reject) => this.marks.set(mark, { seen: resolve, lost: reject }));
    const { text, values } = sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ mark })})`.render();
    await client.query(text, values);
    await seen;
  }

  private async connect(handlers: ListenerHandlers): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: "papergraph-listener" });
    client.on("notification", (message) => {
      const notification = parseNotification(message.payload, this.logger);
      if (notification && "mark" in notification) this.marks.get(notification.mark)?.seen();
      else if (notification) deliver(notification, handlers);
    });
    client.on("error", (error) => this.logger.warn({ err: error }, "database listener connection failed"));
    client.on("end", () => {
      if (this.client === client) this.client = null;
      for (const { lost } of this.marks.values()) lost(new Error("The database listener lost its connection."));
      this.marks.clear();
      this.scheduleReconnect(handlers);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      this.logger.warn({ err: error }, "database listener could not connect");
      await client.end().catch(() => undefined);
      this.scheduleReconnect(handlers);
      return;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    if (this.attempt > 0) this.logger.info("database listener reconnected");
    this.attempt = 0;
    handlers.onConnected();
  }

  private scheduleReconnect(handlers: ListenerHandlers): void {
    if (this.stopped || this.retry) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt, RECONNECT_DELAYS_MS.length - 1)];
    this.attempt++;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect(handlers);
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }
}

/** The embedded database delivers the same notifications in-process. */
export class PGliteListener implements DatabaseListener {
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly logger: Logger) {}

  async start(handlers: ListenerHandlers): Promise<void> {
    const pglite = await getPGliteInstance();
    this.unlisten = await pglite.listen(EVENTS_CHANNEL, (payload) => {
      const notification = parseNotification(payload, this.logger);
      if (notification && !("mark" in notification)) deliver(notification, handlers);
    });
    handlers.onConnected();
  }

  /**
   * PGlite queues its listeners' calls while it reads a COMMIT's reply, before the statement's
   * promise resolves: a change whose write has returned has already been handed over.
   */
  async caughtUp(): Promise<void> {}

  async stop(): Promise<void> {
    await this.unlisten?.().catch(() => undefined);
  }
}
