import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver, Authorized } from "type-graphql";
import type { Context } from "../context";
import { UserRole } from "../entities/user.entity";
import { Paper } from "../entities";
import { createPaper, deletePaper, restorePaper, updatePaper, type PaperFields } from "../services/paper-admin.service";
import { utcDay } from "../domain/dates";
import { inputId, runMutation } from "./mutation";
import { MutationInput, MutationPayload } from "./types/mutation";

/** The bibliographic fields both paper mutations take: null leaves none, or clears one. */
@InputType({ description: "The bibliographic fields createPaper and updatePaper take." })
class PaperBibliographyInput extends MutationInput {
  @Field(() => String, { nullable: true, description: "DOI, such as `10.1000/xyz123`; at most 500 characters." })
  doi?: string | null;

  @Field(() => String, { nullable: true, description: "Journal reference; at most 1,000 characters." })
  journalRef?: string | null;

  @Field(() => String, { nullable: true, description: "License: the URL of its text." })
  license?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The authors' comments, such as page counts; at most 10,000 characters.",
  })
  comments?: string | null;
}

@InputType({ description: "A paper to add to the catalog." })
class CreatePaperInput extends PaperBibliographyInput {
  @Field(() => String, { nullable: true, description: "arXiv ID; a version suffix is dropped." })
  arxivId?: string | null;

  @Field({ description: "Title, at most 500 characters." })
  title: string;

  @Field({ description: "Abstract, at most 10,000 characters." })
  abstract: string;

  @Field(() => DateTimeResolver, { description: "When the paper was published." })
  publishedAt: Date;

  @Field(() => DateResolver, { nullable: true, description: "The day the paper was on the daily list." })
  dailyDate?: Date | null;

  @Field(() => [String], { defaultValue: [], description: "Author names, in the paper's order." })
  authors: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Number of authors, when more than are named; defaults to the names given.",
  })
  authorCount?: number | null;

  @Field(() => String, { nullable: true, description: "Project page: an http or https URL." })
  projectPage?: string | null;

  @Field(() => String, { nullable: true, description: "Thumbnail image: an http or https URL." })
  thumbnail?: string | null;

  @Field(() => [String], { defaultValue: [], description: "Keywords." })
  keywords: string[];

  @Field(() => Int, { defaultValue: 0, description: "Upvotes the paper's source reported." })
  importedUpvotes: number;

  @Field(() => [String], {
    defaultValue: [],
    description: "arXiv categories such as `cs.LG`, the primary category first.",
  })
  categories: string[];
}

@InputType({
  description:
    "Changes to a paper. Omitted fields stay as they are; null clears an optional field and is refused for title and abstract.",
})
class UpdatePaperInput extends PaperBibliographyInput {
  @Field(() => ID, { description: "The paper." })
  paperId: string;

  @Field(() => String, { nullable: true, description: "arXiv ID; a version suffix is dropped." })
  arxivId?: string | null;

  @Field(() => String, { nullable: true, description: "Title, at most 500 characters." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Abstract, at most 10,000 characters." })
  abstract?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the paper was published." })
  publishedAt?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "The day the paper was on the daily list." })
  dailyDate?: Date | null;

  @Field(() => [String], { nullable: true, description: "Author names in order; replaces the whole list." })
  authors?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Number of authors, when more than are named." })
  authorCount?: number | null;

  @Field(() => String, { nullable: true, description: "Project page: an http or https URL." })
  projectPage?: string | null;

  @Field(() => String, { nullable: true, description: "Thumbnail image: an http or https URL." })
  thumbnail?: string | null;

  @Field(() => [String], { nullable: true, description: "Keywords; replaces the whole list." })
  keywords?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Upvotes the paper's source reported." })
  importedUpvotes?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: "arXiv categories, the primary category first; replaces the whole list.",
  })
  categories?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a mutation that changes a paper." })
class PaperPayload extends MutationPayload {
  @Field(() => Paper, { nullable: true, description: "The paper as it is now." })
  paper: Paper | null;
}

@InputType({ description: "A paper to delete, and why." })
class DeletePaperInput extends MutationInput {
  @Field(() => ID, { description: "The paper." })
  paperId: string;

  @Field({ description: "Why it is deleted, for the audit log; at most 500 characters." })
  reason: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of `deletePaper`." })
class DeletePaperPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted paper, for `restorePaper`." })
  deletedPaperId: string | null;
}

@InputType({ description: "A deleted paper to bring back." })
class RestorePaperInput extends MutationInput {
  @Field(() => ID, { description: "The paper." })
  paperId: string;
}

/** Keys present in a GraphQL input object, with `Date` scalars as calendar days. */
function paperFields(input: Partial<UpdatePaperInput>): PaperFields {
  const fields: PaperFields = {};
  const given = <K extends keyof typeof input>(key: K) => key in input && input[key] !== undefined;
  if (given("arxivId")) fields.arxivId = input.arxivId ?? null;
  // Title and abstract cannot be cleared: null reaches the service as blank and is refused.
  if (given("title")) fields.title = input.title ?? "";
  if (given("abstract")) fields.abstract = input.abstract ?? "";
  if (given("publishedAt") && input.publishedAt !== null) fields.publishedAt = input.publishedAt;
  if (given("dailyDate")) fields.dailyDate = input.dailyDate ? utcDay(input.dailyDate) : null;
  if (given("authors") && input.authors !== null) fields.authors = input.authors;
  if (given("authorCount")) fields.authorCount = input.authorCount ?? null;
  if (given("projectPage")) fields.projectPage = input.projectPage ?? null;
  if (given("thumbnail")) fields.thumbnail = input.thumbnail ?? null;
  if (given("keywords") && input.keywords !== null) fields.keywords = input.keywords;
  if (given("importedUpvotes") && input.importedUpvotes !== null) fields.importedUpvotes = input.importedUpvotes;
  if (given("categories") && input.categories !== null) fields.categories = input.categories;
  for (const field of ["doi", "journalRef", "license", "comments"] as const) {
    if (given(field)) fields[field] = input[field] ?? null;
  }
  return fields;
}

/** Curators' mutations on papers. Admins only. */
@Resolver()
export class PaperAdminResolver {
  @Authorized(UserRole.ADMIN)
  @Mutation(() => PaperPayload, { description: "Adds a paper. Admins only." })
  createPaper(@Arg("input", { description: "The paper." }) input: CreatePaperInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      paper: await createPaper(ctx, {
        ...paperFields(input),
        title: input.title,
        abstract: input.abstract,
        publishedAt: input.publishedAt,
      }),
    }));
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => PaperPayload, { description: "Changes a paper's fields or author list. Admins only." })
  updatePaper(@Arg("input", { description: "The changes." }) input: UpdatePaperInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      paper: await updatePaper(ctx, inputId(input.paperId, "Paper", ["input", "paperId"]), paperFields(input)),
    }));
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => DeletePaperPayload, {
    description:
      "Hides a paper from every list and from `node`, keeping its votes and links for `restorePaper`. Admins only.",
  })
  deletePaper(
    @Arg("input", { description: "The paper and the reason." }) input: DeletePaperInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(input, async () => {
      await deletePaper(ctx, inputId(input.paperId, "Paper", ["input", "paperId"]), input.reason);
      return { deletedPaperId: input.paperId };
    });
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => PaperPayload, { description: "Brings back a deleted paper. Admins only." })
  restorePaper(@Arg("input", { description: "The paper." }) input: RestorePaperInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      paper: await restorePaper(ctx, inputId(input.paperId, "Paper", ["input", "paperId"])),
    }));
  }
}
