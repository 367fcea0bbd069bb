import { createHash } from "node:crypto";
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { AppServices } from "../context";
import { utcDay } from "../domain/dates";
import { checkSearch } from "../domain/search";
import { BadUserInputError, DomainError, ErrorCode } from "../errors";
import type { Context } from "../context";
import { buildFeed, FEED_SIZE, FeedFormat, type FeedSource, type ListSource } from "../services/feed.service";
import { readWatchByFeedToken } from "../services/watch-feed.service";
import { checkPaperFilter, type PaperFilterFields } from "../services/paper.service";
import { chargeRequest, paperListCost } from "./anonymous-requests";
import { parseDate, parseWindow, refuseNul, singleParameters } from "./query-parameters";

/** Feed readers poll; five minutes of freshness spares the database and the caller's budget. */
const CACHE_CONTROL = "public, max-age=300";
/** A watch's feed is its owner's: no shared cache keeps it, and its URL, a secret, is not sent on as a referrer. */
const PRIVATE_HEADERS = { "cache-control": "private, max-age=300", "referrer-policy": "no-referrer" };

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** `name.format`, such as `week.atom`; the format must be one we write. */
function splitFile(file: string, argumentName: string): { name: string; format: FeedFormat } {
  const dot = file.lastIndexOf(".");
  const format = file.slice(dot + 1) as FeedFormat;
  if (dot < 0 || !Object.values(FeedFormat).includes(format)) {
    throw new BadUserInputError(`The format must be one of ${Object.values(FeedFormat).join(", ")}.`, argumentName);
  }
  return { name: file.slice(0, dot), format };
}

function parseBoolean(value: string, argumentName: string): boolean {
  if (value !== "true" && value !== "false") {
    throw new BadUserInputError(`\`${argumentName}\` must be true or false.`, argumentName);
  }
  return value === "true";
}

function parseCount(value: string, argumentName: string): number {
  if (!/^\d{1,9}$/.test(value)) {
    throw new BadUserInputError(`\`${argumentName}\` must be a whole number below a billion.`, argumentName);
  }
  return Number(value);
}

/** `/search.{format}?q=…` with the fields of `papers(filter:)`, checked by the same function. */
function searchSource(req: Request): FeedSource {
  const {
    q,
    publishedFrom,
    publishedTo,
    dailyDate,
    hasCode,
    keywords,
    minUpvotes,
    authorId,
    repositoryId,
    category,
    hasDoi,
    submitter,
    organization,
  } = singleParameters(req);
  if (q === undefined) throw new BadUserInputError("A search feed needs `q`.", "q");
  const fields: PaperFilterFields = {
    publishedFrom: publishedFrom === undefined ? null : parseDate(publishedFrom, "publishedFrom"),
    publishedTo: publishedTo === undefined ? null : parseDate(publishedTo, "publishedTo"),
    dailyDate: dailyDate === undefined ? null : parseDate(dailyDate, "dailyDate"),
    hasCode: hasCode === undefined ? null : parseBoolean(hasCode, "hasCode"),
    keywords: keywords === undefined ? null : keywords.split(","),
    minUpvotes: minUpvotes === undefined ? null : parseCount(minUpvotes, "minUpvotes"),
    authorId,
    repositoryId,
    category,
    hasDoi: hasDoi === undefined ? null : parseBoolean(hasDoi, "hasDoi"),
    submitter,
    organization,
  };
  return { kind: "search", filter: { ...checkPaperFilter(fields, ""), search: checkSearch(q, "q") } };
}

/**
 * RFC 9110's preconditions for GET: If-None-Match when sent, else If-Modified-Since. Not
 * express's `req.fresh`, which ignores both when the request says `cache-control: no-cache`, as
 * fetch() does whenever it carries such a header: that directive is for caches, not the origin.
 */
function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const noneMatch = req.get("if-none-match");
  if (noneMatch !== undefined) {
    return noneMatch.split(",").some((tag) => ["*", etag].includes(tag.trim().replace(/^W\//, "")));
  }
  const since = Date.parse(req.get("if-modified-since") ?? "");
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Where the Atom feed of a source's papers is served. */
export function atomFeedPath(source: ListSource): string {
  switch (source.kind) {
    case "trending":
      return `/feeds/trending/${source.window.toLowerCase()}.atom`;
    case "daily":
      return `/feeds/daily/${source.date}.atom`;
    case "search": {
      const parameters = new URLSearchParams({ q: source.filter.search });
      if (source.filter.dailyDate) parameters.set("dailyDate", source.filter.dailyDate);
      return `/feeds/search.atom?${parameters}`;
    }
  }
}

function refuse(res: Response, status: number, code: ErrorCode, message: string, argumentName?: string): void {
  res.status(status).json({ error: { code, message, ...(argumentName ? { argumentName } : {}) } });
}

/**
 * The public feeds, beside /graphql: trending, daily and search lists as Atom, RSS and JSON Feed.
 * Parameters are checked before the caller is charged, as GraphQL refuses bad documents for free.
 */
export function feedRouter(services: AppServices, schema: GraphQLSchema): Router {
  // A feed is charged what the GraphQL query reading the same rows costs.
  const cost = paperListCost(schema, FEED_SIZE);
  const router = express.Router({ caseSensitive: true, strict: true });

  /** Checks the parameters, then charges the caller; undefined when refused, the answer sent. */
  const admit = async <T>(req: Request, res: Response, parse: (req: Request) => T) => {
    let request: T;
    try {
      refuseNul(req);
      request = parse(req);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refuse(res, 400, error.code, error.message, error.argumentName);
      return undefined;
    }
    const context = await chargeRequest(services, req, res, cost);
    if (!context) {
      refuse(res, 429, ErrorCode.RATE_LIMITED, `Rate limit exceeded: a feed costs ${cost.points} points.`);
      return undefined;
    }
    return { context, request };
  };

  const send = async (
    req: Request,
    res: Response,
    context: Context,
    { source, format }: { source: FeedSource; format: FeedFormat },
    headers: Record<string, string>,
  ) => {
    const origin = `${req.protocol}://${req.get("host")}`;
    const links = { self: `${origin}${req.originalUrl}`, origin };
    const { body, updated } = await buildFeed(context, source, format, links);
    if (res.locals.timedOut) return;
    res.setHeader("content-type", CONTENT_TYPES[format]);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
    res.setHeader("etag", etag);
    res.setHeader("last-modified", updated.toUTCString());
    if (notModified(req, etag, updated)) res.status(304).end();
    else res.send(body);
  };

  const serve =
    (sourceOf: (req: Request) => { source: FeedSource; format: FeedFormat }): RequestHandler =>
    async (req, res) => {
      const admitted = await admit(req, res, sourceOf);
      if (admitted) await send(req, res, admitted.context, admitted.request, { "cache-control": CACHE_CONTROL });
    };

  router.get(
    "/trending/:file",
    serve((req) => {
      const { name, format } = splitFile(req.params.file as string, "format");
      return { source: { kind: "trending", window: parseWindow(name, "window") }, format };
    }),
  );
  router.get(
    "/daily/:file",
    serve((req) => {
      const { name, format } = splitFile(req.params.file as string, "format");
      return { source: { kind: "daily", date: utcDay(parseDate(name, "date")) }, format };
    }),
  );
  // A watch's private feed. Charged before the token is looked up, so guessing costs points; an
  // unknown or rotated token falls through to the 404 of any unknown path, telling nothing.
  router.get("/watches/:file", async (req, res, next) => {
    const admitted = await admit(req, res, (req) => splitFile(req.params.file as string, "format"));
    if (!admitted) return;
    const { context, request } = admitted;
    const watch = await readWatchByFeedToken(context, services.digests.secret, request.name);
    if (!watch) return next();
    const source: FeedSource = { kind: "watch", watchId: watch.id, name: watch.name };
    await send(req, res, context, { source, format: request.format }, PRIVATE_HEADERS);
  });
  router.get(
    "/search.:format",
    serve((req) => ({ source: searchSource(req), format: splitFile(`search.${req.params.format}`, "format").format })),
  );
  return router;
}
