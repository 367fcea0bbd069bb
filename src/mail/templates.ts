import { escapeHtml } from "../domain/html";
import { authorLine, excerpt, oneLine, plural } from "../domain/text";

/** A message's subject and its two alternative bodies. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type DigestFrequency = "DAILY" | "WEEKLY";

/** One paper of a digest. */
export interface DigestPaper {
  title: string;
  /** The paper's page. */
  url: string;
  authors: string[];
  upvotes: number;
  codeUrl: string | null;
  abstract: string;
}

/** What a subscription asks for. */
export interface SubscriptionSummary {
  frequency: DigestFrequency;
  /** A human summary of the filter, such as `matching "diffusion", at least 5 upvotes`; null for all papers. */
  topic: string | null;
}

const FREQUENCY_WORDS: Record<DigestFrequency, string> = { DAILY: "daily", WEEKLY: "weekly" };

const STYLE = {
  body: "margin:0;padding:24px 16px;background:#ffffff;color:#1f1f1f;font-family:Helvetica,Arial,sans-serif",
  page: "max-width:640px;margin:0 auto;font-size:15px;line-height:1.5",
  heading: "margin:0 0 4px;font-size:20px",
  lead: "margin:0 0 20px;color:#555555",
  link: "color:#0b57d0",
  title: "color:#0b57d0;font-size:16px;font-weight:bold;text-decoration:none",
  meta: "margin:2px 0;color:#555555;font-size:13px",
  excerpt: "margin:6px 0 0",
  paper: "margin:0 0 22px",
  list: "margin:0;padding-left:22px",
  footer: "margin:28px 0 0;padding-top:12px;border-top:1px solid #dddddd;color:#555555;font-size:13px",
} as const;

/** "daily digest of trending papers matching …": what the subscription sends. */
function digestDescription({ frequency, topic }: SubscriptionSummary): string {
  const papers = topic ? `trending papers ${oneLine(topic)}` : "trending papers";
  return `${FREQUENCY_WORDS[frequency]} papergraph digest of ${papers}`;
}

function link(url: string, label = url): string {
  return `<a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(label)}</a>`;
}

/** A whole HTML document: inline styles only, no images, nothing fetched from elsewhere. */
function htmlDocument(title: string, content: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="${STYLE.body}"><div style="${STYLE.page}">`,
    content,
    "</div></body>",
    "</html>",
    "",
  ].join("\n");
}

/** Asks the reader to confirm a new subscription. */
export function renderConfirmation(
  options: SubscriptionSummary & { confirmUrl: string; expiresInHours: number },
): RenderedMail {
  const description = digestDescription(options);
  const subject = `Confirm your ${FREQUENCY_WORDS[options.frequency]} papergraph digest`;
  const expiry = `The link expires in ${plural(options.expiresInHours, "hour")}.`;
  const ignore = "If you did not ask for this, ignore this email: nothing will be sent to you.";
  const text = [
    `Someone, hopefully you, asked for a ${description} at this address.`,
    "",
    "To confirm, open:",
    options.confirmUrl,
    "",
    expiry,
    ignore,
    "",
  ].join("\n");
  const html = htmlDocument(
    subject,
    [
      `<h1 style="${STYLE.heading}">${escapeHtml(subject)}</h1>`,
      `<p>Someone, hopefully you, asked for a ${escapeHtml(description)} at this address.</p>`,
      `<p>To confirm, open: ${link(options.confirmUrl)}</p>`,
      `<p>${escapeHtml(expiry)}<br>${escapeHtml(ignore)}</p>`,
    ].join("\n"),
  );
  return { subject, text, html };
}

/**
 * Sent instead of a confirmation when the address already has this subscription, so that the
 * answer to whoever subscribed it never tells them so.
 */
export function renderAlreadySubscribed(options: SubscriptionSummary & { manageUrl: string }): RenderedMail {
  const description = digestDescription(options);
  const subject = `You already get the ${FREQUENCY_WORDS[options.frequency]} papergraph digest`;
  const explanation =
    `Someone, hopefully you, asked again for a ${description} at this address. ` +
    "This address already gets it, so nothing changes.";
  const ignore = "If you did not ask for this, ignore this email.";
  const text = [explanation, "", "To change or cancel it, open:", options.manageUrl, "", ignore, ""].join("\n");
  const html = htmlDocument(
    subject,
    [
      `<h1 style="${STYLE.heading}">${escapeHtml(subject)}</h1>`,
      `<p>${escapeHtml(explanation)}</p>`,
      `<p>To change or cancel it, open: ${link(options.manageUrl)}</p>`,
      `<p>${escapeHtml(ignore)}</p>`,
    ].join("\n"),
  );
  return { subject, text, html };
}

/** One event of one of the reader's watches. */
export interface WatchEventMail {
  /** The name the reader gave the watch. */
  watchName: string;
  /** Why it fired, such as `Reached 50 upvotes`. */
  reason: string;
  paper: DigestPaper;
}

export interface DigestContent extends SubscriptionSummary {
  /** The period the digest covers, such as `30 November 2026` or `week of 23 November 2026`. */
  periodLabel: string;
  papers: DigestPaper[];
  /** The events of the reader's watches since their last digest: the "Your watches" section. */
  watchEvents: WatchEventMail[];
  unsubscribeUrl: string;
  manageUrl: string;
  /** The Atom feed of the same papers. */
  feedUrl: string;
}

function paperText(paper: DigestPaper, index: number): string {
  const details = [plural(paper.upvotes, "upvote"), ...(paper.codeUrl ? [`code: ${paper.codeUrl}`] : [])];
  const lines = [`${index + 1}. ${oneLine(paper.title)}`];
  if (paper.authors.length > 0) lines.push(`   ${authorLine(paper.authors)}`);
  lines.push(`   ${details.join(" · ")}`, `   ${paper.url}`);
  const summary = excerpt(paper.abstract);
  if (summary) lines.push(`   ${summary}`);
  return lines.join("\n");
}

function paperHtml(paper: DigestPaper): string {
  const details = [
    escapeHtml(plural(paper.upvotes, "upvote")),
    ...(paper.codeUrl ? [link(paper.codeUrl, "code")] : []),
  ];
  const summary = excerpt(paper.abstract);
  return [
    `<li style="${STYLE.paper}">`,
    `<a href="${escapeHtml(paper.url)}" style="${STYLE.title}">${escapeHtml(oneLine(paper.title))}</a>`,
    ...(paper.authors.length > 0 ? [`<p style="${STYLE.meta}">${escapeHtml(authorLine(paper.authors))}</p>`] : []),
    `<p style="${STYLE.meta}">${details.join(" · ")}</p>`,
    ...(summary ? [`<p style="${STYLE.excerpt}">${escapeHtml(summary)}</p>`] : []),
    "</li>",
  ].join("\n");
}

function watchEventText(event: WatchEventMail, index: number): string {
  return `${paperText(event.paper, index)}\n   ${oneLine(event.watchName)}: ${event.reason}`;
}

function watchEventHtml(event: WatchEventMail): string {
  const reason = `<p style="${STYLE.meta}"><strong>${escapeHtml(oneLine(event.watchName))}</strong>: ${escapeHtml(event.reason)}</p>`;
  return paperHtml(event.paper).replace(/<\/li>$/, `${reason}\n</li>`);
}

const YOUR_WATCHES = "Your watches";

/** A digest of the period's papers, with the links to the feed, to manage and to unsubscribe. */
export function renderDigest(content: DigestContent): RenderedMail {
  const frequency = FREQUENCY_WORDS[content.frequency];
  const period = oneLine(content.periodLabel);
  const counts = [
    plural(content.papers.length, "trending paper"),
    ...(content.watchEvents.length > 0 ? [plural(content.watchEvents.length, "watch event")] : []),
  ];
  // Only the counts and the period: the topic is the subscriber's text and stays out of the header.
  const subject = `papergraph ${frequency}: ${counts.join(", ")}, ${period}`;
  const heading = `papergraph ${frequency}, ${period}`;
  const lead = content.topic ? `Trending papers ${oneLine(content.topic)}.` : "Trending papers.";
  const empty = "No papers this time.";
  const footer = [
    ["Prefer a feed reader?", content.feedUrl],
    ["Change this digest:", content.manageUrl],
    ["Unsubscribe:", content.unsubscribeUrl],
  ];
  const text = [
    heading,
    lead,
    "",
    content.papers.length > 0 ? content.papers.map(paperText).join("\n\n") : empty,
    "",
    ...(content.watchEvents.length > 0
      ? [YOUR_WATCHES, "", content.watchEvents.map(watchEventText).join("\n\n"), ""]
      : []),
    "--",
    ...footer.map(([label, url]) => `${label} ${url}`),
    "",
  ].join("\n");
  const html = htmlDocument(
    subject,
    [
      `<h1 style="${STYLE.heading}">${escapeHtml(heading)}</h1>`,
      `<p style="${STYLE.lead}">${escapeHtml(lead)}</p>`,
      content.papers.length > 0
        ? `<ol style="${STYLE.list}">\n${content.papers.map(paperHtml).join("\n")}\n</ol>`
        : `<p>${escapeHtml(empty)}</p>`,
      ...(content.watchEvents.length > 0
        ? [
            `<h2 style="${STYLE.heading}">${YOUR_WATCHES}</h2>`,
            `<ol style="${STYLE.list}">\n${content.watchEvents.map(watchEventHtml).join("\n")}\n</ol>`,
          ]
        : []),
      `<p style="${STYLE.footer}">`,
      footer.map(([label, url]) => `${escapeHtml(label)} ${link(url)}`).join("<br>\n"),
      "</p>",
    ].join("\n"),
  );
  return { subject, text, html };
}

export interface WatchEventContent {
  event: WatchEventMail;
  /** Turns off this watch's emails. */
  stopUrl: string;
  /** The digest subscription the address belongs to. */
  manageUrl: string;
}

/** One event of a watch set to IMMEDIATE, with the links to stop the watch's emails and to manage the address. */
export function renderWatchEvent({ event, stopUrl, manageUrl }: WatchEventContent): RenderedMail {
  // The watch's name is the reader's text, and stays out of the header.
  const subject = `papergraph watch: ${event.reason}`;
  const lead = `Your watch "${oneLine(event.watchName)}": ${event.reason}.`;
  const footer = [
    ["Stop emails for this watch:", stopUrl],
    ["Change your digest and address:", manageUrl],
  ];
  const text = [
    lead,
    "",
    paperText(event.paper, 0),
    "",
    "--",
    ...footer.map(([label, url]) => `${label} ${url}`),
    "",
  ].join("\n");
  const html = htmlDocument(
    subject,
    [
      `<h1 style="${STYLE.heading}">${escapeHtml(subject)}</h1>`,
      `<p style="${STYLE.lead}">${escapeHtml(lead)}</p>`,
      `<ol style="${STYLE.list}">\n${paperHtml(event.paper)}\n</ol>`,
      `<p style="${STYLE.footer}">`,
      footer.map(([label, url]) => `${escapeHtml(label)} ${link(url)}`).join("<br>\n"),
      "</p>",
    ].join("\n"),
  );
  return { subject, text, html };
}
