import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import type { FullPaperRow, PaperChangeRow } from "../db/rows";
import { toGlobalId } from "../domain/global-id";
import { Paper, PaperChange } from "../entities";
import { PaperChangeKind } from "../entities/paper-change.entity";
import { listPaperChanges, PAPER_CHANGE_ORDER } from "../services/paper-change.service";
import { parsePage } from "../services/pagination";
import { connection, PaperChangeConnection } from "./types/connection";

@ArgsType()
class PaperChangesArgs {
  @Field(() => Int, { nullable: true, description: "Returns the first _n_ changes (1–100, default 20)." })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Returns the changes after this cursor: the `endCursor` of your last page. Omit it to start from the beginning.",
  })
  after?: string | null;
}

const SYNC_GUIDE = `Every change to the catalog, oldest first, for clients that keep a copy of it.

To sync: start without \`after\`; request pages with \`after: pageInfo.endCursor\` until \`hasNextPage\` is false; keep the last non-null \`endCursor\`. Later, poll again from it: you receive exactly what changed since, and nothing you already had is skipped, even when transactions commit out of order. Cursors stay valid across restarts and on every server.

Apply each change by \`paperId\`: store \`paper\`, the paper as it is now, or remove the paper when \`paper\` is null (DELETED, or deleted since; its own tombstone follows). Each paper keeps only its latest change, so a sync from the beginning reads about one change per paper. Upvotes are not changes (votes are too frequent): read them live, or subscribe to \`paperUpvotesChanged\`. A change shows once its transaction and every transaction older than it have ended.`;

@Resolver(() => PaperChange)
export class PaperChangeResolver {
  @Query(() => PaperChangeConnection, { description: SYNC_GUIDE })
  async paperChanges(@Args() args: PaperChangesArgs, @Ctx() ctx: Context) {
    const result = await listPaperChanges(ctx, parsePage(args, PAPER_CHANGE_ORDER));
    return connection(result, result.count);
  }

  @FieldResolver(() => ID, { description: "Global ID of the changed paper, also when it is deleted." })
  paperId(@Root() change: PaperChangeRow): string {
    return toGlobalId("Paper", change.paperId);
  }

  @FieldResolver(() => Paper, {
    nullable: true,
    description: "The paper as it is now; null when it is deleted (or was deleted after this change).",
  })
  async paper(@Root() change: PaperChangeRow, @Ctx() ctx: Context): Promise<FullPaperRow | null> {
    return change.kind === PaperChangeKind.DELETED ? null : ctx.loaders.paperById.load(change.paperId);
  }
}
