import { Author, Paper, Repository } from "../entities";
import { AUTHOR_COLUMNS, PAPER_COLUMNS, REPOSITORY_COLUMNS } from "../services/columns";
import { SortDirection } from "../services/pagination";
import type { ChildRelation } from "./child-connection";
import type { PrefetchableFields } from "./prefetch";

const VISIBLE_PAPER = "p.deleted_at IS NULL";

/** A paper's authors, in the order the paper lists them. */
export const paperAuthors: ChildRelation<Author> = {
  name: "paperAuthors",
  nodeClass: Author,
  fromSql: "paper_author pa JOIN author a ON a.id = pa.author_id",
  parentSql: "pa.paper_id",
  columns: AUTHOR_COLUMNS,
  edgeColumns: "pa.position",
  edgeFields: ["position"],
  sort: { name: "position", keySql: "pa.position", keyType: "integer", idSql: "a.id" },
  direction: SortDirection.ASC,
};

/** A paper's repositories: official ones first, then the most recently added. */
export const paperRepositories: ChildRelation<Repository> = {
  name: "paperRepositories",
  nodeClass: Repository,
  fromSql: "paper_repository pr JOIN repository r ON r.id = pr.repository_id",
  parentSql: "pr.paper_id",
  columns: REPOSITORY_COLUMNS,
  edgeColumns: `pr.is_official AS "isOfficial"`,
  edgeFields: ["isOfficial"],
  sort: { name: "official", keySql: "pr.is_official", keyType: "boolean", idSql: "r.id" },
  direction: SortDirection.DESC,
};

/** Paper fields whose pages can be read in the same statement as the papers. */
export const paperPrefetchable: PrefetchableFields = {
  authors: paperAuthors as ChildRelation<object>,
  repositories: paperRepositories as ChildRelation<object>,
};

const NEWEST_PAPER_FIRST = {
  sort: { name: "published", keySql: "p.published_at", keyType: "timestamptz", idSql: "p.id" },
  direction: SortDirection.DESC,
} as const;

/** An author's papers, newest first. */
export const authorPapers: ChildRelation<Paper> = {
  name: "authorPapers",
  nodeClass: Paper,
  fromSql: "paper_author pa JOIN paper p ON p.id = pa.paper_id",
  parentSql: "pa.author_id",
  columns: PAPER_COLUMNS,
  conditions: [VISIBLE_PAPER],
  ...NEWEST_PAPER_FIRST,
};

/** The papers whose code a repository holds, newest first. */
export const repositoryPapers: ChildRelation<Paper> = {
  name: "repositoryPapers",
  nodeClass: Paper,
  fromSql: "paper_repository pr JOIN paper p ON p.id = pr.paper_id",
  parentSql: "pr.repository_id",
  columns: PAPER_COLUMNS,
  edgeColumns: `pr.is_official AS "isOfficial"`,
  edgeFields: ["isOfficial"],
  conditions: [VISIBLE_PAPER],
  ...NEWEST_PAPER_FIRST,
};
