import { describe, expect, it } from 'vitest';
import { opensWindow, versionedPeriod, versionedSchedule } from '../subgraphs/reporting/regimeSchedule.ts';

/**
 * A regime over time (Decree 09/2019/NĐ-CP Art. 12 cut-off windows): each period follows the version in force
 * on its cut-off start. Pure functions, no hub.
 */
const monthlyThenQuarterly = {
  effectiveFrom: '2027-01-15',
  effectiveTo: null,
  versions: [
    { effectiveFrom: '2027-01-15', frequency: 'MONTHLY' as const, deadline: 5 },
    { effectiveFrom: '2027-06-15', frequency: 'QUARTERLY' as const, deadline: 5 },
  ],
};

describe('regime versions and the periods they owe (Decree 09/2019 Art. 12)', () => {
  it('owes the old frequency for windows opened before the change and the new one after, with no gap or overlap', () => {
    const periods = versionedSchedule(monthlyThenQuarterly, '2027-01-01', '2027-12-31');
    expect(periods.map((p) => [p.label, p.cutOffStart, p.cutOffEnd])).toEqual([
      ['2027-02', '2027-01-15', '2027-02-14'],
      ['2027-03', '2027-02-15', '2027-03-14'],
      ['2027-04', '2027-03-15', '2027-04-14'],
      ['2027-05', '2027-04-15', '2027-05-14'],
      ['2027-06', '2027-05-15', '2027-06-14'],
      ['2027-Q3', '2027-06-15', '2027-09-14'],
      ['2027-Q4', '2027-09-15', '2027-12-14'],
    ]);
  });

  it('finds a label only under the version that governs it, and none after the regime ends', () => {
    expect(versionedPeriod(monthlyThenQuarterly, '2027-05')?.version.frequency).toBe('MONTHLY');
    expect(versionedPeriod(monthlyThenQuarterly, '2027-07')).toBeNull();
    expect(versionedPeriod(monthlyThenQuarterly, '2027-Q2')).toBeNull();
    expect(versionedPeriod(monthlyThenQuarterly, '2027-Q3')?.version.frequency).toBe('QUARTERLY');
    expect(versionedPeriod({ ...monthlyThenQuarterly, effectiveTo: '2027-05-14' }, '2027-06')).toBeNull();
  });

  it('knows the days a cut-off window opens: a frequency changes only on one of both frequencies', () => {
    expect(opensWindow('QUARTERLY', '2027-03-15')).toBe(true);
    expect(opensWindow('QUARTERLY', '2027-04-15')).toBe(false);
    expect(opensWindow('MONTHLY', '2027-04-01')).toBe(false);
    expect(opensWindow('ANNUAL', '2026-12-15')).toBe(true);
    expect(opensWindow('SEMIANNUAL', '2027-06-15')).toBe(false);
    expect(opensWindow('AD_HOC', '2027-04-02')).toBe(true);
  });
});
