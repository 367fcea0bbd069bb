import { Client } from "pg";
import { getPGliteInstance } from "typeorm-pglite";
import type { Logger } from "../logger";

/** The channel the database triggers notify with `{"paperId": n}` when a paper's votes or trend change. */
export const EVENTS_CHANNEL = "papergraph_events";

export interface ListenerHandlers {
  /** Papers whose votes, trend or visibility changed. */
  onPapersChanged(paperIds: number[]): void;
  /** The listener (re)connected: events may have been missed, so state must be re-read. */
  onConnected(): void;
}

/** Receives the database's notifications on one dedicated connection. */
export interface DatabaseListener {
  start(handlers: ListenerHandlers): Promise<void>;
  stop(): Promise<void>;
}

function paperIdOf(payload: string | undefined, logger: Logger): number | null {
  try {
    const { paperId } = JSON.parse(payload ?? "") as { paperId?: unknown };
    if (Number.isSafeInteger(paperId)) return paperId as number;
  } catch {
    // fall through to the warning
  }
  logger.warn({ payload }, "ignored a malformed database notification");
  return null;
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

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  async start(handlers: ListenerHandlers): Promise<void> {
    await this.connect(handlers);
  }

  private async connect(handlers: ListenerHandlers): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: "papergraph-listener" });
    client.on("notification", (message) => {
      const paperId = paperIdOf(message.payload, this.logger);
      if (paperId !== null) handlers.onPapersChanged([paperId]);
    });
    client.on("error", (error) => this.logger.warn({ err: error }, "database listener connection failed"));
    client.on("end", () => {
      if (this.client === client) this.client = null;
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
      const paperId = paperIdOf(payload, this.logger);
      if (paperId !== null) handlers.onPapersChanged([paperId]);
    });
    handlers.onConnected();
  }

  async stop(): Promise<void> {
    await this.unlisten?.().catch(() => undefined);
  }
}
