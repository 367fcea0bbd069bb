import {
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage, type ClassType } from "type-graphql";

type ParamReader = (
  root: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
) => unknown;
type ParamMetadata = NonNullable<ReturnType<typeof getMetadataStorage>["fieldResolvers"][number]["params"]>[number];

/** Reads one parameter as type-graphql would, for the kinds that need no conversion; undefined for the rest. */
function readerOf(param: ParamMetadata): ParamReader | undefined {
  switch (param.kind) {
    case "root":
      return param.propertyName === undefined
        ? (root) => root
        : (root) => (root as Record<string, unknown>)[param.propertyName!];
    case "context":
      return param.propertyName === undefined
        ? (_root, _args, context) => context
        : (_root, _args, context) => (context as Record<string, unknown>)[param.propertyName!];
    case "info":
      return (_root, _args, _context, info) => info;
    case "args":
      return (_root, args) => args;
    case "arg":
      return (_root, args) => args[param.name];
    default:
      return undefined;
  }
}

/**
 * type-graphql calls a field resolver through a wrapper that, on every call, sorts the
 * parameters, copies the parent row into an instance of its entity class, and copies the
 * arguments into an instance of their `@ArgsType` class: for a page of 20 papers with their
 * authors, hundreds of objects per request, which a profile showed as a large share of the
 * garbage collector's work. A field resolver of a resolver class whose parameters are the parent,
 * the context, the info and arguments of scalar or enum types (which those copies leave as they
 * are), with no middleware or `@Authorized`, is called directly instead. Entities have no methods,
 * so the parent row serves as well as a copy. The others keep type-graphql's wrapper.
 *
 * Returns the names (`Type.field`) of the fields it now calls directly.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolvers: readonly ClassType[]): string[] {
  const storage = getMetadataStorage();
  // As type-graphql picks them: a field's resolver from the classes the schema was built with,
  // or the classes they extend.
  const resolverClasses = new Set<unknown>();
  for (const resolver of resolvers) {
    for (let cls: unknown = resolver; cls !== Function.prototype; cls = Object.getPrototypeOf(cls))
      resolverClasses.add(cls);
  }
  const replaced: string[] = [];
  const seen = new Set<string>();
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== "external" || !resolverClasses.has(metadata.target)) continue;
    const typeName = storage.objectTypes.find((type) => type.target === metadata.getObjectType?.())?.name;
    const type = typeName === undefined ? undefined : schema.getType(typeName);
    if (!isObjectType(type)) continue;
    // type-graphql takes the first resolver it finds for a field, and so do we.
    if (seen.has(`${typeName}.${metadata.schemaName}`)) continue;
    seen.add(`${typeName}.${metadata.schemaName}`);
    if (metadata.roles || metadata.middlewares?.length) continue;
    const field = type.getFields()[metadata.schemaName];
    if (!field?.resolve || !field.args.every((arg) => isLeafType(getNamedType(arg.type)))) continue;
    const readers = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index).map(readerOf);
    if (readers.some((reader) => reader === undefined)) continue;

    const Resolver = metadata.target as new () => Record<string, (...params: unknown[]) => unknown>;
    const instance = new Resolver();
    const method = instance[metadata.methodName];
    const read = readers as ParamReader[];
    const resolve: GraphQLFieldResolver<unknown, unknown> =
      read.length === 1
        ? (root, args, context, info) => method.call(instance, read[0](root, args, context, info))
        : (root, args, context, info) =>
            method.apply(
              instance,
              read.map((reader) => reader(root, args, context, info)),
            );
    field.resolve = resolve;
    replaced.push(`${typeName}.${metadata.schemaName}`);
  }
  return replaced;
}
