import { devKeys, signToken } from '../../gateway/identity.ts';
import { addDays, todayInVietnam } from '../../kit/dates.ts';
import { openDatabase } from '../../kit/db.ts';
import { benchDatabase, databaseUrl } from './databases.ts';
import type { WorkloadInputs } from './workloads.ts';

/** The catalog's procedure names, whose words make the searches of workload f. */
async function procedureNamesOf(serverUrl: string): Promise<string[]> {
  const db = await openDatabase({ url: databaseUrl(serverUrl, benchDatabase('procedures')) });
  try {
    const rows = (await db('procedures').select('name')) as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    await db.destroy();
  }
}

/** How many distinct callers of each kind share the load (unless --same-caller). */
const CALLERS = 64;

/**
 * Tokens from the development key pair (in PAKN_DATA_DIR, shared with both gateways) and samples of the data.
 * Distinct callers by default, as in life: a gateway that merges identical in-flight subgraph requests
 * (Hive does, per caller) gains nothing from 32 connections being one person.
 */
export async function workloadInputs(serverUrl: string, sameCaller: boolean): Promise<WorkloadInputs> {
  const db = await openDatabase({ url: databaseUrl(serverUrl, benchDatabase('petitions')) });
  try {
    const busiest = await db.raw(
      'select handling_agency_id as id from petitions group by 1 order by count(*) desc, 1 limit 1',
    );
    const inboxAgencyId = (busiest.rows as { id: string }[])[0]?.id;
    if (!inboxAgencyId) throw new Error('the petitions database is empty');
    const codes = await db.raw('select tracking_code from petitions order by random() limit 2000');
    const procedureNames = await procedureNamesOf(serverUrl);
    const { privateJwk } = await devKeys();
    const today = todayInVietnam();
    const callers = Array.from({ length: sameCaller ? 1 : CALLERS }, (_, i) => i + 1);
    return {
      centralOfficeTokens: await Promise.all(
        callers.map((i) => signToken(privateJwk, { subject: `bench-central-${i}`, role: 'CENTRAL_OFFICE' })),
      ),
      officerTokens: await Promise.all(
        callers.map((i) =>
          signToken(privateJwk, { subject: `bench-officer-${i}`, role: 'OFFICER', agencyId: inboxAgencyId }),
        ),
      ),
      // Documentation addresses (RFC 5737): header values only, nothing is sent there.
      anonymousAddresses: sameCaller ? [] : callers.map((i) => `203.0.113.${i}`),
      inboxAgencyId,
      trackingCodes: (codes.rows as { tracking_code: string }[]).map((row) => row.tracking_code),
      // The last twelve months, as the central office reviews them.
      scorecard: { on: today, from: addDays(today, -364), to: today },
      procedureNames,
      searchesSent: new Set(),
    };
  } finally {
    await db.destroy();
  }
}
