import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { DateScalar, DateTimeScalar } from '../kit/dates.ts';

const HUB_SCALARS = [DateScalar, DateTimeScalar];

/**
 * The supergraph only names its scalars; it cannot carry their parsing. Give the gateway's API schema the
 * hub's Date and DateTime rules so a malformed date is refused before any subgraph is called, with the
 * same message a subgraph would give.
 */
export function enforceHubScalars(schema: GraphQLSchema): void {
  for (const scalar of HUB_SCALARS) {
    const type = schema.getType(scalar.name);
    if (!(type instanceof GraphQLScalarType)) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}
