import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "./node";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A person who wrote papers in the catalog." })
@Entity("author")
@Index("author_normalized_name_idx", ["normalizedName", "id"])
@Index("author_search_vector_idx", ["searchVector"], { type: "gin" })
export class Author {
  /** Database key; clients see the global ID. */
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "author_pkey" })
  id: number;

  @Field({ description: "The author's name as published." })
  @Column({ type: "text" })
  name: string;

  /** Lower-case name without accents or extra spaces, used to match authors. */
  @Column({ name: "normalized_name", type: "text" })
  normalizedName: string;

  @Column({
    name: "search_vector",
    type: "tsvector",
    generatedType: "STORED",
    asExpression: "to_tsvector('simple', normalized_name)",
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
