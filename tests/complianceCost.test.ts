import { describe, expect, it } from 'vitest';
import * as procedures from '../subgraphs/procedures/plans/complianceCost.ts';
import * as reporting from '../subgraphs/reporting/complianceCost.ts';

// Each subgraph owns its calculation; both follow the one documented method, so both meet the same examples.
describe.each([
  ['procedures', procedures],
  ['reporting', reporting],
])(
  'the compliance-cost calculation of %s’ simplification plans',
  (_subgraph, { complianceCost, saving, totalSaving }) => {
    it('matches a hand-computed example: a procedure filed 12,000 times a year', () => {
      // 2.5 h × 25,000 đ = 62,500 đ of time; + 50,000 đ fee + 15,000 đ copies and travel = 127,500 đ a filing;
      // × 12,000 filings = 1,530,000,000 đ a year.
      expect(
        complianceCost({
          hoursPerFiling: 2.5,
          hourValueVnd: 25_000,
          feesPerFilingVnd: 50_000,
          otherCostsPerFilingVnd: 15_000,
          filingsPerYear: 12_000,
        }),
      ).toEqual({ timeCostPerFilingVnd: 62_500, costPerFilingVnd: 127_500, costPerYearVnd: 1_530_000_000 });
    });

    it('prices a monthly report the same way, with no fee', () => {
      // 12 reports × (16 h × 40,000 đ + 20,000 đ postage) = 12 × 660,000 = 7,920,000 đ.
      expect(
        complianceCost({
          hoursPerFiling: 16,
          hourValueVnd: 40_000,
          feesPerFilingVnd: 0,
          otherCostsPerFilingVnd: 20_000,
          filingsPerYear: 12,
        }).costPerYearVnd,
      ).toBe(7_920_000);
    });

    it('gives before → after → saving → percentage cut, as Hà Nội published 2,306 → 654 billion (−71.64%)', () => {
      expect(saving(2_306e9, 654e9)).toEqual({
        beforeVnd: 2_306e9,
        afterVnd: 654e9,
        savingVnd: 1_652e9,
        percentCut: 71.64,
      });
      expect(saving(0, 0).percentCut).toBe(0);
      expect(
        totalSaving([
          { beforeVnd: 300, afterVnd: 100 },
          { beforeVnd: 100, afterVnd: 100 },
        ]),
      ).toEqual({
        beforeVnd: 400,
        afterVnd: 200,
        savingVnd: 200,
        percentCut: 50,
      });
    });

    it('refuses a negative or missing amount, naming the field', () => {
      expect(() =>
        complianceCost({
          hoursPerFiling: -1,
          hourValueVnd: 1,
          feesPerFilingVnd: 0,
          otherCostsPerFilingVnd: 0,
          filingsPerYear: 1,
        }),
      ).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'hoursPerFiling' } }));
    });
  },
);
