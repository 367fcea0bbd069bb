import { Node } from "./node";
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
import type { PaperFilter } from "../services/paper.service";
import type { TrendingWindow } from "../services/trending";
import { User } from "./user.entity";

export enum WatchTriggerKind {
  NEW_MATCH = "NEW_MATCH",
  TRENDING = "TRENDING",
  UPVOTES_REACHED = "UPVOTES_REACHED",
}

registerEnumType(WatchTriggerKind, {
  name: "WatchTriggerKind",
  description: "What makes a watch raise an event for a paper that matches its filter.",
  valuesConfig: {
    NEW_MATCH: { description: "A paper added after the watch was made matches it." },
    TRENDING: { description: "A matching paper is among the top `top` of the trending `window`." },
    UPVOTES_REACHED: { description: "A matching paper's upvotes go from below `upvotes` to at least that." },
  },
});

export enum WatchEmailMode {
  NONE = "NONE",
  DIGEST = "DIGEST",
  IMMEDIATE = "IMMEDIATE",
}

registerEnumType(WatchEmailMode, {
  name: "WatchEmailMode",
  description: "Whether, and how, a watch's events are emailed to its owner's confirmed digest address.",
  valuesConfig: {
    NONE: { description: "No email." },
    DIGEST: { description: 'In a "Your watches" section of the owner\'s next digest.' },
    IMMEDIATE: { description: "One email per event, up to an hourly cap; past it, in the next digest." },
  },
});

/**
 * A user's standing question about the catalog: a paper filter and a trigger. Each paper it
 * fires for is recorded once as a WatchEvent.
 */
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A saved paper filter that raises events when papers match it.",
})
@Entity("watch")
@Index("watch_user_idx", ["userId", "id"])
export class Watch {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "watch_pkey" })
  id: number;

  /** The owner: the only user who may see, change or subscribe to it. */
  @Column({ name: "user_id", type: "integer" })
  userId: number;

  @Field({ description: "The name its owner gave it." })
  @Column({ type: "text" })
  name: string;

  /** The validated filter, as `papers(filter:)` applies it: IDs are database keys, dates 'YYYY-MM-DD'. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  filter: PaperFilter;

  @Column({ type: "enum", enum: WatchTriggerKind, enumName: "watch_trigger" })
  trigger: WatchTriggerKind;

  /** With TRENDING: the window and the size of the top. */
  @Column({ name: "trending_window", type: "text", nullable: true })
  trendingWindow: TrendingWindow | null;

  @Column({ name: "trending_top", type: "integer", nullable: true })
  trendingTop: number | null;

  /**
   * With TRENDING: the matching papers in its top at the last check, so that only papers new to
   * it fire. Set when the trigger or filter is saved: papers already there do not fire.
   */
  @Column({ name: "trending_seen", type: "integer", array: true, nullable: true })
  trendingSeen: number[] | null;

  /** With UPVOTES_REACHED: the count to reach. */
  @Column({ name: "upvote_threshold", type: "integer", nullable: true })
  upvoteThreshold: number | null;

  @Field(() => WatchEmailMode, { description: "Whether, and how, its events are emailed to you." })
  @Column({ type: "enum", enum: WatchEmailMode, enumName: "watch_email_mode", default: WatchEmailMode.NONE })
  email: WatchEmailMode;

  /**
   * Keys the token of the watch's private feed URL (an HMAC of it, see `watchFeedToken`), so the
   * table holds no usable token; rotating it gives a new URL and retires the old one.
   */
  @Column({ name: "feed_key", type: "uuid" })
  feedKey: string;

  @Field(() => DateTimeResolver, { description: "When the watch was made; NEW_MATCH counts papers added since." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: "When its name, filter or trigger last changed." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "watch_user_fkey" })
  user?: User;
}
