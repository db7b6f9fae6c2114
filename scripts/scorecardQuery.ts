/** The central office's province scorecard: one request crossing all four subgraphs. */
export const PROVINCE_SCORECARD = `query ProvinceScorecard($on: Date!, $from: Date!, $to: Date!) {
  agencies(filter: { kind: PROVINCE, activeOn: $on }, first: 100) {
    totalCount
    nodes {
      id code name
      petitionStats(from: $from, to: $to) { received answered answeredOnTime overdue }
      procedureCount
      reportingCompliance(from: $from, to: $to) { due submitted submittedOnTime }
    }
  }
}`;

/** One province of the scorecard's answer, as the gateway gives it (`agencies.nodes`). */
export interface ScorecardNode {
  id: string;
  code: string;
  name: string;
  petitionStats: { received: number; answered: number; answeredOnTime: number; overdue: number };
  procedureCount: number;
  reportingCompliance: { due: number; submitted: number; submittedOnTime: number };
}
