import type { Queryable } from "../db/sql";
import DataLoader from "dataloader";
import { Author, Paper, Repository, User } from "../entities";
import type { Viewer } from "../services/context";
import { AUTHOR_COLUMNS, PAPER_COLUMNS, REPOSITORY_COLUMNS, USER_COLUMNS } from "../services/columns";
import { pageKey, type Page } from "../services/pagination";
import { byKeyLoader } from "./by-key";
import { childCountLoader, childPageLoader, type ChildPage, type ChildRelation } from "./child-connection";

const VISIBLE = "p.deleted_at IS NULL";

/** Per-request loaders; create them with the request's context, never share them. */
export function createLoaders(db: Queryable, viewer: Viewer | null) {
  const pageLoaders = new Map<string, DataLoader<number, ChildPage<object>>>();
  const countLoaders = new Map<string, DataLoader<number, number>>();
  return {
    paperById: byKeyLoader(db, Paper, "id", `SELECT ${PAPER_COLUMNS} FROM paper p WHERE p.id = ANY($1) AND ${VISIBLE}`),
    paperByArxivId: byKeyLoader(
      db,
      Paper,
      "arxivId",
      `SELECT ${PAPER_COLUMNS} FROM paper p WHERE p.arxiv_id = ANY($1) AND ${VISIBLE}`,
    ),
    authorById: byKeyLoader(db, Author, "id", `SELECT ${AUTHOR_COLUMNS} FROM author a WHERE a.id = ANY($1)`),
    repositoryById: byKeyLoader(
      db,
      Repository,
      "id",
      `SELECT ${REPOSITORY_COLUMNS} FROM repository r WHERE r.id = ANY($1)`,
    ),
    userById: byKeyLoader(db, User, "id", `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1)`),

    /** Whether this request's caller upvoted each paper; always false when anonymous. */
    viewerHasUpvoted: new DataLoader<number, boolean>(async (paperIds) => {
      if (!viewer) return paperIds.map(() => false);
      const rows: { paperId: number }[] = await db.query(
        `SELECT paper_id AS "paperId" FROM vote WHERE user_id = $1 AND paper_id = ANY($2)`,
        [viewer.id, paperIds],
      );
      const upvoted = new Set(rows.map((row) => row.paperId));
      return paperIds.map((paperId) => upvoted.has(paperId));
    }),

    /** Pages of a relation; parents asking for the same page share one statement. */
    childPage<TNode extends object>(relation: ChildRelation<TNode>, page: Page): DataLoader<number, ChildPage<TNode>> {
      const key = `${relation.name}:${pageKey(page)}`;
      let loader = pageLoaders.get(key);
      if (!loader) {
        loader = childPageLoader(db, relation, page);
        pageLoaders.set(key, loader);
      }
      return loader as DataLoader<number, ChildPage<TNode>>;
    },

    childCount<TNode extends object>(relation: ChildRelation<TNode>): DataLoader<number, number> {
      let loader = countLoaders.get(relation.name);
      if (!loader) {
        loader = childCountLoader(db, relation);
        countLoaders.set(relation.name, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
