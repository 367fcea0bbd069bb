import type { GraphQLResolveInfo } from "graphql";
import { DateResolver } from "graphql-scalars";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  Info,
} from "type-graphql";
import type { Context } from "../context";
import type { FullPaperRow, WatchEventRow, WatchRow } from "../db/rows";
import { fromGlobalId, toGlobalId } from "../domain/global-id";
import { Paper, User, Watch, WatchEvent } from "../entities";
import { WatchEmailMode, WatchTriggerKind } from "../entities/watch.entity";
import { NotFoundError } from "../errors";
import { watchEventsOfWatch } from "../loaders/relations";
import type { WatchEventRecorded } from "../pubsub/topics";
import { requireViewer } from "../services/auth.service";
import { parsePage } from "../services/pagination";
import { TrendingWindow } from "../services/trending";
import {
  createWatch,
  deleteOwnWatch,
  listOwnWatches,
  MAX_WATCH_NAME_LENGTH,
  readOwnWatch,
  readWatchEvent,
  updateOwnWatch,
  WATCH_ORDER,
} from "../services/watch.service";
import { rotateOwnFeedToken, watchFeedUrls } from "../services/watch-feed.service";
import { childConnection } from "./child-connection";
import { GlobalIdResolver } from "./global-id";
import { inputId, runMutation } from "./mutation";
import { connection, ConnectionArgs, WatchConnection, WatchEventConnection } from "./types/connection";
import { MutationInput, MutationPayload } from "./types/mutation";
import { PaperFilterInput } from "./types/paper.inputs";

@ObjectType({ simpleResolvers: true, description: "Which papers a watch follows, as `papers(filter:)` takes it." })
class WatchFilter {
  @Field(() => String, { nullable: true, description: "Full-text search over title and abstract." })
  search: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Published on or after this day (UTC)." })
  publishedFrom: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Published on or before this day (UTC)." })
  publishedTo: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Put on the daily list on this day." })
  dailyDate: string | null;

  @Field(() => Boolean, { nullable: true, description: "True for papers with code, false for papers without." })
  hasCode: boolean | null;

  @Field(() => [String], { nullable: true, description: "Papers with at least one of these keywords." })
  keywords: string[] | null;

  @Field(() => String, { nullable: true, description: "Papers in this arXiv category, primary or cross-listed." })
  category: string | null;

  @Field(() => Boolean, { nullable: true, description: "True for papers with a DOI, false for those without." })
  hasDoi: boolean | null;

  @Field(() => String, { nullable: true, description: "Papers put on the daily list by this Hugging Face user." })
  submitter: string | null;

  @Field(() => String, { nullable: true, description: "Papers listed under this Hugging Face organization." })
  organization: string | null;

  @Field(() => Int, { nullable: true, description: "Papers with at least this many upvotes." })
  minUpvotes: number | null;

  @Field(() => ID, { nullable: true, description: "Only papers by this author." })
  authorId: string | null;

  @Field(() => ID, { nullable: true, description: "Only papers whose code is in this repository." })
  repositoryId: string | null;
}

@ObjectType({ simpleResolvers: true, description: "What makes a watch raise an event, with its parameters." })
class WatchTrigger {
  @Field(() => WatchTriggerKind, { description: "The kind of trigger." })
  kind: WatchTriggerKind;

  @Field(() => TrendingWindow, { nullable: true, description: "With TRENDING: the window ranked." })
  window: TrendingWindow | null;

  @Field(() => Int, { nullable: true, description: "With TRENDING: how many of the top count." })
  top: number | null;

  @Field(() => Int, { nullable: true, description: "With UPVOTES_REACHED: the upvotes to reach." })
  upvotes: number | null;
}

@ObjectType({ simpleResolvers: true, description: "The private feed of a watch's events, in each format." })
class WatchFeedUrls {
  @Field({ description: "Atom 1.0." })
  atom: string;

  @Field({ description: "RSS 2.0." })
  rss: string;

  @Field({ description: "JSON Feed 1.1." })
  json: string;
}

@InputType({ description: "What makes a watch raise an event. Give only the parameters of its kind." })
class WatchTriggerInput {
  @Field(() => WatchTriggerKind, { description: "The kind of trigger." })
  kind: WatchTriggerKind;

  @Field(() => TrendingWindow, {
    nullable: true,
    description: "With TRENDING: the window to rank in; WEEK if left out.",
  })
  window?: TrendingWindow | null;

  @Field(() => Int, { nullable: true, description: "With TRENDING: the size of the top, 1 to 100; 10 if left out." })
  top?: number | null;

  @Field(() => Int, { nullable: true, description: "With UPVOTES_REACHED, where it is required: at least 1." })
  upvotes?: number | null;
}

@InputType({ description: "A new watch." })
class CreateWatchInput extends MutationInput {
  @Field({ description: `Its name, for you; at most ${MAX_WATCH_NAME_LENGTH} characters.` })
  name: string;

  @Field(() => PaperFilterInput, { nullable: true, description: "Which papers it follows; every paper if left out." })
  filter?: PaperFilterInput | null;

  @Field(() => WatchTriggerInput, { description: "When it raises an event." })
  trigger: WatchTriggerInput;

  @Field(() => WatchEmailMode, {
    nullable: true,
    description: "Whether its events are emailed to you; NONE if left out. Needs a confirmed digest subscription.",
  })
  email?: WatchEmailMode | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of createWatch." })
class CreateWatchPayload extends MutationPayload {
  @Field(() => Watch, { nullable: true, description: "The new watch." })
  watch?: WatchRow;
}

@InputType({ description: "Changes to one of your watches; what is left out stays." })
class UpdateWatchInput extends MutationInput {
  @Field(() => ID, { description: "The watch." })
  id: string;

  @Field(() => String, { nullable: true, description: "The new name." })
  name?: string | null;

  @Field(() => PaperFilterInput, { nullable: true, description: "The new filter, replacing the old one whole." })
  filter?: PaperFilterInput | null;

  @Field(() => WatchTriggerInput, { nullable: true, description: "The new trigger. Events already raised stay." })
  trigger?: WatchTriggerInput | null;

  @Field(() => WatchEmailMode, {
    nullable: true,
    description: "Whether its events are emailed to you. DIGEST and IMMEDIATE need a confirmed digest subscription.",
  })
  email?: WatchEmailMode | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of updateWatch." })
class UpdateWatchPayload extends MutationPayload {
  @Field(() => Watch, { nullable: true, description: "The watch as it is now." })
  watch?: WatchRow;
}

@InputType({ description: "One of your watches." })
class DeleteWatchInput extends MutationInput {
  @Field(() => ID, { description: "The watch." })
  id: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of deleteWatch." })
class DeleteWatchPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "The ID of the deleted watch." })
  deletedWatchId?: string;
}

@InputType({ description: "One of your watches, whose feed URL to replace." })
class RotateWatchFeedTokenInput extends MutationInput {
  @Field(() => ID, { description: "The watch." })
  id: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of rotateWatchFeedToken." })
class RotateWatchFeedTokenPayload extends MutationPayload {
  @Field(() => Watch, { nullable: true, description: "The watch, with its new `feedUrls`." })
  watch?: WatchRow;
}

const globalIdOrNull = (type: "Author" | "Repository", id: number | undefined) =>
  id === undefined ? null : toGlobalId(type, id);

@Resolver(() => Watch)
export class WatchResolver extends GlobalIdResolver(Watch, "Watch", "Opaque global ID of the watch.") {
  @FieldResolver(() => WatchFilter, { description: "Which papers the watch follows." })
  filter(@Root() watch: WatchRow): WatchFilter {
    const { filter } = watch;
    return {
      search: filter.search ?? null,
      publishedFrom: filter.publishedFrom ?? null,
      publishedTo: filter.publishedTo ?? null,
      dailyDate: filter.dailyDate ?? null,
      hasCode: filter.hasCode ?? null,
      keywords: filter.keywords ?? null,
      category: filter.category ?? null,
      hasDoi: filter.hasDoi ?? null,
      submitter: filter.submitter ?? null,
      organization: filter.organization ?? null,
      minUpvotes: filter.minUpvotes ?? null,
      authorId: globalIdOrNull("Author", filter.authorId),
      repositoryId: globalIdOrNull("Repository", filter.repositoryId),
    };
  }

  @FieldResolver(() => WatchTrigger, { description: "When the watch raises an event." })
  trigger(@Root() watch: WatchRow): WatchTrigger {
    return {
      kind: watch.trigger,
      window: watch.trendingWindow,
      top: watch.trendingTop,
      upvotes: watch.upvoteThreshold,
    };
  }

  @FieldResolver(() => WatchFeedUrls, {
    nullable: true,
    description:
      "The private feed of the watch's events, newest first. Anyone with a URL can read it: rotateWatchFeedToken replaces them. Null for anyone but the owner.",
  })
  feedUrls(@Root() watch: WatchRow, @Ctx() ctx: Context): WatchFeedUrls | null {
    if (ctx.viewer?.id !== watch.userId) return null;
    return watchFeedUrls(ctx.digests.publicUrl(), ctx.digests.secret, watch);
  }

  @FieldResolver(() => WatchEventConnection, { description: "The events the watch raised, newest first." })
  events(@Root() watch: WatchRow, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return childConnection(ctx, watchEventsOfWatch, watch.id, args, info);
  }

  @Authorized()
  @Mutation(() => CreateWatchPayload, {
    description:
      "Makes a watch: a paper filter and a trigger. Each paper it fires for is recorded once as an event. Each user may have a limited number of watches.",
  })
  createWatch(@Arg("input", { description: "The watch." }) input: CreateWatchInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      watch: await createWatch(ctx, ctx.watchesPerUser, { ...input, email: input.email ?? undefined }),
    }));
  }

  @Authorized()
  @Mutation(() => UpdateWatchPayload, { description: "Changes the name, filter or trigger of one of your watches." })
  updateWatch(
    @Arg("input", { description: "The watch and its changes." }) input: UpdateWatchInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      const id = inputId(input.id, "Watch", ["input", "id"]);
      const changes = {
        name: input.name ?? undefined,
        filter: input.filter ?? undefined,
        trigger: input.trigger ?? undefined,
        email: input.email ?? undefined,
      };
      return { watch: await updateOwnWatch(ctx, id, changes) };
    });
  }

  @Authorized()
  @Mutation(() => RotateWatchFeedTokenPayload, {
    description: "Gives one of your watches new feed URLs; the old ones answer 404 from then on.",
  })
  rotateWatchFeedToken(
    @Arg("input", { description: "The watch." }) input: RotateWatchFeedTokenInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => ({
      watch: await rotateOwnFeedToken(ctx, inputId(input.id, "Watch", ["input", "id"])),
    }));
  }

  @Authorized()
  @Mutation(() => DeleteWatchPayload, { description: "Deletes one of your watches, and its events." })
  deleteWatch(@Arg("input", { description: "The watch." }) input: DeleteWatchInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => {
      await deleteOwnWatch(ctx, inputId(input.id, "Watch", ["input", "id"]));
      return { deletedWatchId: input.id };
    });
  }

  @Subscription(() => WatchEvent, {
    nullable: true,
    description:
      "Pushes each event one of your watches raises, as it is recorded. Another user's watch answers NOT_FOUND.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      requireViewer(ctx);
      const watchId = (args as { watchId: string }).watchId;
      const watch = await readOwnWatch(ctx, fromGlobalId(watchId, "watchId", "Watch").id);
      if (!watch) throw new NotFoundError(`Could not resolve to a Watch with the global ID "${watchId}".`);
      return ctx.events.watchEvents(watch.id);
    },
  })
  watchEvent(
    @Root() recorded: WatchEventRecorded,
    @Arg("watchId", () => ID, { description: "The watch." }) _watchId: string,
    @Ctx() ctx: Context,
  ): Promise<WatchEventRow | undefined> {
    return readWatchEvent(ctx, recorded.eventId);
  }
}

@Resolver(() => WatchEvent)
export class WatchEventResolver extends GlobalIdResolver(WatchEvent, "WatchEvent", "Opaque global ID of the event.") {
  @FieldResolver(() => Paper, { nullable: true, description: "The paper; null once it is deleted from the catalog." })
  paper(@Root() event: WatchEventRow, @Ctx() ctx: Context): Promise<FullPaperRow | null> {
    return ctx.loaders.paperById.load(event.paperId);
  }

  @FieldResolver(() => Watch, { nullable: true, description: "The watch that raised it." })
  async watch(@Root() event: WatchEventRow, @Ctx() ctx: Context): Promise<WatchRow | null> {
    return (await readOwnWatch(ctx, event.watchId)) ?? null;
  }
}

@Resolver(() => User)
export class UserWatchResolver {
  @FieldResolver(() => WatchConnection, {
    nullable: true,
    description: "This user's watches, oldest first; null for anyone but the user.",
  })
  async watches(@Root() user: User, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    if (ctx.viewer?.id !== user.id) return null;
    const result = await listOwnWatches(ctx, parsePage(args, WATCH_ORDER));
    return connection(result, result.count);
  }
}
