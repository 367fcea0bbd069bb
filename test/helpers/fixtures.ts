import type { DataSource } from "typeorm";
import { normalizeName } from "../../src/domain/names";
import { RepositoryProvider } from "../../src/entities/repository.entity";

export interface PaperFixture {
  title?: string;
  abstract?: string;
  arxivId?: string | null;
  publishedAt?: string;
  dailyDate?: string | null;
  importedUpvotes?: number;
  authorCount?: number;
  deleted?: boolean;
}

let sequence = 0;

/** Inserts a paper and returns its database id. */
export async function insertPaper(db: DataSource, fixture: PaperFixture = {}): Promise<number> {
  sequence++;
  const [row] = await db.query(
    `INSERT INTO paper (title, abstract, arxiv_id, published_at, daily_date, imported_upvotes, author_count, deleted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END) RETURNING id`,
    [
      fixture.title ?? `Paper ${sequence}`,
      fixture.abstract ?? `Abstract of paper ${sequence}.`,
      fixture.arxivId ?? null,
      fixture.publishedAt ?? "2025-01-01T00:00:00Z",
      fixture.dailyDate === undefined ? "2025-01-02" : fixture.dailyDate,
      fixture.importedUpvotes ?? 0,
      fixture.authorCount ?? 0,
      fixture.deleted ?? false,
    ],
  );
  return row.id;
}

export async function insertAuthor(db: DataSource, name: string): Promise<number> {
  const [row] = await db.query("INSERT INTO author (name, normalized_name) VALUES ($1, $2) RETURNING id", [
    name,
    normalizeName(name),
  ]);
  return row.id;
}

/** Lists the authors of a paper in the given order. */
export async function setAuthors(db: DataSource, paperId: number, authorIds: number[]): Promise<void> {
  for (const [position, authorId] of authorIds.entries()) {
    await db.query("INSERT INTO paper_author (paper_id, author_id, position) VALUES ($1, $2, $3)", [
      paperId,
      authorId,
      position,
    ]);
  }
  await db.query("UPDATE paper SET author_count = $2 WHERE id = $1", [paperId, authorIds.length]);
}

export interface RepositoryFixture {
  url: string;
  provider?: RepositoryProvider;
  stars?: number | null;
  language?: string | null;
}

export async function insertRepository(db: DataSource, fixture: RepositoryFixture): Promise<number> {
  const [row] = await db.query(
    "INSERT INTO repository (url, url_key, provider, owner, name, stars, language) VALUES ($1, lower($1), $2, $3, $4, $5, $6) RETURNING id",
    [
      fixture.url,
      fixture.provider ?? RepositoryProvider.GITHUB,
      new URL(fixture.url).pathname.split("/")[1] ?? null,
      new URL(fixture.url).pathname.split("/")[2] ?? null,
      fixture.stars ?? null,
      fixture.language ?? null,
    ],
  );
  return row.id;
}

export async function linkRepository(db: DataSource, paperId: number, repositoryId: number, isOfficial = false) {
  await db.query("INSERT INTO paper_repository (paper_id, repository_id, is_official) VALUES ($1, $2, $3)", [
    paperId,
    repositoryId,
    isOfficial,
  ]);
}
