import { randomUUID } from "node:crypto";
import { WATCH_FIELDS, type WatchRow } from "../db/rows";
import { queryOne, sql } from "../db/sql";
import { watches } from "../db/tables";
import { sameToken, watchFeedToken, watchIdOfFeedToken } from "../domain/signed-link";
import { requireViewer } from "./auth.service";
import type { ServiceContext } from "./context";
import { FeedFormat } from "./feed.service";
import { watchNotFound } from "./watch.service";

/** Where a watch's private feed is served, in each format. */
export function watchFeedUrls(publicUrl: string, secret: string, watch: Pick<WatchRow, "id" | "feedKey">) {
  const token = watchFeedToken(secret, watch.id, watch.feedKey);
  const url = (format: FeedFormat) => `${publicUrl}/feeds/watches/${token}.${format}`;
  return { atom: url(FeedFormat.ATOM), rss: url(FeedFormat.RSS), json: url(FeedFormat.JSON) };
}

/** The watch a feed token is for; undefined for a malformed, unknown or rotated token alike. */
export async function readWatchByFeedToken(
  ctx: ServiceContext,
  secret: string,
  token: string,
): Promise<Pick<WatchRow, "id" | "name"> | undefined> {
  const watchId = watchIdOfFeedToken(token);
  if (watchId === undefined) return undefined;
  const watch = await queryOne<Pick<WatchRow, "id" | "name" | "feedKey">>(
    ctx.db,
    sql`SELECT ${watches.select(["id", "name", "feedKey"])} FROM ${watches.from} WHERE ${watches.col.id} = ${watchId}`,
  );
  return watch && sameToken(token, watchFeedToken(secret, watch.id, watch.feedKey)) ? watch : undefined;
}

/** A new feed key for the viewer's watch: its feed moves to a new URL, and the old one answers 404. */
export async function rotateOwnFeedToken(ctx: ServiceContext, id: number): Promise<WatchRow> {
  const viewer = requireViewer(ctx);
  const { col, column } = watches;
  const row = await queryOne<WatchRow>(
    ctx.db,
    sql`WITH rotated AS (
          UPDATE ${watches.from} SET ${column.feedKey} = ${randomUUID()}, ${column.updatedAt} = now()
          WHERE ${col.id} = ${id} AND ${col.userId} = ${viewer.id} RETURNING ${watches.select(WATCH_FIELDS)}
        ) SELECT * FROM rotated`,
  );
  if (!row) throw watchNotFound();
  return row;
}
