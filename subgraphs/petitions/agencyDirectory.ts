import { GraphQLError } from 'graphql';
import type { Identity } from '../../kit/identity.ts';
import { callSubgraph } from '../../kit/subgraphClient.ts';
import { invalidInput } from './submission.ts';

/**
 * Where a petition addressed to an agency goes, asked of the agencies subgraph while a command runs (never
 * SQL across databases): the agency that exists on the day in its place (itself, or its successor after the
 * 2025 reorganization) and that agency's ancestors, stored with the petition for lists by agency.
 */
export interface RoutedAgency {
  /** The agency the petitioner or officer named. */
  addressedId: string;
  addressedName: string;
  /** The agency that receives it on the day. */
  id: string;
  name: string;
  /** Nearest first. */
  ancestors: string[];
}

const ROUTE = `query Route($id: ID!, $on: Date) {
  agency(id: $id) { id name activeSuccessor(on: $on) { id name ancestors { id } } }
}`;

interface RouteAnswer {
  agency: {
    id: string;
    name: string;
    activeSuccessor: { id: string; name: string; ancestors: { id: string }[] } | null;
  } | null;
}

export async function routeToAgency(
  identity: Identity,
  agencyId: string,
  day: string,
  field: string,
): Promise<RoutedAgency> {
  let answer: RouteAnswer;
  try {
    answer = await callSubgraph<RouteAnswer>('agencies', ROUTE, { id: agencyId, on: day }, identity);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND')
      throw unknownAgency(agencyId, field);
    throw error;
  }
  const agency = answer.agency;
  if (!agency) throw unknownAgency(agencyId, field);
  const successor = agency.activeSuccessor;
  if (!successor) {
    throw invalidInput([
      { field, message: `Cơ quan "${agency.name}" không còn hoạt động và không có cơ quan kế thừa.` },
    ]);
  }
  return {
    addressedId: agency.id,
    addressedName: agency.name,
    id: successor.id,
    name: successor.name,
    ancestors: successor.ancestors.map((ancestor) => ancestor.id),
  };
}

const unknownAgency = (agencyId: string, field: string) =>
  invalidInput([{ field, message: `Không có cơ quan hành chính nào có mã định danh "${agencyId}".` }]);
