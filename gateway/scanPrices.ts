import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  getNamedType,
  Kind,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';

/**
 * Fields whose work grows with the data, not with the page they answer, and what each adds to an
 * operation's cost (on top of the 1 every field costs; multiplied by the page sizes of the lists around it,
 * like any other cost). The figures are the rows a field can make PostgreSQL read, in units of the cost of
 * one answered value, with the default limit (5000) in mind:
 * - A search (a non-empty `filter.search`) counts every match for `totalCount` and ranks them, and a common
 *   trigram matches a large part of its table; every row the index keeps is re-read and unaccented. On
 *   petitions that is 0.3–0.4 s on PGlite for a three-letter term over the 30,000 sample petitions (counting
 *   12,000–24,000 matches), and grows with the table: 3000, so one request holds one petition search.
 *   Procedures (a catalog of hundreds to thousands of entries) 300; agencies and reporting regimes
 *   (hundreds) 100.
 * - A petition connection whose `totalCount` is asked counts every petition the filter keeps (an agency's,
 *   or all published ones), however small the page, through the handling-agency index, without a search's
 *   per-row recheck: 20 on the connection field (once, not per node), so counts over a page of 100 agencies
 *   (together about the whole table) cost 2000, two thirds of a search.
 * - Statistics aggregate an agency's (or a procedure's) petitions or obligations over a period through a
 *   covering index: 10 each, so the province scorecard (100 provinces, two statistics each) stays well
 *   within the limit.
 */
export const SEARCH_PRICES: Readonly<Record<string, number>> = {
  'Query.petitions': 3000,
  'Query.publishedPetitions': 3000,
  'Agency.petitions': 3000,
  'Query.procedures': 300,
  'Query.agencies': 100,
  'Query.reportingRegimes': 100,
};

/** By the connection type a field returns, when its `totalCount` is selected. */
export const COUNT_PRICES: Readonly<Record<string, number>> = {
  PetitionConnection: 20,
  EscalationConnection: 20,
};

export const FIELD_PRICES: Readonly<Record<string, number>> = {
  'Agency.petitionStats': 10,
  'Agency.petitionStatsByCategory': 10,
  'Field.petitionStats': 10,
  'Agency.reportingCompliance': 10,
  'AdministrativeProcedure.petitionCount': 10,
  'Query.escalationStats': 10,
};

/** What a field adds to the cost for the data it scans, given the operation's variable values. */
export function scanPrice(
  parentName: string,
  definition: GraphQLField<unknown, unknown> | undefined,
  field: FieldNode,
  variables: Record<string, unknown>,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const coordinate = `${parentName}.${field.name.value}`;
  const countPrice = definition ? COUNT_PRICES[getNamedType(definition.type).name] : undefined;
  const counted =
    countPrice && field.selectionSet && selectsTotalCount(field.selectionSet, fragments, new Set());
  const price = (FIELD_PRICES[coordinate] ?? 0) + (counted ? countPrice : 0);
  const searchPrice = SEARCH_PRICES[coordinate];
  if (!searchPrice || !definition) return price;
  return hasSearch(definition, field, variables) ? price + searchPrice : price;
}

function selectsTotalCount(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectsTotalCount(selection.selectionSet, fragments, seen);
    const fragment = fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return false;
    return selectsTotalCount(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
  });
}

function hasSearch(
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  variables: Record<string, unknown>,
): boolean {
  const argument = field.arguments?.find((arg) => arg.name.value === 'filter');
  const type = definition.args.find((arg) => arg.name === 'filter')?.type;
  if (!argument || !type) return false;
  // An argument that does not coerce is refused by validation or execution anyway; counted as a search.
  const filter = valueFromAST(argument.value, type, variables) as { search?: unknown } | null | undefined;
  if (filter === undefined) return true;
  return typeof filter?.search === 'string' && filter.search.trim() !== '';
}
