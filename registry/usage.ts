import { buildSchema, parse } from 'graphql';
import type { Knex } from 'knex';
import { loadTrustedDocuments } from '../gateway/trustedDocuments.ts';
import type { Database } from '../kit/db.ts';
import type { OperationUsage } from './breakingChanges.ts';
import { operationCoordinates } from './operationCoordinates.ts';

/** One operation seen from one client, as a gateway gathers it between writes. */
export interface SeenOperation {
  operationHash: string;
  operationName: string;
  coordinates: readonly string[];
  clientName: string;
  clientVersion: string;
  requests: number;
  lastSeen: Date;
}

interface UsageRow {
  operation_name: string;
  client_name: string;
  client_version: string;
  coordinates: string[];
  requests: number;
  last_seen: Date;
}

/** Adds what a gateway saw to the day's counts; one statement for the documents, one for the counts. */
export async function recordUsage(db: Database, seen: readonly SeenOperation[]): Promise<void> {
  if (seen.length === 0) return;
  const documents = new Map(seen.map((entry) => [entry.operationHash, entry]));
  await db.transaction(async (trx) => {
    await trx('operation_documents')
      .insert(
        [...documents.values()].map((entry) => ({
          operation_hash: entry.operationHash,
          operation_name: entry.operationName,
          coordinates: entry.coordinates as string[],
        })),
      )
      .onConflict('operation_hash')
      .ignore();
    await trx('operation_usage')
      .insert(
        seen.map((entry) => ({
          day: entry.lastSeen.toISOString().slice(0, 10),
          operation_hash: entry.operationHash,
          client_name: entry.clientName,
          client_version: entry.clientVersion,
          requests: entry.requests,
          last_seen: entry.lastSeen,
        })),
      )
      .onConflict(['day', 'operation_hash', 'client_name', 'client_version'])
      .merge({
        requests: trx.raw('operation_usage.requests + excluded.requests'),
        last_seen: trx.raw('greatest(operation_usage.last_seen, excluded.last_seen)'),
      });
  });
}

/** Operations seen in the last `days` days, per client and version. */
export async function recentUsage(db: Database | Knex.Transaction, days: number): Promise<OperationUsage[]> {
  const rows = await db<UsageRow>('operation_usage as u')
    .join('operation_documents as d', 'd.operation_hash', 'u.operation_hash')
    .where('u.day', '>=', db.raw(`current_date - make_interval(days => :days)`, { days }))
    .groupBy('d.operation_hash', 'd.operation_name', 'd.coordinates', 'u.client_name', 'u.client_version')
    .select(
      'd.operation_name',
      'd.coordinates',
      'u.client_name',
      'u.client_version',
      db.raw('sum(u.requests)::bigint as requests'),
      db.raw('max(u.last_seen) as last_seen'),
    )
    .orderBy(['d.operation_name', 'u.client_name', 'u.client_version']);
  return rows.map((row) => ({
    operation: row.operation_name,
    client: row.client_name,
    clientVersion: row.client_version,
    coordinates: row.coordinates,
    count: Number(row.requests),
    lastSeen: new Date(row.last_seen).toISOString(),
  }));
}

/**
 * The trusted-documents manifest as usage: a document the gateway is set to accept is in use even if no
 * request carrying it has been seen yet.
 */
export function trustedDocumentUsage(manifestPath: string, apiSdl: string): OperationUsage[] {
  const schema = buildSchema(apiSdl);
  const usage: OperationUsage[] = [];
  // The gateway's own reader: the same formats (the client preset's `sha256:` ids included) and checks.
  for (const [hash, text] of loadTrustedDocuments(manifestPath)) {
    const document = parse(text);
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition') continue;
      const name = definition.name?.value ?? null;
      usage.push({
        operation: name ?? `document ${hash.slice(0, 12)}`,
        client: 'trusted-documents',
        clientVersion: manifestPath,
        coordinates: operationCoordinates(schema, document, name),
        count: 0,
        lastSeen: '',
      });
    }
  }
  return usage;
}
