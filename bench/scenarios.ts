import { fromGlobalId, toGlobalId } from "../src/domain/global-id";
import type { DataSource } from "typeorm";
import { postgraphileNodeId } from "./postgraphile";

/**
 * The benchmark's scenarios: each is a GraphQL operation for our server and, for the floor, one
 * hand-written SQL statement that returns the same JSON response.
 */

/** What a client shows for a paper on a list: its authors in order, its code, its upvotes. */
const PAPER_CARD = `id arxivId title publishedAt upvotes
  authors { nodes { id name } }
  repositories { nodes { id url stars } }`;

/**
 * The same card from PostGraphile: authors and repositories through the join tables, in the same
 * order and at most the same page of 20.
 */
const POSTGRAPHILE_CARD = `id arxivId title publishedAt upvotes
  paperAuthors(orderBy: [POSITION_ASC], first: 20) { nodes { author { id name } } }
  paperRepositories(orderBy: [IS_OFFICIAL_DESC, REPOSITORY_ID_DESC], first: 20) { nodes { repository { id url stars } } }`;

/**
 * The card's columns from `paper p`, the cheapest way shown for this page (PostGraphile's): only
 * the fields asked for, as text, and each child list as an array of text arrays, which Node
 * turns into the response. Authors by position and repositories official first, each at most
 * the default page of 20, as the API orders them.
 */
const PAPER_CARD_COLUMNS = `p.id, p.arxiv_id AS "arxivId", p.title,
  to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", p.upvotes,
  array(SELECT array[pa.author_id::text, a.name]
    FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = p.id
    ORDER BY pa.position, pa.author_id LIMIT 20) AS authors,
  array(SELECT array[pr.repository_id::text, r.url, r.stars::text]
    FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id WHERE pr.paper_id = p.id
    ORDER BY pr.is_official DESC, pr.repository_id DESC LIMIT 20) AS repositories`;

/** A row of `PAPER_CARD_COLUMNS`, as pg returns it. */
export interface PaperCardRow {
  id: number;
  arxivId: string | null;
  title: string;
  publishedAt: string;
  upvotes: number;
  authors: [string, string][];
  repositories: [string, string, string | null][];
}

/** A row of the nested scenario's floor: a card of the author's paper, with the author. */
interface AuthorPaperRow extends PaperCardRow {
  authorId: number;
  authorName: string;
}

/** How many of each author's papers the three-level scenario reads. */
const AUTHORS_PAPERS_PAGE = 5;

/** A paper of a daily page with its authors, each with its newest papers. */
const AUTHORS_PAPERS_CARD = `id title
  authors { nodes { id name papers(first: ${AUTHORS_PAPERS_PAGE}) { nodes { id title publishedAt } } } }`;

/** A row of the three-level scenario's floor: each author as [id, name, [[paper id, title, publishedAt], …]]. */
interface DailyAuthorsPapersRow {
  id: number;
  title: string;
  authors: [number, string, [number, string, string][]][];
}

function authorsPapersCard(row: DailyAuthorsPapersRow) {
  const authors = row.authors.map(([authorId, name, papers]) => ({
    id: toGlobalId("Author", authorId),
    name,
    papers: {
      nodes: papers.map(([paperId, title, publishedAt]) => ({ id: toGlobalId("Paper", paperId), title, publishedAt })),
    },
  }));
  return { id: toGlobalId("Paper", row.id), title: row.title, authors: { nodes: authors } };
}

/** The card as the API answers it, from its row/** The card as the API answers it, from its row: global IDs are made here, as ours and PostGraphile make them. */
function paperCard(row: PaperCardRow) {
  return {
    id: toGlobalId("Paper", row.id),
    arxivId: row.arxivId,
    title: row.title,
    publishedAt: row.publishedAt,
    upvotes: row.upvotes,
    authors: { nodes: row.authors.map(([id, name]) => ({ id: toGlobalId("Author", Number(id)), name })) },
    repositories: {
      nodes: row.repositories.map(([id, url, stars]) => ({
        id: toGlobalId("Repository", Number(id)),
        url,
        stars: stars === null ? null : Number(stars),
      })),
    },
  };
}

/** A list answered as `data.<field>.nodes`, from the floor's rows in order. */
const nodesOf = (field: string) => (rows: PaperCardRow[]) => ({ data: { [field]: { nodes: rows.map(paperCard) } } });

export interface ScenarioParameters {
  /** A daily list with at least 100 papers. */
  dailyDate: string;
  /** A paper with authors and repositories, for node(id:). */
  paperId: number;
  /** A word that many abstracts hold. */
  searchTerm: string;
  /** The author of the most papers, at least a page of them. */
  authorId: number;
}

const MIN_PAPERS = 100_000;
/** The page of an author's papers the nested scenario reads. */
const AUTHOR_PAGE = 20;
const SEARCH_TERM = "diffusion";

/** The scenarios' parameters on the bench database, which must hold the catalog `npm run bench:data` makes. */
export async function chooseParameters(db: DataSource): Promise<ScenarioParameters> {
  const [papers] = await db.query("SELECT count(*)::int AS count FROM paper");
  if (papers.count < MIN_PAPERS && !process.env.BENCH_ALLOW_SMALL) {
    throw new Error(`The database holds ${papers.count} papers; run npm run bench:data first (${MIN_PAPERS} or more).`);
  }
  const [daily] = await db.query(
    `SELECT daily_date::text AS day, count(*)::int AS count FROM paper
     WHERE daily_date IS NOT NULL AND deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1`,
  );
  const [paper] = await db.query(
    `SELECT p.id FROM paper p WHERE p.author_count >= 5 AND p.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = p.id) ORDER BY p.id LIMIT 1`,
  );
  const [author] = await db.query(
    `SELECT pa.author_id AS id, count(*)::int AS count FROM paper_author pa JOIN paper p ON p.id = pa.paper_id
     WHERE p.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  if (!paper || !daily || (daily.count < 100 && !process.env.BENCH_ALLOW_SMALL)) {
    throw new Error("The data has no daily list of 100 papers, or no paper with code.");
  }
  if (!author || (author.count < AUTHOR_PAGE && !process.env.BENCH_ALLOW_SMALL)) {
    throw new Error(`No author has ${AUTHOR_PAGE} papers.`);
  }
  return { dailyDate: daily.day, paperId: paper.id, searchTerm: SEARCH_TERM, authorId: author.id };
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string;
}

export interface Scenario {
  name: string;
  /** The POST body ours and the floor get. */
  body: GraphQLRequest;
  /** The floor's one statement; `$1…` are `floorParams` of the request's variables. */
  floorSql: string;
  floorParams: (variables: Record<string, unknown>) => unknown[];
  /** The response, from the statement's rows. */
  floorAnswer: (rows: PaperCardRow[]) => unknown;
  /**
   * The same read from PostGraphile, whose answer holds the same papers in the same order. None
   * where PostGraphile has no fair equivalent: trending and full-text search are our own
   * ranking functions, and votes are our mutations with their rules.
   */
  postgraphile?: GraphQLRequest;
}

/** The floor's page of visible papers, those `filter` selects if given, most upvoted first. */
function mostUpvotedFloorSql(limit: string, filter?: string): string {
  return `SELECT ${PAPER_CARD_COLUMNS} FROM paper p
    WHERE ${filter ? `${filter} AND ` : ""}p.deleted_at IS NULL
    ORDER BY p.upvotes DESC, p.id DESC LIMIT ${limit}`;
}

function dailyPage(first: number, parameters: ScenarioParameters): Scenario {
  return {
    name: `daily page, ${first} papers`,
    body: {
      operationName: "DailyPage",
      query: `query DailyPage($date: Date!, $first: Int!) {
        dailyPapers(date: $date, first: $first) { nodes { ${PAPER_CARD} } } }`,
      variables: { date: parameters.dailyDate, first },
    },
    // The page size is a literal, as in ours: a prepared statement's generic plan prices a
    // parameterised LIMIT as a tenth of the rows.
    floorSql: mostUpvotedFloorSql(String(first), "p.daily_date = $1::date"),
    floorParams: (variables) => [variables.date],
    floorAnswer: nodesOf("dailyPapers"),
    postgraphile: {
      operationName: "DailyPage",
      query: `query DailyPage($date: Date!, $first: Int!) {
        papers(condition: { dailyDate: $date, deletedAt: null }, orderBy: [UPVOTES_DESC, ROW_ID_DESC], first: $first) {
          nodes { ${POSTGRAPHILE_CARD} } } }`,
      variables: { date: parameters.dailyDate, first },
    },
  };
}

export function readScenarios(parameters: ScenarioParameters): Scenario[] {
  return [
    dailyPage(20, parameters),
    dailyPage(50, parameters),
    dailyPage(100, parameters),
    {
      name: "top 20 by upvotes",
      body: {
        operationName: "TopUpvoted",
        query: `query TopUpvoted {
          papers(orderBy: { field: UPVOTES, direction: DESC }, first: 20) { nodes { ${PAPER_CARD} } } }`,
        variables: {},
      },
      floorSql: mostUpvotedFloorSql("20"),
      floorParams: () => [],
      floorAnswer: nodesOf("papers"),
      postgraphile: {
        operationName: "TopUpvoted",
        query: `query TopUpvoted {
          papers(condition: { deletedAt: null }, orderBy: [UPVOTES_DESC, ROW_ID_DESC], first: 20) {
            nodes { ${POSTGRAPHILE_CARD} } } }`,
        variables: {},
      },
    },
    {
      name: "trending, 20 papers",
      body: {
        operationName: "Trending",
        query: `query Trending { trendingPapers(window: WEEK, first: 20) { edges { rank node { ${PAPER_CARD} } } } }`,
        variables: {},
      },
      // The first page: ranks are positions on it.
      floorSql: `SELECT ${PAPER_CARD_COLUMNS} FROM paper p WHERE p.trend_week IS NOT NULL AND p.deleted_at IS NULL
        ORDER BY p.trend_week DESC, p.id DESC LIMIT 20`,
      floorParams: () => [],
      floorAnswer: (rows) => ({
        data: { trendingPapers: { edges: rows.map((row, index) => ({ rank: index + 1, node: paperCard(row) })) } },
      }),
    },
    {
      name: "one paper by node(id)",
      body: {
        operationName: "PaperNode",
        query: `query PaperNode($id: ID!) { node(id: $id) { ... on Paper { ${PAPER_CARD} } } }`,
        variables: { id: toGlobalId("Paper", parameters.paperId) },
      },
      floorSql: `SELECT ${PAPER_CARD_COLUMNS} FROM paper p WHERE p.id = $1 AND p.deleted_at IS NULL`,
      floorParams: (variables) => [fromGlobalId(String(variables.id), "id").id],
      floorAnswer: (rows) => ({ data: { node: rows.length > 0 ? paperCard(rows[0]) : null } }),
      // PostGraphile's node(id:) does not hide deleted papers as ours does; this one is not deleted.
      postgraphile: {
        operationName: "PaperNode",
        query: `query PaperNode($id: ID!) { node(id: $id) { ... on Paper { ${POSTGRAPHILE_CARD} } } }`,
        variables: { id: postgraphileNodeId("Paper", parameters.paperId) },
      },
    },
    {
      // A nested shape: the papers hang off an author, not off the root, and bring their own lists.
      name: `an author's ${AUTHOR_PAGE} newest papers by node(id)`,
      body: {
        operationName: "AuthorPapers",
        query: `query AuthorPapers($id: ID!) {
          node(id: $id) { ... on Author { id name papers(first: ${AUTHOR_PAGE}) { nodes { ${PAPER_CARD} } } } } }`,
        variables: { id: toGlobalId("Author", parameters.authorId) },
      },
      floorSql: `SELECT a.id AS "authorId", a.name AS "authorName", ${PAPER_CARD_COLUMNS}
        FROM author a JOIN paper_author authorship ON authorship.author_id = a.id
        JOIN paper p ON p.id = authorship.paper_id
        WHERE a.id = $1 AND p.deleted_at IS NULL
        ORDER BY p.published_at DESC, p.id DESC LIMIT ${AUTHOR_PAGE}`,
      floorParams: (variables) => [fromGlobalId(String(variables.id), "id").id],
      // The author has a page of papers, so the statement finds a row (chooseParameters).
      floorAnswer: (rows) => {
        const [{ authorId, authorName }] = rows as AuthorPaperRow[];
        const papers = { nodes: rows.map(paperCard) };
        return { data: { node: { id: toGlobalId("Author", authorId), name: authorName, papers } } };
      },
      postgraphile: {
        operationName: "AuthorPapers",
        query: `query AuthorPapers($id: ID!) {
          node(id: $id) { ... on Author { id name newestPapers(first: ${AUTHOR_PAGE}) { nodes { ${POSTGRAPHILE_CARD} } } } } }`,
        variables: { id: postgraphileNodeId("Author", parameters.authorId) },
      },
    },
    {
      // Three levels: each author of a daily page brings a page of its own papers.
      name: `authors' ${AUTHORS_PAPERS_PAGE} newest papers on the daily page of 20`,
      body: {
        operationName: "DailyAuthorsPapers",
        query: `query DailyAuthorsPapers($date: Date!) {
          dailyPapers(date: $date, first: 20) { nodes { ${AUTHORS_PAPERS_CARD} } } }`,
        variables: { date: parameters.dailyDate },
      },
      floorSql: `SELECT p.id, p.title, array_to_json(array(
          SELECT json_build_array(pa.author_id, a.name, array(
            SELECT json_build_array(ap.id, ap.title,
              to_char(ap.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
            FROM paper_author authorship JOIN paper ap ON ap.id = authorship.paper_id
            WHERE authorship.author_id = pa.author_id AND ap.deleted_at IS NULL
            ORDER BY ap.published_at DESC, ap.id DESC LIMIT ${AUTHORS_PAPERS_PAGE}))
          FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = p.id
          ORDER BY pa.position LIMIT 20)) AS authors
        FROM paper p WHERE p.daily_date = $1::date AND p.deleted_at IS NULL
        ORDER BY p.upvotes DESC, p.id DESC LIMIT 20`,
      floorParams: (variables) => [variables.date],
      floorAnswer: (rows) => ({
        data: { dailyPapers: { nodes: (rows as unknown as DailyAuthorsPapersRow[]).map(authorsPapersCard) } },
      }),
      postgraphile: {
        operationName: "DailyAuthorsPapers",
        query: `query DailyAuthorsPapers($date: Date!) {
          papers(condition: { dailyDate: $date, deletedAt: null }, orderBy: [UPVOTES_DESC, ROW_ID_DESC], first: 20) {
            nodes { id title paperAuthors(orderBy: [POSITION_ASC], first: 20) { nodes { author {
              id name newestPapers(first: ${AUTHORS_PAPERS_PAGE}) { nodes { id title publishedAt } } } } } } } }`,
        variables: { date: parameters.dailyDate },
      },
    },
    {
      name: "full-text search, 20 papers",
      body: {
        operationName: "Search",
        query: `query Search($search: String!) {
          papers(filter: { search: $search }, first: 20) { nodes { ${PAPER_CARD} } } }`,
        variables: { search: parameters.searchTerm },
      },
      // The term is one word: its papers come best first off paper_search_term's primary key, as ours read them.
      floorSql: `SELECT ${PAPER_CARD_COLUMNS}
        FROM paper_search_term t JOIN paper p ON p.id = t.paper_id
        WHERE t.lexeme = (tsvector_to_array(websearch_to_tsquery('english', $1)::text::tsvector))[1]
          AND p.deleted_at IS NULL
        ORDER BY t.rank DESC, t.paper_id DESC LIMIT 20`,
      floorParams: (variables) => [variables.search],
      floorAnswer: nodesOf("papers"),
    },
  ];
}

/** The mutation scenario's two operations; the caller's token picks the user. */
export const VOTE_MUTATIONS = {
  upvote: `mutation Upvote($input: PaperVoteInput!) {
    upvotePaper(input: $input) { paper { id upvotes viewerHasUpvoted } userErrors { message } } }`,
  removeUpvote: `mutation RemoveUpvote($input: PaperVoteInput!) {
    removeUpvote(input: $input) { paper { id upvotes viewerHasUpvoted } userErrors { message } } }`,
};

/**
 * The floor's vote in one statement: find the token's user, add or withdraw the vote, and
 * return the paper's id and count as the trigger leaves it. `$1` token hash, `$2` paper id.
 */
export function floorVoteSql(upvote: boolean): string {
  const change = upvote
    ? `INSERT INTO vote (user_id, paper_id) SELECT viewer.id, $2 FROM viewer ON CONFLICT DO NOTHING RETURNING 1`
    : `DELETE FROM vote USING viewer WHERE vote.user_id = viewer.id AND vote.paper_id = $2 RETURNING 1`;
  // The statement's snapshot predates its own write, so the count is adjusted by what it changed.
  return `WITH viewer AS (
      SELECT t.user_id AS id FROM api_token t WHERE t.token_hash = $1 AND t.revoked_at IS NULL),
    changed AS (${change})
    SELECT p.id, p.upvotes ${upvote ? "+" : "-"} (SELECT count(*)::int FROM changed) AS upvotes
    FROM paper p WHERE p.id = $2`;
}

/** The vote mutation's answer, from the floor's row. */
export function floorVoteAnswer(upvote: boolean, row: { id: number; upvotes: number }) {
  const paper = { id: toGlobalId("Paper", row.id), upvotes: row.upvotes, viewerHasUpvoted: upvote };
  return { data: { [upvote ? "upvotePaper" : "removeUpvote"]: { paper, userErrors: [] } } };
}
