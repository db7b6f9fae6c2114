import type { AccessRule } from '../../kit/accessRules.ts';

/**
 * Who may do what with administrative procedures (README "Who may do what"): maintenance/access.ts checks
 * the commands of maintenance/ and plans/. X is the caller's agency.
 */
export const PROCEDURES_ACCESS_RULES: readonly AccessRule[] = [
  {
    action: 'Read the procedure catalog',
    who: { ANONYMOUS: 'yes', CITIZEN: 'yes', OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  { action: 'Maintain procedures (X a ministry managing them)', who: { OFFICER: 'X', LEADER: 'X' } },
  {
    action: 'Procedure simplification plans: propose, approve',
    who: { OFFICER: 'propose for X', LEADER: 'propose for X', CENTRAL_OFFICE: 'approve' },
  },
];
