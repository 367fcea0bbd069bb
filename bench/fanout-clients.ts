/**
 * A share of bench:fanout's subscribers, in a process of its own so that the benchmark measures
 * the server rather than one process parsing every delivery. Forked by bench/fanout.ts, which
 * sends a `ClientsPlan` and hears `ClientsReport`s back over IPC.
 */
import { createClient } from "graphql-ws";
import WebSocket from "ws";

export interface ClientsPlan {
  /** The server's ws:// URL. */
  url: string;
  subscribers: number;
  /** Subscriber i subscribes with `queries[i % queries.length]`. */
  queries: string[];
  /** The share of sockets to destroy without a close frame, each at a random moment within `abandonWithinMs`. */
  abandonShare: number;
  abandonWithinMs: number;
}

export type ClientsReport =
  /** Every subscriber has its connection acknowledged, or failed to. */
  | { type: "connected"; failed: number }
  /** When each first event arrived, on process.hrtime's clock, in ms: sent once all have one, or when asked. */
  | { type: "deliveries"; at: number[] };

/** The parent's request for the deliveries so far. */
export type ClientsRequest = { type: "report" };

/** Handshakes in flight at once: a burst of thousands would overflow the server's accept queue. */
const CONNECTING_AT_ONCE = 50;

export function hrtimeMs(): number {
  return Number(process.hrtime.bigint() / 1000n) / 1000;
}

function send(report: ClientsReport): void {
  process.send!(report);
}

async function run(plan: ClientsPlan): Promise<void> {
  const deliveries: number[] = [];
  const reportDeliveries = () => send({ type: "deliveries", at: deliveries });
  process.on("message", (request: ClientsRequest) => {
    if (request.type === "report") reportDeliveries();
  });

  let failed = 0;
  let connecting = 0;
  let wakeConnector: (() => void) | undefined;
  const settled = () => {
    connecting--;
    wakeConnector?.();
  };
  for (let i = 0; i < plan.subscribers; i++) {
    while (connecting >= CONNECTING_AT_ONCE) await new Promise<void>((wake) => (wakeConnector = wake));
    connecting++;
    let acknowledged = false;
    let delivered = false;
    const client = createClient({
      url: plan.url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        connected: (socket) => {
          acknowledged = true;
          settled();
          if (Math.random() < plan.abandonShare) {
            setTimeout(() => (socket as WebSocket).terminate(), Math.random() * plan.abandonWithinMs);
          }
        },
        closed: () => {
          if (acknowledged) return;
          failed++;
          settled();
        },
      },
    });
    client.subscribe(
      { query: plan.queries[i % plan.queries.length] },
      {
        next: () => {
          if (delivered) return;
          delivered = true;
          deliveries.push(hrtimeMs());
          if (deliveries.length === plan.subscribers) reportDeliveries();
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }
  while (connecting > 0) await new Promise<void>((wake) => (wakeConnector = wake));
  send({ type: "connected", failed });
}

if (require.main === module) process.once("message", (plan: ClientsPlan) => void run(plan));
