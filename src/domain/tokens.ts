import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "pgt_";
/** The prefix, then 32 random bytes in base64url. */
const TOKEN_PATTERN = /^pgt_[A-Za-z0-9_-]{43}$/;

/** A new bearer token secret; show it once, store only its hash. */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function isWellFormedToken(secret: string): boolean {
  return TOKEN_PATTERN.test(secret);
}

/** Tokens carry 256 random bits, so a fast hash is enough: there is nothing to brute-force. */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
