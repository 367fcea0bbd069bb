import type { Context } from "../context";
import { Author } from "../entities";
import { normalizeName } from "../domain/names";
import { AUTHOR_COLUMNS } from "./columns";
import { readListPage, type ListPage } from "./list";
import { SortDirection, SqlParams, type Page, type SortKey } from "./pagination";

export const AUTHOR_NAME_ORDER: SortKey = { name: "name", keySql: "a.normalized_name", keyType: "text", idSql: "a.id" };

/**
 * Authors in name order. `search` matches word prefixes of the name, ignoring case and
 * accents: "hint geo" finds "Geoffrey Hinton".
 */
export function listAuthors(ctx: Context, search: string | undefined, page: Page): Promise<ListPage<Author>> {
  const params = new SqlParams();
  const conditions: string[] = [];
  if (search !== undefined) {
    const words = normalizeName(search)
      .split(" ")
      .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ""))
      .filter(Boolean);
    const prefixQuery = words.length > 0 ? words.map((word) => `${word}:*`).join(" & ") : "";
    conditions.push(`a.search_vector @@ to_tsquery('simple', ${params.add(prefixQuery)})`);
  }
  return readListPage(
    ctx.db,
    {
      nodeClass: Author,
      columns: AUTHOR_COLUMNS,
      from: "author a",
      conditions,
      params,
      sort: AUTHOR_NAME_ORDER,
      direction: SortDirection.ASC,
    },
    page,
  );
}
