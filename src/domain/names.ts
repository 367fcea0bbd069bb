/**
 * The form of a name used to match authors: Unicode-decomposed with accents removed,
 * lower-cased, with runs of whitespace collapsed. "  José  GARCÍA " becomes "jose garcia".
 */
export function normalizeName(name: string): string {
  // ASCII is its own decomposition and holds no marks: most names skip both steps.
  const unmarked = NOT_ASCII.test(name) ? name.normalize("NFKD").replace(/\p{M}/gu, "") : name;
  return unmarked.toLowerCase().replace(/\s+/g, " ").trim();
}

const NOT_ASCII = /[^\p{ASCII}]/u;
