/** Column lists for raw SQL, aliased to entity property names. */
export const PAPER_COLUMNS = `p.id, p.arxiv_id AS "arxivId", p.title, p.abstract, p.published_at AS "publishedAt",
  p.daily_date AS "dailyDate", p.author_count AS "authorCount", p.project_page AS "projectPage", p.keywords,
  p.thumbnail, p.imported_upvotes AS "importedUpvotes", p.upvotes, p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

export const AUTHOR_COLUMNS = `a.id, a.name, a.normalized_name AS "normalizedName", a.created_at AS "createdAt"`;

export const REPOSITORY_COLUMNS = `r.id, r.url, r.provider, r.owner, r.name, r.stars, r.language,
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

export const USER_COLUMNS = `u.id, u.handle, u.role, u.created_at AS "createdAt"`;

export const TOKEN_COLUMNS = `t.id, t.user_id AS "userId", t.label, t.created_at AS "createdAt", t.revoked_at AS "revokedAt"`;
