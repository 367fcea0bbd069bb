import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../context";
import type { DigestSubscriptionRow } from "../db/rows";
import { checkEmailAddress } from "../domain/email-address";
import { DigestSubscription, User } from "../entities";
import { DigestFrequency, type DigestTopic } from "../entities/digest-subscription.entity";
import { UserRole } from "../entities/user.entity";
import { DomainError, ErrorCode, RateLimitedError, UserErrorCode, UserErrors } from "../errors";
import { callerOf } from "../limits/admission";
import {
  cancelOwnSubscription,
  checkDigestTopic,
  confirmByLink,
  listOwnSubscriptions,
  listSubscribersAudited,
  SUBSCRIPTION_ORDER,
  subscribeToDigest,
  unsubscribeByLink,
  updateOwnSubscription,
  type SubscribeInput,
} from "../services/digest-subscription.service";
import { parsePage } from "../services/pagination";
import { PaperConditions } from "./types/paper.inputs";
import { GlobalIdResolver } from "./global-id";
import { inputId, runMutation } from "./mutation";
import { connection, ConnectionArgs, DigestSubscriptionConnection } from "./types/connection";
import { MutationInput, MutationPayload } from "./types/mutation";

/** A subscription as read by whoever may see its address: its owner, a link's holder, or an audited admin read. */
type ReadableSubscription = DigestSubscriptionRow & { addressShown?: true };

const showAddress = (row: DigestSubscriptionRow): ReadableSubscription => ({ ...row, addressShown: true });

@ObjectType("DigestTopic", {
  simpleResolvers: true,
  description: "Which papers a digest holds; every condition given must hold.",
})
class DigestTopicObject extends PaperConditions {}

@InputType("DigestTopicInput", { description: "Which papers a digest holds. Leave it out for every new paper." })
class DigestTopicInput extends PaperConditions {}

@InputType({ description: "An address to send a digest to." })
class SubscribeToDigestInput extends MutationInput {
  @Field({ description: "The address. It receives a confirmation link; nothing else is sent until it is followed." })
  email: string;

  @Field(() => DigestFrequency, { description: "How often to send." })
  frequency: DigestFrequency;

  @Field(() => DigestTopicInput, { nullable: true, description: "Which papers; every new paper when left out." })
  topic?: DigestTopicInput | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of subscribeToDigest." })
class SubscribeToDigestPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "What happens next, for people. The same for every accepted address, whether or not it was subscribed before.",
  })
  message?: string;
}

@InputType({ description: "A token from a link in a digest email." })
class DigestLinkInput extends MutationInput {
  @Field({ description: "The `token` parameter of the link." })
  token: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of confirmDigestSubscription." })
class ConfirmDigestSubscriptionPayload extends MutationPayload {
  @Field(() => DigestSubscription, { nullable: true, description: "The confirmed subscription." })
  subscription?: ReadableSubscription;
}

@ObjectType({ simpleResolvers: true, description: "The result of unsubscribeFromDigest." })
class UnsubscribeFromDigestPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description: "True: the subscription, and its address, are deleted (or already were).",
  })
  unsubscribed?: boolean;
}

@InputType({ description: "Changes to one of your digest subscriptions." })
class UpdateDigestSubscriptionInput extends MutationInput {
  @Field(() => ID, { description: "The subscription." })
  id: string;

  @Field(() => DigestFrequency, { nullable: true, description: "How often to send; unchanged when left out." })
  frequency?: DigestFrequency | null;

  @Field(() => DigestTopicInput, { nullable: true, description: "The new topic; unchanged when left out." })
  topic?: DigestTopicInput | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of updateDigestSubscription." })
class UpdateDigestSubscriptionPayload extends MutationPayload {
  @Field(() => DigestSubscription, { nullable: true, description: "The subscription as it is now." })
  subscription?: ReadableSubscription;
}

@InputType({ description: "One of your digest subscriptions." })
class CancelDigestSubscriptionInput extends MutationInput {
  @Field(() => ID, { description: "The subscription." })
  id: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of cancelDigestSubscription." })
class CancelDigestSubscriptionPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "The ID of the deleted subscription." })
  cancelledSubscriptionId?: string;
}

const ACCEPTED =
  "Thanks. If this address can receive our email, a message is on its way: follow its link to confirm. " +
  "Nothing else is sent until you do.";

/**
 * Subscribes an address, spending one of the caller's hourly subscribes: the mutation, and the
 * live page's form when it is posted without JavaScript.
 */
export async function subscribeAsCaller(ctx: Context, input: SubscribeInput): Promise<{ message: string }> {
  // Malformed input is refused before it spends the caller's allowance.
  checkEmailAddress(input.email, ["input", "email"]);
  const retryAfter = await ctx.budget.spendSubscription(callerOf(ctx));
  if (retryAfter !== undefined) {
    throw new RateLimitedError(`Too many subscriptions from you; try again in ${retryAfter} s.`, retryAfter);
  }
  await subscribeToDigest(ctx, ctx.digests, input);
  return { message: ACCEPTED };
}

@Resolver(() => DigestSubscription)
export class DigestSubscriptionResolver extends GlobalIdResolver(
  DigestSubscription,
  "DigestSubscription",
  "Opaque global ID of the subscription.",
) {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The address; shown only to the user who subscribed it, to the holder of its emailed link, and to admins through the audited `digestSubscriptions`.",
  })
  email(@Root() row: ReadableSubscription, @Ctx() ctx: Context): string | null {
    return row.addressShown || (row.userId !== null && row.userId === ctx.viewer?.id) ? row.email : null;
  }

  @FieldResolver(() => DigestTopicObject, { description: "Which papers the digest holds." })
  topic(@Root() row: DigestSubscriptionRow): DigestTopicObject {
    const topic: DigestTopic = row.topic;
    return {
      search: topic.search ?? null,
      keywords: topic.keywords ?? null,
      minUpvotes: topic.minUpvotes ?? null,
      hasCode: topic.hasCode ?? null,
      category: topic.category ?? null,
      hasDoi: topic.hasDoi ?? null,
      submitter: topic.submitter ?? null,
      organization: topic.organization ?? null,
    };
  }

  @FieldResolver(() => Boolean, { description: "Whether the address has confirmed; only confirmed ones are sent." })
  confirmed(@Root() row: DigestSubscriptionRow): boolean {
    return row.confirmedAt !== null;
  }

  @Mutation(() => SubscribeToDigestPayload, {
    description:
      "Subscribes an address to trending papers by email; no account needed. The address is sent a confirmation link and nothing else until it is followed. The answer never says whether the address was subscribed before. At most one email goes to an address per hour, and each client may subscribe a limited number of times per hour.",
  })
  async subscribeToDigest(
    @Arg("input", { description: "The address, frequency and topic." }) input: SubscribeToDigestInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, () => subscribeAsCaller(ctx, input));
  }

  @Mutation(() => ConfirmDigestSubscriptionPayload, {
    description: "Confirms a subscription with the token of its confirmation link, as the link's page does.",
  })
  confirmDigestSubscription(
    @Arg("input", { description: "The link's token." }) input: DigestLinkInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => ({
      subscription: showAddress(await confirmByLink(ctx, ctx.digests.secret, input.token).catch(asUserError)),
    }));
  }

  @Mutation(() => UnsubscribeFromDigestPayload, {
    description:
      "Unsubscribes with the token of an unsubscribe or manage link, without signing in: the subscription and its address are deleted.",
  })
  unsubscribeFromDigest(
    @Arg("input", { description: "The link's token." }) input: DigestLinkInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      await unsubscribeByLink(ctx, ctx.digests.secret, input.token).catch(asUserError);
      return { unsubscribed: true };
    });
  }

  @Authorized()
  @Mutation(() => UpdateDigestSubscriptionPayload, {
    description: "Changes the frequency or topic of a subscription you made while signed in.",
  })
  updateDigestSubscription(
    @Arg("input", { description: "The subscription and its changes." }) input: UpdateDigestSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      const id = inputId(input.id, "DigestSubscription", ["input", "id"]);
      const topic = input.topic ? checkDigestTopic(input.topic, ["input", "topic"]) : undefined;
      return { subscription: await updateOwnSubscription(ctx, id, { frequency: input.frequency ?? undefined, topic }) };
    });
  }

  @Authorized()
  @Mutation(() => CancelDigestSubscriptionPayload, {
    description: "Cancels a subscription you made while signed in; it is deleted, with its address.",
  })
  cancelDigestSubscription(
    @Arg("input", { description: "The subscription." }) input: CancelDigestSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      await cancelOwnSubscription(ctx, inputId(input.id, "DigestSubscription", ["input", "id"]));
      return { cancelledSubscriptionId: input.id };
    });
  }

  @Authorized(UserRole.ADMIN)
  @Query(() => DigestSubscriptionConnection, {
    description:
      "Every digest subscription with its address, oldest first. Admins only; each call is recorded in the audit log as DIGEST_ADDRESSES_READ.",
  })
  async digestSubscriptions(
    @Args() args: ConnectionArgs,
    @Arg("email", () => String, { nullable: true, description: "Only this address's subscriptions." })
    email: string | null,
    @Ctx() ctx: Context,
  ) {
    const emailKey = email === null ? undefined : checkEmailAddress(email, ["email"]).key;
    const { page, count } = await listSubscribersAudited(ctx, emailKey, parsePage(args, SUBSCRIPTION_ORDER));
    const shown = { ...page, edges: page.edges.map((edge) => Object.assign(edge, { node: showAddress(edge.node) })) };
    return connection(shown, () => Promise.resolve(count));
  }
}

@Resolver(() => User)
export class UserDigestResolver {
  @FieldResolver(() => DigestSubscriptionConnection, {
    nullable: true,
    description: "The digest subscriptions this user made while signed in; null for anyone but the user.",
  })
  async digestSubscriptions(@Root() user: User, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    if (ctx.viewer?.id !== user.id) return null;
    const result = await listOwnSubscriptions(ctx, parsePage(args, SUBSCRIPTION_ORDER));
    return connection(result, result.count);
  }
}

/** A bad or stale link, through GraphQL, is a mistake in the input. */
function asUserError(error: unknown): never {
  if (!(error instanceof DomainError)) throw error;
  const code = error.code === ErrorCode.NOT_FOUND ? UserErrorCode.NOT_FOUND : UserErrorCode.INVALID;
  throw UserErrors.of(["input", "token"], code, error.message);
}
