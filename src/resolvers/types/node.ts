import { Field, ID, InterfaceType } from "type-graphql";

/** An object with a globally unique, opaque ID, fetchable with `node(id:)`. */
@InterfaceType({ description: "An object with a globally unique ID." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID of the object; pass it to `node(id:)` to fetch it again." })
  id: string;
}
