import { createClient, type Client, type FormattedExecutionResult } from "graphql-ws";
import { print, type DocumentNode } from "graphql";
import WebSocket from "ws";

type ExecutionResult<TData> = FormattedExecutionResult<TData, unknown>;

export interface SocketClient {
  client: Client;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
}

/** A graphql-ws client on a real socket; `authorization` goes in connectionParams. */
export function connectSocket(httpUrl: string, authorization?: string): SocketClient {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: authorization ? { authorization } : {},
    on: { closed: (event) => onClosed((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
  return { client, closed };
}

/** Collects what a subscription pushes, until disposed. */
export interface Collected<TData> {
  events: ExecutionResult<TData>[];
  /** Resolves when `count` events have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ExecutionResult<TData>[]>;
  /** Resolves when the latest event satisfies `predicate`. */
  waitUntil(predicate: (latest: ExecutionResult<TData>) => boolean, timeoutMs?: number): Promise<void>;
  dispose(): void;
}

export function collect<TData>(
  client: Client,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): Collected<TData> {
  const events: ExecutionResult<TData>[] = [];
  const waiters: (() => void)[] = [];
  const dispose = client.subscribe<TData>(
    { query: print(document), variables },
    {
      next: (result) => {
        events.push(result);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        events.push({ errors: [error as never] });
        waiters.splice(0).forEach((wake) => wake());
      },
      complete: () => undefined,
    },
  );
  /** Waits for events until `done` holds, or fails after `timeoutMs`. */
  async function waitForEvents(done: () => boolean, expected: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`expected ${expected}, got ${JSON.stringify(events)}`);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((wake) => waiters.push(wake)),
        new Promise((wake) => (timer = setTimeout(wake, remaining))),
      ]);
      clearTimeout(timer);
    }
  }
  return {
    events,
    dispose,
    async waitFor(count, timeoutMs) {
      await waitForEvents(() => events.length >= count, `${count} events`, timeoutMs);
      return events;
    },
    waitUntil: (predicate, timeoutMs) =>
      waitForEvents(() => events.length > 0 && predicate(events.at(-1)!), "a matching event", timeoutMs),
  };
}

/** Runs a query or mutation over the socket and returns its single result. */
export function executeOverSocket<TData>(
  client: Client,
  document: DocumentNode | string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<ExecutionResult<TData>> {
  return new Promise((resolve, reject) => {
    let result: ExecutionResult<TData> | undefined;
    client.subscribe<TData>(
      { query: typeof document === "string" ? document : print(document), variables, operationName },
      {
        next: (value) => (result = value),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result!),
      },
    );
  });
}
