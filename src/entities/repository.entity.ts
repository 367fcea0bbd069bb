import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver, URLResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Node } from "./node";

export enum RepositoryProvider {
  GITHUB = "GITHUB",
  GITLAB = "GITLAB",
  HUGGINGFACE = "HUGGINGFACE",
  OTHER = "OTHER",
}

registerEnumType(RepositoryProvider, {
  name: "RepositoryProvider",
  description: "Where a code repository is hosted.",
  valuesConfig: {
    GITHUB: { description: "github.com" },
    GITLAB: { description: "gitlab.com" },
    HUGGINGFACE: { description: "huggingface.co, including Spaces" },
    OTHER: { description: "Any other host." },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "A code repository linked to one or more papers." })
@Entity("repository")
// Created NULLS FIRST in the migration, like paper_daily_date_idx.
@Index("repository_stars_idx", ["stars", "id"])
@Index("repository_provider_idx", ["provider"])
@Index("repository_language_idx", ["language"])
@Index("repository_created_at_idx", ["createdAt", "id"])
export class Repository {
  /** Database key; clients see the global ID. */
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "repository_pkey" })
  id: number;

  @Field(() => URLResolver, {
    description:
      "Normalised URL of the repository, in the case it was first linked with; the catalog holds one repository per URL.",
  })
  @Column({ type: "text" })
  url: string;

  /** What two URLs of the same repository share: the URL, lower-cased where the host ignores case. */
  @Column({ name: "url_key", type: "text", unique: true })
  urlKey: string;

  @Field(() => RepositoryProvider, { description: "Where the repository is hosted." })
  @Column({
    type: "enum",
    enum: RepositoryProvider,
    enumName: "repository_provider",
    default: RepositoryProvider.OTHER,
  })
  provider: RepositoryProvider;

  @Field(() => String, { nullable: true, description: "The account or group that owns the repository." })
  @Column({ type: "text", nullable: true })
  owner: string | null;

  @Field(() => String, { nullable: true, description: "The repository's name within its owner." })
  @Column({ type: "text", nullable: true })
  name: string | null;

  @Field(() => Int, { nullable: true, description: "Star count, when known." })
  @Column({ type: "integer", nullable: true })
  stars: number | null;

  @Field(() => String, { nullable: true, description: "Main programming language, when known." })
  @Column({ type: "text", nullable: true })
  language: string | null;

  @Field(() => DateTimeResolver, { description: "When the repository was added to the catalog." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
