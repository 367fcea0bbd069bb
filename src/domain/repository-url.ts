import { RepositoryProvider } from "../entities/repository.entity";

export interface NormalizedRepository {
  /** The URL to show: https, host lower-cased without `www.`, the path as first written. */
  url: string;
  /** What every URL of the repository shares: `url`, lower-cased where the host ignores case. */
  key: string;
  provider: RepositoryProvider;
  owner: string | null;
  name: string | null;
}

const HOSTS: Record<string, RepositoryProvider> = {
  "github.com": RepositoryProvider.GITHUB,
  "gitlab.com": RepositoryProvider.GITLAB,
  "huggingface.co": RepositoryProvider.HUGGINGFACE,
};

/**
 * One URL per repository: https, lower-case host without `www.`, no query, fragment, `.git`
 * suffix or trailing slash. On GitHub and GitLab only `owner/name` is kept, so links to a
 * file or branch name the repository; Hugging Face keeps `spaces/`/`datasets/` before it.
 * The URL keeps the case it was written in; the key matches it to others. Returns null for
 * what is not a repository URL, and for paths holding NUL, which Postgres cannot store.
 */
export function normalizeRepositoryUrl(raw: string): NormalizedRepository | null {
  const text = raw.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/]+:\d/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  let segments: string[];
  try {
    segments = url.pathname
      .split("/")
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null; // a malformed percent-escape
  }
  if (segments.some((segment) => segment.includes("\u0000"))) return null;
  const provider = HOSTS[host] ?? RepositoryProvider.OTHER;
  const kind =
    provider === RepositoryProvider.HUGGINGFACE && ["spaces", "datasets"].includes(segments[0])
      ? segments.shift()
      : null;
  if (provider !== RepositoryProvider.OTHER) {
    if (segments.length < 2) return null;
    const owner = segments[0];
    const name = segments[1].replace(/\.git$/i, "");
    const display = `https://${host}/${[kind, owner, name].filter(Boolean).join("/")}`;
    // GitHub and GitLab names are case-insensitive; Hugging Face's are not.
    const key = provider === RepositoryProvider.HUGGINGFACE ? display : display.toLowerCase();
    return { url: display, key, provider, owner, name };
  }
  const path = segments.join("/").replace(/\.git$/i, "");
  if (!path) return null;
  // Other hosts may or may not ignore case: only the same path is the same repository.
  const display = `https://${host}/${path}`;
  return {
    url: display,
    key: display,
    provider,
    owner: segments[0] ?? null,
    name: segments[1] ?? null,
  };
}
