import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum UserRole {
  USER = "USER",
  ADMIN = "ADMIN",
}

/** A community member or curator. Accounts and tokens arrive with the votes issue. */
@Entity("app_user")
export class User {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "app_user_pkey" })
  id: number;

  @Column({ type: "text", unique: true })
  handle: string;

  @Column({ type: "enum", enum: UserRole, enumName: "user_role", default: UserRole.USER })
  role: UserRole;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
