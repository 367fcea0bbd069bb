import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  Authorized,
} from "type-graphql";
import type { Context } from "../context";
import type { AuditRow } from "../db/rows";
import { GlobalIdResolver } from "./global-id";
import { UserRole } from "../entities/user.entity";
import { fromGlobalId } from "../domain/global-id";
import { AuditEntry, User } from "../entities";
import { AUDIT_ORDER, AuditAction, listAuditEntries } from "../services/audit.service";
import { parsePage } from "../services/pagination";
import { connection, ConnectionArgs, ConnectionType, EdgeType } from "./types/connection";

registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "An action the audit log records.",
  valuesConfig: {
    USER_CREATED: { description: "`createUser`, or the token command creating a user." },
    USER_ROLE_SET: { description: "`setUserRole`." },
    TOKEN_CREATED: { description: "`createToken`, or the token command." },
    TOKEN_REVOKED: { description: "`revokeToken`." },
    PAPER_CREATED: { description: "`createPaper`." },
    PAPER_UPDATED: { description: "`updatePaper`." },
    PAPER_DELETED: {
      description: "`deletePaper`, or an import of a paper its source withdrew; the reason is among the changes.",
    },
    PAPER_RESTORED: { description: "`restorePaper`." },
    REPOSITORY_LINKED: { description: "`linkRepository`; the target is the paper." },
    REPOSITORY_UNLINKED: { description: "`unlinkRepository`; the target is the paper." },
    REPOSITORY_UPDATED: { description: "`updateRepository`." },
    AUTHORS_MERGED: { description: "`mergeAuthors`; the target is the remaining author." },
    VOTES_REMOVED: { description: "`removeVotes`; the target is the user whose votes went." },
    PAPERS_IMPORTED: { description: "An import, by `importPapers` or `npm run import`; the changes hold its summary." },
    DIGEST_ADDRESSES_READ: {
      description:
        "An admin read subscribers' email addresses with `digestSubscriptions`; the changes say which and how many.",
    },
  },
});

@InputType({ description: "Which audit entries to list." })
class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Only what this user did." })
  actorId?: string | null;

  @Field(() => AuditAction, { nullable: true, description: "Only this action." })
  action?: AuditAction | null;

  @Field(() => ID, { nullable: true, description: "Only actions on the object with this global ID." })
  targetId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An entry in the audit log." })
class AuditEntryEdge extends EdgeType(AuditEntry) {}

@ObjectType({ simpleResolvers: true, description: "A page of the audit log, newest first." })
class AuditEntryConnection extends ConnectionType(AuditEntry, AuditEntryEdge) {}

@Resolver(() => AuditEntry)
export class AuditResolver extends GlobalIdResolver(AuditEntry, "AuditEntry", "Opaque global ID of the entry.") {
  @Authorized(UserRole.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: "What admins did, and every token change, newest first. Admins only.",
  })
  async auditLog(
    @Args() args: ConnectionArgs,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Which entries to include." })
    filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ) {
    const page = parsePage(args, AUDIT_ORDER);
    const result = await listAuditEntries(
      ctx,
      {
        actorId: filter?.actorId ? fromGlobalId(filter.actorId, "filter.actorId", "User").id : undefined,
        action: filter?.action ?? undefined,
        targetId: filter?.targetId ?? undefined,
      },
      page,
    );
    return connection(result, result.count);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who acted; null for the command-line bootstrap." })
  actor(@Root() entry: AuditRow, @Ctx() ctx: Context): Promise<User | null> | null {
    return entry.actorId === null ? null : ctx.loaders.userById.load(entry.actorId);
  }

  @FieldResolver(() => ID, { nullable: true, description: "Global ID of the object acted on." })
  targetId(@Root() entry: AuditRow): string | null {
    return entry.targetId;
  }
}
