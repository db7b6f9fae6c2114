import { graphql } from '../gql/index.ts';

/** Every province or ministry active at the period's end, with its figures for the period. */
export const SCORECARD = graphql(`
  query DashboardScorecard($kind: AgencyKind!, $on: Date!, $from: Date!, $to: Date!) {
    agencies(filter: { kind: $kind, activeOn: $on }, first: 100) {
      totalCount
      nodes {
        id
        code
        name
        petitionStats(from: $from, to: $to) {
          received
          published
          publishedOnTime
          publishedLate
          overdueUnpublished
          inProgressOnTime
          overdue
          onTimeRate
          urged
          resolvedAfterUrging
        }
        reportingCompliance(from: $from, to: $to) {
          due
          submitted
          submittedOnTime
          late
          missing
          onTimeRate
        }
      }
    }
  }
`);

/** One month of the national trend: the sums the on-time rate is made of, per agency. */
export const MONTH_TOTALS = graphql(`
  query DashboardMonthTotals($kind: AgencyKind!, $on: Date!, $from: Date!, $to: Date!) {
    agencies(filter: { kind: $kind, activeOn: $on }, first: 100) {
      nodes {
        id
        petitionStats(from: $from, to: $to) {
          published
          publishedOnTime
          overdueUnpublished
        }
      }
    }
  }
`);

/** The months (first and last day) of the six ending with the one `to` falls in. */
export function trendMonths(to: string): { label: string; from: string; to: string }[] {
  const [year, month] = to.split('-').map(Number);
  return Array.from({ length: 6 }, (_, i) => {
    const start = new Date(Date.UTC(year, month - 6 + i, 1));
    const end = new Date(Date.UTC(year, month - 5 + i, 0));
    return {
      label: `${String(start.getUTCMonth() + 1).padStart(2, '0')}/${start.getUTCFullYear()}`,
      from: start.toISOString().slice(0, 10),
      to: end.toISOString().slice(0, 10),
    };
  });
}
