import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A hash of the import record that last wrote a paper: the fields it gave under their column
 * names, its author names, its links to code with their stars and whether they are official,
 * its withdrawal, and the format. A record with the same hash would change nothing, and a
 * re-import counts it `unchanged` without comparing it field by field (see import-merge.ts).
 *
 * The row is deleted whenever anything it covers changes by another path: triggers on paper
 * (the imported columns), paper_author, author (names), paper_repository and repository (stars,
 * URL key), and TRUNCATE of any of them; see the migration SearchTermsAndImportDigests. Votes do not touch it.
 * No foreign key: a trigger deletes a deleted paper's row.
 */
@Entity("paper_import_digest")
export class PaperImportDigest {
  @PrimaryColumn({ name: "paper_id", type: "integer", primaryKeyConstraintName: "paper_import_digest_pkey" })
  paperId: number;

  /** SHA-256 of the record's staged document and format. */
  @Column({ type: "bytea" })
  digest: Buffer;
}
