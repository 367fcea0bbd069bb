import { UserErrorCode, UserErrors, type UserErrorShape } from "../errors";

/** Collects every mistake in a mutation input, so the caller hears of all of them at once. */
export class InputCheck {
  readonly errors: UserErrorShape[] = [];

  add(field: string[], code: UserErrorCode, message: string): void {
    this.errors.push({ field, code, message });
  }

  /** Whitespace-collapsed text; blank or too long is a mistake. */
  text(field: string[], value: string, maxLength: number): string {
    const text = value.replace(/\s+/g, " ").trim();
    if (text.length === 0) this.add(field, UserErrorCode.BLANK, "must not be blank");
    else if (text.length > maxLength)
      this.add(field, UserErrorCode.TOO_LONG, `must be at most ${maxLength} characters`);
    return text;
  }

  /** An absolute http(s) URL, or null when `value` is null. */
  httpUrl(field: string[], value: string | null): string | null {
    if (value === null) return null;
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
    if (value.length > 2000) this.add(field, UserErrorCode.TOO_LONG, "must be at most 2000 characters");
    return url.toString();
  }

  /** Throws the collected mistakes, if any, as UserErrors. */
  done(): void {
    if (this.errors.length > 0) throw new UserErrors(this.errors);
  }
}
