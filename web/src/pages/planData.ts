import { graphql } from '../gql/index.ts';

/** The plans page's documents: a year's plans, their lifecycle commands, and a regime's history. */
export const PLANS = graphql(`
  query DashboardReportingPlans($year: Int!, $status: ReportingPlanStatus) {
    reportingSimplificationTotals(year: $year) {
      plans
      beforeVnd
      afterVnd
      savingVnd
      percentCut
    }
    reportingSimplificationPlans(filter: { year: $year, status: $status }, first: 100) {
      totalCount
      nodes {
        id
        action
        description
        reportingAgencies
        status
        effectiveFrom
        regime {
          code
          name
        }
        proposedByAgency {
          id
          name
        }
        saving {
          beforeVnd
          afterVnd
          savingVnd
          percentCut
        }
      }
    }
  }
`);

export const SUBMIT_PLAN = graphql(`
  mutation DashboardSubmitPlan($id: ID!) {
    submitReportingSimplificationPlan(id: $id) {
      id
      status
    }
  }
`);

export const APPROVE_PLAN = graphql(`
  mutation DashboardApprovePlan($id: ID!) {
    approveReportingSimplificationPlan(id: $id) {
      id
      status
    }
  }
`);

export const IMPLEMENT_PLAN = graphql(`
  mutation DashboardImplementPlan($id: ID!, $effectiveFrom: Date!) {
    implementReportingSimplificationPlan(id: $id, effectiveFrom: $effectiveFrom) {
      id
      status
      effectiveFrom
    }
  }
`);

export const REGIME_HISTORY = graphql(`
  query DashboardRegimeHistory($code: String!) {
    reportingRegime(code: $code) {
      code
      history {
        at
        kind
        effectiveFrom
        reason
        byAgency {
          id
          name
        }
        plan {
          id
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
