import { createHmac, timingSafeEqual } from "node:crypto";
import { BadUserInputError } from "../errors";

/** What a link in an email lets its holder do, without signing in. */
export enum LinkPurpose {
  CONFIRM = "confirm",
  MANAGE = "manage",
  UNSUBSCRIBE = "unsubscribe",
  /** Turns off the emails of one watch; the link's ID is the watch's. */
  STOP_WATCH_EMAIL = "unwatch",
}

/** How long each kind of link works. Unsubscribe links must outlive the mail they are in. */
export const LINK_LIFETIME_SECONDS: Record<LinkPurpose, number> = {
  confirm: 48 * 3600,
  manage: 30 * 24 * 3600,
  unsubscribe: 365 * 24 * 3600,
  unwatch: 365 * 24 * 3600,
};

function signature(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(payload).digest();
}

/**
 * `purpose.subscriptionId.expiresAt.signature`: an HMAC-SHA256 over the rest, so the holder can
 * read what it is for but not make another. Not a guessable ID: the ID alone grants nothing.
 */
export function signLink(secret: string, purpose: LinkPurpose, subscriptionId: number, now = new Date()): string {
  const expiresAt = Math.floor(now.getTime() / 1000) + LINK_LIFETIME_SECONDS[purpose];
  const payload = `${purpose}.${subscriptionId}.${expiresAt}`;
  return `${payload}.${signature(secret, payload).toString("base64url")}`;
}

/** The subscription a link is for; a forged, altered, expired or other-purpose link is refused. */
export function verifyLink(secret: string, token: string, purpose: LinkPurpose, now = new Date()): number {
  const match = /^([a-z]+)\.([1-9]\d{0,9})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  const given = match ? Buffer.from(match[4], "base64url") : undefined;
  const expected = match ? signature(secret, `${match[1]}.${match[2]}.${match[3]}`) : undefined;
  if (!match || match[1] !== purpose || !given || !expected || !timingSafeEqual(given, expected)) {
    throw new BadUserInputError("This link is not valid. Use the latest one we emailed you.", "token");
  }
  if (Number(match[3]) * 1000 < now.getTime()) {
    throw new BadUserInputError("This link has expired. Use the latest one we emailed you.", "token");
  }
  return Number(match[2]);
}

/** A keyed hash of an address, for what must remember an address without holding it. */
export function addressHash(secret: string, addressKey: string): string {
  return createHmac("sha256", secret).update(`address:${addressKey}`).digest("base64url");
}

/**
 * The token of a watch's private feed URL: `watchId.HMAC(watchId, feedKey)`. The table holds
 * only the key, so its rows alone give no usable URL; a new key retires the old token.
 */
export function watchFeedToken(secret: string, watchId: number, feedKey: string): string {
  return `${watchId}.${signature(secret, `watch-feed.${watchId}.${feedKey}`).toString("base64url")}`;
}

/** The watch ID a feed token names, if it is well formed; `watchFeedToken` must then match it. */
export function watchIdOfFeedToken(token: string): number | undefined {
  const match = /^([1-9]\d{0,9})\.[\w-]{43}$/.exec(token);
  return match ? Number(match[1]) : undefined;
}

/** Compares two tokens in constant time. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
