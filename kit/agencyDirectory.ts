import { HUB_SERVICE } from './identity.ts';
import { keptAnswers } from './keptAnswers.ts';
import { callSubgraph, subgraphUrl } from './subgraphClient.ts';

/**
 * Every agency the hub knows, past and present, asked of the agencies subgraph (which owns the directory)
 * page by page and kept a few minutes per process: it is reference data that changes with a decree, not
 * with a request. For a subgraph's command or upkeep that must know which agencies exist and of what kind;
 * clients' reads go through the gateway.
 */
export interface DirectoryAgency {
  id: string;
  /** The agencies schema's AgencyKind (MINISTRY, PROVINCE, PROVINCIAL_DEPARTMENT, …). */
  kind: string;
  parentId: string | null;
  /** First day of existence; null: before the hub's records begin. */
  validFrom: string | null;
  /** Last day of existence; null: still exists. */
  validTo: string | null;
}

const PAGE = 100;

const DIRECTORY = `query Directory($first: Int, $after: String) {
  agencies(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id kind parent { id } validFrom validTo }
  }
}`;

interface DirectoryPage {
  agencies: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      id: string;
      kind: string;
      parent: { id: string } | null;
      validFrom: string | null;
      validTo: string | null;
    }[];
  };
}

async function askAgencies(): Promise<readonly DirectoryAgency[]> {
  const agencies: DirectoryAgency[] = [];
  let after: string | null = null;
  do {
    const page: DirectoryPage = await callSubgraph<DirectoryPage>(
      'agencies',
      DIRECTORY,
      { first: PAGE, after },
      HUB_SERVICE,
    );
    for (const { parent, ...agency } of page.agencies.nodes)
      agencies.push(Object.freeze({ ...agency, parentId: parent?.id ?? null }));
    after = page.agencies.pageInfo.hasNextPage ? page.agencies.pageInfo.endCursor : null;
  } while (after);
  return Object.freeze(agencies);
}

// Keyed by the agencies subgraph's address: a test process may start several hubs one after another.
const directoryAt = keptAnswers(askAgencies, { ttlMs: 5 * 60_000, maxKeys: 16 });

/** The directory, ordered by code; rejects with SERVICE_UNAVAILABLE while the agencies subgraph is down. */
export function agencyDirectory(): Promise<readonly DirectoryAgency[]> {
  return directoryAt(subgraphUrl('agencies'));
}

/** Whether an agency exists on a day (the directory's validFrom and validTo, both inclusive). */
export function existsOn(agency: Pick<DirectoryAgency, 'validFrom' | 'validTo'>, day: string): boolean {
  return (
    (agency.validFrom === null || agency.validFrom <= day) &&
    (agency.validTo === null || agency.validTo >= day)
  );
}
