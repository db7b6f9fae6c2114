import { graphql } from '../gql/index.ts';

/**
 * The agency's figures on urging for the period: how many of its petitions were urged, and how many of those
 * were published after. Also who may urge: the same readers as the statistics (leaders over their agency's
 * reach, the central office), so a refusal here means the caller may not urge the agency either.
 */
export const URGING_FIGURES = graphql(`
  query DashboardAgencyUrgingFigures($id: ID!, $from: Date!, $to: Date!) {
    agency(id: $id) {
      id
      petitionStats(from: $from, to: $to) {
        received
        overdue
        urged
        resolvedAfterUrging
      }
    }
  }
`);

export const URGE_PETITIONS = graphql(`
  mutation DashboardUrgePetitions($input: UrgePetitionsInput!) {
    urgePetitions(input: $input) {
      id
      agency {
        id
        name
      }
      petitionCount
      expectedBy
    }
  }
`);

export const URGE_REPORTS = graphql(`
  mutation DashboardUrgeReports($input: UrgeReportsInput!) {
    urgeReports(input: $input) {
      id
      obligationCount
      expectedBy
    }
  }
`);

/** How many urgings (about petitions, about reports) wait for the agency's acknowledgement. */
export const UNACKNOWLEDGED = graphql(`
  query DashboardUnacknowledgedUrgings($id: ID!) {
    agency(id: $id) {
      id
      urgings(acknowledged: false, first: 1) {
        totalCount
      }
      reportingUrgings(acknowledged: false, first: 1) {
        totalCount
      }
    }
  }
`);

export const PETITION_URGINGS = graphql(`
  query DashboardPetitionUrgings($id: ID!, $first: Int!) {
    agency(id: $id) {
      id
      urgings(first: $first) {
        totalCount
        nodes {
          id
          urgedAt
          urgedByAgency {
            id
            name
          }
          message
          expectedBy
          count: petitionCount
          acknowledgedAt
          acknowledgedBy
        }
      }
    }
  }
`);

export const REPORTING_URGINGS = graphql(`
  query DashboardReportingUrgings($id: ID!, $first: Int!) {
    agency(id: $id) {
      id
      urgings: reportingUrgings(first: $first) {
        totalCount
        nodes {
          id
          urgedAt
          urgedByAgency {
            id
            name
          }
          message
          expectedBy
          count: obligationCount
          acknowledgedAt
          acknowledgedBy
        }
      }
    }
  }
`);

export const ACKNOWLEDGE_URGING = graphql(`
  mutation DashboardAcknowledgeUrging($id: ID!) {
    acknowledgeUrging(id: $id) {
      id
      acknowledgedAt
      acknowledgedBy
    }
  }
`);

export const ACKNOWLEDGE_REPORTING_URGING = graphql(`
  mutation DashboardAcknowledgeReportingUrging($id: ID!) {
    acknowledgeReportingUrging(id: $id) {
      id
      acknowledgedAt
      acknowledgedBy
    }
  }
`);
