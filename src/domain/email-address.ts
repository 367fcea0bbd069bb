import { UserErrorCode, UserErrors } from "../errors";

/** RFC 5321's limits on a path and on its local part. */
const MAX_ADDRESS_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

/**
 * The HTML standard's definition of a valid email address: printable ASCII, one @, a dotted
 * host name. Nothing in it can end a header line or start another.
 */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export interface EmailAddress {
  /** Trimmed, with the domain in lower case. */
  address: string;
  /** All lower case: two addresses with the same key are taken to be one mailbox. */
  key: string;
}

/** Checks an address a subscriber typed; refusals are user errors on `field`. */
export function checkEmailAddress(raw: string, field: string[]): EmailAddress {
  const trimmed = raw.trim();
  if (trimmed.length === 0) throw UserErrors.of(field, UserErrorCode.BLANK, "Give an email address.");
  if (trimmed.length > MAX_ADDRESS_LENGTH) {
    throw UserErrors.of(
      field,
      UserErrorCode.TOO_LONG,
      `An email address has at most ${MAX_ADDRESS_LENGTH} characters.`,
    );
  }
  const at = trimmed.lastIndexOf("@");
  if (!ADDRESS.test(trimmed) || at > MAX_LOCAL_PART_LENGTH) {
    throw UserErrors.of(field, UserErrorCode.INVALID, "This is not an email address of the form name@example.com.");
  }
  const address = trimmed.slice(0, at + 1) + trimmed.slice(at + 1).toLowerCase();
  return { address, key: address.toLowerCase() };
}
