import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "./node";

export enum UserRole {
  USER = "USER",
  ADMIN = "ADMIN",
}

registerEnumType(UserRole, {
  name: "UserRole",
  description: "What a user may do.",
  valuesConfig: {
    USER: { description: "Reads the catalog and upvotes papers." },
    ADMIN: { description: "Also curates the catalog, manages users and tokens, and reads the audit log." },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "A community member or curator." })
@Entity("app_user")
export class User {
  /** Database key; clients see the global ID. */
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "app_user_pkey" })
  id: number;

  @Field({ description: "Unique handle of the user." })
  @Column({ type: "text", unique: true })
  handle: string;

  @Field(() => UserRole, { description: "What the user may do." })
  @Column({ type: "enum", enum: UserRole, enumName: "user_role", default: UserRole.USER })
  role: UserRole;

  @Field(() => DateTimeResolver, { description: "When the account was created." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
