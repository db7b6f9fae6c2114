import { graphql } from '../gql/index.ts';

export const AGENCY_HEADER = graphql(`
  query DashboardAgency($id: ID!) {
    agency(id: $id) {
      id
      code
      name
      kind
    }
  }
`);

/** The agency's petitions received in the period by content category (Decree 20/2008 Art. 5). */
export const BY_CATEGORY = graphql(`
  query DashboardAgencyByCategory($id: ID!, $from: Date!, $to: Date!) {
    agency(id: $id) {
      id
      petitionStatsByCategory(from: $from, to: $to) {
        category
        stats {
          received
          publishedOnTime
          publishedLate
          inProgressOnTime
          overdueUnpublished
          rejected
          onTimeRate
        }
      }
    }
  }
`);

/** The agency's petitions received in the period by field (lĩnh vực) of the procedure they name. */
export const BY_FIELD = graphql(`
  query DashboardAgencyByField($id: ID!, $from: Date!, $to: Date!) {
    fields(first: 100) {
      nodes {
        code
        name
        petitionStats(agencyId: $id, from: $from, to: $to) {
          received
          publishedOnTime
          overdue
          onTimeRate
        }
      }
    }
  }
`);

/** Petitions the agency handles whose publication deadline has passed and that are still open, oldest due first. */
export const OVERDUE_PETITIONS = graphql(`
  query DashboardOverduePetitions($id: ID!, $first: Int!) {
    agency(id: $id) {
      id
      petitions(
        filter: { overdue: true, status: [RECEIVED, ACCEPTED, PROCESSING, ANSWERED, RETURNED, TRANSFERRED] }
        first: $first
      ) {
        totalCount
        nodes {
          id
          trackingCode
          title
          category
          status
          receivedAt
          dueDate
          version
          handlingAgency {
            id
            name
          }
        }
      }
    }
  }
`);

export const AGENCY_REPORTS = graphql(`
  query DashboardAgencyReports($id: ID!, $from: Date!, $to: Date!) {
    agency(id: $id) {
      id
      reportingCompliance(from: $from, to: $to) {
        due
        submitted
        submittedOnTime
        late
        missing
        pending
        onTimeRate
        urged
        resolvedAfterUrging
      }
    }
    overdueReports(filter: { agencyId: $id }, first: 50) {
      totalCount
      nodes {
        id
        dueDate
        daysOverdue
        status
        period {
          label
          name
        }
        regime {
          code
          name
        }
      }
    }
  }
`);
