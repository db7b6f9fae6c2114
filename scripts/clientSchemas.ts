import { join } from 'node:path';
import type { CompositionSuccess } from '@apollo/composition';
import {
  buildASTSchema,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  isTypeDefinitionNode,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  type TypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { PROJECT_ROOT } from '../kit/config.ts';

export const API_SCHEMA_PATH = join(PROJECT_ROOT, 'schema', 'api.graphql');
export const PUBLIC_SCHEMA_PATH = join(PROJECT_ROOT, 'schema', 'public.graphql');

/** The tag that marks what an anonymous client may use (`@tag(name: "public")` in the subgraphs' SDL). */
export const PUBLIC_TAG = 'public';

/**
 * What clients see through the gateway: no federation types, no `@inaccessible` fields, doc strings kept.
 * Types, fields and arguments in alphabetical order, so that the file reads the same whichever way the schema
 * was built (composition here, introspection through the gateway in tests/api-schema.test.ts).
 */
export function apiSchemaSdl(composition: CompositionSuccess): string {
  return printClientSchema(composition.schema.toAPISchema().toGraphQLJSSchema());
}

/** A schema as the files in schema/ hold it: sorted (see apiSchemaSdl), ending with a newline. */
export function printClientSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Whether a node carries `@tag(name: tag)`. */
function hasTag(directives: readonly ConstDirectiveNode[] | undefined, tag: string): boolean {
  return (directives ?? []).some(
    (directive) =>
      directive.name.value === 'tag' &&
      (directive.arguments ?? []).some(
        (argument) =>
          argument.name.value === 'name' &&
          argument.value.kind === Kind.STRING &&
          argument.value.value === tag,
      ),
  );
}

/** `Type` and `Type.field` coordinates carrying `@tag(name: tag)` in the supergraph. */
export function taggedCoordinates(supergraphSdl: string, tag: string): Set<string> {
  const tagged = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (!isTypeDefinitionNode(definition)) continue;
    const typeName = definition.name.value;
    if (hasTag(definition.directives, tag)) tagged.add(typeName);
    if ('fields' in definition)
      for (const field of definition.fields ?? [])
        if (hasTag(field.directives, tag)) tagged.add(`${typeName}.${field.name.value}`);
  }
  return tagged;
}

const ROOT_TYPES = new Set(['Query', 'Mutation']);

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/**
 * A contract: the API schema cut down to the root fields tagged `tag` and what they reach. On an object
 * type a field stays when it or its type is tagged (a type tag opens all its fields, so types that other
 * subgraphs extend with non-public fields tag their public fields one by one); root types must tag each
 * field. Input types, enums and scalars reached stay whole. A tagged field leading to an object type with
 * nothing tagged is an error, so that a forgotten tag shows at `npm run compose`.
 */
export function contractSdl(apiSdl: string, tagged: Set<string>): string {
  const definitions = new Map<string, TypeDefinitionNode>();
  for (const definition of parse(apiSdl).definitions)
    if (isTypeDefinitionNode(definition)) definitions.set(definition.name.value, definition);
  const keptFields = new Map<string, Set<string>>();
  const keptTypes = new Set<string>();
  const isOpen = (typeName: string, field: string) =>
    tagged.has(`${typeName}.${field}`) || (!ROOT_TYPES.has(typeName) && tagged.has(typeName));

  const reach = (typeName: string): void => {
    if (keptTypes.has(typeName)) return;
    const definition = definitions.get(typeName);
    if (!definition) return; // a built-in scalar
    keptTypes.add(typeName);
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION
    ) {
      const fields = (definition.fields ?? []).filter((field) => isOpen(typeName, field.name.value));
      if (fields.length === 0)
        throw new Error(`Contract "${PUBLIC_TAG}": ${typeName} is reached but has no tagged field`);
      keptFields.set(typeName, new Set(fields.map((field) => field.name.value)));
      for (const field of fields) reachField(field);
    } else if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) reach(namedTypeOf(field.type));
    } else if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
      for (const member of definition.types ?? []) reach(member.name.value);
    }
  };
  const reachField = (field: FieldDefinitionNode) => {
    reach(namedTypeOf(field.type));
    for (const argument of field.arguments ?? []) reach(namedTypeOf(argument.type));
  };
  for (const root of ROOT_TYPES) if (definitions.has(root)) reach(root);

  const kept = [...definitions.values()].filter((definition) => keptTypes.has(definition.name.value));
  const pruned: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: kept.map((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION
        ? {
            ...definition,
            fields: definition.fields?.filter((field) =>
              keptFields.get(definition.name.value)?.has(field.name.value),
            ),
            interfaces: definition.interfaces?.filter((named) => keptTypes.has(named.name.value)),
          }
        : definition,
    ),
  };
  return printClientSchema(buildASTSchema(pruned));
}
