import {
  type DefinitionNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isSpecifiedDirective,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The schema coordinates an operation uses, sorted and unique: `Type.field` for every field selected (on the
 * type it is selected on), `Type.field.argument` for every argument passed, `Input.field` for input fields
 * written in literals, `TypeName` for every enum and input object touched and `@directive` for custom
 * directives. A schema change is matched against these to find the operations it breaks.
 */
export function operationCoordinates(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): string[] {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const touch = (type: GraphQLNamedType | null | undefined) => {
    if (isEnumType(type) || isInputObjectType(type)) used.add(type.name);
  };
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType()?.name;
      if (!own(parent) || !own(node.name.value)) return;
      used.add(`${parent}.${node.name.value}`);
      touch(getNamedType(typeInfo.getType()));
    },
    Argument(node) {
      const parent = typeInfo.getParentType()?.name;
      const field = typeInfo.getFieldDef()?.name;
      // Directive arguments (`@include(if:)`) are not schema fields' arguments.
      if (typeInfo.getDirective() || !own(parent) || !own(field)) return;
      used.add(`${parent}.${field}.${node.name.value}`);
      touch(getNamedType(typeInfo.getInputType()));
    },
    ObjectField(node) {
      const input = getNamedType(typeInfo.getParentInputType());
      if (!input) return;
      used.add(`${input.name}.${node.name.value}`);
      touch(getNamedType(typeInfo.getInputType()));
    },
    VariableDefinition() {
      // A variable's value is unknown here: the operation may use every input and enum type it can hold.
      for (const type of inputTypesWithin(typeInfo.getInputType())) touch(type);
    },
    Directive(node) {
      const directive = typeInfo.getDirective();
      if (directive && !isSpecifiedDirective(directive)) used.add(`@${node.name.value}`);
    },
  });
  visit(selectDefinitions(document, operationName), visitor);
  return [...used].sort();
}

/** Introspection (`__typename`, `__schema`, `__type` and what they select) is not the schema's own. */
function own(name: string | undefined): name is string {
  return name !== undefined && !name.startsWith('__');
}

/** A name for an operation in reports: its name, or "anonymous operation". */
export function operationLabel(document: DocumentNode, operationName?: string | null): string {
  return operationName || getOperationAST(document, operationName)?.name?.value || 'anonymous operation';
}

/** The named operation and the fragments it reaches; the whole document when no name is given. */
function selectDefinitions(document: DocumentNode, operationName?: string | null): DocumentNode {
  if (!operationName) return document;
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error(`The document has no operation named ${operationName}.`);
  const fragments = new Map<string, DefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reached = new Set<string>();
  const follow = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || reached.has(spread.name.value)) return;
        reached.add(spread.name.value);
        follow(fragment);
      },
    });
  follow(operation);
  const definitions = [operation, ...[...reached].flatMap((name) => fragments.get(name) ?? [])];
  return { kind: Kind.DOCUMENT, definitions };
}

/** Every input object and enum type reachable from an input type, through nested input fields. */
function inputTypesWithin(type: GraphQLInputType | null | undefined, seen = new Set<GraphQLNamedType>()) {
  const named = getNamedType(type);
  if (!named || seen.has(named)) return seen;
  if (isEnumType(named)) seen.add(named);
  if (isInputObjectType(named)) {
    seen.add(named);
    for (const field of Object.values(named.getFields())) inputTypesWithin(field.type, seen);
  }
  return seen;
}
