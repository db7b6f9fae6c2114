import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../kit/config.ts';
import type { Database } from '../../kit/db.ts';
import { subgraphSdl, withCommonTypes } from '../../kit/subgraph.ts';
import { formatChangeReport } from '../../registry/breakingChanges.ts';
import { type CheckResult, checkSubgraph, type UsageWindow } from '../../registry/check.ts';
import { bootstrapRegistry } from '../../registry/composition.ts';
import { publishSubgraph, rollbackSupergraph } from '../../registry/publish.ts';
import {
  createPublishKey,
  EVERY_SUBGRAPH,
  identifyPublisher,
  revokePublishKey,
} from '../../registry/publishKeys.ts';
import { rollOut } from '../../registry/rollout.ts';
import type { RegistrySettings } from '../../registry/settings.ts';
import {
  liveSupergraphId,
  pendingSupergraph,
  subgraphHistory,
  supergraphHistory,
} from '../../registry/store.ts';

export class UsageError extends Error {}

type Options = Record<string, string | boolean | undefined>;

export async function runCommand(
  db: Database,
  [command, ...args]: string[],
  options: Options,
  settings: RegistrySettings,
): Promise<number> {
  switch (command) {
    case 'check':
      return check(db, required(args[0], 'subgraph'), options, settings);
    case 'publish':
      return publish(db, required(args[0], 'subgraph'), options, settings);
    case 'rollout':
      return resumeRollout(db, options);
    case 'rollback':
      return rollback(db, options);
    case 'history':
      return history(db, args[0]);
    case 'key':
      return key(db, args, options);
    default:
      throw new UsageError(`unknown command "${command ?? ''}"`);
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`give the ${what}`);
  return value;
}

function seconds(value: unknown, fallback: number): number {
  const number = value === undefined ? fallback : Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError(`not a number of seconds: ${value}`);
  return number * 1000;
}

/** The proposed schema: --schema file (a subgraph's own part, as its schema.graphql), else the folder's file. */
function proposedSdl(subgraph: string, options: Options): string {
  if (!/^[a-z][a-z0-9-]*$/.test(subgraph)) throw new UsageError(`not a subgraph name: "${subgraph}"`);
  if (typeof options.schema === 'string') return withCommonTypes(readFileSync(options.schema, 'utf8'));
  return subgraphSdl(join(PROJECT_ROOT, 'subgraphs', subgraph));
}

function usageWindow(options: Options, settings: RegistrySettings): UsageWindow {
  const days = options.days === undefined ? settings.usageDays : Number(options.days);
  if (!Number.isInteger(days) || days < 1) throw new UsageError(`--days must be a whole number ≥ 1`);
  const trusted = options['trusted-documents'] ?? process.env.GATEWAY_TRUSTED_DOCUMENTS;
  return { days, ...(typeof trusted === 'string' ? { trustedDocumentsPath: trusted } : {}) };
}

function printCheck(subgraph: string, result: CheckResult): void {
  if (result.compositionErrors.length > 0) {
    console.log(`✗ ${subgraph} does not compose with the other published subgraphs:`);
    for (const error of result.compositionErrors) console.log(`  - ${error}`);
    return;
  }
  if (result.changes) console.log(formatChangeReport(result.changes));
  console.log(result.passed ? `✓ ${subgraph}: the check passes.` : `✗ ${subgraph}: the check fails.`);
}

async function check(db: Database, subgraph: string, options: Options, settings: RegistrySettings) {
  const result = await checkSubgraph(
    db,
    { subgraph, sdl: proposedSdl(subgraph, options), ...routing(options) },
    usageWindow(options, settings),
  );
  printCheck(subgraph, result);
  return result.passed ? 0 : 1;
}

function routing(options: Options): { routingUrl?: string } {
  return typeof options.url === 'string' ? { routingUrl: options.url } : {};
}

function publishKey(options: Options): string | undefined {
  return typeof options.key === 'string' ? options.key : process.env.SCHEMA_PUBLISH_KEY;
}

async function publish(db: Database, subgraph: string, options: Options, settings: RegistrySettings) {
  const publisher = await identifyPublisher(db, publishKey(options));
  const sdl = proposedSdl(subgraph, options);
  const outcome = await publishSubgraph(
    db,
    { subgraph, sdl, ...routing(options) },
    publisher,
    usageWindow(options, settings),
  );
  printCheck(subgraph, outcome.check);
  if (outcome.kind === 'refused') return 1;
  if (outcome.kind === 'unchanged') {
    console.log(`${subgraph} is already published as it is: nothing to do.`);
    return 0;
  }
  console.log(`Stored ${subgraph} version ${outcome.version} (supergraph version ${outcome.supergraph.id}).`);
  return waitLive(db, outcome.supergraph.id, options);
}

async function waitLive(db: Database, id: number, options: Options): Promise<number> {
  let told = '';
  const outcome = await rollOut(db, id, {
    timeoutMs: seconds(options.wait, 300),
    onWaiting(subgraphs) {
      const text = subgraphs.join(', ');
      if (text !== told) console.log(`Waiting for ${text} to serve the published schema…`);
      told = text;
    },
  });
  if (outcome === 'live') {
    console.log(`Supergraph version ${id} is live: the gateways switch to it within their poll interval.`);
    return 0;
  }
  if (outcome === 'superseded') {
    console.log(
      `Supergraph version ${id} was superseded by a newer publish or rollback before it went live.`,
    );
    return 1;
  }
  console.log(
    `Supergraph version ${id} is stored and waiting: deploy the subgraph, then \`npm run schema -- rollout\`.`,
  );
  return 3;
}

async function resumeRollout(db: Database, options: Options) {
  const pending = await pendingSupergraph(db);
  if (!pending) {
    console.log('No version is waiting to go live.');
    return 0;
  }
  return waitLive(db, pending.id, options);
}

async function rollback(db: Database, options: Options) {
  const publisher = await identifyPublisher(db, publishKey(options));
  const target = options.to === undefined ? undefined : Number(options.to);
  if (target !== undefined && !Number.isInteger(target))
    throw new UsageError('--to takes a supergraph version');
  const { supergraph, changed } = await rollbackSupergraph(db, publisher, target);
  console.log(
    `${supergraph.reason}: supergraph version ${supergraph.id} changes ${changed.join(', ') || 'nothing'}.`,
  );
  return waitLive(db, supergraph.id, options);
}

async function history(db: Database, subgraph: string | undefined) {
  await bootstrapRegistry(db);
  if (subgraph) {
    for (const row of await subgraphHistory(db, subgraph)) {
      console.log(
        `${subgraph} v${row.version}  ${row.published_at.toISOString()}  ${row.published_by}  ${row.routing_url}`,
      );
    }
    return 0;
  }
  const current = await liveSupergraphId(db);
  for (const row of await supergraphHistory(db, 20)) {
    const when = (row.live_at ?? row.created_at).toISOString();
    const state = row.id === current ? 'live' : row.state === 'live' ? 'was live' : row.state;
    console.log(`supergraph v${row.id}  ${state.padEnd(10)} ${when}  ${row.created_by}  ${row.reason}`);
  }
  return 0;
}

async function key(db: Database, [action, subgraph]: string[], options: Options) {
  const label = required(typeof options.label === 'string' ? options.label : undefined, '--label');
  if (action === 'create') {
    const scope = required(subgraph, `subgraph (or ${EVERY_SUBGRAPH})`);
    const created = await createPublishKey(db, scope, label);
    console.log(
      `Publishing key "${label}" for ${scope === EVERY_SUBGRAPH ? 'every subgraph' : scope} (shown once):`,
    );
    console.log(created);
    return 0;
  }
  if (action === 'revoke') {
    console.log(`Revoked ${await revokePublishKey(db, label)} key(s) labelled "${label}".`);
    return 0;
  }
  throw new UsageError('key create <subgraph|*> --label text, or key revoke --label text');
}
