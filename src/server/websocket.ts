import { randomUUID } from "node:crypto";
import type http from "node:http";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { CloseCode, type Disposable, type SubscribePayload } from "graphql-ws";
import proxyAddr from "proxy-addr";
import { WebSocketServer, type WebSocket } from "ws";
import { createContext, type AppServices, type Context } from "../context";
import { DomainError, UnauthenticatedError } from "../errors";
import { toGraphQLError } from "../errors/graphql";
import { authenticate } from "../services/auth.service";
import type { OperationLog, OperationPipeline } from "./pipeline";
import { serveGraphqlWs } from "./graphql-ws-adapter";
import { subscribeSharingResults } from "./shared-results";

/** The standard "try again later": graphql-ws clients retry it, unlike 1011 or graphql-ws's own 4500. */
const CLOSE_TRY_AGAIN_LATER = 1013;

export interface WebsocketOptions {
  schema: GraphQLSchema;
  services: AppServices;
  pipeline: OperationPipeline;
  /** The largest message a client may send; larger closes the socket with 1009. */
  maxPayload: number;
  /** Express's `trust proxy` function, so a client's address is read as over HTTP. */
  trustProxy: (address: string, hop: number) => boolean;
}

export interface WebsocketServer extends Disposable {
  /** Sockets open now, whatever their state in the protocol. */
  connectionCount(): number;
}

function authorizationOf(connectionParams: Record<string, unknown> | undefined): string | undefined {
  const authorization = connectionParams?.authorization;
  return typeof authorization === "string" ? authorization : undefined;
}

/**
 * graphql-ws at /graphql on the HTTP server's port. The token arrives in
 * `connectionParams.authorization`; it is checked when the socket opens, again for every
 * operation, and again whenever one of its user's tokens is revoked on any instance: a socket
 * whose token no longer signs in is closed with 4403, ending its subscriptions.
 */
export function serveWebsockets(httpServer: http.Server, options: WebsocketOptions): WebsocketServer {
  const { schema, services, pipeline } = options;
  const { db, logger } = services;
  // graphql-ws hands an operation's own payload object to each of its hooks.
  const operations = new WeakMap<SubscribePayload, OperationLog>();
  // Open sockets signed in with a token, and the user it named.
  const signedIn = new Map<WebSocket, { authorization: string; userId: number }>();

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: options.maxPayload });
  const disposable = serveGraphqlWs(
    wsServer,
    {
      schema,
      subscribe: subscribeSharingResults,
      onConnect: async ({ connectionParams, extra }) => {
        try {
          const authorization = authorizationOf(connectionParams);
          const viewer = await authenticate(db, authorization);
          if (viewer) {
            signedIn.set(extra.socket, { authorization: authorization!, userId: viewer.id });
            extra.socket.once("close", () => signedIn.delete(extra.socket));
          }
          return true;
        } catch (error) {
          if (error instanceof UnauthenticatedError) return false; // graphql-ws closes with 4403 Forbidden
          // The database failed, not the token: a retryable close, before graphql-ws's 4403.
          logger.error({ err: error }, "could not check a websocket's token");
          extra.socket.close(CLOSE_TRY_AGAIN_LATER, "Try again later");
          return false;
        }
      },
      onSubscribe: async ({ connectionParams, extra }, _id, payload) => {
        const requestId = randomUUID();
        const operationLog = { requestId, logger: logger.child({ requestId }) };
        operations.set(payload, operationLog);
        try {
          const checked = pipeline.checkDocument(payload.query);
          if ("errors" in checked) return checked.errors;
          const viewer = await authenticate(db, authorizationOf(connectionParams));
          const clientAddress = proxyAddr(extra.request, options.trustProxy);
          const contextValue = createContext(services, viewer, clientAddress, requestId);
          const operation = { schema, document: checked.document, operationName: payload.operationName };
          const variables = payload.variables ?? undefined;
          await pipeline.admit({ ...operation, variables }, contextValue);
          return { ...operation, variableValues: variables, contextValue };
        } catch (error) {
          if (error instanceof UnauthenticatedError) extra.socket.close(CloseCode.Forbidden, "Forbidden");
          if (error instanceof DomainError) return [toGraphQLError(error)];
          if (error instanceof GraphQLError) return [error];
          // Thrown, it would close the socket with its message as the reason; `onError` logs and masks it.
          return [new GraphQLError((error as Error).message, { originalError: error as Error })];
        }
      },
      // Refusals from onSubscribe, and failures of a subscription's stream.
      onError: (_ctx, _id, payload, errors) => pipeline.formatErrors(errors, operations.get(payload)!),
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors
          ? { ...result, errors: pipeline.formatErrors(result.errors, args.contextValue as Context) }
          : result,
    },
    logger,
  );
  services.events.onTokenRevoked((userId) => {
    for (const [socket, { authorization, userId: socketUserId }] of signedIn) {
      if (userId === null || userId === socketUserId) void closeUnlessSignedIn(socket, authorization);
    }
  });
  async function closeUnlessSignedIn(socket: WebSocket, authorization: string): Promise<void> {
    try {
      await authenticate(db, authorization);
    } catch (error) {
      if (error instanceof UnauthenticatedError) socket.close(CloseCode.Forbidden, "Forbidden");
      else logger.error({ err: error }, "could not check a websocket's token again");
    }
  }
  return { dispose: () => disposable.dispose(), connectionCount: () => wsServer.clients.size };
}
