import type { SelectedPaperRow } from "../db/rows";
import { queryOne, raw, sql, where, type Sql } from "../db/sql";
import { papers, trendTerms, visiblePapers } from "../db/tables";
import { BadUserInputError } from "../errors";
import type { ServiceContext } from "./context";
import type { ListPage } from "./list";
import { SortDirection, type Edge, type Page, type SortKey } from "./pagination";
import { filterSql, type PaperFilter } from "./paper.service";
import { paperListQuery, readPaperList, type PaperSelection } from "./paper-reads";
import {
  HALF_LIFE_SECONDS,
  MAX_AS_OF_AGE_DAYS,
  TOPIC_TRENDING_DEPTH,
  TREND_KEY_COLUMN,
  trendingListSortKey,
  trendingScore,
  TrendingWindow,
} from "./trending";

/** Which trending list to read: the whole window, or the papers of a filter, now or at a past time. */
export interface TrendingScope {
  /** Only the papers this filter selects; ranks count them alone. */
  filter?: PaperFilter;
  /** The list as it stood then, from the votes and imported upvotes that counted then. */
  asOf?: Date;
}

export interface TrendingEdge<TRow extends SelectedPaperRow = SelectedPaperRow> extends Edge<TRow> {
  /** 1-based place in the whole list. */
  rank: number;
  /** Decayed vote count now, or at `asOf`. */
  score: number;
}

/** Columns of the ranked papers a scoped list reads its page from. */
const SCOPED_RANK = raw('p."trendRank"');
const AS_OF_SCORE = raw('p."asOfScore"');

/** The order of a trending page; a cursor read at one `asOf` is refused at another. */
export function trendingPageSortKey(window: TrendingWindow, asOf?: Date): SortKey {
  if (!asOf) return trendingListSortKey(window);
  return {
    name: `trend_${window.toLowerCase()}_at_${asOf.getTime()}`,
    keySql: AS_OF_SCORE,
    keyType: "float8",
    idSql: papers.col.id,
  };
}

/** `asOf` no later than now and at most MAX_AS_OF_AGE_DAYS before it. */
function checkAsOf(asOf: Date, now: Date): void {
  if (asOf.getTime() > now.getTime()) throw new BadUserInputError("`asOf` must not be in the future.", "asOf");
  if (now.getTime() - asOf.getTime() > MAX_AS_OF_AGE_DAYS * 86_400_000) {
    throw new BadUserInputError(`\`asOf\` may reach back at most ${MAX_AS_OF_AGE_DAYS} days.`, "asOf");
  }
}

/** Filters with an index of their own select few papers: all of them are ranked, however deep they trend. */
function hasOwnIndex(filter: PaperFilter): boolean {
  return filter.authorId !== undefined || filter.repositoryId !== undefined || filter.dailyDate !== undefined;
}

/**
 * Each paper's score at `asOf`, as `s`: the sum of its terms that had entered and not yet left
 * the score then, each decayed from when it counts as cast. Terms more than 1000 half-lives old
 * are clamped, as in the stored keys.
 */
function scoresAt(window: TrendingWindow, asOf: Date): Sql {
  const term = trendTerms.col;
  const halfLife = raw(String(HALF_LIFE_SECONDS[window]));
  return sql`(SELECT ${term.paperId} AS paper_id, sum(${term.weight} * power(2::float8,
        greatest(extract(epoch FROM ${term.countedAt} - ${asOf}::timestamptz)::float8 / ${halfLife}, -1000))) AS score
      FROM ${trendTerms.from}
      WHERE ${term.enteredAt} <= ${asOf} AND (${term.leftAt} IS NULL OR ${term.leftAt} > ${asOf})
        AND ${term.countedAt} <= ${asOf}
      GROUP BY ${term.paperId}) s`;
}

/**
 * The papers of a scope with their rank in it, as `p`. Now, a filter with its own index ranks
 * every trending paper it selects; any other filter walks the window's index from the top and
 * keeps what it selects among the first TOPIC_TRENDING_DEPTH. At `asOf`, every paper scored
 * then is ranked.
 */
function rankedPapers(window: TrendingWindow, scope: TrendingScope): Sql {
  const filter = scope.filter ?? {};
  if (scope.asOf) {
    const { from, conditions } = filterSql(filter);
    return sql`(SELECT p.*, s.score AS "asOfScore", row_number() OVER (ORDER BY s.score DESC, ${papers.col.id} DESC) AS "trendRank"
      FROM ${from}, ${scoresAt(window, scope.asOf)} ${where([sql`s.paper_id = ${papers.col.id}`, ...conditions])}) p`;
  }
  const key = TREND_KEY_COLUMN[window];
  const order = sql`${key} DESC, ${papers.col.id} DESC`;
  const top = sql`(SELECT * FROM ${visiblePapers} WHERE ${key} IS NOT NULL ORDER BY ${order}
    LIMIT ${raw(String(TOPIC_TRENDING_DEPTH))}) p`;
  const { from, conditions } = filterSql(filter, hasOwnIndex(filter) ? visiblePapers : top);
  return sql`(SELECT p.*, row_number() OVER (ORDER BY ${order}) AS "trendRank"
    FROM ${from} ${where([sql`${key} IS NOT NULL`, ...conditions])}) p`;
}

/** 1-based rank of the paper at a (key, id) position: how many trend above it, plus one. */
async function rankAt(ctx: ServiceContext, window: TrendingWindow, key: number, id: number): Promise<number> {
  const column = TREND_KEY_COLUMN[window];
  const row = await queryOne<{ rank: number }>(
    ctx.db,
    sql`SELECT count(*)::int + 1 AS rank FROM ${visiblePapers}
        WHERE ${column} IS NOT NULL AND (${column}, ${papers.col.id}) > (${key}::float8, ${id})`,
  );
  return row!.rank;
}

/**
 * Papers in trending order within a window, each with its rank and score; papers nobody voted
 * for are not trending. A scope narrows the list to a filter, or reads it as it stood at `asOf`.
 */
export async function listTrending<TRow extends SelectedPaperRow = SelectedPaperRow>(
  ctx: ServiceContext,
  window: TrendingWindow,
  page: Page,
  selection: PaperSelection,
  scope: TrendingScope = {},
): Promise<ListPage<TRow> & { edges: TrendingEdge<TRow>[] }> {
  const now = new Date();
  if (scope.asOf) checkAsOf(scope.asOf, now);
  // An empty filter selects every paper: the whole list.
  const filter = scope.filter && Object.keys(scope.filter).length > 0 ? scope.filter : undefined;
  const key = TREND_KEY_COLUMN[window];
  const scoped = filter !== undefined || scope.asOf !== undefined;
  const papersList = paperListQuery(selection, {
    from: scoped ? rankedPapers(window, { filter, asOf: scope.asOf }) : visiblePapers,
    conditions: scoped ? [] : [sql`${key} IS NOT NULL`],
    sort: trendingPageSortKey(window, scope.asOf),
    direction: SortDirection.DESC,
  });
  const rank = scoped ? sql`, ${SCOPED_RANK}::int AS ${raw('"trendRank"')}` : raw("");
  const value = scope.asOf ? sql`${AS_OF_SCORE} AS ${raw('"asOfScore"')}` : sql`${key} AS ${raw('"trendKey"')}`;
  const list = { ...papersList, columns: sql`${papersList.columns}, ${value}${rank}` };
  type Row = TRow & { trendKey?: number; asOfScore?: number; trendRank?: number };
  const result = await readPaperList<Row>(ctx, selection, list, page);
  const first = result.edges[0]?.node;
  // A first page of the whole list starts at the top; any other page counts the papers above it.
  const startsAtTop = page.cursor === null && !page.backward;
  const firstRank = !first || scoped || startsAtTop ? 1 : await rankAt(ctx, window, first.trendKey!, first.id);
  // Assigned, not spread: an edge's cursor is a getter of its class.
  const edges = result.edges.map((edge, index) => {
    const { trendKey, asOfScore, trendRank } = edge.node;
    return Object.assign(edge, {
      rank: trendRank ?? firstRank + index,
      score: asOfScore ?? trendingScore(trendKey!, window, now),
    });
  });
  return { ...result, edges };
}

/**
 * Deletes the history no `asOf` can reach any more: terms that left, as withdrawn votes and
 * replaced imported upvotes do, more than MAX_AS_OF_AGE_DAYS before `now`. A withdrawn vote's
 * user id goes with it. Returns how many terms went.
 */
export async function pruneTrendHistory(ctx: ServiceContext, now: Date): Promise<number> {
  const { column } = trendTerms;
  const row = await queryOne<{ count: number }>(
    ctx.db,
    sql`WITH pruned AS (
          DELETE FROM ${trendTerms.name}
          WHERE ${column.leftAt} < ${now}::timestamptz - make_interval(days => ${MAX_AS_OF_AGE_DAYS})
          RETURNING 1
        ) SELECT count(*)::int AS count FROM pruned`,
  );
  return row!.count;
}
