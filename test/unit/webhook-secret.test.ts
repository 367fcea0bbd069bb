import { isSealed, openWebhookSecret, sealWebhookSecret, webhookSecretKey } from "../../src/domain/webhook-secret";

const key = webhookSecretKey("a server secret that is long enough to use");
const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

test("a sealed secret opens with its key, differs on every sealing, and a value stored in the clear passes as it is", () => {
  const sealed = sealWebhookSecret(key, secret);
  expect(isSealed(sealed)).toBe(true);
  expect(sealed).not.toContain(secret.slice("whsec_".length));
  expect(sealWebhookSecret(key, secret)).not.toBe(sealed);
  expect(openWebhookSecret(key, sealed)).toBe(secret);
  expect(isSealed(secret)).toBe(false);
  expect(openWebhookSecret(key, secret)).toBe(secret);
});

test("a sealed secret altered, or opened with another key, does not open", () => {
  const sealed = sealWebhookSecret(key, secret);
  const last = sealed.at(-1) === "A" ? "B" : "A";
  expect(() => openWebhookSecret(key, sealed.slice(0, -1) + last)).toThrow();
  expect(() => openWebhookSecret(webhookSecretKey("another server secret, long enough"), sealed)).toThrow();
});
