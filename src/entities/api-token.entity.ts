import { Field, ObjectType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "./user.entity";

/** A bearer token. Only the SHA-256 of the secret is stored; the secret is shown once. */
@ObjectType({
  simpleResolvers: true,
  description: "An API token of a user. The secret itself is only shown when it is created.",
})
@Entity("api_token")
@Index("api_token_user_idx", ["userId"])
export class ApiToken {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "api_token_pkey" })
  id: number;

  @Column({ name: "user_id", type: "integer" })
  userId: number;

  /** Hex SHA-256 of the secret. */
  @Column({ name: "token_hash", type: "text", unique: true })
  tokenHash: string;

  @Field(() => String, { nullable: true, description: "What the token is for, as its creator described it." })
  @Column({ type: "text", nullable: true })
  label: string | null;

  @Field(() => DateTimeResolver, { description: "When the token was created." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When the token was revoked; revoked tokens are refused.",
  })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "api_token_user_fkey" })
  user?: User;
}
