import type { PaperColumn, SelectedPaperRow } from "../db/rows";
import type { Sql } from "../db/sql";
import { papers } from "../db/tables";
import { prefetchColumnsSql, primePrefetched, type Prefetch } from "../loaders/prefetch";
import type { ServiceContext } from "./context";
import { readListPage, type ListPage, type ListQuery } from "./list";
import type { Page } from "./pagination";

/** What a read of papers takes: the columns beyond `id` it needs, and the children read along. */
export interface PaperSelection {
  columns: readonly PaperColumn[];
  prefetches: Prefetch[];
}

/** The columns a selection reads: `id`, then the selection's. */
export function paperColumns(selection: PaperSelection): Sql {
  return papers.select(["id", ...selection.columns.filter((column) => column !== "id")]);
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

/**
 * Reads a list of papers, and moves the children read along into the request's loaders. `TRow`
 * is what the selection's columns make of a row.
 */
export async function readPaperList<TRow extends SelectedPaperRow>(
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
