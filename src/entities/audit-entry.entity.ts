import { Field, ObjectType } from "type-graphql";
import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "./user.entity";

/** Fields an action changed: for each, its value before and after. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

@ObjectType({
  simpleResolvers: true,
  description: "A record of one admin action or token change, written in the same transaction.",
})
@Entity("audit_entry")
@Index("audit_entry_actor_idx", ["actorId", "id"])
@Index("audit_entry_action_idx", ["action", "id"])
@Index("audit_entry_target_idx", ["targetId", "id"])
export class AuditEntry {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "audit_entry_pkey" })
  id: number;

  /** Who acted; null for the command-line bootstrap. */
  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId: number | null;

  @Field({ description: "What was done, such as `PAPER_UPDATED`." })
  @Column({ type: "text" })
  action: string;

  /** Global ID of the object acted on. */
  @Column({ name: "target_id", type: "text", nullable: true })
  targetId: string | null;

  @Field(() => JSONObjectResolver, { description: "Each changed field, with its value `before` and `after`." })
  @Column({ type: "jsonb", default: () => "'{}'" })
  changes: AuditChanges;

  @Field(() => DateTimeResolver, { description: "When it was done." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "actor_id", foreignKeyConstraintName: "audit_entry_actor_fkey" })
  actor?: User;
}
