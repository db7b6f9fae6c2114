import { type DocumentNode, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';

/** Root fields that only read the schema itself; everything under them stays inside introspection types. */
const INTROSPECTION_ROOT_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * Whether every operation in the document selects only `__schema`/`__type` (and `__typename`) at its root,
 * following fragments spread there. Such an operation reads no data, so the depth, alias and directive
 * limits that guard the subgraphs need not apply to it.
 */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  const rootOnlyIntrospects = (selectionSet: SelectionSetNode, seen: Set<string>): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return rootOnlyIntrospects(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return false;
      return rootOnlyIntrospects(fragment, new Set([...seen, name]));
    });
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return (
    operations.length > 0 &&
    operations.every(
      (operation) =>
        operation.operation === 'query' && rootOnlyIntrospects(operation.selectionSet, new Set()),
    )
  );
}

/**
 * The rule, skipped for introspection-only documents: GraphiQL's and codegen's standard introspection query
 * nests about 21 deep, above the data limits. Only used while introspection is enabled (not production).
 */
export function exceptIntrospection(rule: ValidationRule): ValidationRule {
  return (context) => (isIntrospectionOnly(context.getDocument()) ? {} : rule(context));
}
