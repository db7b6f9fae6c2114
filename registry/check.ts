import type { Knex } from 'knex';
import type { Database } from '../kit/db.ts';
import { type ChangeReport, changeReport, type OperationUsage } from './breakingChanges.ts';
import { bootstrapRegistry, type Candidate, composeCandidate, type ProposedSubgraph } from './composition.ts';
import { liveSupergraph } from './store.ts';
import { recentUsage, trustedDocumentUsage } from './usage.ts';

export interface UsageWindow {
  /** Usage recorded by the gateways in the last `days` days counts. */
  days: number;
  /** A trusted-documents manifest whose operations count as used. */
  trustedDocumentsPath?: string;
}

export interface CheckResult {
  /** Whether the proposal may ship: it composes and breaks no operation in use. */
  passed: boolean;
  candidate: Candidate;
  compositionErrors: string[];
  /** Against the live supergraph's API schema; absent when composition failed. */
  changes?: ChangeReport;
}

/** Composition with every other published subgraph, and the breaking changes weighed by recorded usage. */
export async function checkSubgraph(
  db: Database | Knex.Transaction,
  proposal: ProposedSubgraph,
  window: UsageWindow,
): Promise<CheckResult> {
  await bootstrapRegistry(db);
  const candidate = await composeCandidate(db, proposal);
  const { apiSchemaSdl, errors } = candidate.composition;
  if (!apiSchemaSdl) return { passed: false, candidate, compositionErrors: errors };
  const live = await liveSupergraph(db);
  if (!live) throw new Error('the registry has no live supergraph');
  const changes = await changeReport(live.api_sdl, apiSchemaSdl, await usageIn(db, window, live.api_sdl));
  return { passed: !changes.failed, candidate, compositionErrors: [], changes };
}

async function usageIn(
  db: Database | Knex.Transaction,
  window: UsageWindow,
  liveApiSdl: string,
): Promise<OperationUsage[]> {
  const recorded = await recentUsage(db, window.days);
  if (!window.trustedDocumentsPath) return recorded;
  return [...recorded, ...trustedDocumentUsage(window.trustedDocumentsPath, liveApiSdl)];
}
