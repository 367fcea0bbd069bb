import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Webhook signing secrets at rest. A sender must keep each secret to sign with it, so it is
 * stored sealed, AES-256-GCM under a key derived from the server's secret (DIGEST_SECRET): a copy
 * of the database alone signs nothing, and a sealed value that was altered does not open.
 */
const SEALED = "v1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The sealing key, derived from the server's secret. */
export function webhookSecretKey(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "", "papergraph webhook secrets", 32));
}

export function sealWebhookSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** Whether a stored value is sealed; endpoints made before sealing hold their secret as it is. */
export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED);
}

/** The secret a stored value holds. Throws when it was sealed under another key, or altered. */
export function openWebhookSecret(key: Buffer, stored: string): string {
  if (!isSealed(stored)) return stored;
  const bytes = Buffer.from(stored.slice(SEALED.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
