import type { DataSource } from "typeorm";
import { hashToken, isWellFormedToken } from "../domain/tokens";
import { UserRole } from "../entities/user.entity";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { ServiceContext, Viewer } from "./context";

/**
 * The caller named by an `Authorization` header, or null without one. A header that is not a
 * live bearer token is refused, never treated as anonymous.
 */
export async function authenticate(db: DataSource, authorization: string | undefined): Promise<Viewer | null> {
  if (authorization === undefined || authorization === "") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  if (!isWellFormedToken(match[1])) throw new UnauthenticatedError("The token is malformed.");
  const [viewer]: Viewer[] = await db.query(
    `SELECT u.id, u.handle, u.role FROM api_token t JOIN app_user u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [hashToken(match[1])],
  );
  if (!viewer) throw new UnauthenticatedError("The token is unknown or has been revoked.");
  return viewer;
}

export function requireViewer(ctx: ServiceContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError("Sign in with an API token to do this.");
  return ctx.viewer;
}

export function requireAdmin(ctx: ServiceContext): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role !== UserRole.ADMIN) throw new ForbiddenError("Only admins may do this.");
  return viewer;
}
