import { connect } from 'node:net';
import { join } from 'node:path';
import { dataDir } from '../kit/config.ts';

/**
 * Where the schema registry lives. SCHEMA_REGISTRY unset: the gateway serves the committed
 * schema/supergraph.graphql. `embedded`: a PGlite database in data/registry, served to the hub's processes on
 * SCHEMA_REGISTRY_PORT by `npm start`. A postgres:// URL: that database, shared by every gateway replica.
 */
export interface RegistrySettings {
  mode: 'off' | 'embedded' | 'server';
  url?: string;
  embeddedDir: string;
  embeddedPort: number;
  /** How often a gateway looks for a newer live supergraph. */
  pollMs: number;
  /** The share of requests whose operations are recorded for the breaking-change check (0–1). */
  usageSampleRate: number;
  /** How often a gateway writes the usage it has gathered. */
  usageFlushMs: number;
  /** How far back recorded usage counts in a check. */
  usageDays: number;
}

export function registrySettings(env: NodeJS.ProcessEnv = process.env): RegistrySettings {
  const value = env.SCHEMA_REGISTRY?.trim() ?? '';
  const mode = value === '' || value === 'off' ? 'off' : value === 'embedded' ? 'embedded' : 'server';
  if (mode === 'server' && !/^postgres(ql)?:\/\//.test(value)) {
    throw new Error(`SCHEMA_REGISTRY must be "embedded" or a postgres:// URL, got "${value}"`);
  }
  const rate = Number(env.SCHEMA_USAGE_SAMPLE_RATE ?? '1');
  if (!(rate >= 0 && rate <= 1)) throw new Error('SCHEMA_USAGE_SAMPLE_RATE must be between 0 and 1');
  return {
    mode,
    ...(mode === 'server' ? { url: value } : {}),
    embeddedDir: join(env.PAKN_DATA_DIR ?? dataDir(), 'registry'),
    embeddedPort: whole(env, 'SCHEMA_REGISTRY_PORT', 4009),
    pollMs: whole(env, 'SCHEMA_REGISTRY_POLL_MS', 2_000),
    usageSampleRate: rate,
    usageFlushMs: whole(env, 'SCHEMA_USAGE_FLUSH_MS', 10_000),
    usageDays: whole(env, 'SCHEMA_USAGE_DAYS', 30),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function embeddedRegistryUrl(settings: RegistrySettings): string {
  return `postgres://postgres@127.0.0.1:${settings.embeddedPort}/postgres`;
}

/** Whether a running hub serves the embedded registry (its port answers). */
export function isServed(settings: RegistrySettings): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port: settings.embeddedPort, host: '127.0.0.1' });
    const answer = (served: boolean) => {
      socket.destroy();
      resolve(served);
    };
    socket.setTimeout(500);
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
    socket.once('timeout', () => answer(false));
  });
}
