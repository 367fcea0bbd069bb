import type { Context } from "../context";
import { Repository, RepositoryProvider } from "../entities/repository.entity";
import { REPOSITORY_COLUMNS } from "./columns";
import { readListPage, type ListPage } from "./list";
import { SqlParams, type Page, type SortDirection, type SortKey } from "./pagination";

export enum RepositoryOrderField {
  STARS = "STARS",
  CREATED_AT = "CREATED_AT",
}

export interface RepositoryFilter {
  provider?: RepositoryProvider;
  language?: string;
}

export const REPOSITORY_SORT_KEYS: Record<RepositoryOrderField, SortKey> = {
  STARS: { name: "stars", keySql: "r.stars", keyType: "integer", nullable: true, idSql: "r.id" },
  CREATED_AT: { name: "created", keySql: "r.created_at", keyType: "timestamptz", idSql: "r.id" },
};

export function listRepositories(
  ctx: Context,
  filter: RepositoryFilter,
  order: { field: RepositoryOrderField; direction: SortDirection },
  page: Page,
): Promise<ListPage<Repository>> {
  const params = new SqlParams();
  const conditions: string[] = [];
  if (filter.provider !== undefined) conditions.push(`r.provider = ${params.add(filter.provider)}`);
  if (filter.language !== undefined) conditions.push(`r.language = ${params.add(filter.language)}`);
  return readListPage(
    ctx.db,
    {
      nodeClass: Repository,
      columns: REPOSITORY_COLUMNS,
      from: "repository r",
      conditions,
      params,
      sort: REPOSITORY_SORT_KEYS[order.field],
      direction: order.direction,
    },
    page,
  );
}
