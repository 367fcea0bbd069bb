/** A paper as a feed describes it, mapped to our fields; null means the feed does not say. */
export interface PaperRecord {
  kind: "paper";
  arxivId: string | null;
  title: string;
  abstract: string;
  publishedAt: Date;
  dailyDate: string | null;
  /** Names in order; null when the feed gives only a count. */
  authors: string[] | null;
  authorCount: number | null;
  projectPage: string | null;
  thumbnail: string | null;
  keywords: string[] | null;
  importedUpvotes: number | null;
  repositories: { url: string; isOfficial: boolean; stars: number | null }[];
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

export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") throw new RecordRejection(field, "must be a string");
  return value;
}

export function requireDate(value: unknown, field: string): Date {
  const date = typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new RecordRejection(field, "is not a date");
  return date;
}

export function optionalCount(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || (value as number) < 0) throw new RecordRejection(field, "must be a whole number ≥ 0");
  return value as number;
}

/** The UTC calendar day of a timestamp. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
