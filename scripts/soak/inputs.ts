import { devKeys, signToken } from '../../gateway/identity.ts';
import { addDays, todayInVietnam } from '../../kit/dates.ts';
import { type Database, openDatabase } from '../../kit/db.ts';
import { databaseUrl } from '../bench/databases.ts';
import { type WorkloadInputs, workloads } from '../bench/workloads.ts';
import { soakDatabase } from './hub.ts';

/** The petitions database of the soak, for counting what the load left behind. */
export function openPetitions(serverUrl: string): Promise<Database> {
  return openDatabase({ url: databaseUrl(serverUrl, soakDatabase('petitions')), poolMax: 2 });
}

/**
 * What the bench's workloads need, taken from the soak's own sample data: tokens from the development key
 * pair in PAKN_DATA_DIR (the gateway verifies with it), the busiest agency's inbox, tracking codes.
 */
export async function soakInputs(db: Database): Promise<WorkloadInputs> {
  const busiest = await db.raw(
    `select handling_agency_id as id from petitions where procedure_code is not null
     group by 1 order by count(*) desc, 1 limit 1`,
  );
  const inboxAgencyId = (busiest.rows as { id: string }[])[0]?.id;
  if (!inboxAgencyId) throw new Error('the soak petitions database has no sample petitions');
  const codes = await db.raw('select tracking_code from petitions order by random() limit 500');
  const { privateJwk } = await devKeys();
  const today = todayInVietnam();
  return {
    centralOfficeTokens: [
      await signToken(privateJwk, { subject: 'soak-central', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' }),
    ],
    officerTokens: [
      await signToken(privateJwk, { subject: 'soak-officer', role: 'OFFICER', agencyId: inboxAgencyId }),
    ],
    // The gateway ignores X-Forwarded-For (no GATEWAY_TRUST_PROXY): every anonymous caller is this address.
    anonymousAddresses: [],
    inboxAgencyId,
    trackingCodes: (codes.rows as { tracking_code: string }[]).map((row) => row.tracking_code),
    scorecard: { on: today, from: addDays(today, -364), to: today },
    // The soak repeats the bench's cached searches (workload d), not new ones.
    procedureNames: [],
    searchesSent: new Set(),
  };
}

/**
 * Where the soak's submissions go: a busy agency outside the inbox agency's tree, so that thousands of new
 * petitions (naming no procedure) do not push the sample petitions, which name procedures, off the inbox's
 * first page that scenario 2 reads.
 */
export async function submissionInputs(db: Database, inputs: WorkloadInputs): Promise<WorkloadInputs> {
  const other = await db.raw(
    `select handling_agency_id as id from petitions
     where handling_agency_id <> ? and not (? = any(handling_agency_ancestors))
     group by 1 order by count(*) desc, 1 limit 1`,
    [inputs.inboxAgencyId, inputs.inboxAgencyId],
  );
  const target = (other.rows as { id: string }[])[0]?.id;
  if (!target) throw new Error('no agency outside the inbox agency to submit to');
  return { ...inputs, inboxAgencyId: target };
}

export async function countPetitions(db: Database): Promise<number> {
  const result = await db.raw('select count(*)::int as n from petitions');
  return (result.rows as { n: number }[])[0].n;
}

/** One request of the bench's workload `key` (a–e): headers (the caller) and a fresh body. */
export function workloadRequest(inputs: WorkloadInputs, key: 'a' | 'b' | 'c' | 'd' | 'e') {
  const workload = workloads(inputs).find((w) => w.key === key);
  if (!workload) throw new Error(`the bench has no workload ${key}`);
  return workload.request;
}
