import type { DataSource } from "typeorm";
import { UserRole } from "../../src/entities/user.entity";
import { createTokenAs, createUserAs } from "../../src/services/user.service";
import { systemContext } from "../../src/services/context";

export interface SignedInUser {
  id: number;
  token: string;
  /** Headers that sign a request in as this user. */
  headers: Record<string, string>;
}

/** Creates a user with a fresh token through the same services the token command uses. */
export async function signUp(db: DataSource, handle: string, role: UserRole = UserRole.USER): Promise<SignedInUser> {
  const cli = systemContext(db);
  return db.transaction(async (manager) => {
    const user = await createUserAs(cli, manager, { handle, role });
    const { secret } = await createTokenAs(cli, manager, { userId: user.id, label: "test" });
    return { id: user.id, token: secret, headers: { authorization: `Bearer ${secret}` } };
  });
}

const TABLES = [
  "paper",
  "author",
  "paper_author",
  "repository",
  "paper_repository",
  "app_user",
  "api_token",
  "vote",
  "audit_entry",
];

/** A digest of every row of every table, to prove a refused request wrote nothing. */
export async function databaseFingerprint(db: DataSource): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.query(
      `SELECT count(*)::int || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS digest FROM ${table} t`,
    );
    fingerprint[table] = row.digest;
  }
  return fingerprint;
}
