import { Node } from "./node";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Paper } from "./paper.entity";
import { Watch, WatchTriggerKind } from "./watch.entity";

/**
 * One paper a watch fired for, recorded once: the unique key is the watch, the paper, the
 * trigger and the trigger's parameters (`triggerKey`), so matching the same paper again, by a
 * re-import or by a second worker, inserts nothing. Deliveries (webhooks, email, feeds) refer
 * to an event by its id.
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A paper a watch fired for." })
@Entity("watch_event")
@Index("watch_event_key", ["watchId", "paperId", "trigger", "triggerKey"], { unique: true })
@Index("watch_event_watch_idx", ["watchId", "id"])
export class WatchEvent {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "watch_event_pkey" })
  id: number;

  @Column({ name: "watch_id", type: "integer" })
  watchId: number;

  @Column({ name: "paper_id", type: "integer" })
  paperId: number;

  @Field(() => WatchTriggerKind, { description: "The trigger that fired." })
  @Column({ type: "enum", enum: WatchTriggerKind, enumName: "watch_trigger" })
  trigger: WatchTriggerKind;

  /** The trigger's parameters when it fired: '' for NEW_MATCH, the threshold, or 'WEEK:10'. */
  @Column({ name: "trigger_key", type: "text" })
  triggerKey: string;

  @Field(() => Int, { description: "The paper's upvotes when the event was raised." })
  @Column({ type: "integer" })
  upvotes: number;

  @Field(() => Int, { nullable: true, description: "With TRENDING: the paper's rank in the window then." })
  @Column({ type: "integer", nullable: true })
  rank: number | null;

  @Field(() => DateTimeResolver, { description: "When the event was raised." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @ManyToOne(() => Watch, { onDelete: "CASCADE" })
  @JoinColumn({ name: "watch_id", foreignKeyConstraintName: "watch_event_watch_fkey" })
  watch?: Watch;

  @ManyToOne(() => Paper, { onDelete: "CASCADE" })
  @JoinColumn({ name: "paper_id", foreignKeyConstraintName: "watch_event_paper_fkey" })
  paper?: Paper;
}
