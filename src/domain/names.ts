/**
 * The form of a name used to match authors: Unicode-decomposed with accents removed,
 * lower-cased, with runs of whitespace collapsed. "  José  GARCÍA " becomes "jose garcia".
 */
export function normalizeName(name: string): string {
  // ASCII is its own decomposition and holds no marks: most names skip both steps.
  const unmarked = ASCII.test(name) ? name : name.normalize("NFKD").replace(/\p{M}/gu, "");
  return unmarked.toLowerCase().replace(/\s+/g, " ").trim();
}

const ASCII = /^[\x00-\x7f]*$/;
