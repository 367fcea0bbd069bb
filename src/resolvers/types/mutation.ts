import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { UserErrorCode, type UserErrorShape } from "../../errors";

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation input was refused.",
  valuesConfig: {
    BLANK: { description: "The value is empty or only spaces." },
    TOO_LONG: { description: "The value is longer than allowed." },
    INVALID: { description: "The value has the wrong form, or the action does not apply in this state." },
    TAKEN: { description: "Another object already uses the value." },
    NOT_FOUND: { description: "The ID names nothing the caller can act on." },
    LIMIT_REACHED: { description: "The caller already has as many of these as allowed." },
    NO_CONFIRMED_ADDRESS: {
      description: "Email needs a confirmed address: the caller has no confirmed digest subscription.",
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "A mistake in a mutation's input. When a payload has any, nothing was written.",
})
export class UserError implements UserErrorShape {
  @Field(() => [String], { description: 'Path to the input field at fault, such as `["input", "title"]`.' })
  field: string[];

  @Field({ description: "What is wrong, for people." })
  message: string;

  @Field(() => UserErrorCode, { description: "What is wrong, for programs." })
  code: UserErrorCode;
}

@InputType({ description: "Fields every mutation input has." })
export class MutationInput {
  @Field(() => String, { nullable: true, description: "Any string; returned unchanged in the payload." })
  clientMutationId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Fields every mutation payload has." })
export class MutationPayload {
  @Field(() => String, { nullable: true, description: "The `clientMutationId` of the input." })
  clientMutationId: string | null;

  @Field(() => [UserError], { description: "Mistakes in the input; empty when the mutation succeeded." })
  userErrors: UserError[];
}
