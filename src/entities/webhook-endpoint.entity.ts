import { Node } from "./node";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeResolver, URLResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Watch } from "./watch.entity";

/**
 * A URL that receives a watch's events, signed with its own secret (Standard Webhooks). After
 * too many failed attempts in a row it is disabled, and delivers nothing until it is enabled again.
 */
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A URL that receives a watch's events as signed webhooks.",
})
@Entity("webhook_endpoint")
@Index("webhook_endpoint_watch_idx", ["watchId", "id"])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "webhook_endpoint_pkey" })
  id: number;

  @Column({ name: "watch_id", type: "integer" })
  watchId: number;

  @Field(() => URLResolver, { description: "Where events are POSTed." })
  @Column({ type: "text" })
  url: string;

  /** `whsec_` and base64: the signing key, shown to the owner once, when the endpoint is made. */
  @Column({ type: "text" })
  secret: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "When it was disabled; null while it is enabled." })
  @Column({ name: "disabled_at", type: "timestamptz", nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was disabled; null while it is enabled." })
  @Column({ name: "disabled_reason", type: "text", nullable: true })
  disabledReason: string | null;

  @Field(() => Int, { description: "Delivery attempts that failed since the last one that succeeded." })
  @Column({ name: "consecutive_failures", type: "integer", default: 0 })
  consecutiveFailures: number;

  @Field(() => DateTimeResolver, { description: "When the endpoint was made." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @ManyToOne(() => Watch, { onDelete: "CASCADE" })
  @JoinColumn({ name: "watch_id", foreignKeyConstraintName: "webhook_endpoint_watch_fkey" })
  watch?: Watch;
}
