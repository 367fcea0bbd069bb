import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MAX_FILTER_KEYWORDS, PaperOrderField } from "../../services/paper.service";
import { SortDirection } from "../../services/pagination";
import { TrendingWindow } from "../../services/trending";
import "./order";
import "./trending";

registerEnumType(PaperOrderField, {
  name: "PaperOrderField",
  description: "What papers can be ordered by. Ties are broken by the order papers were added.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication time." },
    DAILY_DATE: { description: "Day on the daily list; papers never listed come last in DESC, first in ASC." },
    UPVOTES: { description: "Community upvotes." },
    RELEVANCE: { description: "How well the paper matches `filter.search`; needs a search." },
    TRENDING: { description: "Recent community votes in `window`; papers nobody voted for come last in DESC." },
  },
});

/**
 * The conditions on a paper's own content that lists, digest topics and watches share. Both an
 * input and an output shape: a digest subscription shows its topic with the same fields. Only
 * its subclasses are in the schema, as nothing names it.
 */
@ObjectType("PaperConditions")
@InputType("PaperConditionsInput")
export class PaperConditions {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over title and abstract, in web-search syntax: `"exact phrase"`, `or`, `-exclude`.',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True for papers with at least one linked repository, false for none.",
  })
  hasCode?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: `Papers with at least one of these keywords, matched exactly; at most ${MAX_FILTER_KEYWORDS}.`,
  })
  keywords?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Papers in this arXiv category, such as `cs.CL`, as their primary category or cross-listed.",
  })
  category?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True for papers with a DOI, false for those without." })
  hasDoi?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Papers put on the daily list by this Hugging Face user, by name (`HubAccount.name`).",
  })
  submitter?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Papers listed under this Hugging Face organization, by name (`HubAccount.name`).",
  })
  organization?: string | null;

  @Field(() => Int, { nullable: true, description: "Papers with at least this many upvotes." })
  minUpvotes?: number | null;
}

@InputType({ description: "Which papers a list includes. Every condition given must hold." })
export class PaperFilterInput extends PaperConditions {
  @Field(() => DateResolver, { nullable: true, description: "Published on or after this day (UTC)." })
  publishedFrom?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Published on or before this day (UTC)." })
  publishedTo?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Put on the daily list on this day." })
  dailyDate?: Date | null;

  @Field(() => ID, { nullable: true, description: "Only papers by this author." })
  authorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only papers whose code is in this repository." })
  repositoryId?: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "Papers whose record, authors, repository links or visibility changed at or after this time (`updatedAt`); votes do not count. To mirror the catalog, deletions included, use `paperChanges`.",
  })
  updatedSince?: Date | null;
}

@InputType({ description: "How to order a list of papers." })
export class PaperOrderInput {
  @Field(() => PaperOrderField, { description: "The field to order by." })
  field: PaperOrderField;

  @Field(() => SortDirection, { description: "The direction to order in." })
  direction: SortDirection;

  @Field(() => TrendingWindow, {
    nullable: true,
    description: "With TRENDING: the window to rank in; WEEK by default.",
  })
  window?: TrendingWindow | null;
}
