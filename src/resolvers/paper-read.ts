import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";
import type { Paper } from "../entities";
import { lookAhead, prefetchColumnsSql, primePrefetched } from "../loaders/prefetch";
import { paperPrefetchable } from "../loaders/relations";
import { paperColumnsFor } from "../services/columns";
import type { SqlParams } from "../services/pagination";

/** How to read papers for the rest of an operation: the columns it needs, and the children it reads along. */
export interface PaperRead {
  columns: string;
  extraColumns: (params: SqlParams) => string;
  /** Moves the children read along into the request's loaders. */
  prime(ctx: Context, papers: Paper[]): void;
}

/** Plans the read of the papers a field returns, as a connection or as one paper. */
export function planPaperRead(info: GraphQLResolveInfo, shape: "connection" | "node"): PaperRead {
  const { fields, prefetches } = lookAhead(info, shape, "Paper", paperPrefetchable);
  return {
    columns: paperColumnsFor(fields),
    extraColumns: (params) => prefetchColumnsSql(prefetches, params, "p.id"),
    prime: (ctx, papers) => primePrefetched(ctx, prefetches, papers),
  };
}
