import { PAPER_CHANGE_FIELDS, type PaperChangeRow } from "../db/rows";
import { sql } from "../db/sql";
import { paperChanges } from "../db/tables";
import type { ServiceContext } from "./context";
import { readListPage, type ListPage } from "./list";
import { SortDirection, type Page, type SortKey } from "./pagination";

/**
 * The feed's order: by writing transaction, then by change within it. Not the id alone: a
 * transaction that began writing earlier can take its ids later, so ids do not follow the order
 * in which changes become readable; transaction ids below the horizon do (see SETTLED).
 */
export const PAPER_CHANGE_ORDER: SortKey = {
  name: "changes",
  keySql: paperChanges.col.xactId,
  keyType: "bigint",
  idSql: paperChanges.col.id,
};

/**
 * The settled part of the feed: changes of transactions older than the oldest transaction still
 * running (`pg_snapshot_xmin`, cluster-wide). Every such transaction has ended and no new one can
 * take a smaller id, so no change can ever be added there, before or after a cursor; a change
 * of a transaction still open, or committed after this statement's snapshot, waits beyond it
 * and is read by a later poll. Read in a sub-select, so it is computed once and bounds the
 * index walk.
 */
const SETTLED = sql`${paperChanges.col.xactId} < (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint)`;

/** One page of the change feed, oldest change first, and a lazy count of the settled feed. */
export function listPaperChanges(ctx: ServiceContext, page: Page): Promise<ListPage<PaperChangeRow>> {
  return readListPage<PaperChangeRow>(
    ctx.db,
    {
      // The bigint id as float8, a JS number: exact up to 2^53, as cursors need.
      columns: sql`${paperChanges.col.id}::float8 AS "id", ${paperChanges.select(PAPER_CHANGE_FIELDS)}`,
      from: paperChanges.from,
      conditions: [SETTLED],
      sort: PAPER_CHANGE_ORDER,
      direction: SortDirection.ASC,
    },
    page,
  );
}
