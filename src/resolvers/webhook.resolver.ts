import type { GraphQLResolveInfo } from "graphql";
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
  Resolver,
  Root,
  Info,
} from "type-graphql";
import type { Context } from "../context";
import type { WatchRow, WebhookDeliveryRow, WebhookEndpointRow } from "../db/rows";
import { toGlobalId } from "../domain/global-id";
import { Watch, WebhookDelivery, WebhookEndpoint } from "../entities";
import { deliveriesOfWebhookEndpoint, webhookEndpointsOfWatch } from "../loaders/relations";
import {
  createWebhookEndpoint,
  deleteOwnWebhookEndpoint,
  enableOwnWebhookEndpoint,
  MAX_WEBHOOK_URL_LENGTH,
  redeliverOwnWebhookDelivery,
} from "../services/webhook.service";
import { childConnection } from "./child-connection";
import { GlobalIdResolver } from "./global-id";
import { inputId, runMutation } from "./mutation";
import { ConnectionArgs, WebhookDeliveryConnection, WebhookEndpointConnection } from "./types/connection";
import { MutationInput, MutationPayload } from "./types/mutation";

@InputType({ description: "A new webhook endpoint for one of your watches." })
class CreateWebhookEndpointInput extends MutationInput {
  @Field(() => ID, { description: "The watch whose events it receives." })
  watchId: string;

  @Field({
    description: `An http(s) URL, at most ${MAX_WEBHOOK_URL_LENGTH} characters, whose host resolves to public addresses.`,
  })
  url: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of createWebhookEndpoint." })
class CreateWebhookEndpointPayload extends MutationPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: "The new endpoint." })
  webhookEndpoint?: WebhookEndpointRow;

  @Field(() => String, {
    nullable: true,
    description:
      "The endpoint's signing secret (`whsec_` and base64, as Standard Webhooks has it). Shown only here: keep it.",
  })
  secret?: string;
}

@InputType({ description: "One of your webhook endpoints." })
class WebhookEndpointInput extends MutationInput {
  @Field(() => ID, { description: "The endpoint." })
  id: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of deleteWebhookEndpoint." })
class DeleteWebhookEndpointPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "The ID of the deleted endpoint." })
  deletedWebhookEndpointId?: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of enableWebhookEndpoint." })
class EnableWebhookEndpointPayload extends MutationPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: "The endpoint, enabled." })
  webhookEndpoint?: WebhookEndpointRow;
}

@InputType({ description: "A delivery to one of your webhook endpoints." })
class RedeliverWebhookDeliveryInput extends MutationInput {
  @Field(() => ID, { description: "The delivery to send again." })
  deliveryId: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of redeliverWebhookDelivery." })
class RedeliverWebhookDeliveryPayload extends MutationPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: "The new delivery, with the same `webhookId`." })
  webhookDelivery?: WebhookDeliveryRow;
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver extends GlobalIdResolver(
  WebhookEndpoint,
  "WebhookEndpoint",
  "Opaque global ID of the endpoint.",
) {
  @FieldResolver(() => Boolean, { description: "Whether events are delivered to it." })
  enabled(@Root() endpoint: WebhookEndpointRow): boolean {
    return endpoint.disabledAt === null;
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: "The events sent, or to be sent, to it, newest first.",
  })
  deliveries(
    @Root() endpoint: WebhookEndpointRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, deliveriesOfWebhookEndpoint, endpoint.id, args, info);
  }

  @Authorized()
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      "Adds a URL that receives each event of one of your watches, signed per Standard Webhooks; the payload holds its secret, shown only there.",
  })
  createWebhookEndpoint(
    @Arg("input", { description: "The watch and the URL." }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      const watchId = inputId(input.watchId, "Watch", ["input", "watchId"]);
      const { endpoint, secret } = await createWebhookEndpoint(ctx, ctx.webhooks, { watchId, url: input.url });
      return { webhookEndpoint: endpoint, secret };
    });
  }

  @Authorized()
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: "Deletes one of your webhook endpoints, and its deliveries.",
  })
  deleteWebhookEndpoint(
    @Arg("input", { description: "The endpoint." }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      await deleteOwnWebhookEndpoint(ctx, inputId(input.id, "WebhookEndpoint", ["input", "id"]));
      return { deletedWebhookEndpointId: input.id };
    });
  }

  @Authorized()
  @Mutation(() => EnableWebhookEndpointPayload, {
    description:
      "Enables one of your webhook endpoints again after it was disabled, with its failures forgotten; its pending deliveries are sent.",
  })
  enableWebhookEndpoint(
    @Arg("input", { description: "The endpoint." }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => ({
      webhookEndpoint: await enableOwnWebhookEndpoint(
        ctx,
        ctx.webhooks,
        inputId(input.id, "WebhookEndpoint", ["input", "id"]),
      ),
    }));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver extends GlobalIdResolver(
  WebhookDelivery,
  "WebhookDelivery",
  "Opaque global ID of the delivery.",
) {
  @FieldResolver(() => ID, { description: "The ID of the watch event delivered." })
  eventId(@Root() delivery: WebhookDeliveryRow): string {
    return toGlobalId("WatchEvent", delivery.watchEventId);
  }

  @Authorized()
  @Mutation(() => RedeliverWebhookDeliveryPayload, {
    description:
      "Sends the event of one of your webhook deliveries again, as a new delivery with the same `webhookId`; its endpoint must be enabled.",
  })
  redeliverWebhookDelivery(
    @Arg("input", { description: "The delivery." }) input: RedeliverWebhookDeliveryInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => ({
      webhookDelivery: await redeliverOwnWebhookDelivery(
        ctx,
        ctx.webhooks,
        inputId(input.deliveryId, "WebhookDelivery", ["input", "deliveryId"]),
      ),
    }));
  }
}

@Resolver(() => Watch)
export class WatchWebhookResolver {
  // A watch is only ever shown to its owner, so its endpoints are too.
  @FieldResolver(() => WebhookEndpointConnection, {
    description: "The URLs that receive the watch's events, oldest first.",
  })
  webhookEndpoints(
    @Root() watch: WatchRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, webhookEndpointsOfWatch, watch.id, args, info);
  }
}
