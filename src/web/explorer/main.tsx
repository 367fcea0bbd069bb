// Monaco's web workers, bundled by Vite as files under /assets (no CDN, no blob: URLs).
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./explorer.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { CloseCode, createClient } from "graphql-ws";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { exampleTabs } from "./examples";

/** What the server wrote into the page: whether it answers introspection (INTROSPECTION). */
const introspection =
  document.querySelector<HTMLMetaElement>('meta[name="papergraph-introspection"]')?.content !== "false";

const graphqlUrl = new URL("/graphql", location.href);
const subscriptionUrl = new URL(graphqlUrl);
subscriptionUrl.protocol = location.protocol === "https:" ? "wss:" : "ws:";

/**
 * Queries and mutations go over HTTP with the Headers pane's headers. A subscription opens its
 * own socket with those headers as connectionParams, names lower-cased: the server reads the
 * token from `connectionParams.authorization`, and HTTP ignores the case anyway.
 */
const fetcher: Fetcher = (params, options) => {
  const headers = Object.fromEntries(
    Object.entries(options?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const wsClient = createClient({
    url: subscriptionUrl.href,
    connectionParams: headers,
    // A refused token fails the run at once; graphql-ws would otherwise retry 4403 for half a minute.
    shouldRetry: (event) => !(event instanceof CloseEvent && event.code === CloseCode.Forbidden),
  });
  // The client is lazy: it connects only if this run is a subscription. The server has no @defer.
  return createGraphiQLFetcher({ url: graphqlUrl.href, wsClient, enableIncrementalDelivery: false })(params, {
    ...options,
    headers,
  });
};

const plugins = [HISTORY_PLUGIN, explorerPlugin()];

function Explorer() {
  return (
    <div className="explorer">
      {!introspection && (
        <p className="explorer-notice" role="status">
          Introspection is turned off on this server (INTROSPECTION=false): queries still run, but there are no docs or
          autocompletion.
        </p>
      )}
      <GraphiQL
        fetcher={fetcher}
        // null: no introspection request, which the server would refuse.
        schema={introspection ? undefined : null}
        plugins={plugins}
        defaultTabs={exampleTabs}
        defaultEditorToolsVisibility
      >
        <GraphiQL.Logo>papergraph</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}

createRoot(document.getElementById("explorer")!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
