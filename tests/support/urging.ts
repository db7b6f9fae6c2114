import { randomUUID } from 'node:crypto';
import type { Hub } from './hub.ts';

/** Runs `work` with URGINGS_PER_HOUR set to `limit` (read per command), then puts the setting back. */
export async function withUrgingLimit<T>(limit: number, work: () => Promise<T>): Promise<T> {
  const saved = process.env.URGINGS_PER_HOUR;
  process.env.URGINGS_PER_HOUR = String(limit);
  try {
    return await work();
  } finally {
    if (saved === undefined) delete process.env.URGINGS_PER_HOUR;
    else process.env.URGINGS_PER_HOUR = saved;
  }
}

/** A central office account of its own: no other test's urgings count against it. */
export async function freshCentralOffice(hub: Hub): Promise<{ subject: string; token: string }> {
  const subject = `vpcp.${randomUUID().slice(0, 8)}`;
  return { subject, token: await hub.token({ subject, role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' }) };
}
