import { PAPER_SUMMARY, type PaperDetail, type PaperRow } from "../db/rows";
import type { Sql } from "../db/sql";
import { papers } from "../db/tables";
import { prefetchColumnsSql, primePrefetched, type Prefetch } from "../loaders/prefetch";
import type { ServiceContext } from "./context";
import { readListPage, type ListPage, type ListQuery } from "./list";
import type { Page } from "./pagination";

/** What a read of papers takes beyond the summary: the large columns asked for, and children read along. */
export interface PaperSelection {
  details: readonly PaperDetail[];
  prefetches: Prefetch[];
}

/** The columns a selection reads. */
export function paperColumns(selection: PaperSelection): Sql {
  return papers.select([...PAPER_SUMMARY, ...selection.details]);
}

/** A list of visible papers read with a selection: its columns, and its children as extra columns. */
export function paperListQuery(
  selection: PaperSelection,
  list: Omit<ListQuery, "columns" | "extraColumns">,
): ListQuery {
  return {
    ...list,
    columns: paperColumns(selection),
    extraColumns: selection.prefetches.length > 0 ? prefetchColumnsSql(selection.prefetches, papers.col.id) : undefined,
  };
}

/** Reads a list of papers, and moves the children read along into the request's loaders. */
export async function readPaperList<TRow extends PaperRow>(
  ctx: ServiceContext,
  selection: PaperSelection,
  list: ListQuery,
  page: Page,
): Promise<ListPage<TRow>> {
  const result = await readListPage<TRow>(ctx.db, list, page);
  primePrefetched(
    ctx.loaders,
    selection.prefetches,
    result.edges.map((edge) => edge.node),
  );
  return result;
}
