import type http from "node:http";
import { CloseCode, handleProtocols, makeServer, type Disposable, type ServerOptions } from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger";

/** What graphql-ws's hooks get as `ctx.extra` for each socket, as with graphql-ws's own `useServer`. */
export interface SocketExtra {
  readonly socket: WebSocket;
  /** The HTTP request that opened the socket. */
  readonly request: http.IncomingMessage;
}

/** graphql-ws pings every 12 s and drops a socket that has not answered the ping 12 s later. */
const KEEP_ALIVE_MS = 12_000;

/**
 * graphql-ws's protocol (`makeServer`) over `ws`, as graphql-ws's `useServer` does it, except
 * that a message is handed to `ws` and not awaited: `useServer` wraps each send in a promise
 * settled by the socket's write callback, and a trending entry is sent to 10,000 sockets at once.
 * A failed write surfaces as the socket's error and close, which end its subscriptions.
 * Protocol errors (ws closes the socket itself, 1009 for a message over `maxPayload`) are the
 * client's, logged as warnings rather than printed as internal errors.
 */
export function serveGraphqlWs(
  wsServer: WebSocketServer,
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra>,
  logger: Logger,
): Disposable {
  const server = makeServer(options);
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.once("error", (error) => {
    logger.error({ err: error }, "websocket server failed");
    for (const socket of wsServer.clients) socket.close(CloseCode.InternalServerError, "Internal server error");
  });
  wsServer.on("connection", (socket, request) => {
    socket.on("error", (error) => logger.warn({ err: error }, "websocket closed on a protocol error"));
    let pongWait: NodeJS.Timeout | undefined;
    const pingInterval = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once("pong", () => clearTimeout(pongWait));
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState === socket.OPEN) socket.send(data);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on("message", (data) => {
            handle(String(data)).catch((error: unknown) => {
              logger.error({ err: error }, "could not handle a websocket message");
              socket.close(CloseCode.InternalServerError, "Internal server error");
            });
          }),
      },
      { socket, request },
    );
    socket.once("close", (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(pingInterval);
      closed(code, String(reason)).catch((error: unknown) =>
        logger.error({ err: error }, "could not close a websocket's subscriptions"),
      );
    });
  });
  return {
    dispose: async () => {
      for (const socket of wsServer.clients) socket.close(1001, "Going away");
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
