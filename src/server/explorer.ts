import fs from "node:fs";
import path from "node:path";
import type { Request, RequestHandler } from "express";
import { websocketSources } from "./html-page";
import { WEB_DIR } from "./web";
import type { ServerSettings } from ".";

/** The explorer's page as Vite built it (src/web/explorer). */
const EXPLORER_HTML = path.join(WEB_DIR, "explorer/index.html");

/**
 * Only this origin, and its websocket address. Monaco adds <style> elements as it runs, with no way to give
 * them a nonce: hence 'unsafe-inline' for styles only. GraphiQL's stylesheet carries its fonts
 * (Roboto, Fira Code) and Monaco's a few icons as data: URLs, which load nothing from anywhere.
 */
function contentSecurityPolicy(req: Request): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    `connect-src 'self'${websocketSources(req)}`,
    "worker-src 'self'",
    "object-src 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** A browser opening /graphql, as opposed to a client asking for a GraphQL response. */
function isPageNavigation(req: Request): boolean {
  return req.query.query === undefined && req.accepts(["application/json", "text/html"]) === "text/html";
}

/** The built page with the server's settings the explorer needs, as meta tags (no inline script). */
function renderPage(settings: ServerSettings): string | undefined {
  if (!fs.existsSync(EXPLORER_HTML)) return undefined;
  const meta = `<meta name="papergraph-introspection" content="${settings.introspection}" />`;
  return fs.readFileSync(EXPLORER_HTML, "utf8").replace("</head>", `    ${meta}\n  </head>`);
}

/**
 * GET /graphql from a browser (Accept: text/html, no `query` parameter) gets the GraphiQL
 * explorer; JSON clients and GET queries pass through to Apollo.
 */
export function explorerPage(settings: ServerSettings): RequestHandler {
  const page = renderPage(settings);
  return (req, res, next) => {
    res.vary("accept");
    if (!isPageNavigation(req)) {
      next();
      return;
    }
    if (!page) {
      res.status(404).type("text/plain").send("The explorer is not built: run `npm run build`.");
      return;
    }
    res.setHeader("content-security-policy", contentSecurityPolicy(req));
    res.setHeader("cache-control", "no-cache");
    res.setHeader("x-content-type-options", "nosniff");
    res.type("html").send(page);
  };
}
