import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the client asked for a field directly under the one being resolved (through fragments too):
 * lets a set-based query leave out a costly part nobody reads.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === name;
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      return within(info.fragments[fragmentName]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/**
 * Whether the client asked for `name` under the field `parent` directly under the one being resolved
 * (e.g. `petitionStatsByCategory { stats { transferredOut } }`), through fragments too.
 */
export function selectsNestedField(info: GraphQLResolveInfo, parent: string, name: string): boolean {
  const fieldsNamed = (set: SelectionSetNode | undefined, wanted: string, seen: Set<string>): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === 'Field') return selection.name.value === wanted ? [selection] : [];
      if (selection.kind === 'InlineFragment') return fieldsNamed(selection.selectionSet, wanted, seen);
      if (seen.has(selection.name.value)) return [];
      seen.add(selection.name.value);
      return fieldsNamed(info.fragments[selection.name.value]?.selectionSet, wanted, seen);
    });
  const parents = info.fieldNodes.flatMap((node) => fieldsNamed(node.selectionSet, parent, new Set()));
  return parents.some((node) => fieldsNamed(node.selectionSet, name, new Set()).length > 0);
}
