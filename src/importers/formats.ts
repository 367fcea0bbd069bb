import fs from "node:fs";
import { Readable } from "node:stream";
import StreamArray from "stream-json/streamers/StreamArray";
import Pick from "stream-json/filters/Pick";
import { parser as jsonParser } from "stream-json";
import { normalizeArxivId } from "../domain/arxiv";
import { utcDay } from "../domain/dates";
import { atomEntries } from "./atom";
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
  importedUpvotes: "paper.upvotes",
};

/** Hugging Face `/api/daily_papers`: `[{ paper: {...}, publishedAt, title, thumbnail, ... }]`. */
function fromHfDaily(raw: unknown): ImportRecord {
  if (!isObject(raw) || !isObject(raw.paper)) throw new RecordRejection("paper", "is missing");
  const paper = raw.paper;
  const authors = paper.authors;
  if (!Array.isArray(authors)) throw new RecordRejection("paper.authors", "must be a list");
  const names = authors.map((author, index) =>
    requireText(isObject(author) ? author.name : undefined, `paper.authors[${index}].name`),
  );
  const keywords = paper.ai_keywords;
  if (
    keywords !== undefined &&
    !(Array.isArray(keywords) && keywords.every((keyword) => typeof keyword === "string"))
  ) {
    throw new RecordRejection("paper.ai_keywords", "must be a list of strings");
  }
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
      keywords: keywords as string[] | undefined,
      importedUpvotes: optionalCount(paper.upvotes, "paper.upvotes"),
    },
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

async function* streamJsonArray(
  source: Source,
  map: (raw: unknown) => ImportRecord,
  pick?: string,
): AsyncGenerator<SourceItem> {
  const pipeline = open(source).pipe(jsonParser());
  const picked = pick ? pipeline.pipe(Pick.pick({ filter: pick })) : pipeline;
  const stream = picked.pipe(StreamArray.streamArray());
  // Parse errors surface on the first stream of the chain; route them to the one iterated.
  pipeline.on("error", (error) => stream.destroy(error));
  try {
    for await (const { key, value } of stream as AsyncIterable<{ key: number; value: unknown }>) {
      try {
        yield { index: key, record: map(value) };
      } catch (error) {
        if (!(error instanceof RecordRejection)) throw error;
        yield { index: key, rejection: error };
      }
    }
  } catch (error) {
    if (error instanceof RecordRejection) throw error;
    throw new UnreadableSourceError(
      `not valid JSON${pick ? ` with a "${pick}" array` : " array"}: ${(error as Error).message}`,
    );
  }
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
    if (kept.has(index)) {
      try {
        yield { index, record: fromAtomEntry(entry) };
      } catch (error) {
        if (!(error instanceof RecordRejection)) throw error;
        yield { index, rejection: error };
      }
    }
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
      return streamJsonArray(source, fromSample, "papers");
    case ImportFormat.ARXIV_ATOM:
      return readAtom(source);
  }
}
