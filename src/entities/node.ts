import { Field, ID, InterfaceType } from "type-graphql";

/** Where a row read for `node(id:)` keeps the name of its GraphQL type. */
const nodeType = Symbol("nodeType");

/** A row read by global ID, tagged with its type so that `Node` can resolve to it. */
export function asNode<T extends object>(type: string, row: T): T {
  return Object.assign(row, { [nodeType]: type });
}

/** The GraphQL type of a row that `asNode` tagged; createSchema installs it on `Node`. */
export function resolveNodeType(value: { [nodeType]?: string }): string | undefined {
  return value[nodeType];
}

/** An object with a globally unique, opaque ID, fetchable with `node(id:)`. */
@InterfaceType({ description: "An object with a globally unique ID." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID of the object; pass it to `node(id:)` to fetch it again." })
  id: string;
}
