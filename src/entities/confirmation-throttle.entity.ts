import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * When an address was last sent a confirmation or a notice, so that subscribing cannot be used
 * to mail-bomb it. The address is kept only as a keyed hash, and rows older than the limit's
 * window are deleted as new ones are written.
 */
@Entity("confirmation_throttle")
export class ConfirmationThrottle {
  /** HMAC-SHA256 of the lower-cased address, in base64url. */
  @PrimaryColumn({ name: "address_hash", type: "text", primaryKeyConstraintName: "confirmation_throttle_pkey" })
  addressHash: string;

  @Column({ name: "sent_at", type: "timestamptz" })
  sentAt: Date;
}
