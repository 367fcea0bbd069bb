import { UserErrorCode, UserErrors, type UserErrorShape } from "../errors";

/** Postgres refuses NUL in text, so no text we store may hold it. */
const NUL = "\u0000";

/** The largest number Postgres's `integer` holds. */
const MAX_INTEGER = 2_147_483_647;

/**
 * Collects every mistake in a set of fields, so the caller hears of all of them at once. Each
 * mistake names its field as a path: `["input", "title"]` in a mutation, `["authors", "2"]`
 * within a paper's fields.
 */
export class FieldCheck {
  readonly problems: UserErrorShape[] = [];

  add(field: string[], code: UserErrorCode, message: string): void {
    this.problems.push({ field, code, message });
  }

  /** Whitespace-collapsed text; blank, too long or holding a NUL character is a mistake. */
  text(field: string[], value: string, maxLength: number): string {
    const text = value.replace(/\s+/g, " ").trim();
    if (text.includes(NUL)) this.add(field, UserErrorCode.INVALID, "must not contain NUL characters");
    else if (text.length === 0) this.add(field, UserErrorCode.BLANK, "must not be blank");
    else if (text.length > maxLength)
      this.add(field, UserErrorCode.TOO_LONG, `must be at most ${maxLength} characters`);
    return text;
  }

  /** An absolute http(s) URL of at most `maxLength` characters, or null when `value` is null. */
  httpUrl(field: string[], value: string | null, maxLength: number): string | null {
    if (value === null) return null;
    if (value.includes(NUL)) {
      this.add(field, UserErrorCode.INVALID, "must not contain NUL characters");
      return null;
    }
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      this.add(field, UserErrorCode.INVALID, "must be an http or https URL");
      return null;
    }
    const normalized = url.toString();
    if (normalized.length > maxLength)
      this.add(field, UserErrorCode.TOO_LONG, `must be at most ${maxLength} characters`);
    return normalized;
  }

  /** A whole number that an `integer` column holds and that counts something: zero or more. */
  count(field: string[], value: number): number {
    if (!Number.isInteger(value) || value < 0) this.add(field, UserErrorCode.INVALID, "must be zero or more");
    else if (value > MAX_INTEGER) this.add(field, UserErrorCode.INVALID, `must be at most ${MAX_INTEGER}`);
    return value;
  }

  /** Throws the collected mistakes, if any, as UserErrors. */
  done(): void {
    if (this.problems.length > 0) throw new UserErrors(this.problems);
  }
}
