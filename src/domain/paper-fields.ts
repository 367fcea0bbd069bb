import { UserErrorCode, type UserErrorShape } from "../errors";
import { normalizeArxivId } from "./arxiv";
import { FieldCheck } from "./field-check";
import { normalizeName } from "./names";

/** The limits every paper meets, whether a curator or an import writes it. */
export const PAPER_LIMITS = {
  title: 500,
  abstract: 10_000,
  authorName: 200,
  authors: 1000,
  keyword: 100,
  keywords: 50,
  url: 2000,
  doi: 500,
  journalRef: 1000,
  comments: 10_000,
  aiSummary: 10_000,
  mediaUrls: 20,
};

/** A Hugging Face user or organization. */
export interface HubAccountFields {
  name: string;
  fullName: string | null;
  avatarUrl: string | null;
}

/** A paper's fields as a curator or a feed gives them; absent fields are left as they are on update. */
export interface PaperFields {
  arxivId?: string | null;
  title?: string;
  abstract?: string;
  publishedAt?: Date;
  dailyDate?: string | null;
  authorCount?: number | null;
  authors?: string[];
  projectPage?: string | null;
  thumbnail?: string | null;
  keywords?: string[];
  importedUpvotes?: number;
  categories?: string[];
  doi?: string | null;
  journalRef?: string | null;
  license?: string | null;
  comments?: string | null;
  revisedAt?: Date | null;
  aiSummary?: string | null;
  aiKeywords?: string[];
  mediaUrls?: string[];
  numComments?: number | null;
  submittedBy?: HubAccountFields | null;
  organization?: HubAccountFields | null;
}

/** The fields after checking: text collapsed, IDs and URLs normalised, author count settled. */
export type CheckedPaperFields = Omit<PaperFields, "authorCount"> & { authorCount?: number };

/**
 * Checks a paper's fields against the one set of rules, and reports every problem at once.
 * Each problem names its field as a path within `fields`: `["title"]`, `["authors", "2"]`.
 */
export function checkPaperFields(fields: PaperFields): { paper: CheckedPaperFields; problems: UserErrorShape[] } {
  const check = new FieldCheck();
  const paper: CheckedPaperFields = {};
  if (fields.arxivId !== undefined) {
    paper.arxivId = fields.arxivId === null ? null : normalizeArxivId(fields.arxivId);
    if (fields.arxivId !== null && paper.arxivId === null) {
      check.add(["arxivId"], UserErrorCode.INVALID, "must be an arXiv ID such as 2410.17243");
    }
  }
  if (fields.title !== undefined) paper.title = check.text(["title"], fields.title, PAPER_LIMITS.title);
  if (fields.abstract !== undefined) paper.abstract = check.text(["abstract"], fields.abstract, PAPER_LIMITS.abstract);
  if (fields.publishedAt !== undefined) paper.publishedAt = fields.publishedAt;
  if (fields.dailyDate !== undefined) paper.dailyDate = fields.dailyDate;
  if (fields.authors !== undefined) {
    if (fields.authors.length > PAPER_LIMITS.authors) {
      check.add(["authors"], UserErrorCode.TOO_LONG, `can list at most ${PAPER_LIMITS.authors} authors`);
    }
    paper.authors = fields.authors.map((name, index) =>
      check.text(["authors", String(index)], name, PAPER_LIMITS.authorName),
    );
    const seen = new Set<string>();
    paper.authors.forEach((name, index) => {
      const key = normalizeName(name);
      if (seen.has(key)) check.add(["authors", String(index)], UserErrorCode.INVALID, "lists the same author twice");
      seen.add(key);
    });
  }
  if (fields.authorCount != null || fields.authors !== undefined) {
    paper.authorCount = fields.authorCount ?? fields.authors!.length;
    if (paper.authorCount < (fields.authors?.length ?? 0)) {
      check.add(["authorCount"], UserErrorCode.INVALID, "cannot be less than the number of authors listed");
    } else check.count(["authorCount"], paper.authorCount);
  }
  if (fields.projectPage !== undefined) {
    paper.projectPage = check.httpUrl(["projectPage"], fields.projectPage, PAPER_LIMITS.url);
  }
  if (fields.thumbnail !== undefined) {
    paper.thumbnail = check.httpUrl(["thumbnail"], fields.thumbnail, PAPER_LIMITS.url);
  }
  // Lists of terms meet the keywords' limits.
  const termLists = [
    ["keywords", "keywords"],
    ["aiKeywords", "keywords"],
    ["categories", "categories"],
  ] as const;
  for (const [field, noun] of termLists) {
    const terms = fields[field];
    if (terms === undefined) continue;
    if (terms.length > PAPER_LIMITS.keywords) {
      check.add([field], UserErrorCode.TOO_LONG, `can hold at most ${PAPER_LIMITS.keywords} ${noun}`);
    }
    paper[field] = terms.map((term, index) => check.text([field, String(index)], term, PAPER_LIMITS.keyword));
  }
  for (const field of ["doi", "journalRef", "comments", "aiSummary"] as const) {
    const value = fields[field];
    if (value !== undefined) paper[field] = value === null ? null : check.text([field], value, PAPER_LIMITS[field]);
  }
  if (fields.license !== undefined) paper.license = check.httpUrl(["license"], fields.license, PAPER_LIMITS.url);
  if (fields.revisedAt !== undefined) paper.revisedAt = fields.revisedAt;
  if (fields.mediaUrls !== undefined) {
    if (fields.mediaUrls.length > PAPER_LIMITS.mediaUrls) {
      check.add(["mediaUrls"], UserErrorCode.TOO_LONG, `can hold at most ${PAPER_LIMITS.mediaUrls} URLs`);
    }
    paper.mediaUrls = fields.mediaUrls.map(
      (url, index) => check.httpUrl(["mediaUrls", String(index)], url, PAPER_LIMITS.url) ?? url,
    );
  }
  if (fields.numComments != null) paper.numComments = check.count(["numComments"], fields.numComments);
  for (const field of ["submittedBy", "organization"] as const) {
    const account = fields[field];
    if (account === undefined) continue;
    paper[field] = account && {
      name: check.text([field, "name"], account.name, PAPER_LIMITS.authorName),
      fullName:
        account.fullName === null ? null : check.text([field, "fullName"], account.fullName, PAPER_LIMITS.authorName),
      avatarUrl: check.httpUrl([field, "avatarUrl"], account.avatarUrl, PAPER_LIMITS.url),
    };
  }
  if (fields.importedUpvotes !== undefined) {
    paper.importedUpvotes = check.count(["importedUpvotes"], fields.importedUpvotes);
  }
  return { paper, problems: check.problems };
}

/**
 * Each name once, at the first place it appears, with that place. A feed lists people, and two
 * of them may share a name; the catalog lists an author once per paper, and names that
 * normalise alike are one author (see `normalizeName`). The paper's author count keeps them all.
 */
export function distinctAuthors(names: string[]): { name: string; index: number }[] {
  const seen = new Set<string>();
  return names
    .map((name, index) => ({ name, index, key: normalizeName(name) }))
    .filter(({ key }) => !seen.has(key) && seen.add(key))
    .map(({ name, index }) => ({ name, index }));
}
