import type { Response } from "express";
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
