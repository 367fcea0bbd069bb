import { randomUUID } from "node:crypto";
import { WATCH_EVENT_FIELDS, WATCH_FIELDS, type WatchEventRow, type WatchRow } from "../db/rows";
import { join, query, queryOne, raw, sql } from "../db/sql";
import { users, watchEvents, watches } from "../db/tables";
import { FieldCheck } from "../domain/field-check";
import { WatchEmailMode, WatchTriggerKind } from "../entities/watch.entity";
import { UserErrorCode, UserErrors } from "../errors";
import { MAX_TRENDING_TOP } from "../pubsub/live-events";
import { requireViewer } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";
import { readListPage, type ListPage } from "./list";
import { SortDirection, type Page, type SortKey } from "./pagination";
import { rememberTrendingTop } from "./watch-matching.service";
import { checkPaperFilterInput, type PaperFilter, type PaperFilterFields } from "./paper.service";
import { TrendingWindow } from "./trending";
import { checkWatchEmailMode, forgetPendingEmails } from "./watch-email.service";

export const MAX_WATCH_NAME_LENGTH = 100;
export const DEFAULT_TRENDING_TOP = 10;

/** A trigger as a caller sends it. */
export interface WatchTriggerFields {
  kind: WatchTriggerKind;
  window?: TrendingWindow | null;
  top?: number | null;
  upvotes?: number | null;
}

/** A trigger as stored: its kind and the columns of its parameters. */
type WatchTrigger = Pick<WatchRow, "trigger" | "trendingWindow" | "trendingTop" | "upvoteThreshold">;

export interface WatchChanges {
  name?: string;
  filter?: PaperFilterFields;
  trigger?: WatchTriggerFields;
  email?: WatchEmailMode;
}

/** The columns of a validated change; refusals are user errors under `input`. */
type CheckedChanges = { name?: string; filter?: PaperFilter } & Partial<WatchTrigger>;

function checkChanges(changes: WatchChanges): CheckedChanges {
  const check = new FieldCheck();
  const checked: CheckedChanges = {};
  if (changes.name !== undefined) checked.name = check.text(["input", "name"], changes.name, MAX_WATCH_NAME_LENGTH);
  if (changes.trigger) Object.assign(checked, checkTrigger(check, changes.trigger));
  // A watch looks at papers as they change from now on: a lower bound on their last change means nothing to it.
  if (changes.filter?.updatedSince != null) {
    check.add(["input", "filter", "updatedSince"], UserErrorCode.INVALID, "does not apply to a watch");
  }
  check.done();
  if (changes.filter) checked.filter = checkPaperFilterInput(changes.filter, ["input", "filter"]);
  return checked;
}

/** Each kind takes its own parameters and no other's. */
function checkTrigger(check: FieldCheck, fields: WatchTriggerFields): WatchTrigger {
  const field = (name: string) => ["input", "trigger", name];
  const refuse = (name: keyof WatchTriggerFields) => {
    if (fields[name] != null) check.add(field(name), UserErrorCode.INVALID, `does not apply to ${fields.kind}`);
  };
  const trigger: WatchTrigger = {
    trigger: fields.kind,
    trendingWindow: null,
    trendingTop: null,
    upvoteThreshold: null,
  };
  if (fields.kind === WatchTriggerKind.TRENDING) {
    trigger.trendingWindow = fields.window ?? TrendingWindow.WEEK;
    trigger.trendingTop = fields.top ?? DEFAULT_TRENDING_TOP;
    if (!Number.isInteger(trigger.trendingTop) || trigger.trendingTop < 1 || trigger.trendingTop > MAX_TRENDING_TOP) {
      check.add(field("top"), UserErrorCode.INVALID, `must be from 1 to ${MAX_TRENDING_TOP}`);
    }
  } else {
    refuse("window");
    refuse("top");
  }
  if (fields.kind === WatchTriggerKind.UPVOTES_REACHED) {
    if (fields.upvotes == null) check.add(field("upvotes"), UserErrorCode.BLANK, "is needed for UPVOTES_REACHED");
    else if (!Number.isInteger(fields.upvotes) || fields.upvotes < 1) {
      check.add(field("upvotes"), UserErrorCode.INVALID, "must be at least 1");
    } else trigger.upvoteThreshold = fields.upvotes;
  } else refuse("upvotes");
  return trigger;
}

const COLUMNS = watches.select(WATCH_FIELDS);
const { col, column } = watches;

/** The answer for a watch that is not the viewer's, or does not exist. */
export const watchNotFound = () =>
  UserErrors.of(["input", "id"], UserErrorCode.NOT_FOUND, "You have no watch with this ID.");

/**
 * Makes a watch for the viewer, unless they already have `limit`. The viewer's row is locked
 * first, so two creates at once cannot both pass the count.
 */
export async function createWatch(
  ctx: ServiceContext,
  limit: number,
  input: Required<Pick<WatchChanges, "name" | "trigger">> &
    Pick<WatchChanges, "email"> & { filter?: PaperFilterFields | null },
): Promise<WatchRow> {
  const viewer = requireViewer(ctx);
  const checked = checkChanges({ ...input, filter: input.filter ?? {} });
  await checkWatchEmailMode(ctx, viewer.id, input.email);
  return inTransaction(ctx, async (tx) => {
    await query(tx.db, sql`SELECT 1 FROM ${users.from} WHERE ${users.col.id} = ${viewer.id} FOR UPDATE`);
    const owned = await queryOne<{ count: number }>(
      tx.db,
      sql`SELECT count(*)::int AS count FROM ${watches.from} WHERE ${col.userId} = ${viewer.id}`,
    );
    if (owned!.count >= limit) {
      throw UserErrors.of(
        ["input"],
        UserErrorCode.LIMIT_REACHED,
        `You already have ${owned!.count} watches, the most allowed (${limit}); delete one first.`,
      );
    }
    const created = (await queryOne<WatchRow>(
      tx.db,
      sql`WITH created AS (
            INSERT INTO ${watches.name} (${column.userId}, ${column.name}, ${column.filter}, ${column.trigger},
              ${column.trendingWindow}, ${column.trendingTop}, ${column.upvoteThreshold}, ${column.email}, ${column.feedKey})
            VALUES (${viewer.id}, ${checked.name}, ${JSON.stringify(checked.filter)}, ${checked.trigger},
              ${checked.trendingWindow}, ${checked.trendingTop}, ${checked.upvoteThreshold},
              ${input.email ?? WatchEmailMode.NONE}, ${randomUUID()})
            RETURNING *
          ) SELECT ${COLUMNS} FROM created ${raw(watches.alias)}`,
    ))!;
    await rememberTrendingTop(tx.db, created);
    return created;
  });
}

/** Changes the viewer's watch; another user's answers NOT_FOUND, as if it did not exist. */
export async function updateOwnWatch(ctx: ServiceContext, id: number, changes: WatchChanges): Promise<WatchRow> {
  const viewer = requireViewer(ctx);
  const checked = checkChanges(changes);
  await checkWatchEmailMode(ctx, viewer.id, changes.email);
  const sets = [sql`${column.updatedAt} = now()`];
  if (checked.name !== undefined) sets.push(sql`${column.name} = ${checked.name}`);
  if (changes.email !== undefined) sets.push(sql`${column.email} = ${changes.email}`);
  if (checked.filter) sets.push(sql`${column.filter} = ${JSON.stringify(checked.filter)}`);
  if (checked.trigger) {
    sets.push(
      sql`${column.trigger} = ${checked.trigger}`,
      sql`${column.trendingWindow} = ${checked.trendingWindow}`,
      sql`${column.trendingTop} = ${checked.trendingTop}`,
      sql`${column.upvoteThreshold} = ${checked.upvoteThreshold}`,
    );
  }
  return inTransaction(ctx, async (tx) => {
    const row = await queryOne<WatchRow>(
      tx.db,
      sql`WITH updated AS (
            UPDATE ${watches.from} SET ${join(sets)}
            WHERE ${col.id} = ${id} AND ${col.userId} = ${viewer.id} RETURNING ${COLUMNS}
          ) SELECT * FROM updated`,
    );
    if (!row) throw watchNotFound();
    if (changes.email === WatchEmailMode.NONE) await forgetPendingEmails(tx, id);
    // A new filter or trigger starts from the top as it is now.
    if (checked.filter || checked.trigger) await rememberTrendingTop(tx.db, row);
    return row;
  });
}

/** Deletes the viewer's watch, and its events with it. */
export async function deleteOwnWatch(ctx: ServiceContext, id: number): Promise<void> {
  const viewer = requireViewer(ctx);
  const row = await queryOne(
    ctx.db,
    sql`WITH deleted AS (
          DELETE FROM ${watches.from} WHERE ${col.id} = ${id} AND ${col.userId} = ${viewer.id} RETURNING ${col.id}
        ) SELECT * FROM deleted`,
  );
  if (!row) throw watchNotFound();
}

/** The viewer's watch, or undefined for anyone else's or none. */
export function readOwnWatch(ctx: ServiceContext, id: number): Promise<WatchRow | undefined> {
  const viewer = requireViewer(ctx);
  return queryOne<WatchRow>(
    ctx.db,
    sql`SELECT ${COLUMNS} FROM ${watches.from} WHERE ${col.id} = ${id} AND ${col.userId} = ${viewer.id}`,
  );
}

export const WATCH_ORDER: SortKey = { name: "watch", keySql: col.id, keyType: "integer", idSql: col.id };

/** The viewer's watches, oldest first. */
export function listOwnWatches(ctx: ServiceContext, page: Page): Promise<ListPage<WatchRow>> {
  const viewer = requireViewer(ctx);
  return readListPage(
    ctx.db,
    {
      columns: COLUMNS,
      from: watches.from,
      conditions: [sql`${col.userId} = ${viewer.id}`],
      sort: WATCH_ORDER,
      direction: SortDirection.ASC,
    },
    page,
  );
}

/** One event, as its notification names it. */
export function readWatchEvent(ctx: ServiceContext, id: number): Promise<WatchEventRow | undefined> {
  return queryOne<WatchEventRow>(
    ctx.db,
    sql`SELECT ${watchEvents.select(WATCH_EVENT_FIELDS)} FROM ${watchEvents.from} WHERE ${watchEvents.col.id} = ${id}`,
  );
}
