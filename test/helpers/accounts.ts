import type { DataSource } from "typeorm";
import { queryOne, sql } from "../../src/db/sql";
import { table, tableName } from "../../src/db/tables";
import {
  ApiToken,
  AuditEntry,
  Author,
  Paper,
  PaperAuthor,
  PaperRepository,
  Repository,
  User,
  Vote,
} from "../../src/entities";
import { UserRole } from "../../src/entities/user.entity";
import { inTransaction, systemContext } from "../../src/services/context";
import { createToken, createUser } from "../../src/services/user.service";

export interface SignedInUser {
  id: number;
  token: string;
  /** Headers that sign a request in as this user. */
  headers: Record<string, string>;
}

/** Creates a user with a fresh token through the same services the token command uses. */
export async function signUp(db: DataSource, handle: string, role: UserRole = UserRole.USER): Promise<SignedInUser> {
  return inTransaction(systemContext(db), async (tx) => {
    const user = await createUser(tx, { handle, role });
    const { secret } = await createToken(tx, { userId: user.id, label: "test" });
    return { id: user.id, token: secret, headers: { authorization: `Bearer ${secret}` } };
  });
}

const ENTITIES: (abstract new () => object)[] = [
  Paper,
  Author,
  PaperAuthor,
  Repository,
  PaperRepository,
  User,
  ApiToken,
  Vote,
  AuditEntry,
];

/** A digest of every row of every table, by table name, to prove a refused request wrote nothing. */
export async function databaseFingerprint(db: DataSource): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const entity of ENTITIES) {
    const row = await queryOne<{ digest: string }>(
      db,
      sql`SELECT count(*)::int || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS digest
          FROM ${table(entity, "t").from}`,
    );
    fingerprint[tableName(entity)] = row!.digest;
  }
  return fingerprint;
}
