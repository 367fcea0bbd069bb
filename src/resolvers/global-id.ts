import { FieldResolver, ID, Resolver, Root, type ClassType } from "type-graphql";
import { toGlobalId, type NodeType } from "../domain/global-id";

/** The base of a type's resolver: its `id` field, the global ID made from the row's database key. */
export function GlobalIdResolver(objectType: ClassType, type: NodeType, description: string) {
  @Resolver(() => objectType)
  abstract class GlobalIdFieldResolver {
    @FieldResolver(() => ID, { description })
    id(@Root() row: { id: number }): string {
      return toGlobalId(type, row.id);
    }
  }
  return GlobalIdFieldResolver;
}
