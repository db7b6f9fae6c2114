/**
 * Renames that kept an agency's identity: no merger touched the agency, only its name changed on a day.
 * (A merger instead ends its constituents and forms a new agency: reorganization2025.ts.)
 */

export interface ProvinceRenameFact {
  /** The province's code, unchanged by the rename. */
  code: string;
  /** First day under the new name. */
  on: string;
  /** Short name until the day before `on`. */
  formerShortName: string;
  /** Whether it was a centrally-run city (thành phố) rather than a province (tỉnh) under the former name. */
  formerCity: boolean;
  /** The act that renamed it. */
  basis: string;
}

export const PROVINCE_RENAMES: ProvinceRenameFact[] = [
  {
    code: '46',
    on: '2025-01-01',
    formerShortName: 'Thừa Thiên Huế',
    formerCity: false,
    basis: 'Nghị quyết 1314/NQ-UBTVQH15 (thành lập thành phố Huế trực thuộc trung ương)',
  },
];
