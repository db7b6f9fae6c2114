import type { AccessRule } from '../../kit/accessRules.ts';

/** Who may do what with the agency directory (README "Who may do what"): it is public reference data. */
export const AGENCIES_ACCESS_RULES: readonly AccessRule[] = [
  {
    action: 'Read the agency directory',
    who: { ANONYMOUS: 'yes', CITIZEN: 'yes', OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
];
