/** Column lists for raw SQL, aliased to entity property names. */
/** Paper columns every read takes. */
const PAPER_BASE_COLUMNS = `p.id, p.arxiv_id AS "arxivId", p.title, p.published_at AS "publishedAt",
  p.daily_date AS "dailyDate", p.author_count AS "authorCount", p.project_page AS "projectPage",
  p.imported_upvotes AS "importedUpvotes", p.upvotes, p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

/** Columns worth reading only when the Paper field of the same name is asked for. */
const PAPER_LARGE_COLUMNS: Record<string, string> = {
  abstract: "p.abstract",
  keywords: "p.keywords",
  thumbnail: "p.thumbnail",
};

export const PAPER_COLUMNS = [PAPER_BASE_COLUMNS, ...Object.values(PAPER_LARGE_COLUMNS)].join(", ");

/** The paper columns a selection of Paper fields needs. */
export function paperColumnsFor(fields: ReadonlySet<string>): string {
  const large = Object.entries(PAPER_LARGE_COLUMNS).filter(([field]) => fields.has(field));
  return [PAPER_BASE_COLUMNS, ...large.map(([, column]) => column)].join(", ");
}

/** What the API shows of an author. */
export const AUTHOR_COLUMNS = `a.id, a.name`;

export const REPOSITORY_COLUMNS = `r.id, r.url, r.provider, r.owner, r.name, r.stars, r.language,
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

export const USER_COLUMNS = `u.id, u.handle, u.role, u.created_at AS "createdAt"`;

export const TOKEN_COLUMNS = `t.id, t.user_id AS "userId", t.label, t.created_at AS "createdAt", t.revoked_at AS "revokedAt"`;
