import type { Request, Response } from "express";
import { escapeHtml } from "../domain/html";

/** A server-rendered page. */
export interface HtmlPage {
  status: number;
  /** The page's own policy: Content-Security-Policy, Referrer-Policy, Cache-Control. */
  headers: Record<string, string>;
  /** Plain text; " · papergraph" is added. */
  title: string;
  /** Markup after the title in <head>: styles, scripts, links. */
  head: string;
  body: string;
}

/** Sends a whole HTML document, which browsers may not sniff as anything else. */
export function sendHtmlPage(res: Response, page: HtmlPage): void {
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  res.setHeader("x-content-type-options", "nosniff");
  res
    .status(page.status)
    .type("html")
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(page.title)} · papergraph</title>${page.head}</head><body>${page.body}</body></html>`,
    );
}

/** A Host header as browsers send it: a name or an IPv4 or bracketed IPv6 address, and a port. */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * This host's websocket origins, for a Content-Security-Policy's connect-src: not every browser
 * counts ws: and wss: to the same host as 'self'. A Host header that is not a plain host name is
 * left out of the header.
 */
export function websocketSources(req: Request): string {
  const host = req.get("host") ?? "";
  return PLAIN_HOST.test(host) ? ` ws://${host} wss://${host}` : "";
}
