import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  valueFromAST,
} from 'graphql';
import { scanPrice } from './scanPrices.ts';

/** Page size assumed for a list or connection asked without `first`, and the most any `first` counts for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED';

/**
 * The cost of an operation, roughly the number of values it can make the subgraphs produce:
 * - every field costs 1;
 * - a connection (a type named …Connection) or a list of objects multiplies the cost of what is selected
 *   inside it by its page size: its `first` argument (literal, or the variable's value), DEFAULT_PAGE_SIZE
 *   when absent, at most MAX_PAGE_SIZE;
 * - `nodes` and `edges` inside a connection are not multiplied again (the connection already was), and
 *   neither are lists of scalars (they have nothing under them).
 * - a field whose work grows with the data (a search, a petition count, a statistic) adds its price from
 *   gateway/scanPrices.ts (a petitions search 3000, a petition count 20, a statistic 10),
 *   multiplied like any other cost by the lists around it.
 * Fragments are followed (a fragment that spreads itself counts once: validation refuses such cycles).
 * So `agencies(first: 100) { nodes { id children(first: 100) { nodes { id } } } }` costs about 100 × 100.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  /** Called for each field that has a scan price (gateway/scanPrices.ts), so a caller can tell such operations apart. */
  onPriced?: (coordinate: string) => void,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // Variables the request did not send fall back to their declared default.
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] !== undefined || !definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type);
    if (type) values[name] = valueFromAST(definition.defaultValue, type as never);
  }

  const pageSize = (field: FieldNode): number => {
    const argument = field.arguments?.find((arg) => arg.name.value === 'first');
    let first: unknown;
    if (argument?.value.kind === Kind.INT) first = Number(argument.value.value);
    else if (argument?.value.kind === Kind.VARIABLE) first = values[argument.value.name.value];
    if (typeof first !== 'number' || !Number.isFinite(first)) return DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(Math.trunc(first), 0), MAX_PAGE_SIZE);
  };

  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    seen: Set<string>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition: GraphQLField<unknown, unknown> | undefined = isObjectType(parent)
          ? parent.getFields()[selection.name.value]
          : 'getFields' in parent
            ? parent.getFields()[selection.name.value]
            : undefined;
        const price = scanPrice(parent.name, definition, selection, values, fragments);
        if (price > 0) onPriced?.(`${parent.name}.${selection.name.value}`);
        total += 1 + price;
        // __schema, __type: introspection has its own limits (depth, tokens).
        if (!selection.selectionSet || !definition) continue;
        const child = getNamedType(definition.type);
        if (!isCompositeType(child)) continue;
        const inner = costOf(selection.selectionSet, child, seen);
        const insideConnection = parent.name.endsWith('Connection');
        const multiplies =
          child.name.endsWith('Connection') ||
          (isListType(getNullableType(definition.type)) && !insideConnection);
        total += multiplies ? pageSize(selection) * inner : inner;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        total += costOf(selection.selectionSet, isCompositeType(condition) ? condition : parent, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        total += costOf(
          fragment.selectionSet,
          isCompositeType(condition) ? condition : parent,
          new Set([...seen, name]),
        );
      }
    }
    return total;
  };

  return costOf(operation.selectionSet, root, new Set());
}

/** The refusal names no figures: the limits are not exposed to a prober. */
export interface OperationPrice {
  cost: number;
  /** Whether any field has a scan price: a search, a petition count, a statistic. */
  priced: boolean;
}

interface ResolvedRequest {
  request: { variables?: Record<string, unknown> };
  document: DocumentNode;
  operation: OperationDefinitionNode;
  schema: GraphQLSchema;
}

// Keyed by the request object, which every plugin of one request sees: the cost limit and the anonymous
// in-flight limit walk the operation once between them.
const prices = new WeakMap<object, OperationPrice>();

/** The resolved request's price, computed once however many plugins ask for it. */
export function requestPrice({ request, document, operation, schema }: ResolvedRequest): OperationPrice {
  const known = prices.get(request);
  if (known) return known;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  let priced = false;
  const cost = operationCost(schema, operation, fragments, request.variables ?? {}, () => {
    priced = true;
  });
  const price = { cost, priced };
  prices.set(request, price);
  return price;
}

export function costLimitError(): GraphQLError {
  return new GraphQLError('Query asks for too much at once: request smaller pages or fewer nested lists.', {
    extensions: { code: COST_LIMIT_EXCEEDED, http: { status: 400 } },
  });
}
