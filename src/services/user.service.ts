import type { EntityManager } from "typeorm";
import { toGlobalId } from "../domain/global-id";
import { generateTokenSecret, hashToken } from "../domain/tokens";
import { ApiToken, User } from "../entities";
import { UserRole } from "../entities/user.entity";
import { UserErrorCode, UserErrors } from "../errors";
import { AuditAction, recordAudit } from "./audit.service";
import { requireAdmin } from "./auth.service";
import { type ServiceContext } from "./context";
import { TOKEN_COLUMNS, USER_COLUMNS } from "./columns";
import { InputCheck } from "./input-check";
import { asEntity } from "./rows";

/** Lower-case letters, digits and single hyphens, 1 to 39 characters, as on GitHub. */
const HANDLE_PATTERN = /^[a-z0-9](?:-?[a-z0-9]){0,38}$/;

async function lockUser(manager: EntityManager, userId: number, field: string[]): Promise<User> {
  const [row] = await manager.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = $1 FOR UPDATE`, [userId]);
  if (!row) throw UserErrors.of(field, UserErrorCode.NOT_FOUND, "no such user");
  return asEntity(User, row);
}

/** Creates a user; handles are unique and lower-case. Callers must be admins, except the CLI. */
export async function createUserAs(
  ctx: ServiceContext,
  manager: EntityManager,
  input: { handle: string; role: UserRole },
): Promise<User> {
  const handle = input.handle.trim().toLowerCase();
  if (!HANDLE_PATTERN.test(handle)) {
    throw UserErrors.of(["input", "handle"], UserErrorCode.INVALID, "must be 1–39 letters, digits or single hyphens");
  }
  const [row] = await manager.query(
    `INSERT INTO app_user (handle, role) VALUES ($1, $2) ON CONFLICT (handle) DO NOTHING
     RETURNING id, handle, role, created_at AS "createdAt"`,
    [handle, input.role],
  );
  if (!row) throw UserErrors.of(["input", "handle"], UserErrorCode.TAKEN, `"${handle}" is taken`);
  const user = asEntity(User, row);
  await recordAudit(manager, ctx.viewer, AuditAction.USER_CREATED, toGlobalId("User", user.id), {
    handle: { before: null, after: handle },
    role: { before: null, after: input.role },
  });
  return user;
}

export function createUser(ctx: ServiceContext, input: { handle: string; role: UserRole }): Promise<User> {
  requireAdmin(ctx);
  return ctx.db.transaction((manager) => createUserAs(ctx, manager, input));
}

/** Issues a token for a user; the secret is returned here and never again. */
export async function createTokenAs(
  ctx: ServiceContext,
  manager: EntityManager,
  input: { userId: number; label: string | null },
): Promise<{ token: ApiToken; secret: string }> {
  const check = new InputCheck();
  const label = input.label === null ? null : check.text(["input", "label"], input.label, 200);
  check.done();
  await lockUser(manager, input.userId, ["input", "userId"]);
  const secret = generateTokenSecret();
  const [row] = await manager.query(
    `INSERT INTO api_token (user_id, token_hash, label) VALUES ($1, $2, $3)
     RETURNING id, user_id AS "userId", label, created_at AS "createdAt", revoked_at AS "revokedAt"`,
    [input.userId, hashToken(secret), label],
  );
  const token = asEntity(ApiToken, row);
  await recordAudit(manager, ctx.viewer, AuditAction.TOKEN_CREATED, toGlobalId("ApiToken", token.id), {
    userId: { before: null, after: toGlobalId("User", input.userId) },
    label: { before: null, after: label },
  });
  return { token, secret };
}

export function createToken(ctx: ServiceContext, input: { userId: number; label: string | null }) {
  requireAdmin(ctx);
  return ctx.db.transaction((manager) => createTokenAs(ctx, manager, input));
}

export async function revokeToken(ctx: ServiceContext, tokenId: number): Promise<ApiToken> {
  requireAdmin(ctx);
  return ctx.db.transaction(async (manager) => {
    const [row] = await manager.query(
      `WITH revoked AS (UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING *)
       SELECT ${TOKEN_COLUMNS} FROM revoked t`,
      [tokenId],
    );
    if (!row) {
      const [exists] = await manager.query("SELECT 1 FROM api_token WHERE id = $1", [tokenId]);
      throw exists
        ? UserErrors.of(["input", "tokenId"], UserErrorCode.INVALID, "the token is already revoked")
        : UserErrors.of(["input", "tokenId"], UserErrorCode.NOT_FOUND, "no such token");
    }
    const token = asEntity(ApiToken, row);
    await recordAudit(manager, ctx.viewer, AuditAction.TOKEN_REVOKED, toGlobalId("ApiToken", tokenId), {
      revokedAt: { before: null, after: token.revokedAt },
    });
    return token;
  });
}

/** Changes a user's role; the last admin cannot be demoted, so the catalog always has a curator. */
export async function setUserRole(ctx: ServiceContext, input: { userId: number; role: UserRole }): Promise<User> {
  requireAdmin(ctx);
  return ctx.db.transaction(async (manager) => {
    // Admin rows are locked first, so two demotions at once cannot both pass the last-admin check.
    await manager.query("SELECT id FROM app_user WHERE role = 'ADMIN' ORDER BY id FOR UPDATE");
    const user = await lockUser(manager, input.userId, ["input", "userId"]);
    if (user.role === UserRole.ADMIN && input.role !== UserRole.ADMIN) {
      const [{ admins }] = await manager.query("SELECT count(*)::int AS admins FROM app_user WHERE role = 'ADMIN'");
      if (admins === 1)
        throw UserErrors.of(["input", "role"], UserErrorCode.INVALID, "the last admin cannot be demoted");
    }
    const [row] = await manager.query(
      `WITH changed AS (UPDATE app_user SET role = $2 WHERE id = $1 RETURNING *) SELECT ${USER_COLUMNS} FROM changed u`,
      [input.userId, input.role],
    );
    await recordAudit(manager, ctx.viewer, AuditAction.USER_ROLE_SET, toGlobalId("User", input.userId), {
      role: { before: user.role, after: input.role },
    });
    return asEntity(User, row);
  });
}
