/** The central office's province scorecard: one request crossing all four subgraphs. */
export const PROVINCE_SCORECARD = `query ProvinceScorecard($on: Date!, $from: Date!, $to: Date!) {
  agencies(filter: { kind: PROVINCE, activeOn: $on }, first: 100) {
    totalCount
    nodes {
      id code name
      petitionStats(from: $from, to: $to) {
        received published publishedOnTime publishedLate inProgressOnTime overdue onTimeRate
      }
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
  /** On time means published by the due date (Decree 20/2008 Art. 19; PetitionStats in the SDL). */
  petitionStats: {
    received: number;
    published: number;
    publishedOnTime: number;
    publishedLate: number;
    inProgressOnTime: number;
    overdue: number;
    onTimeRate: number | null;
  };
  procedureCount: number;
  reportingCompliance: { due: number; submitted: number; submittedOnTime: number };
}
