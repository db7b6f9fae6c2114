import { type Scope, statisticsScope } from '../../kit/agencyScope.ts';
import type { Identity } from '../../kit/identity.ts';
import type { Units } from './complianceStore.ts';

/** A scope as the statements of this subgraph take it: null for every agency, else the reach's units. */
export const unitsOf = (scope: Scope): Units => (scope.kind === 'all' ? null : scope.unitIds);

/**
 * The agencies a caller's statistics may count (kit/agencyScope.ts statisticsScope): the central office all,
 * a leader their agency's reach; anyone else is refused, so the field comes back null with the error.
 */
export async function statisticsUnits(identity: Identity): Promise<Units> {
  return unitsOf(await statisticsScope(identity));
}
