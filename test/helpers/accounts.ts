import { print } from "graphql";
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
import { toGlobalId } from "../../src/domain/global-id";
import { UserRole } from "../../src/entities/user.entity";
import { inTransaction, systemContext } from "../../src/services/context";
import { createToken, createUser } from "../../src/services/user.service";
import { UpvotePaperDocument, type UpvotePaperMutation } from "../generated/graphql";

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

/** Upvotes a paper as `voter` through the API at `graphqlUrl`, as a client would; fails unless it counted. */
export async function upvoteAs(voter: SignedInUser, graphqlUrl: string, paperId: number): Promise<void> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...voter.headers },
    body: JSON.stringify({
      query: print(UpvotePaperDocument),
      variables: { input: { paperId: toGlobalId("Paper", paperId) } },
    }),
  });
  const body = (await response.json()) as { data?: UpvotePaperMutation; errors?: unknown[] };
  if (response.status !== 200 || body.errors || body.data?.upvotePaper.userErrors.length) {
    throw new Error(`upvotePaper failed (${response.status}): ${JSON.stringify(body)}`);
  }
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
