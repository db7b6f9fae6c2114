import { ROLES, type Role } from './identity.ts';

/**
 * One line of "who may do what": an action and, per role, who may do it ("X" is the caller's agency; a
 * role not named may not). Each subgraph lists its own in subgraphs/<name>/accessRules.ts.
 */
export interface AccessRule {
  action: string;
  who: Partial<Record<Role, string>>;
}

/** Rules as table cells, header first: one column per role, "—" where the role may not. */
export function accessRulesTable(rules: readonly AccessRule[]): string[][] {
  return [
    ['Action', ...ROLES],
    ...rules.map(({ action, who }) => [action, ...ROLES.map((role) => who[role] ?? '—')]),
  ];
}

/** The same as a Markdown table with its columns aligned, to paste into a document. */
export function accessRulesMarkdown(rules: readonly AccessRule[]): string {
  const [header, ...rows] = accessRulesTable(rules);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
