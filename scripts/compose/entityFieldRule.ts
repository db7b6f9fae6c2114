import {
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';

/**
 * A field a subgraph adds to an entity another subgraph owns must be nullable: the gateway fetches it from
 * the contributing subgraph, and when that subgraph is down or fails, a non-null field would null the whole
 * entity (and everything above it up to the next nullable field), taking the owner's data down with it.
 *
 * Who owns an entity (a type with @key), decided from the SDL alone:
 * - a subgraph's own fields of the entity are those that are neither key fields nor @external;
 * - a definition written `extend type` never owns the entity while another subgraph defines it with `type`;
 * - among the rest, the owner is the subgraph that resolves the most own fields of the entity, @shareable
 *   ones not counted (the agencies subgraph resolves Agency's name, kind, dates…; the others add a few
 *   figures each). A tie leaves the
 *   owner unknown, which is reported as such when a tied subgraph declares a non-null own field.
 * A field the owner also defines (a @shareable value) is the owner's, not a contribution.
 */
export interface SubgraphSdl {
  name: string;
  typeDefs: DocumentNode;
}

interface EntityDefinition {
  subgraph: string;
  extension: boolean;
  keyFields: Set<string>;
  /** Neither key fields nor @external: what this subgraph resolves. */
  ownFields: FieldDefinitionNode[];
}

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

/** Violations of the rule, one message per offending field; empty when every contribution is nullable. */
export function entityFieldViolations(subgraphs: SubgraphSdl[]): string[] {
  const entities = new Map<string, EntityDefinition[]>();
  for (const { name, typeDefs } of subgraphs) {
    for (const [typeName, definition] of entityDefinitions(name, typeDefs)) {
      entities.set(typeName, [...(entities.get(typeName) ?? []), definition]);
    }
  }
  const violations: string[] = [];
  for (const [typeName, definitions] of entities) {
    if (definitions.length < 2) continue;
    violations.push(...violationsOf(typeName, definitions));
  }
  return violations;
}

function violationsOf(typeName: string, definitions: EntityDefinition[]): string[] {
  const candidates = definitions.some((definition) => !definition.extension)
    ? definitions.filter((definition) => !definition.extension)
    : definitions;
  const most = Math.max(...candidates.map(unsharedCount));
  const owners = candidates.filter((definition) => unsharedCount(definition) === most);
  if (owners.length > 1) {
    const names = owners.map((owner) => owner.subgraph).join(', ');
    return owners.flatMap((owner) =>
      owner.ownFields
        .filter((field) => field.type.kind === Kind.NON_NULL_TYPE)
        .map(
          (field) =>
            `Subgraph "${owner.subgraph}" adds the non-null field ${typeName}.${field.name.value}, but the owner of ` +
            `entity ${typeName} is unclear (${names} each resolve ${most} of its fields): let one subgraph ` +
            "resolve its fields and make the others' additions nullable.",
        ),
    );
  }
  const owner = owners[0];
  const ownerFields = new Set(owner.ownFields.map((field) => field.name.value));
  return definitions
    .filter((definition) => definition !== owner)
    .flatMap((contributor) =>
      contributor.ownFields
        .filter((field) => field.type.kind === Kind.NON_NULL_TYPE && !ownerFields.has(field.name.value))
        .map(
          (field) =>
            `Subgraph "${contributor.subgraph}" adds ${typeName}.${field.name.value} to entity ${typeName}, ` +
            `owned by subgraph "${owner.subgraph}", as non-null (${printType(field)}): it must be nullable, ` +
            `or a failure of "${contributor.subgraph}" (down, slow, an error) would fail the whole ` +
            `${typeName} for every query that asks for this field, the owner's data included.`,
        ),
    );
}

function unsharedCount(definition: EntityDefinition): number {
  return definition.ownFields.filter((field) => !hasDirective(field, 'shareable')).length;
}

function hasDirective(field: FieldDefinitionNode, name: string): boolean {
  return field.directives?.some((directive) => directive.name.value === name) ?? false;
}

function entityDefinitions(subgraph: string, typeDefs: DocumentNode): Map<string, EntityDefinition> {
  const found = new Map<string, EntityDefinition>();
  for (const node of typeDefs.definitions) {
    if (node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const keyFields = keyFieldsOf(node);
    const previous = found.get(node.name.value);
    if (keyFields.size === 0 && !previous) continue;
    const definition = previous ?? {
      subgraph,
      extension: node.kind === Kind.OBJECT_TYPE_EXTENSION,
      keyFields,
      ownFields: [],
    };
    for (const field of keyFields) definition.keyFields.add(field);
    if (node.kind === Kind.OBJECT_TYPE_DEFINITION) definition.extension = false;
    for (const field of node.fields ?? []) {
      if (!hasDirective(field, 'external')) definition.ownFields.push(field);
    }
    found.set(node.name.value, definition);
  }
  for (const definition of found.values()) {
    definition.ownFields = definition.ownFields.filter(
      (field) => !definition.keyFields.has(field.name.value),
    );
  }
  return found;
}

/** The top-level field names of every @key's `fields` selection (nested selections belong to other types). */
function keyFieldsOf(node: ObjectNode): Set<string> {
  const names = new Set<string>();
  for (const directive of node.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
    if (fields?.kind !== Kind.STRING) continue;
    let depth = 0;
    for (const token of fields.value.match(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g) ?? []) {
      if (token === '{') depth += 1;
      else if (token === '}') depth -= 1;
      else if (depth === 0) names.add(token);
    }
  }
  return names;
}

function printType(field: FieldDefinitionNode): string {
  const print = (type: FieldDefinitionNode['type']): string =>
    type.kind === Kind.NON_NULL_TYPE
      ? `${print(type.type)}!`
      : type.kind === Kind.LIST_TYPE
        ? `[${print(type.type)}]`
        : type.name.value;
  return print(field.type);
}
