import { referenceAgencies } from '../../fixtures/agencies/referenceAgencies.ts';

const agencies = referenceAgencies();

/**
 * The agency, its units and the agencies it succeeded (with theirs), written here from the reference data,
 * independently of the agencies subgraph's recursive SQL, so tests can check its figures.
 */
export function unitsAnsweredFor(id: string): string[] {
  const found = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const agency of agencies) {
      if ((agency.parentId === current || agency.successorId === current) && !found.has(agency.id)) {
        found.add(agency.id);
        queue.push(agency.id);
      }
    }
  }
  return [...found];
}
