import type { AccessRule } from '../../kit/accessRules.ts';

/**
 * Who may do what with petitions (README "Who may do what"); subgraphs/petitions/access.ts and the shared
 * scopes of kit/agencyScope.ts enforce it. "X's reach" is X, its units and the agencies it succeeded.
 */
export const PETITIONS_ACCESS_RULES: readonly AccessRule[] = [
  {
    action: 'Submit a petition; track one by its code; read published answers',
    who: { ANONYMOUS: 'yes', CITIZEN: 'yes', OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Read petitions (by id, lists, Agency.petitions, entity lookups)',
    who: { OFFICER: "X's reach", LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  {
    action: "Read a petitioner's personal data (Petition.petitioner), leaving an access record",
    who: {
      OFFICER: "in full where X handles or received it; masked elsewhere in X's reach",
      LEADER: "in full where X handles or received it; masked elsewhere in X's reach",
      CENTRAL_OFFICE: 'in full where X handles or received it; masked elsewhere',
    },
  },
  {
    action: "See which officer acted in a petition's history (PetitionEvent.actor; others see the agency)",
    who: { OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Handle petitions (accept, reject, transfer, classify, answer)',
    who: {
      OFFICER: "handled in X's reach",
      LEADER: "handled in X's reach",
      CENTRAL_OFFICE: 'handled in its reach',
    },
  },
  {
    action: 'Check an answer before publication: approve (publishes) or return for rework',
    who: {
      OFFICER: "received in X's reach; approve only if not also handled there",
      LEADER: "received in X's reach",
    },
  },
  {
    action: 'Escalate a petition to the Government (Art. 17)',
    who: { OFFICER: "handled in X's reach", LEADER: "handled in X's reach" },
  },
  {
    action:
      "Escalations: the queue and its figures (Query.escalations, escalationStats); a petition's escalation",
    who: {
      OFFICER: "a petition's escalation, where X's reach handles it or is involved",
      LEADER: "touching X's reach",
      CENTRAL_OFFICE: 'all',
    },
  },
  {
    action: 'Decide an escalation: assign the handling agency, or answer it',
    who: { CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Statistics: petition figures, petition counts by procedure',
    who: { LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  {
    action: 'Urge an agency about its overdue petitions (urgePetitions)',
    who: { LEADER: "agencies in X's reach", CENTRAL_OFFICE: 'any agency' },
  },
  {
    action: 'Read urgings (Agency.urgings, Petition.urgings); acknowledge one (acknowledgeUrging)',
    who: {
      OFFICER: "urged agencies in X's reach; acknowledge them",
      LEADER: "urged agencies in X's reach; acknowledge them",
      CENTRAL_OFFICE: 'all; never acknowledges',
    },
  },
];
