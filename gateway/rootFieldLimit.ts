import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const ROOT_FIELD_LIMIT_EXCEEDED = 'ROOT_FIELD_LIMIT_EXCEEDED';

/** Fields asked at the top of the operation, fragments included (each one is a separate query plan branch). */
function rootFieldCount(
  selectionSet: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += rootFieldCount(selection.selectionSet, fragment, seen);
    else if (!seen.has(selection.name.value)) {
      const definition = fragment(selection.name.value);
      if (definition)
        count += rootFieldCount(definition.selectionSet, fragment, new Set([...seen, selection.name.value]));
    }
  }
  return count;
}

/**
 * Refuses an operation with more than `max` root fields. GraphQL Armor limits aliases, depth and tokens but
 * not this: a thousand distinct root fields (or one field asked a thousand times with different arguments
 * through aliases) fan out into as many subgraph fetches.
 */
export function rootFieldLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = rootFieldCount(operation.selectionSet, (name) => context.getFragment(name), new Set());
      if (count > max) {
        context.reportError(
          new GraphQLError('Operation asks for too many root fields.', {
            nodes: [operation],
            extensions: { code: ROOT_FIELD_LIMIT_EXCEEDED },
          }),
        );
      }
    },
  });
}
