import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { User } from "./user.entity";

export enum DigestFrequency {
  DAILY = "DAILY",
  WEEKLY = "WEEKLY",
}

registerEnumType(DigestFrequency, {
  name: "DigestFrequency",
  description: "How often a digest is sent.",
  valuesConfig: {
    DAILY: { description: "Every day at the server's configured UTC hour, with the papers of the last day." },
    WEEKLY: { description: "Once a week on the server's configured weekday, with the papers of the last week." },
  },
});

/** The topic of a digest, as stored: every field optional, an empty object means every paper. */
export interface DigestTopic {
  search?: string;
  keywords?: string[];
  minUpvotes?: number;
  hasCode?: boolean;
  category?: string;
  hasDoi?: boolean;
  submitter?: string;
  organization?: string;
}

/**
 * One address's digest of one topic at one frequency. Nothing is sent until `confirmedAt` is
 * set by the confirmation link. Unsubscribing deletes the row, and the address with it.
 */
@ObjectType({ simpleResolvers: true, description: "An email digest subscription." })
@Entity("digest_subscription")
// An address has one anonymous subscription per frequency and topic, and one per owner.
@Index("digest_subscription_anonymous_key", ["emailKey", "frequency", "topicKey"], {
  unique: true,
  where: "user_id IS NULL",
})
@Index("digest_subscription_owned_key", ["userId", "emailKey", "frequency", "topicKey"], {
  unique: true,
  where: "user_id IS NOT NULL",
})
@Index("digest_subscription_due_idx", ["frequency", "id"], { where: "confirmed_at IS NOT NULL" })
export class DigestSubscription {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "digest_subscription_pkey" })
  id: number;

  /** The address as given, trimmed, with its domain in lower case. */
  @Column({ type: "text" })
  email: string;

  /** The address in lower case: what uniqueness and the hourly confirmation limit compare. */
  @Column({ name: "email_key", type: "text" })
  emailKey: string;

  /** The signed-in user who subscribed, who may list, change and cancel it; null when anonymous. */
  @Column({ name: "user_id", type: "integer", nullable: true })
  userId: number | null;

  @Field(() => DigestFrequency, { description: "How often the digest is sent." })
  @Column({ type: "enum", enum: DigestFrequency, enumName: "digest_frequency" })
  frequency: DigestFrequency;

  @Column({ type: "jsonb", default: () => "'{}'" })
  topic: DigestTopic;

  /** The topic as canonical JSON, for uniqueness. */
  @Column({ name: "topic_key", type: "text" })
  topicKey: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When the address holder confirmed by following the emailed link; nothing is sent before.",
  })
  @Column({ name: "confirmed_at", type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  @Field(() => DateTimeResolver, { description: "When the subscription was made." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: "When the frequency or the topic last changed." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "digest_subscription_user_fkey" })
  user?: User;
}
