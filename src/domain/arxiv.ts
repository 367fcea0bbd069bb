/** New-style (2410.17243) and old-style (hep-th/9901001) arXiv IDs, with an optional version. */
const ARXIV_ID = /^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/** The arXiv ID without its version suffix, or null when `raw` is not an arXiv ID. */
export function normalizeArxivId(raw: string): string | null {
  const match = ARXIV_ID.exec(raw.trim());
  if (!match) return null;
  const id = match[1];
  return id.includes("/") ? id.replace(/^[^/.]+/, (archive) => archive.toLowerCase()) : id;
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}
