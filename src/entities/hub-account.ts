import { Field, ObjectType } from "type-graphql";
import { URLResolver } from "graphql-scalars";

/** A Hugging Face user or organization, as the daily feed names it; stored as JSON on the paper. */
@ObjectType({ simpleResolvers: true, description: "A Hugging Face user or organization." })
export class HubAccount {
  @Field({ description: "The account's name on Hugging Face, as in `huggingface.co/<name>`." })
  name: string;

  @Field(() => String, { nullable: true, description: "The name the account displays." })
  fullName: string | null;

  @Field(() => URLResolver, { nullable: true, description: "The account's avatar image." })
  avatarUrl: string | null;
}
