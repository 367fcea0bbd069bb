import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DigestSubscription } from "./digest-subscription.entity";

export enum DeliveryStatus {
  /** Waiting to be sent, or to be retried after a temporary failure. */
  PENDING = "PENDING",
  SENT = "SENT",
  /** Nothing new matched the topic in the period: nothing was sent. */
  EMPTY = "EMPTY",
  /** The mail server refused it for good, or the retries ran out. */
  FAILED = "FAILED",
}

/**
 * One subscription's digest of one period. The unique key is what makes a send happen at most
 * once: a period is planned by inserting these rows, and a row is sent only while it is PENDING.
 */
@Entity("digest_delivery")
@Index("digest_delivery_subscription_period_key", ["subscriptionId", "period"], { unique: true })
@Index("digest_delivery_pending_idx", ["period", "id"], { where: "status = 'PENDING'" })
export class DigestDelivery {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "digest_delivery_pkey" })
  id: number;

  @Column({ name: "subscription_id", type: "integer" })
  subscriptionId: number;

  /** `DAILY:2026-11-30` or `WEEKLY:2026-11-30` (the day the week's send is due). */
  @Column({ type: "text" })
  period: string;

  /** The papers added to the catalog from `windowStart` up to `windowEnd` are the digest's candidates. */
  @Column({ name: "window_start", type: "timestamptz" })
  windowStart: Date;

  @Column({ name: "window_end", type: "timestamptz" })
  windowEnd: Date;

  @Column({ type: "enum", enum: DeliveryStatus, enumName: "digest_delivery_status", default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  /** Sends tried so far. */
  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ name: "last_error", type: "text", nullable: true })
  lastError: string | null;

  /** The papers the digest held, so a later digest does not repeat them. */
  @Column({ name: "paper_ids", type: "integer", array: true, default: () => "'{}'" })
  paperIds: number[];

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "sent_at", type: "timestamptz", nullable: true })
  sentAt: Date | null;

  @ManyToOne(() => DigestSubscription, { onDelete: "CASCADE" })
  @JoinColumn({ name: "subscription_id", foreignKeyConstraintName: "digest_delivery_subscription_fkey" })
  subscription?: DigestSubscription;
}
