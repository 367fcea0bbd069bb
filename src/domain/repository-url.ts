import { RepositoryProvider } from "../entities/repository.entity";

export interface NormalizedRepository {
  url: string;
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
 * Returns null for what is not a repository URL.
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
  const segments = url.pathname
    .split("/")
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const provider = HOSTS[host] ?? RepositoryProvider.OTHER;
  const kind =
    provider === RepositoryProvider.HUGGINGFACE && ["spaces", "datasets"].includes(segments[0])
      ? segments.shift()
      : null;
  if (provider !== RepositoryProvider.OTHER) {
    if (segments.length < 2) return null;
    const owner = segments[0];
    const name = segments[1].replace(/\.git$/i, "");
    const path = [kind, owner, name].filter(Boolean).join("/");
    // GitHub and GitLab names are case-insensitive; Hugging Face's are not.
    const canonical = provider === RepositoryProvider.HUGGINGFACE ? path : path.toLowerCase();
    return { url: `https://${host}/${canonical}`, provider, owner, name };
  }
  const path = segments.join("/").replace(/\.git$/i, "");
  if (!path) return null;
  return {
    url: `https://${host}${path ? `/${path}` : ""}`,
    provider,
    owner: segments[0] ?? null,
    name: segments[1] ?? null,
  };
}
