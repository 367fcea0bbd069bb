import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import type { AppServices } from "../context";
import type { DigestSubscriptionRow } from "../db/rows";
import { escapeHtml } from "../domain/html";
import { LinkPurpose, signLink, verifyLink } from "../domain/signed-link";
import { DigestFrequency } from "../entities/digest-subscription.entity";
import { BadUserInputError, DomainError, ErrorCode, RateLimitedError, UserErrors } from "../errors";
import type { OperationCost } from "../limits/operation-cost";
import { subscribeAsCaller } from "../resolvers/digest.resolver";
import { systemContext } from "../services/context";
import {
  changeFrequencyByLink,
  confirmByLink,
  describeTopic,
  readByManageLink,
  readSubscription,
  unsubscribeByLink,
} from "../services/digest-subscription.service";
import { stopWatchEmailByLink } from "../services/watch-email.service";
import { anonymousContext, chargeRequest } from "./anonymous-requests";
import { sendHtmlPage } from "./html-page";

/**
 * The pages behind the links in digest emails, and the answer to the live page's inbox form. A
 * GET never changes anything, since mail scanners follow links: it shows a button that POSTs.
 * The one exception to "a page first" is RFC 8058's one-click unsubscribe, a POST a mail client
 * sends to the List-Unsubscribe URL.
 */
const PAGE_HEADERS: Record<string, string> = {
  // Only inline style, and forms back to this origin: nothing is loaded from anywhere.
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // The URLs carry tokens: keep them out of other sites' logs and out of caches.
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/** Each page is charged to its client's budget like the smallest GraphQL query: one point. */
const PAGE_COST: OperationCost = { nodeCount: 1, points: 1 };

const STYLE =
  "body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}" +
  "button,select{font:inherit;padding:.4rem .8rem}form{margin:1rem 0}";

function sendPage(res: Response, status: number, title: string, body: string): void {
  sendHtmlPage(res, {
    status,
    headers: PAGE_HEADERS,
    title,
    head: `<style>${STYLE}</style>`,
    body: `<main><h1>${escapeHtml(title)}</h1>${body}</main>`,
  });
}

const FREQUENCY_NAMES: Record<DigestFrequency, string> = { DAILY: "daily", WEEKLY: "weekly" };

function describe(subscription: DigestSubscriptionRow): string {
  const topic = describeTopic(subscription.topic);
  return (
    `<p>The ${FREQUENCY_NAMES[subscription.frequency]} digest of trending papers` +
    `${topic ? ` ${escapeHtml(topic)}` : ""}, to <strong>${escapeHtml(subscription.email)}</strong>.</p>`
  );
}

function button(action: string, token: string, label: string, extra = ""): string {
  return (
    `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
    `${extra}<button type="submit">${escapeHtml(label)}</button></form>`
  );
}

/** The token from the query string (the emailed link) or the posted form. */
function tokenOf(req: Request): string {
  const token = (req.body as Record<string, unknown> | undefined)?.token ?? req.query.token;
  if (typeof token !== "string" || token === "") throw new BadUserInputError("This link has no token.", "token");
  return token;
}

function frequencyOf(req: Request): DigestFrequency {
  const frequency = (req.body as Record<string, unknown>).frequency as DigestFrequency;
  if (!Object.values(DigestFrequency).includes(frequency)) {
    throw new BadUserInputError("Choose daily or weekly.", "frequency");
  }
  return frequency;
}

export function digestRouter(services: AppServices): Router {
  const router = express.Router({ caseSensitive: true, strict: true });
  const { secret } = services.digests;
  const ctx = () => systemContext(services.db);
  const manageLink = (id: number) => `/digest/manage?token=${signLink(secret, LinkPurpose.MANAGE, id)}`;

  /** Runs a page's work; a bad, expired or stale link gets a page saying so. */
  const page =
    (render: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    async (req, res) => {
      if (!(await chargeRequest(services, req, res, PAGE_COST))) {
        sendPage(res, 429, "Try again later", "<p>Too many requests from your address for now.</p>");
        return;
      }
      try {
        await render(req, res);
      } catch (error) {
        if (error instanceof UserErrors) {
          const messages = error.errors.map(({ message }) => `<p>${escapeHtml(message)}</p>`).join("");
          sendPage(res, 400, "This could not be done", messages);
          return;
        }
        if (error instanceof RateLimitedError) {
          res.setHeader("retry-after", String(error.retryAfter));
          sendPage(res, 429, "Try again later", `<p>${escapeHtml(error.message)}</p>`);
          return;
        }
        if (!(error instanceof DomainError)) throw error;
        const status = error.code === ErrorCode.NOT_FOUND ? 404 : 400;
        sendPage(res, status, "This link does not work", `<p>${escapeHtml(error.message)}</p>`);
      }
    };

  router.use(express.urlencoded({ extended: false, limit: "4kb" }));

  router.get(
    "/confirm",
    page(async (req, res) => {
      const token = tokenOf(req);
      const subscription = await readSubscription(ctx(), verifyLink(secret, token, LinkPurpose.CONFIRM));
      if (!subscription) throw new DomainError(ErrorCode.NOT_FOUND, "This subscription no longer exists.");
      sendPage(
        res,
        200,
        "Confirm your subscription",
        describe(subscription) + button("/digest/confirm", token, "Confirm"),
      );
    }),
  );
  router.post(
    "/confirm",
    page(async (req, res) => {
      const subscription = await confirmByLink(ctx(), secret, tokenOf(req));
      sendPage(
        res,
        200,
        "You are subscribed",
        describe(subscription) +
          `<p>The first digest comes with the next ${FREQUENCY_NAMES[subscription.frequency]} send. ` +
          `Every digest has a link to unsubscribe in one click.</p>` +
          `<p><a href="${escapeHtml(manageLink(subscription.id))}">Manage this subscription</a></p>`,
      );
    }),
  );
  router.get(
    "/unsubscribe",
    page(async (req, res) => {
      const token = tokenOf(req);
      sendPage(
        res,
        200,
        "Unsubscribe",
        "<p>Stop this digest and delete the address it goes to?</p>" +
          button("/digest/unsubscribe", token, "Unsubscribe"),
      );
    }),
  );
  router.post(
    "/unsubscribe",
    page(async (req, res) => {
      await unsubscribeByLink(ctx(), secret, tokenOf(req));
      sendPage(
        res,
        200,
        "You are unsubscribed",
        "<p>No more digests will be sent, and the subscription and its address are deleted.</p>",
      );
    }),
  );
  router.get(
    "/manage",
    page(async (req, res) => {
      const token = tokenOf(req);
      const subscription = await readByManageLink(ctx(), secret, token);
      const options = Object.values(DigestFrequency)
        .map(
          (frequency) =>
            `<option value="${frequency}"${frequency === subscription.frequency ? " selected" : ""}>${FREQUENCY_NAMES[frequency]}</option>`,
        )
        .join("");
      sendPage(
        res,
        200,
        "Your digest",
        describe(subscription) +
          (subscription.confirmedAt ? "" : "<p>It is not confirmed yet: nothing is sent until it is.</p>") +
          button(
            "/digest/manage",
            token,
            "Change",
            `<label>Send it <select name="frequency">${options}</select></label> `,
          ) +
          button("/digest/unsubscribe", token, "Unsubscribe"),
      );
    }),
  );
  router.post(
    "/manage",
    page(async (req, res) => {
      const token = tokenOf(req);
      const subscription = await changeFrequencyByLink(ctx(), secret, token, frequencyOf(req));
      sendPage(
        res,
        200,
        "Your digest is changed",
        describe(subscription) + `<p><a href="/digest/manage?token=${escapeHtml(token)}">Back</a></p>`,
      );
    }),
  );
  // The link in a watch's emails, and their List-Unsubscribe.
  router.get(
    "/watch-email",
    page(async (req, res) => {
      const token = tokenOf(req);
      sendPage(
        res,
        200,
        "Stop these emails",
        "<p>Stop emailing this watch's events? The watch, its feed and your digest stay.</p>" +
          button("/digest/watch-email", token, "Stop emails"),
      );
    }),
  );
  router.post(
    "/watch-email",
    page(async (req, res) => {
      await stopWatchEmailByLink(ctx(), secret, tokenOf(req));
      sendPage(res, 200, "Emails stopped", "<p>This watch's events will not be emailed any more.</p>");
    }),
  );
  // The live page's inbox form, posted without JavaScript (with it, the page calls subscribeToDigest).
  router.post(
    "/subscribe",
    page(async (req, res) => {
      const { email, search } = req.body as Record<string, unknown>;
      const { message } = await subscribeAsCaller(anonymousContext(services, req, res), {
        email: typeof email === "string" ? email : "",
        frequency: frequencyOf(req),
        topic: typeof search === "string" ? { search } : null,
      });
      sendPage(res, 200, "Check your inbox", `<p>${escapeHtml(message)}</p><p><a href="/">Back to the papers</a></p>`);
    }),
  );
  return router;
}
