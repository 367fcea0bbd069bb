import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { DigestDelivery } from "./digest-delivery.entity";
import { User } from "./user.entity";
import { WatchEvent } from "./watch-event.entity";
import { WatchEmailMode } from "./watch.entity";

export enum WatchEmailStatus {
  /** Waiting for the immediate sender, or for the owner's next digest. */
  PENDING = "PENDING",
  SENT = "SENT",
  /** The mail server refused it for good, the retries ran out, or the owner has no confirmed address. */
  FAILED = "FAILED",
}

/**
 * The email outbox of watches: one row per event of a watch that emails, written in the
 * transaction that records the event. The row is the record that the event was emailed once:
 * on its own (IMMEDIATE), or in a digest (DIGEST, and IMMEDIATE past the hourly cap).
 */
@Entity("watch_email_delivery")
@Index("watch_email_delivery_pending_idx", ["userId", "eventId"], { where: "status = 'PENDING'" })
@Index("watch_email_delivery_sent_idx", ["userId", "sentAt"], { where: "mode = 'IMMEDIATE'" })
export class WatchEmailDelivery {
  @PrimaryColumn({ name: "event_id", type: "integer", primaryKeyConstraintName: "watch_email_delivery_pkey" })
  eventId: number;

  /** The watch's owner, whose confirmed digest address gets it. */
  @Column({ name: "user_id", type: "integer" })
  userId: number;

  /** IMMEDIATE is changed to DIGEST when the owner's hourly cap is reached. */
  @Column({ type: "enum", enum: WatchEmailMode, enumName: "watch_email_mode" })
  mode: WatchEmailMode;

  @Column({ type: "enum", enum: WatchEmailStatus, enumName: "watch_email_status", default: WatchEmailStatus.PENDING })
  status: WatchEmailStatus;

  /** Sends tried so far. */
  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ name: "last_error", type: "text", nullable: true })
  lastError: string | null;

  /** The digest that carried it, for DIGEST. */
  @Column({ name: "digest_delivery_id", type: "integer", nullable: true })
  digestDeliveryId: number | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "sent_at", type: "timestamptz", nullable: true })
  sentAt: Date | null;

  @ManyToOne(() => WatchEvent, { onDelete: "CASCADE" })
  @JoinColumn({ name: "event_id", foreignKeyConstraintName: "watch_email_delivery_event_fkey" })
  event?: WatchEvent;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "watch_email_delivery_user_fkey" })
  user?: User;

  @ManyToOne(() => DigestDelivery, { onDelete: "SET NULL" })
  @JoinColumn({ name: "digest_delivery_id", foreignKeyConstraintName: "watch_email_delivery_digest_fkey" })
  digestDelivery?: DigestDelivery;
}
