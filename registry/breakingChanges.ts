import { type Change, ChangeType, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** What one client version sent of one operation, and the schema coordinates it uses. */
export interface OperationUsage {
  operation: string;
  client: string;
  clientVersion: string;
  coordinates: readonly string[];
  count: number;
  /** ISO time. */
  lastSeen: string;
}

export type ChangeLevel = 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';

export interface ReportedChange {
  type: string;
  path: string | null;
  message: string;
  level: ChangeLevel;
  /** The recorded operations the change breaks (or, when dangerous, may change); most requested first. */
  affected: OperationUsage[];
}

export interface ChangeReport {
  /** Some breaking change affects at least one recorded operation. */
  failed: boolean;
  changes: ReportedChange[];
}

/**
 * Every change between two schemas, each breaking or dangerous one with the recorded operations it affects.
 * Breaking changes no recorded operation uses are reported but do not fail the check.
 */
export async function changeReport(
  before: GraphQLSchema | string,
  after: GraphQLSchema | string,
  usage: readonly OperationUsage[],
): Promise<ChangeReport> {
  const found = await diff(toSchema(before), toSchema(after));
  const used = usage.map((operation) => ({ operation, coordinates: new Set(operation.coordinates) }));
  const changes = found.map((change): ReportedChange => {
    const level = change.criticality.level as ChangeLevel;
    const affected =
      level === 'NON_BREAKING'
        ? []
        : used.filter((u) => affects(change, u.coordinates)).map((u) => u.operation);
    affected.sort((a, b) => b.count - a.count || a.operation.localeCompare(b.operation));
    return { type: change.type, path: change.path ?? null, message: change.message, level, affected };
  });
  const failed = changes.some((change) => change.level === 'BREAKING' && change.affected.length > 0);
  return { failed, changes };
}

function toSchema(schema: GraphQLSchema | string): GraphQLSchema {
  return typeof schema === 'string' ? buildSchema(schema) : schema;
}

/** Whether an operation using these coordinates depends on what the change touches. */
function affects(change: Change, used: ReadonlySet<string>): boolean {
  const path = change.path ?? '';
  const [type = '', field = ''] = path.split('.');
  const typeUsed = (name: string) => used.has(name) || [...used].some((c) => c.startsWith(`${name}.`));
  switch (change.type) {
    case ChangeType.TypeRemoved:
    case ChangeType.TypeKindChanged:
    case ChangeType.ObjectTypeInterfaceRemoved:
      return typeUsed(type);
    case ChangeType.UnionMemberRemoved:
      return typeUsed(change.meta.removedUnionMemberTypeName);
    case ChangeType.EnumValueRemoved:
    case ChangeType.EnumValueAdded:
    case ChangeType.InputFieldRemoved:
    case ChangeType.InputFieldAdded:
    case ChangeType.InputFieldTypeChanged:
    case ChangeType.InputFieldDefaultValueChanged:
      // Values sent in variables are unknown: every operation using the type may send the value or field.
      return used.has(type);
    case ChangeType.FieldArgumentAdded:
      // A new required argument breaks every call of the field; an optional one affects nobody yet.
      return change.criticality.level === 'BREAKING' && used.has(`${type}.${field}`);
    case ChangeType.FieldArgumentDefaultChanged:
      // The default only applies to calls that leave the argument out.
      return used.has(`${type}.${field}`) && !used.has(path);
    case ChangeType.FieldArgumentTypeChanged:
      // An argument made required also breaks the calls that leave it out.
      return used.has(madeRequired(change) ? `${type}.${field}` : path);
    default:
      // Directive changes are on `@name` or `@name.argument`; operations record `@name`.
      return used.has(path.startsWith('@') ? type : path);
  }
}

function madeRequired(change: Change<typeof ChangeType.FieldArgumentTypeChanged>): boolean {
  const { oldArgumentType, newArgumentType } = change.meta;
  return newArgumentType.endsWith('!') && !oldArgumentType.endsWith('!');
}

/** The report as text for a terminal: what fails the check first, then what does not. */
export function formatChangeReport(report: ChangeReport): string {
  const breaking = report.changes.filter((c) => c.level === 'BREAKING');
  const sections: [string, ReportedChange[]][] = [
    ['Breaking changes that break recorded operations', breaking.filter((c) => c.affected.length > 0)],
    ['Breaking changes no recorded operation uses', breaking.filter((c) => c.affected.length === 0)],
    ['Dangerous changes', report.changes.filter((c) => c.level === 'DANGEROUS')],
    ['Safe changes', report.changes.filter((c) => c.level === 'NON_BREAKING')],
  ];
  const lines = [
    report.failed
      ? 'Schema check failed: breaking changes affect operations clients send.'
      : 'Schema check passed: no breaking change affects an operation clients send.',
  ];
  for (const [title, changes] of sections) {
    if (changes.length === 0) continue;
    lines.push('', `${title} (${changes.length}):`);
    for (const change of changes) {
      lines.push(
        `  - ${change.path ? `${change.path}: ` : ''}${change.message}`,
        ...change.affected.map((usage) => `      ${describeUsage(usage)}`),
      );
    }
  }
  return lines.join('\n');
}

function describeUsage(usage: OperationUsage): string {
  const client = [usage.client, usage.clientVersion].filter(Boolean).join(' ');
  // A trusted document counts as used before any request carrying it is seen.
  if (usage.lastSeen === '') return `${usage.operation} (${client})`;
  const requests = `${usage.count} ${usage.count === 1 ? 'request' : 'requests'}`;
  return `${usage.operation} (${client}, ${requests}, last seen ${usage.lastSeen.slice(0, 10)})`;
}
