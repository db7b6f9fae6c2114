import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Database } from '../kit/db.ts';
import { log } from '../kit/log.ts';
import { operationCoordinates } from '../registry/operationCoordinates.ts';
import { recordUsage, type SeenOperation } from '../registry/usage.ts';

export interface UsageRecording {
  /** The share of requests recorded (0–1). */
  sampleRate: number;
  flushMs: number;
  /** Distinct client name and version pairs kept per day; later ones count as client "other". */
  maxClientsPerDay?: number;
}

/**
 * Bounds on what one gateway holds and writes, whatever clients put in their headers: the client names a
 * day, the distinct entries between writes (beyond them a request is not recorded), the documents whose
 * coordinates are kept worked out.
 */
const MAX_CLIENTS_PER_DAY = 200;
const MAX_PENDING = 2_000;
const MAX_KNOWN_DOCUMENTS = 2_000;
const CLIENT_FIELD = /^[\w.@/:+-]{1,64}$/;

export interface UsageRecorder {
  plugin: ApolloServerPlugin;
  /** Writes what is gathered (also every flushMs, and when the server stops). */
  flush(): Promise<void>;
}

/**
 * Records which schema coordinates each operation uses, per client name and version (Apollo's
 * `apollographql-client-name`/`-version` headers), so that a schema check can tell which clients a change
 * breaks. Counted in memory and written in one batch every flushMs; coordinates are worked out once per
 * distinct document.
 */
export function usageRecorder(db: Database, options: UsageRecording): UsageRecorder {
  const pending = new Map<string, SeenOperation>();
  const known = new Map<string, readonly string[]>();
  const clients = { day: '', seen: new Set<string>() };
  const maxClients = options.maxClientsPerDay ?? MAX_CLIENTS_PER_DAY;
  /** The declared client, or "other" once the day's quota of distinct clients is used. */
  const client = (name: string, version: string): [string, string] => {
    const day = new Date().toISOString().slice(0, 10);
    if (clients.day !== day) Object.assign(clients, { day, seen: new Set<string>() });
    const key = `${name}\n${version}`;
    if (clients.seen.has(key)) return [name, version];
    if (clients.seen.size >= maxClients) return ['other', ''];
    clients.seen.add(key);
    return [name, version];
  };
  let writing: Promise<void> = Promise.resolve();

  const flush = () => {
    const batch = [...pending.values()];
    pending.clear();
    writing = writing
      .then(() => recordUsage(db, batch))
      .catch((error: Error) => log.error({ service: 'gateway', err: error }, 'usage not recorded'));
    return writing;
  };
  const timer = setInterval(flush, options.flushMs);
  timer.unref();

  const plugin: ApolloServerPlugin = {
    async serverWillStart() {
      return {
        async serverWillStop() {
          clearInterval(timer);
          await flush();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, document, operationName, schema, request }) {
          if (options.sampleRate < 1 && Math.random() >= options.sampleRate) return;
          // One document may hold several operations: the one run is part of what was used.
          const operationHash = createHash('sha256')
            .update(`${queryHash}\n${operationName ?? ''}`)
            .digest('hex');
          let coordinates = known.get(operationHash);
          if (!coordinates) {
            coordinates = operationCoordinates(schema, document, operationName);
            if (known.size >= MAX_KNOWN_DOCUMENTS) known.clear();
            known.set(operationHash, coordinates);
          }
          if (coordinates.length === 0) return; // introspection only
          const [clientName, clientVersion] = client(
            clientField(request.http?.headers.get('apollographql-client-name'), 'unknown'),
            clientField(request.http?.headers.get('apollographql-client-version'), ''),
          );
          const key = `${operationHash}\n${clientName}\n${clientVersion}`;
          const seen = pending.get(key);
          if (seen) {
            seen.requests += 1;
            seen.lastSeen = new Date();
            return;
          }
          if (pending.size >= MAX_PENDING) return;
          pending.set(key, {
            operationHash,
            operationName: operationName ?? 'anonymous operation',
            coordinates,
            clientName,
            clientVersion,
            requests: 1,
            lastSeen: new Date(),
          });
        },
      };
    },
  };
  return { plugin, flush };
}

/** A client's self-declared name or version, kept only when short and plain. */
function clientField(value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  return CLIENT_FIELD.test(value) ? value : 'invalid';
}
