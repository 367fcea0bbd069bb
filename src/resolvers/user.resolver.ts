import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Authorized,
} from "type-graphql";
import type { Context } from "../context";
import type { TokenRow } from "../db/rows";
import { GlobalIdResolver } from "./global-id";
import { ApiToken, User } from "../entities";
import { UserRole } from "../entities/user.entity";
import { createToken, createUser, revokeToken, setUserRole } from "../services/user.service";
import { inputId, runMutation } from "./mutation";
import { MutationInput, MutationPayload } from "./types/mutation";

@InputType({ description: "A new user." })
class CreateUserInput extends MutationInput {
  @Field({ description: "Unique handle: 1–39 lower-case letters, digits or single hyphens." })
  handle: string;

  @Field(() => UserRole, { defaultValue: UserRole.USER, description: "What the user may do." })
  role: UserRole;
}

@ObjectType({ simpleResolvers: true, description: "The result of `createUser`." })
class CreateUserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: "The new user." })
  user: User | null;
}

@InputType({ description: "A new API token for a user." })
class CreateTokenInput extends MutationInput {
  @Field(() => ID, { description: "The user the token signs in as." })
  userId: string;

  @Field(() => String, { nullable: true, description: "What the token is for." })
  label?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "The result of `createToken`. The secret is shown here once and never again.",
})
class CreateTokenPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description: "The secret, for `Authorization: Bearer <token>`. Store it now.",
  })
  token: string | null;

  @Field(() => ApiToken, { nullable: true, description: "The token's record, without the secret." })
  apiToken: ApiToken | null;
}

@InputType({ description: "A token to revoke." })
class RevokeTokenInput extends MutationInput {
  @Field(() => ID, { description: "ID of the token." })
  tokenId: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of `revokeToken`." })
class RevokeTokenPayload extends MutationPayload {
  @Field(() => ApiToken, { nullable: true, description: "The revoked token." })
  apiToken: ApiToken | null;
}

@InputType({ description: "A user's new role." })
class SetUserRoleInput extends MutationInput {
  @Field(() => ID, { description: "The user." })
  userId: string;

  @Field(() => UserRole, { description: "The new role." })
  role: UserRole;
}

@ObjectType({ simpleResolvers: true, description: "The result of `setUserRole`." })
class SetUserRolePayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: "The user, with the new role." })
  user: User | null;
}

@Resolver(() => User)
export class UserResolver extends GlobalIdResolver(User, "User", "Opaque global ID of the user.") {
  @Query(() => User, { nullable: true, description: "The signed-in caller, or null when anonymous." })
  viewer(@Ctx() ctx: Context): Promise<User | null> | null {
    return ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.id) : null;
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => CreateUserPayload, { description: "Creates a user. Admins only." })
  createUser(@Arg("input", { description: "The new user." }) input: CreateUserInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      user: await createUser(ctx, { handle: input.handle, role: input.role }),
    }));
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => CreateTokenPayload, {
    description: "Creates an API token for a user and returns its secret once. Admins only.",
  })
  createToken(@Arg("input", { description: "The token to create." }) input: CreateTokenInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => {
      const userId = inputId(input.userId, "User", ["input", "userId"]);
      const { token, secret } = await createToken(ctx, { userId, label: input.label ?? null });
      return { token: secret, apiToken: token };
    });
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => RevokeTokenPayload, {
    description: "Revokes an API token; requests with it are refused from then on. Admins only.",
  })
  revokeToken(@Arg("input", { description: "The token to revoke." }) input: RevokeTokenInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      apiToken: await revokeToken(ctx, inputId(input.tokenId, "ApiToken", ["input", "tokenId"])),
    }));
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => SetUserRolePayload, {
    description: "Changes a user's role; the last admin cannot be demoted. Admins only.",
  })
  setUserRole(@Arg("input", { description: "The user and role." }) input: SetUserRoleInput, @Ctx() ctx: Context) {
    return runMutation(input, async () => ({
      user: await setUserRole(ctx, { userId: inputId(input.userId, "User", ["input", "userId"]), role: input.role }),
    }));
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver extends GlobalIdResolver(
  ApiToken,
  "ApiToken",
  "Global ID of the token, for `revokeToken`.",
) {
  @FieldResolver(() => User, { nullable: true, description: "The user the token signs in as." })
  user(@Root() token: TokenRow, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(token.userId);
  }
}
