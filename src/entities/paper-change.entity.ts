import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum PaperChangeKind {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  DELETED = "DELETED",
}

registerEnumType(PaperChangeKind, {
  name: "PaperChangeKind",
  description: "What happened to a paper. A mirror treats CREATED and UPDATED alike: it stores the paper as it is now.",
  valuesConfig: {
    CREATED: { description: "The paper entered the catalog: it was added, or restored after a deletion." },
    UPDATED: { description: "The paper's record, authors or repository links changed." },
    DELETED: { description: "The paper left the catalog; remove it. Its `paper` is null." },
  },
});

/**
 * The change feed of the catalog (`paperChanges`), written only by triggers on paper,
 * paper_author and paper_repository (see the migration PaperChangeFeed). Each paper keeps only
 * its latest change: writing one deletes the paper's older row, so a full resync reads at most
 * one row per paper ever added.
 *
 * Readers order rows by (xact_id, id) and read only those whose transaction is older than every
 * transaction still running (services/paper-change.service.ts): that part of the feed can no
 * longer grow, so a cursor handed out never has a change committed behind it later. No foreign
 * key: a paper removed outright leaves its DELETED row behind.
 */
@ObjectType({ simpleResolvers: true, description: "One change to the catalog, in the `paperChanges` feed." })
@Entity("paper_change")
@Index("paper_change_feed_idx", ["xactId", "id"])
@Index("paper_change_paper_idx", ["paperId"])
export class PaperChange {
  /** From a sequence: orders the changes of one transaction. Read as a JS number (exact to 2^53). */
  @PrimaryGeneratedColumn({ type: "bigint", primaryKeyConstraintName: "paper_change_pkey" })
  id: number;

  @Column({ name: "paper_id", type: "integer" })
  paperId: number;

  @Field(() => PaperChangeKind, { description: "What happened to the paper." })
  @Column({ type: "enum", enum: PaperChangeKind, enumName: "paper_change_kind" })
  kind: PaperChangeKind;

  /** `pg_current_xact_id()` of the transaction that wrote the change. */
  @Column({ name: "xact_id", type: "bigint" })
  xactId: string;

  @Field(() => DateTimeResolver, { description: "When the transaction that made the change started." })
  @CreateDateColumn({ name: "changed_at", type: "timestamptz" })
  changedAt: Date;
}
