import { graphql } from '../gql/index.ts';

/** The escalations page's documents: the queue, its statistics, the agency directory and the two decisions. */
export const ESCALATIONS = graphql(`
  query DashboardEscalations($filter: EscalationFilter, $first: Int!, $after: String) {
    escalations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ground
        reason
        state
        escalatedAt
        decidedAt
        answer
        escalatedByAgency {
          id
          name
        }
        agencies {
          id
          name
        }
        assignedAgency {
          id
          name
        }
        petition {
          id
          trackingCode
          title
        }
      }
    }
  }
`);

export const ESCALATION_STATS = graphql(`
  query DashboardEscalationStats($from: Date!, $to: Date!) {
    escalationStats(from: $from, to: $to) {
      escalated
      pending
      assigned
      answered
      byGround {
        ground
        count
      }
    }
  }
`);

export const DIRECTORY = graphql(`
  query EscalationAgencies($on: Date!) {
    ministries: agencies(filter: { kind: MINISTRY, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
    ministerialAgencies: agencies(filter: { kind: MINISTERIAL_AGENCY, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
    provinces: agencies(filter: { kind: PROVINCE, activeOn: $on }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ASSIGN = graphql(`
  mutation DashboardAssignEscalation($id: ID!, $agencyId: ID!, $note: String) {
    assignEscalatedPetition(escalationId: $id, agencyId: $agencyId, note: $note) {
      id
      state
    }
  }
`);

export const ANSWER = graphql(`
  mutation DashboardAnswerEscalation($id: ID!, $answer: String!) {
    answerEscalatedPetition(escalationId: $id, answer: $answer) {
      id
      state
    }
  }
`);

/** The handling agency reports a petition to the Government (Art. 17), at the version its list showed. */
export const ESCALATE = graphql(`
  mutation DashboardEscalatePetition($id: ID!, $expectedVersion: Int!, $input: EscalatePetitionInput!) {
    escalatePetition(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      ground
      state
    }
  }
`);
