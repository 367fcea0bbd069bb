/**
 * The form of a name used to match authors: Unicode-decomposed with accents removed,
 * lower-cased, with runs of whitespace collapsed. "  José  GARCÍA " becomes "jose garcia".
 */
export function normalizeName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
