import { Field, Int, ObjectType } from "type-graphql";
import { DateResolver, DateTimeResolver, URLResolver } from "graphql-scalars";
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { HubAccount } from "./hub-account";
import { Node } from "./node";

/** Search document: title weighs more than abstract. Postgres keeps it up to date. */
const SEARCH_VECTOR_SQL =
  "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A machine-learning paper in the catalog." })
@Entity("paper")
// Each list order is (key, id) so pages come straight off an index; see PAPER_SORT_KEYS in services/paper.service.ts.
@Index("paper_published_at_idx", ["publishedAt", "id"])
// Created NULLS FIRST in the migration so that DESC pages list undated papers last.
@Index("paper_daily_date_idx", ["dailyDate", "id"])
@Index("paper_upvotes_idx", ["upvotes", "id"])
// Trending keys exist only for papers with votes; see services/trending.ts.
@Index("paper_trend_day_idx", ["trendDay", "id"], { where: "trend_day IS NOT NULL AND deleted_at IS NULL" })
@Index("paper_trend_week_idx", ["trendWeek", "id"], { where: "trend_week IS NOT NULL AND deleted_at IS NULL" })
@Index("paper_trend_month_idx", ["trendMonth", "id"], { where: "trend_month IS NOT NULL AND deleted_at IS NULL" })
// Digests list the papers added in their period; see services/digest-delivery.service.ts.
@Index("paper_created_at_idx", ["createdAt"])
// `papers(filter: { updatedSince })`, for clients that poll.
@Index("paper_updated_at_idx", ["updatedAt"])
@Index("paper_search_vector_idx", ["searchVector"], { type: "gin" })
// `papers(filter: { category })` matches cross-listed papers too: containment, which GIN serves.
@Index("paper_categories_idx", ["categories"], { type: "gin" })
// `papers(filter: { submitter, organization })`: containment of `{"name": …}`.
@Index("paper_submitted_by_idx", ["submittedBy"], { type: "gin" })
@Index("paper_organization_idx", ["organization"], { type: "gin" })
export class Paper {
  /** Database key; clients see the global ID that PaperResolver derives from it. */
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "paper_pkey" })
  id: number;

  @Field(() => String, {
    nullable: true,
    description: "arXiv identifier without its version suffix, such as `2410.17243`.",
  })
  @Column({ name: "arxiv_id", type: "varchar", length: 32, nullable: true, unique: true })
  arxivId: string | null;

  @Field({ description: "Title, with whitespace normalised." })
  @Column({ type: "text" })
  title: string;

  @Field({ description: "Abstract, with whitespace normalised." })
  @Column({ type: "text" })
  abstract: string;

  @Field(() => DateTimeResolver, { description: "When the paper was first published." })
  @Column({ name: "published_at", type: "timestamptz" })
  publishedAt: Date;

  @Field(() => DateResolver, { nullable: true, description: "The day the paper was put on the daily list, if it was." })
  @Column({ name: "daily_date", type: "date", nullable: true })
  dailyDate: string | null;

  @Field(() => Int, { description: "Number of authors as the source reported it, even when their names are unknown." })
  @Column({ name: "author_count", type: "integer", default: 0 })
  authorCount: number;

  @Field(() => URLResolver, { nullable: true, description: "The paper's project page." })
  @Column({ name: "project_page", type: "text", nullable: true })
  projectPage: string | null;

  @Field(() => [String], { description: "Keywords describing the paper." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  keywords: string[];

  @Field(() => URLResolver, { nullable: true, description: "A thumbnail image of the paper." })
  @Column({ type: "text", nullable: true })
  thumbnail: string | null;

  @Field(() => [String], {
    description: "arXiv categories such as `cs.CL`, the primary category first; empty when the source gives none.",
  })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  categories: string[];

  @Field(() => String, {
    nullable: true,
    description: "DOI of the published version, as arXiv gives it, such as `10.1103/PhysRevD.76.013009`.",
  })
  @Column({ type: "text", nullable: true })
  doi: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Where the paper was published, as arXiv's journal reference gives it.",
  })
  @Column({ name: "journal_ref", type: "text", nullable: true })
  journalRef: string | null;

  @Field(() => URLResolver, { nullable: true, description: "The license the paper is distributed under." })
  @Column({ type: "text", nullable: true })
  license: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The authors' comments on arXiv, such as the page count or the venue.",
  })
  @Column({ type: "text", nullable: true })
  comments: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "When the paper's latest version appeared on arXiv; equal to `publishedAt` with one version, null when the source does not say.",
  })
  @Column({ name: "revised_at", type: "timestamptz", nullable: true })
  revisedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A summary of the paper written by a language model for Hugging Face; machine-generated, not the authors'.",
  })
  @Column({ name: "ai_summary", type: "text", nullable: true })
  aiSummary: string | null;

  @Field(() => [String], {
    description:
      "Keywords a language model picked for Hugging Face; machine-generated, not the authors'. Empty when unknown.",
  })
  @Column({ name: "ai_keywords", type: "text", array: true, default: () => "'{}'" })
  aiKeywords: string[];

  @Field(() => [URLResolver], { description: "Images and videos shown with the paper on Hugging Face." })
  @Column({ name: "media_urls", type: "text", array: true, default: () => "'{}'" })
  mediaUrls: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Comments on the paper's Hugging Face page when it was last imported; null when unknown.",
  })
  @Column({ name: "num_comments", type: "integer", nullable: true })
  numComments: number | null;

  @Field(() => HubAccount, {
    nullable: true,
    description: "The Hugging Face user who put the paper on the daily list.",
  })
  @Column({ name: "submitted_by", type: "jsonb", nullable: true })
  submittedBy: HubAccount | null;

  @Field(() => HubAccount, { nullable: true, description: "The Hugging Face organization the paper is listed under." })
  @Column({ type: "jsonb", nullable: true })
  organization: HubAccount | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "When the source withdrew the paper. A withdrawn paper is hidden like a deleted one, with the withdrawal as the reason in the audit log, until a curator restores it.",
  })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  /** Upvotes a source reported when the paper was imported. */
  @Column({ name: "imported_upvotes", type: "integer", default: 0 })
  importedUpvotes: number;

  /** Votes cast here; the vote table's trigger keeps it equal to the paper's vote rows. */
  @Column({ name: "vote_count", type: "integer", default: 0, insert: false, update: false })
  voteCount: number;

  @Field(() => Int, {
    description: "Upvotes reported by the source the paper was imported from, plus those cast here.",
  })
  @Column({
    type: "integer",
    generatedType: "STORED",
    asExpression: "imported_upvotes + vote_count",
    insert: false,
    update: false,
  })
  upvotes: number;

  /**
   * Trending order keys, log2 of the sum of 2^(vote time / half-life) per window. Triggers keep
   * them; null when the paper has no votes.
   */
  @Column({ name: "trend_day", type: "double precision", nullable: true, insert: false, update: false })
  trendDay: number | null;

  @Column({ name: "trend_week", type: "double precision", nullable: true, insert: false, update: false })
  trendWeek: number | null;

  @Column({ name: "trend_month", type: "double precision", nullable: true, insert: false, update: false })
  trendMonth: number | null;

  @Column({
    name: "search_vector",
    type: "tsvector",
    generatedType: "STORED",
    asExpression: SEARCH_VECTOR_SQL,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  @Field(() => DateTimeResolver, { description: "When the paper was added to the catalog." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => DateTimeResolver, {
    description: "When the paper's record, authors, repository links or visibility last changed; votes do not count.",
  })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  /** Set when a curator removes the paper; removed papers are hidden everywhere. */
  @DeleteDateColumn({ name: "deleted_at", type: "timestamptz" })
  deletedAt: Date | null;

  @Column({ name: "deletion_reason", type: "text", nullable: true })
  deletionReason: string | null;
}
