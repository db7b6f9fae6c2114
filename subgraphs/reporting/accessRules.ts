import type { AccessRule } from '../../kit/accessRules.ts';

/**
 * Who may do what with reporting regimes and reports (README "Who may do what"): the resolvers enforce it
 * with the shared scopes of kit/agencyScope.ts, submitReport.ts, proposePlan.ts, planLifecycle.ts and regimeCatalogue.ts. "X's reach" is X, its
 * units and the agencies it succeeded.
 */
export const REPORTING_ACCESS_RULES: readonly AccessRule[] = [
  {
    action: 'Read the reporting-regime catalog',
    who: { ANONYMOUS: 'yes', CITIZEN: 'yes', OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Statistics: reporting compliance, overdue reports',
    who: { LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  {
    action: "Read one agency's reporting obligation with its report versions",
    who: { OFFICER: "X's reach", LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  { action: "Submit X's reports", who: { OFFICER: 'X', LEADER: 'X' } },
  {
    action: 'Reporting simplification plans: propose',
    who: {
      OFFICER: 'X issues or receives the regime',
      LEADER: 'X issues or receives the regime',
      CENTRAL_OFFICE: 'yes',
    },
  },
  {
    action: 'Reporting simplification plans: submit a draft',
    who: { OFFICER: 'X proposed it', LEADER: 'X proposed it', CENTRAL_OFFICE: 'yes' },
  },
  { action: 'Reporting simplification plans: approve, implement', who: { CENTRAL_OFFICE: 'yes' } },
  {
    action: 'Maintain the reporting-regime catalog (create, amend, abolish, merge)',
    who: { CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Urge an agency about its overdue reports (urgeReports)',
    who: { LEADER: "agencies in X's reach", CENTRAL_OFFICE: 'any agency' },
  },
  {
    action:
      'Read urgings about reports (Agency.reportingUrgings, ReportingObligation.urgings); acknowledge one',
    who: {
      OFFICER: "urged agencies in X's reach; acknowledge them",
      LEADER: "urged agencies in X's reach; acknowledge them",
      CENTRAL_OFFICE: 'all; never acknowledges',
    },
  },
];
