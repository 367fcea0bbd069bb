import { normalizeRepositoryUrl, type NormalizedRepository } from "./repository-url";

/**
 * Links to code hosts in free text. Stops at spaces, brackets, braces and quotes, so LaTeX's
 * `url{...}{...}` pairs and parentheses do not leak into the URL; a sentence's closing
 * punctuation is dropped. Hosts that are not code hosts (review mirrors, project pages) are
 * not code links.
 */
const CODE_LINK =
  /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co)\/[^\s{}()<>[\]"'`,;]+/gi;

/** The distinct repositories an abstract links to, in order of first mention, as first written. */
export function extractCodeLinks(text: string): NormalizedRepository[] {
  const found = new Map<string, NormalizedRepository>();
  for (const [match] of text.matchAll(CODE_LINK)) {
    const repository = normalizeRepositoryUrl(match.replace(/[.:!?]+$/, ""));
    if (repository && !found.has(repository.key)) found.set(repository.key, repository);
  }
  return [...found.values()];
}
