import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../kit/db.ts';

interface PublishKeyRow {
  id: number;
  subgraph: string;
  label: string;
  key_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}

/** Any subgraph: the key of whoever runs the whole hub. */
export const EVERY_SUBGRAPH = '*';

const PREFIX = 'pakn_pub_';

function hashOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key for one subgraph (or every one); the key itself is shown once and only its hash is kept. */
export async function createPublishKey(db: Database, subgraph: string, label: string): Promise<string> {
  const key = `${PREFIX}${randomBytes(24).toString('base64url')}`;
  await db<PublishKeyRow>('publish_keys').insert({ subgraph, label, key_hash: hashOf(key) });
  return key;
}

export async function revokePublishKey(db: Database, label: string): Promise<number> {
  return db<PublishKeyRow>('publish_keys')
    .where({ label })
    .whereNull('revoked_at')
    .update({ revoked_at: db.fn.now() as unknown as Date });
}

export class PublishRefused extends Error {}

/** Who holds a publishing key: its label, and the subgraph it publishes ('*': any). */
export interface Publisher {
  label: string;
  subgraph: string;
}

export async function identifyPublisher(db: Database, key: string | undefined): Promise<Publisher> {
  if (!key) throw new PublishRefused('a publishing key is required (SCHEMA_PUBLISH_KEY or --key)');
  const row = await db<PublishKeyRow>('publish_keys')
    .where({ key_hash: hashOf(key) })
    .whereNull('revoked_at')
    .first();
  if (!row) throw new PublishRefused('the publishing key is not known or has been revoked');
  return { label: row.label, subgraph: row.subgraph };
}

/** A ministry's key publishes its own subgraph and nothing else. */
export function assertMayPublish(publisher: Publisher, subgraph: string): void {
  if (publisher.subgraph !== EVERY_SUBGRAPH && publisher.subgraph !== subgraph) {
    throw new PublishRefused(
      `the key "${publisher.label}" publishes ${publisher.subgraph} only, not ${subgraph}`,
    );
  }
}
