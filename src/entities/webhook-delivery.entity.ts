import { Node } from "./node";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { WatchEvent } from "./watch-event.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where a webhook delivery stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for its next attempt, or being attempted." },
    SUCCEEDED: { description: "The endpoint answered an attempt with a 2xx status." },
    FAILED: { description: "Every attempt failed; `redeliverWebhookDelivery` tries again." },
  },
});

/**
 * One event sent to one endpoint: the outbox row a trigger on watch_event inserts in the
 * transaction that records the event, and the record of its attempts. A worker claims a due row
 * by moving `nextAttemptAt` past its attempt's timeout (a lease), so a worker that dies
 * mid-attempt leaves it due again. A redelivery is a new row with the same `webhookId`.
 */
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One watch event sent, or to be sent, to a webhook endpoint.",
})
@Entity("webhook_delivery")
@Index("webhook_delivery_endpoint_idx", ["endpointId", "id"])
@Index("webhook_delivery_due_idx", ["nextAttemptAt"], { where: "status = 'PENDING'" })
export class WebhookDelivery {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "webhook_delivery_pkey" })
  id: number;

  @Column({ name: "endpoint_id", type: "integer" })
  endpointId: number;

  @Column({ name: "watch_event_id", type: "integer" })
  watchEventId: number;

  @Field({ description: "The `webhook-id` header: the same on every attempt and redelivery of the event." })
  @Column({ name: "webhook_id", type: "text" })
  webhookId: string;

  @Field(() => WebhookDeliveryStatus, { description: "Where the delivery stands." })
  @Column({
    type: "enum",
    enum: WebhookDeliveryStatus,
    enumName: "webhook_delivery_status",
    default: WebhookDeliveryStatus.PENDING,
  })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts started so far." })
  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last answer; null if none came." })
  @Column({ name: "last_response_code", type: "integer", nullable: true })
  lastResponseCode: number | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null if it did not." })
  @Column({ name: "last_error", type: "text", nullable: true })
  lastError: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When it is next attempted, while it is PENDING." })
  @Column({ name: "next_attempt_at", type: "timestamptz", nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When an attempt succeeded." })
  @Column({ name: "delivered_at", type: "timestamptz", nullable: true })
  deliveredAt: Date | null;

  @Field(() => DateTimeResolver, { description: "When the delivery was queued." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @ManyToOne(() => WebhookEndpoint, { onDelete: "CASCADE" })
  @JoinColumn({ name: "endpoint_id", foreignKeyConstraintName: "webhook_delivery_endpoint_fkey" })
  endpoint?: WebhookEndpoint;

  @ManyToOne(() => WatchEvent, { onDelete: "CASCADE" })
  @JoinColumn({ name: "watch_event_id", foreignKeyConstraintName: "webhook_delivery_watch_event_fkey" })
  watchEvent?: WatchEvent;
}
