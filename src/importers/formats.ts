import fs from "node:fs";
import readline from "node:readline";
import { Readable } from "node:stream";
import { normalizeArxivId } from "../domain/arxiv";
import type { HubAccountFields } from "../domain/paper-fields";
import { utcDay } from "../domain/dates";
import { atomEntries } from "./atom";
import { JsonArrayError, jsonArrayElements } from "./json-array";
import {
  optionalCount,
  optionalText,
  RecordRejection,
  requireDate,
  requireText,
  UnreadableSourceError,
  type FeedFieldNames,
  type ImportRecord,
} from "./records";

export enum ImportFormat {
  HF_DAILY = "hf-daily",
  ARXIV_ATOM = "arxiv-atom",
  ARXIV_SNAPSHOT = "arxiv-snapshot",
  PWC_LINKS = "pwc-links",
  SAMPLE = "sample",
}

/** One element of a source: its place, and the record or the reason it was refused. */
export interface SourceItem {
  index: number;
  record?: ImportRecord;
  rejection?: RecordRejection;
}

/** Where records come from: a file's path, or text sent to the API. */
export type Source = { path: string } | { text: string };

function open(source: Source): Readable {
  return "path" in source ? fs.createReadStream(source.path) : Readable.from([source.text]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function arxivIdOf(value: unknown, field: string): string {
  const id = normalizeArxivId(requireText(value, field));
  if (!id) throw new RecordRejection(field, "is not an arXiv ID");
  return id;
}

const HF_DAILY_FIELDS: FeedFieldNames = {
  arxivId: "paper.id",
  title: "paper.title",
  abstract: "paper.summary",
  publishedAt: "paper.publishedAt",
  dailyDate: "paper.submittedOnDailyAt",
  authors: "paper.authors[].name",
  authorCount: "paper.authors",
  projectPage: "paper.projectPage",
  thumbnail: "thumbnail",
  keywords: "paper.ai_keywords[]",
  aiKeywords: "paper.ai_keywords[]",
  aiSummary: "paper.ai_summary",
  mediaUrls: "paper.mediaUrls[]",
  numComments: "numComments",
  submittedBy: "submittedBy",
  organization: "organization",
  importedUpvotes: "paper.upvotes",
};

/** Hugging Face serves some avatars by path. */
const HUGGING_FACE = "https://huggingface.co";

/** A Hugging Face account, `{ user, fullname, avatarUrl }` or `{ name, fullname, avatar }`, or undefined when absent. */
function hubAccount(value: unknown, field: string, nameKey: string, avatarKey: string): HubAccountFields | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new RecordRejection(field, "must be an object");
  const avatar = optionalText(value[avatarKey], `${field}.${avatarKey}`);
  return {
    name: requireText(value[nameKey], `${field}.${nameKey}`),
    fullName: optionalText(value.fullname, `${field}.fullname`) ?? null,
    avatarUrl:
      avatar === undefined || !URL.canParse(avatar, HUGGING_FACE)
        ? (avatar ?? null)
        : new URL(avatar, HUGGING_FACE).toString(),
  };
}

function optionalStrings(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw new RecordRejection(field, "must be a list of strings");
  }
  return value;
}

/** Hugging Face `/api/daily_papers`: `[{ paper: {...}, publishedAt, title, thumbnail, ... }]`. */
function fromHfDaily(raw: unknown): ImportRecord {
  if (!isObject(raw) || !isObject(raw.paper)) throw new RecordRejection("paper", "is missing");
  const paper = raw.paper;
  const authors = paper.authors;
  if (!Array.isArray(authors)) throw new RecordRejection("paper.authors", "must be a list");
  const names = authors.map((author, index) =>
    requireText(isObject(author) ? author.name : undefined, `paper.authors[${index}].name`),
  );
  const keywords = optionalStrings(paper.ai_keywords, "paper.ai_keywords");
  const withdrawnAt = paper.withdrawnAt ?? undefined;
  const githubRepo = optionalText(paper.githubRepo, "paper.githubRepo");
  const dailyAt = paper.submittedOnDailyAt ?? raw.publishedAt;
  return {
    kind: "paper",
    paper: {
      arxivId: arxivIdOf(paper.id, "paper.id"),
      title: requireText(paper.title ?? raw.title, "paper.title"),
      abstract: requireText(paper.summary, "paper.summary"),
      publishedAt: requireDate(paper.publishedAt, "paper.publishedAt"),
      dailyDate: dailyAt === undefined ? undefined : utcDay(requireDate(dailyAt, "paper.submittedOnDailyAt")),
      authors: names,
      authorCount: names.length,
      projectPage: optionalText(paper.projectPage, "paper.projectPage"),
      thumbnail: optionalText(raw.thumbnail, "thumbnail"),
      keywords,
      aiKeywords: keywords,
      aiSummary: optionalText(paper.ai_summary, "paper.ai_summary"),
      mediaUrls: optionalStrings(paper.mediaUrls, "paper.mediaUrls"),
      numComments: optionalCount(raw.numComments, "numComments"),
      submittedBy: hubAccount(raw.submittedBy, "submittedBy", "user", "avatarUrl"),
      organization: hubAccount(raw.organization ?? paper.organization, "organization", "name", "avatar"),
      importedUpvotes: optionalCount(paper.upvotes, "paper.upvotes"),
    },
    withdrawnAt: withdrawnAt === undefined ? undefined : requireDate(withdrawnAt, "paper.withdrawnAt"),
    fieldNames: HF_DAILY_FIELDS,
    repositories: githubRepo
      ? [{ url: githubRepo, isOfficial: true, stars: optionalCount(paper.githubStars, "paper.githubStars") ?? null }]
      : [],
  };
}

/** Papers-with-Code `links-between-papers-and-code.json`. */
function fromPwcLink(raw: unknown): ImportRecord {
  if (!isObject(raw)) throw new RecordRejection("record", "must be an object");
  if (typeof raw.is_official !== "boolean") throw new RecordRejection("is_official", "must be true or false");
  return {
    kind: "link",
    arxivId: arxivIdOf(raw.paper_arxiv_id, "paper_arxiv_id"),
    repoUrl: requireText(raw.repo_url, "repo_url"),
    isOfficial: raw.is_official,
  };
}

const SAMPLE_FIELDS: FeedFieldNames = {
  title: "title",
  abstract: "summary",
  publishedAt: "publishedOn",
  dailyDate: "publishedOn",
  authorCount: "authorCount",
  importedUpvotes: "upvotes",
};

/** Our sample capture, `data/sample/seed-papers.json`: `{ papers: [{ title, summary, authorCount, publishedOn, upvotes }] }`. */
function fromSample(raw: unknown): ImportRecord {
  if (!isObject(raw)) throw new RecordRejection("record", "must be an object");
  const publishedOn = requireText(raw.publishedOn, "publishedOn");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) throw new RecordRejection("publishedOn", "must be YYYY-MM-DD");
  return {
    kind: "paper",
    paper: {
      title: requireText(raw.title, "title"),
      abstract: requireText(raw.summary, "summary"),
      publishedAt: requireDate(`${publishedOn}T00:00:00Z`, "publishedOn"),
      // The capture shows one date per paper: it is both the publication and the daily-list day.
      dailyDate: publishedOn,
      // Author names are unknown; the count is kept.
      authorCount: optionalCount(raw.authorCount, "authorCount"),
      importedUpvotes: optionalCount(raw.upvotes, "upvotes"),
    },
    fieldNames: SAMPLE_FIELDS,
    repositories: [],
  };
}

function text(value: unknown): unknown {
  return isObject(value) ? value.text : value;
}

const ATOM_FIELDS: FeedFieldNames = {
  arxivId: "id",
  title: "title",
  abstract: "summary",
  publishedAt: "published",
  authors: "author[].name",
  authorCount: "author",
  projectPage: "link",
  keywords: "arxiv:primary_category",
};

/** arXiv export API results. Entries of the same paper keep the latest version. */
function fromAtomEntry(entry: Record<string, unknown>): ImportRecord {
  const id = requireText(text(entry.id), "id");
  const authors = Array.isArray(entry.author) ? entry.author : [];
  const names = authors.map((author, index) =>
    requireText(isObject(author) ? text(author.name) : undefined, `author[${index}].name`),
  );
  const links = (Array.isArray(entry.link) ? entry.link : []).filter(isObject);
  const primary = isObject(entry["arxiv:primary_category"]) ? entry["arxiv:primary_category"].term : undefined;
  return {
    kind: "paper",
    paper: {
      arxivId: arxivIdOf(id.replace(/^https?:\/\/arxiv\.org\/abs\//, ""), "id"),
      title: requireText(text(entry.title), "title"),
      abstract: requireText(text(entry.summary), "summary"),
      publishedAt: requireDate(text(entry.published), "published"),
      authors: names,
      authorCount: names.length,
      projectPage: optionalText(
        links.find((link) => link.rel === "related" && link.title !== "pdf" && link.title !== "doi")?.href,
        "link",
      ),
      keywords: typeof primary === "string" ? [primary] : undefined,
    },
    fieldNames: ATOM_FIELDS,
    repositories: [],
  };
}

const ARXIV_SNAPSHOT_FIELDS: FeedFieldNames = {
  arxivId: "id",
  title: "title",
  abstract: "abstract",
  publishedAt: "versions",
  revisedAt: "versions",
  authors: "authors_parsed[]",
  authorCount: "authors_parsed",
  keywords: "categories",
  categories: "categories",
  doi: "doi",
  journalRef: "journal-ref",
  comments: "comments",
  license: "license",
};

/** `[last, first, suffix]` as "first last suffix". */
function parsedAuthorName(value: unknown, field: string): string {
  if (!Array.isArray(value) || value.length === 0 || !value.every((part) => typeof part === "string")) {
    throw new RecordRejection(field, "must be [last, first, suffix]");
  }
  const [last, first = "", suffix = ""] = value as string[];
  return [first, last, suffix].filter((part) => part.trim() !== "").join(" ");
}

/** The names in the dump's `authors` text, "A. One, B. Two and C. Three", affiliations dropped. */
function authorNamesIn(authors: string): string[] {
  return authors
    .replace(/\([^)]*\)/g, "")
    .split(/,|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** The first and the latest of the `versions` dates. */
function versionDates(value: unknown): { first: Date; latest: Date } {
  if (!Array.isArray(value) || value.length === 0) throw new RecordRejection("versions", "must be a non-empty list");
  const dates = value.map((version, index) =>
    requireDate(isObject(version) ? version.created : undefined, `versions[${index}].created`),
  );
  const times = dates.map((date) => date.getTime());
  return { first: new Date(Math.min(...times)), latest: new Date(Math.max(...times)) };
}

/** One line of arXiv's bulk metadata dump (Kaggle `arxiv-metadata-oai-snapshot.json`). */
function fromArxivSnapshot(raw: unknown): ImportRecord {
  if (!isObject(raw)) throw new RecordRejection("record", "must be an object");
  // authors_parsed has the names decoded from TeX and split; the `authors` text is the fallback.
  const parsed = raw.authors_parsed;
  let names: string[];
  let fieldNames = ARXIV_SNAPSHOT_FIELDS;
  if (parsed !== undefined && parsed !== null) {
    if (!Array.isArray(parsed)) throw new RecordRejection("authors_parsed", "must be a list");
    names = parsed.map((author, index) => parsedAuthorName(author, `authors_parsed[${index}]`));
  } else {
    names = authorNamesIn(requireText(raw.authors, "authors"));
    fieldNames = { ...ARXIV_SNAPSHOT_FIELDS, authors: "authors", authorCount: "authors" };
  }
  const categories = [...new Set(requireText(raw.categories, "categories").trim().split(/\s+/))];
  const { first, latest } = versionDates(raw.versions);
  return {
    kind: "paper",
    paper: {
      arxivId: arxivIdOf(raw.id, "id"),
      title: requireText(raw.title, "title"),
      abstract: requireText(raw.abstract, "abstract"),
      publishedAt: first,
      revisedAt: latest,
      authors: names,
      authorCount: names.length,
      categories,
      keywords: categories,
      doi: optionalText(raw.doi, "doi") ?? null,
      journalRef: optionalText(raw["journal-ref"], "journal-ref") ?? null,
      comments: optionalText(raw.comments, "comments") ?? null,
      license: optionalText(raw.license, "license") ?? null,
    },
    fieldNames,
    repositories: [],
  };
}

/** The item for the element at `index`: its record, or why the format refuses it. */
function itemAt(index: number, map: () => ImportRecord): SourceItem {
  try {
    return { index, record: map() };
  } catch (error) {
    if (!(error instanceof RecordRejection)) throw error;
    return { index, rejection: error };
  }
}

/** JSON lines, read a line at a time; `index` is the zero-based line, and a line that is not JSON is refused alone. */
async function* streamJsonLines(source: Source, map: (raw: unknown) => ImportRecord): AsyncGenerator<SourceItem> {
  let index = -1;
  for await (const line of readline.createInterface({ input: open(source), crlfDelay: Infinity })) {
    index++;
    if (line.trim() === "") continue;
    yield itemAt(index, () => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new RecordRejection("line", `is not valid JSON: ${(error as Error).message}`);
      }
      return map(raw);
    });
  }
}

/** The elements of a JSON array file, streamed (see json-array.ts). */
async function* streamJsonArray(source: Source, map: (raw: unknown) => ImportRecord): AsyncGenerator<SourceItem> {
  let index = 0;
  try {
    for await (const value of jsonArrayElements(open(source) as AsyncIterable<Buffer>)) {
      yield itemAt(index++, () => map(value));
    }
  } catch (error) {
    if (!(error instanceof JsonArrayError)) throw error;
    throw new UnreadableSourceError(`not valid JSON: ${error.message}`);
  }
}

/**
 * The elements of the array under `key` of a JSON object. Only our own sample capture is read
 * this way, a small file, so it is parsed whole.
 */
async function* jsonArrayUnder(
  source: Source,
  key: string,
  map: (raw: unknown) => ImportRecord,
): AsyncGenerator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse("path" in source ? await fs.promises.readFile(source.path, "utf8") : source.text);
  } catch (error) {
    throw new UnreadableSourceError(`not valid JSON: ${(error as Error).message}`);
  }
  const elements = isObject(value) ? value[key] : undefined;
  if (!Array.isArray(elements)) throw new UnreadableSourceError(`not a JSON object with a "${key}" array`);
  for (const [index, element] of elements.entries()) yield itemAt(index, () => map(element));
}

/**
 * A paper may appear in several versions, and the latest `updated` wins wherever it is in the
 * feed: a first pass keeps each paper's latest entry index, a second hands those entries over.
 * Both stream the source, so only the index is held, never the feed.
 */
async function* readAtom(source: Source): AsyncGenerator<SourceItem> {
  const latest = new Map<string, { index: number; updated: string }>();
  let index = 0;
  for await (const entry of atomEntries(open(source))) {
    const id = String(text(entry.id) ?? "").replace(/v\d+$/, "");
    const updated = String(text(entry.updated) ?? "");
    const seen = latest.get(id);
    if (!seen || updated > seen.updated) latest.set(id, { index, updated });
    index++;
  }
  const kept = new Set([...latest.values()].map((entry) => entry.index));
  latest.clear();
  index = 0;
  for await (const entry of atomEntries(open(source))) {
    if (kept.has(index)) yield itemAt(index, () => fromAtomEntry(entry));
    index++;
  }
}

/** The records of a source, one at a time, streamed. */
export function readSource(format: ImportFormat, source: Source): AsyncGenerator<SourceItem> {
  switch (format) {
    case ImportFormat.HF_DAILY:
      return streamJsonArray(source, fromHfDaily);
    case ImportFormat.PWC_LINKS:
      return streamJsonArray(source, fromPwcLink);
    case ImportFormat.SAMPLE:
      return jsonArrayUnder(source, "papers", fromSample);
    case ImportFormat.ARXIV_ATOM:
      return readAtom(source);
    case ImportFormat.ARXIV_SNAPSHOT:
      return streamJsonLines(source, fromArxivSnapshot);
  }
}
