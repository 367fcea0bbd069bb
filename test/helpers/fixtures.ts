import type { DataSource } from "typeorm";
import { query, queryOne, sql } from "../../src/db/sql";
import { authors, paperAuthors, paperRepositories, papers, repositories, users, votes } from "../../src/db/tables";
import { normalizeName } from "../../src/domain/names";
import { normalizeRepositoryUrl } from "../../src/domain/repository-url";
import { RepositoryProvider } from "../../src/entities/repository.entity";

export interface PaperFixture {
  title?: string;
  abstract?: string;
  arxivId?: string | null;
  publishedAt?: string;
  dailyDate?: string | null;
  importedUpvotes?: number;
  authorCount?: number;
  keywords?: string[];
  categories?: string[];
  doi?: string | null;
  deleted?: boolean;
}

let sequence = 0;

/** Inserts a paper and returns its database id. */
export async function insertPaper(db: DataSource, fixture: PaperFixture = {}): Promise<number> {
  sequence++;
  const { column } = papers;
  const row = await queryOne<{ id: number }>(
    db,
    sql`INSERT INTO ${papers.name} (${column.title}, ${column.abstract}, ${column.arxivId}, ${column.publishedAt},
          ${column.dailyDate}, ${column.importedUpvotes}, ${column.authorCount}, ${column.keywords},
          ${column.categories}, ${column.doi}, ${column.deletedAt})
        VALUES (${fixture.title ?? `Paper ${sequence}`}, ${fixture.abstract ?? `Abstract of paper ${sequence}.`},
          ${fixture.arxivId ?? null}, ${fixture.publishedAt ?? "2025-01-01T00:00:00Z"},
          ${fixture.dailyDate === undefined ? "2025-01-02" : fixture.dailyDate}, ${fixture.importedUpvotes ?? 0},
          ${fixture.authorCount ?? 0}, ${fixture.keywords ?? []}::text[], ${fixture.categories ?? []}::text[],
          ${fixture.doi ?? null}, ${fixture.deleted ? sql`now()` : null})
        RETURNING ${column.id} AS id`,
  );
  return row!.id;
}

export async function insertAuthor(db: DataSource, name: string): Promise<number> {
  const row = await queryOne<{ id: number }>(
    db,
    sql`INSERT INTO ${authors.name} (${authors.column.name}, ${authors.column.normalizedName})
        VALUES (${name}, ${normalizeName(name)}) RETURNING ${authors.column.id} AS id`,
  );
  return row!.id;
}

/** Lists the authors of a paper in the given order. */
export async function setAuthors(db: DataSource, paperId: number, authorIds: number[]): Promise<void> {
  const { column } = paperAuthors;
  for (const [position, authorId] of authorIds.entries()) {
    await query(
      db,
      sql`INSERT INTO ${paperAuthors.name} (${column.paperId}, ${column.authorId}, ${column.position})
          VALUES (${paperId}, ${authorId}, ${position})`,
    );
  }
  await query(
    db,
    sql`UPDATE ${papers.name} SET ${papers.column.authorCount} = ${authorIds.length} WHERE ${papers.column.id} = ${paperId}`,
  );
}

export interface RepositoryFixture {
  url: string;
  provider?: RepositoryProvider;
  stars?: number | null;
  language?: string | null;
}

/** Inserts a repository under `url` as given, with the matching key the catalog would give it. */
export async function insertRepository(db: DataSource, fixture: RepositoryFixture): Promise<number> {
  const [, owner = null, name = null] = new URL(fixture.url).pathname.split("/");
  const { column } = repositories;
  const row = await queryOne<{ id: number }>(
    db,
    sql`INSERT INTO ${repositories.name}
          (${column.url}, ${column.urlKey}, ${column.provider}, ${column.owner}, ${column.name}, ${column.stars}, ${column.language})
        VALUES (${fixture.url}, ${normalizeRepositoryUrl(fixture.url)?.key ?? fixture.url},
          ${fixture.provider ?? RepositoryProvider.GITHUB}, ${owner}, ${name}, ${fixture.stars ?? null}, ${fixture.language ?? null})
        RETURNING ${column.id} AS id`,
  );
  return row!.id;
}

export async function linkRepository(db: DataSource, paperId: number, repositoryId: number, isOfficial = false) {
  const { column } = paperRepositories;
  await query(
    db,
    sql`INSERT INTO ${paperRepositories.name} (${column.paperId}, ${column.repositoryId}, ${column.isOfficial})
        VALUES (${paperId}, ${repositoryId}, ${isOfficial})`,
  );
}

let voterSequence = 0;

/** Votes by `count` fresh users, cast `hoursAgo` in the past, straight into the vote table. */
export async function insertVotes(db: DataSource, paperId: number, count: number, hoursAgo = 0): Promise<void> {
  for (let i = 0; i < count; i++) {
    const user = await queryOne<{ id: number }>(
      db,
      sql`INSERT INTO ${users.name} (${users.column.handle}) VALUES (${`voter-${++voterSequence}`})
          RETURNING ${users.column.id} AS id`,
    );
    const { column } = votes;
    await query(
      db,
      sql`INSERT INTO ${votes.name} (${column.userId}, ${column.paperId}, ${column.createdAt})
          VALUES (${user!.id}, ${paperId}, now() - make_interval(hours => ${hoursAgo}))`,
    );
  }
}
