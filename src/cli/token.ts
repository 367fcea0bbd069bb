import "reflect-metadata";
import { parseArgs } from "node:util";
import { UserRole } from "../entities/user.entity";
import { UserErrorCode, UserErrors } from "../errors";
import type { UserRow } from "../db/rows";
import { queryOne, sql } from "../db/sql";
import { users } from "../db/tables";
import { inTransaction, systemContext } from "../services/context";
import { createToken, createUser } from "../services/user.service";
import { withMigratedDatabase } from "./with-database";

const USAGE =
  "Usage: npm run token -- create --handle <handle> [--role USER|ADMIN] [--label <text>]\nA new user gets --role (default USER); an existing user keeps theirs.";

/**
 * Bootstrap: creates the user if needed and prints a new token, alone on the last line of
 * stdout. It is how the first admin gets a token; the audit log records it with no actor.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { handle: { type: "string" }, role: { type: "string" }, label: { type: "string" } },
  });
  const role = values.role?.toUpperCase() as UserRole | undefined;
  if (positionals[0] !== "create" || !values.handle || (role && !Object.values(UserRole).includes(role))) {
    console.error(USAGE);
    process.exit(2);
  }
  const secret = await withMigratedDatabase((db) =>
    inTransaction(systemContext(db), async (tx) => {
      const handle = values.handle!.trim().toLowerCase();
      const existing = await queryOne<Pick<UserRow, "id" | "role">>(
        tx.db,
        sql`SELECT ${users.select(["id", "role"])} FROM ${users.from} WHERE ${users.col.handle} = ${handle} FOR UPDATE`,
      );
      if (existing && role && existing.role !== role) {
        throw UserErrors.of(
          ["role"],
          UserErrorCode.INVALID,
          `${handle} exists with role ${existing.role}; change roles with setUserRole`,
        );
      }
      const userId = existing?.id ?? (await createUser(tx, { handle, role: role ?? UserRole.USER })).id;
      return (await createToken(tx, { userId, label: values.label ?? "created with npm run token" })).secret;
    }),
  );
  console.error(`New token for ${values.handle}. It is shown once; store it now:`);
  console.log(secret);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
