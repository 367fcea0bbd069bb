// Catalog text as people read it, in emails and pages alike.

/** Abstracts are shortened to about this many characters. */
export const EXCERPT_LENGTH = 300;
/** Authors named before "et al.". */
export const AUTHORS_SHOWN = 5;

/** Runs of whitespace, line breaks and other control characters become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/** "1 upvote", "3 upvotes". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The abstract on one line, cut at a word boundary to at most about `maxLength` characters. */
export function excerpt(abstract: string, maxLength = EXCERPT_LENGTH): string {
  const text = oneLine(abstract);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  // One very long word (a URL, say) is cut inside rather than dropped.
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.-]+$/, "")}…`;
}

/** The first AUTHORS_SHOWN names, then "et al.". */
export function authorLine(authors: string[]): string {
  const named = authors.slice(0, AUTHORS_SHOWN).map(oneLine).join(", ");
  return authors.length > AUTHORS_SHOWN ? `${named} et al.` : named;
}

/** Why a watch raised an event: "New match", "Reached 50 upvotes", "Trending at #3". */
export function watchEventLine(event: {
  trigger: "NEW_MATCH" | "TRENDING" | "UPVOTES_REACHED";
  upvotes: number;
  rank: number | null;
}): string {
  switch (event.trigger) {
    case "NEW_MATCH":
      return "New match";
    case "UPVOTES_REACHED":
      return `Reached ${plural(event.upvotes, "upvote")}`;
    case "TRENDING":
      return `Trending at #${event.rank}`;
  }
}
