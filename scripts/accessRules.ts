import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AccessRule, accessRulesMarkdown, accessRulesTable } from '../kit/accessRules.ts';
import { AGENCIES_ACCESS_RULES } from '../subgraphs/agencies/accessRules.ts';
import { PETITIONS_ACCESS_RULES } from '../subgraphs/petitions/accessRules.ts';
import { PROCEDURES_ACCESS_RULES } from '../subgraphs/procedures/accessRules.ts';
import { REPORTING_ACCESS_RULES } from '../subgraphs/reporting/accessRules.ts';

/**
 * Every subgraph's access rules in one table, subgraph by subgraph in kit/config.ts SUBGRAPHS order: the
 * README "Who may do what" (tests/access-control.test.ts keeps the two equal). After changing a rule, paste
 * what `npx tsx scripts/accessRules.ts` prints into the README.
 */
export const ACCESS_RULES: readonly AccessRule[] = [
  ...AGENCIES_ACCESS_RULES,
  ...PETITIONS_ACCESS_RULES,
  ...PROCEDURES_ACCESS_RULES,
  ...REPORTING_ACCESS_RULES,
];

export const hubAccessRulesTable = (): string[][] => accessRulesTable(ACCESS_RULES);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(accessRulesMarkdown(ACCESS_RULES));
}
