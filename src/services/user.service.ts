import { TOKEN_FIELDS, USER_FIELDS, type TokenRow, type UserRow } from "../db/rows";
import { query, queryOne, raw, sql, type Queryable } from "../db/sql";
import { apiTokens, users } from "../db/tables";
import { FieldCheck } from "../domain/field-check";
import { toGlobalId } from "../domain/global-id";
import { generateTokenSecret, hashToken } from "../domain/tokens";
import { UserRole } from "../entities/user.entity";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { inTransaction, type ServiceContext } from "./context";

/** Lower-case letters, digits and single hyphens, 1 to 39 characters, as on GitHub. */
const HANDLE_PATTERN = /^[a-z0-9](?:-?[a-z0-9]){0,38}$/;

async function lockUser(db: Queryable, userId: number, field: string[]): Promise<UserRow> {
  const user = await queryOne<UserRow>(
    db,
    sql`SELECT ${users.select(USER_FIELDS)} FROM ${users.from} WHERE ${users.col.id} = ${userId} FOR UPDATE`,
  );
  if (!user) throw UserErrors.of(field, UserErrorCode.NOT_FOUND, "no such user");
  return user;
}

/**
 * Creates a user; handles are unique and lower-case. Authorization is the caller's: the
 * mutation requires an admin, and `npm run token`, which has the database, creates the first.
 */
export async function createUser(ctx: ServiceContext, input: { handle: string; role: UserRole }): Promise<UserRow> {
  const handle = input.handle.trim().toLowerCase();
  if (!HANDLE_PATTERN.test(handle)) {
    throw UserErrors.of(["input", "handle"], UserErrorCode.INVALID, "must be 1–39 letters, digits or single hyphens");
  }
  return inTransaction(ctx, async (tx) => {
    const user = await queryOne<UserRow>(
      tx.db,
      sql`INSERT INTO ${users.name} AS ${raw(users.alias)} (${users.column.handle}, ${users.column.role})
          VALUES (${handle}, ${input.role}) ON CONFLICT (${users.column.handle}) DO NOTHING
          RETURNING ${users.select(USER_FIELDS)}`,
    );
    if (!user) throw UserErrors.of(["input", "handle"], UserErrorCode.TAKEN, `"${handle}" is taken`);
    await recordAudit(tx, AuditAction.USER_CREATED, toGlobalId("User", user.id), {
      handle: { before: null, after: handle },
      role: { before: null, after: input.role },
    });
    return user;
  });
}

/**
 * Issues a token for a user; the secret is returned here and never again. Authorization is the
 * caller's, as for `createUser`.
 */
export async function createToken(
  ctx: ServiceContext,
  input: { userId: number; label: string | null },
): Promise<{ token: TokenRow; secret: string }> {
  const check = new FieldCheck();
  const label = input.label === null ? null : check.text(["input", "label"], input.label, 200);
  check.done();
  return inTransaction(ctx, async (tx) => {
    await lockUser(tx.db, input.userId, ["input", "userId"]);
    const secret = generateTokenSecret();
    const { column } = apiTokens;
    const token = await queryOne<TokenRow>(
      tx.db,
      sql`INSERT INTO ${apiTokens.name} AS ${raw(apiTokens.alias)} (${column.userId}, ${column.tokenHash}, ${column.label})
          VALUES (${input.userId}, ${hashToken(secret)}, ${label})
          RETURNING ${apiTokens.select(TOKEN_FIELDS)}`,
    );
    await recordAudit(tx, AuditAction.TOKEN_CREATED, toGlobalId("ApiToken", token!.id), {
      userId: { before: null, after: toGlobalId("User", input.userId) },
      label: { before: null, after: label },
    });
    return { token: token!, secret };
  });
}

export async function revokeToken(ctx: ServiceContext, tokenId: number): Promise<TokenRow> {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const token = await queryOne<TokenRow>(
      tx.db,
      sql`WITH revoked AS (
            UPDATE ${apiTokens.from} SET ${apiTokens.column.revokedAt} = now()
            WHERE ${apiTokens.col.id} = ${tokenId} AND ${apiTokens.col.revokedAt} IS NULL
            RETURNING ${apiTokens.select(TOKEN_FIELDS)}
          ) SELECT * FROM revoked`,
    );
    if (!token) {
      const exists = await queryOne(tx.db, sql`SELECT 1 FROM ${apiTokens.from} WHERE ${apiTokens.col.id} = ${tokenId}`);
      throw exists
        ? UserErrors.of(["input", "tokenId"], UserErrorCode.INVALID, "the token is already revoked")
        : UserErrors.of(["input", "tokenId"], UserErrorCode.NOT_FOUND, "no such token");
    }
    await recordAudit(tx, AuditAction.TOKEN_REVOKED, toGlobalId("ApiToken", tokenId), {
      revokedAt: { before: null, after: token.revokedAt },
    });
    return token;
  });
}

/** Changes a user's role; the last admin cannot be demoted, so the catalog always has a curator. */
export async function setUserRole(ctx: ServiceContext, input: { userId: number; role: UserRole }): Promise<UserRow> {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    // Admin rows are locked first, so two demotions at once cannot both pass the last-admin check.
    const admins = await query<{ id: number }>(
      tx.db,
      sql`SELECT ${users.col.id} FROM ${users.from} WHERE ${users.col.role} = ${UserRole.ADMIN}
          ORDER BY ${users.col.id} FOR UPDATE`,
    );
    const user = await lockUser(tx.db, input.userId, ["input", "userId"]);
    if (user.role === UserRole.ADMIN && input.role !== UserRole.ADMIN && admins.length === 1) {
      throw UserErrors.of(["input", "role"], UserErrorCode.INVALID, "the last admin cannot be demoted");
    }
    const updated = await queryOne<UserRow>(
      tx.db,
      sql`WITH updated AS (
            UPDATE ${users.from} SET ${users.column.role} = ${input.role} WHERE ${users.col.id} = ${input.userId}
            RETURNING ${users.select(USER_FIELDS)}
          ) SELECT * FROM updated`,
    );
    await recordAudit(tx, AuditAction.USER_ROLE_SET, toGlobalId("User", input.userId), {
      role: { before: user.role, after: input.role },
    });
    return updated!;
  });
}
