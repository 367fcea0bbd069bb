import type { PaperFields } from "../domain/paper-fields";

/** How a feed names each paper field, for rejections; `[]` marks where a list's index goes. */
export type FeedFieldNames = { readonly [K in keyof PaperFields]?: string };

/** A paper as a feed describes it. */
export interface PaperRecord {
  kind: "paper";
  /**
   * What the feed says, mapped to our fields; a field it does not give is absent. `authors`
   * is absent when the feed gives only a count.
   */
  paper: PaperFields & { title: string; abstract: string; publishedAt: Date };
  fieldNames: FeedFieldNames;
  repositories: { url: string; isOfficial: boolean; stars: number | null }[];
  /** When the source withdrew the paper, if it did. */
  withdrawnAt?: Date;
}

/** The feed's name for a paper field, or for one item of a list field: authors 2 may be `paper.authors[2].name`. */
export function feedFieldName(names: FeedFieldNames, field: string, index?: number): string {
  const name = names[field as keyof PaperFields] ?? field;
  return index === undefined ? name.replace(/\[\].*$/, "") : name.replace("[]", `[${index}]`);
}

/** A code repository for a paper that should already be in the catalog. */
export interface CodeLinkRecord {
  kind: "link";
  arxivId: string;
  repoUrl: string;
  isOfficial: boolean;
}

export type ImportRecord = PaperRecord | CodeLinkRecord;

/** Why one record was refused, naming the field at fault. */
export class RecordRejection extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
    this.name = "RecordRejection";
  }
}

/** The whole source is unreadable or not of the format it was said to be; nothing is imported. */
export class UnreadableSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableSourceError";
  }
}

// Small checks the format mappers share.

export function requireText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new RecordRejection(field, "is missing or blank");
  return value;
}

/** The text, or undefined when the feed does not give it. */
export function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw new RecordRejection(field, "must be a string");
  return value;
}

export function requireDate(value: unknown, field: string): Date {
  const date = typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new RecordRejection(field, "is not a date");
  return date;
}

/** The count, or undefined when the feed does not give it. */
export function optionalCount(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || (value as number) < 0) throw new RecordRejection(field, "must be a whole number ≥ 0");
  return value as number;
}
