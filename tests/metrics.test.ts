import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '../kit/config.ts';
import { todayInVietnam } from '../kit/dates.ts';
import { PROVINCE_SCORECARD } from '../scripts/scorecardQuery.ts';
import { type Hub, startHub } from './support/hub.ts';

let hub: Hub;
let centralToken: string;
beforeAll(async () => {
  hub = await startHub();
  centralToken = await hub.token({ subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
});
afterAll(async () => {
  await hub?.close();
});

const SUBGRAPH_NAMES: SubgraphName[] = ['agencies', 'petitions', 'procedures', 'reporting'];
const CLIENT = 'metrics-test';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The text exposition format, one sample a line: `name{label="value",…} value`. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1]] = pair[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

class Scrape {
  constructor(readonly samples: Sample[]) {}

  /** Every sample of a series name whose labels include `labels`. */
  find(name: string, labels: Record<string, string> = {}): Sample[] {
    return this.samples.filter(
      (sample) =>
        sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    );
  }

  /** The sum over those samples (0 when none). */
  sum(name: string, labels: Record<string, string> = {}): number {
    return this.find(name, labels).reduce((total, sample) => total + sample.value, 0);
  }

  /** The one sample of exactly these labels (service included). */
  value(name: string, labels: Record<string, string>): number | undefined {
    const keys = Object.keys(labels).length;
    return this.find(name, labels).find((sample) => Object.keys(sample.labels).length === keys)?.value;
  }
}

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

async function scrape(graphqlUrl: string): Promise<Scrape> {
  const res = await fetch(metricsUrl(graphqlUrl));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Scrape(parseExposition(await res.text()));
}

/** Every service's /metrics, one after another (a petitions scrape may ask the agencies subgraph). */
async function scrapeAll(): Promise<Record<'gateway' | SubgraphName, Scrape>> {
  const petitions = await scrape(hub.subgraphs.petitions.http.url);
  const rest: Partial<Record<'gateway' | SubgraphName, Scrape>> = { petitions };
  for (const name of ['agencies', 'procedures', 'reporting'] as const)
    rest[name] = await scrape(hub.subgraphs[name].http.url);
  rest.gateway = await scrape(hub.gateway.url);
  return rest as Record<'gateway' | SubgraphName, Scrape>;
}

const SEARCH =
  'query SearchProcedures { procedures(filter: { search: "giay phep" }, first: 3) { nodes { code } } }';
const BAD_DATE = 'query BadDate($on: Date!) { agencies(filter: { activeOn: $on }, first: 1) { totalCount } }';

const asClient = (name: string, token?: string) => ({
  headers: { 'apollographql-client-name': name },
  ...(token ? { token } : {}),
});

describe('/metrics on every service', () => {
  let before: Record<'gateway' | SubgraphName, Scrape>;
  let after: Record<'gateway' | SubgraphName, Scrape>;

  beforeAll(async () => {
    before = await scrapeAll();
    const scorecard = await hub.query(
      PROVINCE_SCORECARD,
      { on: '2025-07-01', from: '2025-01-01', to: '2026-06-30' },
      asClient(CLIENT, centralToken),
    );
    expect(scorecard.errors).toBeUndefined();
    const search = await hub.query(SEARCH, {}, asClient(CLIENT));
    expect(search.errors).toBeUndefined();
    const bad = await hub.query(BAD_DATE, { on: 'not a date' }, asClient(CLIENT));
    expect(bad.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    after = await scrapeAll();
  });

  it('serves every series of a service with its service label, unguarded by the subgraph signature', () => {
    for (const [service, scraped] of Object.entries(after)) {
      expect(scraped.samples.length).toBeGreaterThan(0);
      expect(new Set(scraped.samples.map((sample) => sample.labels.service))).toEqual(new Set([service]));
    }
  });

  it('counts the gateway’s requests by operation, type, client and outcome, exactly', () => {
    const count = 'pakn_gateway_request_duration_seconds_count';
    const delta = (labels: Record<string, string>) =>
      (after.gateway.value(count, labels) ?? 0) - (before.gateway.value(count, labels) ?? 0);
    const series = (operation: string, outcome: string) => ({
      service: 'gateway',
      operation,
      operation_type: 'query',
      client: CLIENT,
      outcome,
    });
    expect(delta(series('ProvinceScorecard', 'ok'))).toBe(1);
    expect(delta(series('SearchProcedures', 'ok'))).toBe(1);
    expect(delta(series('BadDate', 'error'))).toBe(1);
    expect(after.gateway.sum(count) - before.gateway.sum(count)).toBe(3);
    // Histogram consistency: the +Inf bucket is the count, and the sum moved by the time spent.
    const scorecard = series('ProvinceScorecard', 'ok');
    expect(
      after.gateway.value('pakn_gateway_request_duration_seconds_bucket', { ...scorecard, le: '+Inf' }),
    ).toBe(after.gateway.value(count, scorecard));
    expect(after.gateway.sum('pakn_gateway_request_duration_seconds_sum', scorecard)).toBeGreaterThan(
      before.gateway.sum('pakn_gateway_request_duration_seconds_sum', scorecard),
    );
  });

  it('counts the GraphQL errors sent by code', () => {
    const errors = 'pakn_gateway_graphql_errors_total';
    const labels = { service: 'gateway', code: 'BAD_USER_INPUT' };
    expect((after.gateway.value(errors, labels) ?? 0) - (before.gateway.value(errors, labels) ?? 0)).toBe(1);
    expect(after.gateway.sum(errors) - before.gateway.sum(errors)).toBe(1);
  });

  it('times each subgraph fetch by subgraph, and each subgraph counts the same requests', () => {
    // The scorecard asks these subgraphs once (the agencies, then their figures); the search the procedures.
    // A subgraph added since is asked nothing.
    const fetches: Partial<Record<SubgraphName, number>> = {
      agencies: 1,
      petitions: 1,
      procedures: 2,
      reporting: 1,
    };
    const fetchCount = 'pakn_gateway_subgraph_fetch_duration_seconds_count';
    for (const subgraph of SUBGRAPH_NAMES) {
      const labels = { service: 'gateway', subgraph, outcome: 'ok' };
      expect(
        (after.gateway.value(fetchCount, labels) ?? 0) - (before.gateway.value(fetchCount, labels) ?? 0),
        subgraph,
      ).toBe(fetches[subgraph] ?? 0);
      // The subgraph's own request histogram, for the gateway's fetches of these two operations (it may also
      // answer other subgraphs, such as the agency directory the petitions figures read).
      const ours = (scraped: Scrape) =>
        scraped
          .find('pakn_subgraph_request_duration_seconds_count', { service: subgraph, outcome: 'ok' })
          .filter((sample) => /^(ProvinceScorecard|SearchProcedures)__/.test(sample.labels.operation))
          .reduce((total, sample) => total + sample.value, 0);
      expect(ours(after[subgraph]) - ours(before[subgraph]), subgraph).toBe(fetches[subgraph] ?? 0);
    }
    expect(after.gateway.sum('pakn_gateway_subgraph_fetch_errors_total')).toBe(0);
  });

  it('times every subgraph’s SQL statements and shows its connection pool', () => {
    for (const subgraph of SUBGRAPH_NAMES) {
      const statements = (scraped: Scrape) =>
        scraped.sum('pakn_db_statement_duration_seconds_count', { service: subgraph, outcome: 'ok' });
      expect(statements(after[subgraph]), subgraph).toBeGreaterThan(statements(before[subgraph]));
      const selects = { service: subgraph, statement: 'select', outcome: 'ok' };
      expect(
        after[subgraph].value('pakn_db_statement_duration_seconds_bucket', { ...selects, le: '+Inf' }),
      ).toBe(after[subgraph].value('pakn_db_statement_duration_seconds_count', selects));
      const pool = (state: string) =>
        after[subgraph].value('pakn_db_pool_connections', { service: subgraph, state }) ?? -1;
      expect(pool('in_use'), subgraph).toBeGreaterThanOrEqual(0);
      expect(pool('idle'), subgraph).toBeGreaterThanOrEqual(0);
      expect(pool('in_use') + pool('idle'), subgraph).toBeLessThanOrEqual(10);
      expect(after[subgraph].value('pakn_db_pool_pending_acquires', { service: subgraph })).toBe(0);
    }
  });

  it('gives the petitions received and the overdue petitions by agency kind, as the databases count them', async () => {
    const petitions = after.petitions;
    const received = await hub.db.petitions.raw('select count(*)::int as n from petitions');
    expect(petitions.value('pakn_petitions_received_total', { service: 'petitions' })).toBe(
      received.rows[0].n,
    );

    // Overdue as Decree 20/2008 Art. 19 counts it: published after the due date ended (Vietnam time), or
    // not published, not rejected and past due.
    const today = todayInVietnam();
    const overdue = await hub.db.petitions.raw(
      `select handling_agency_id as agency_id, count(*)::int as n from petitions
       where published_at >= (due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours'
          or (published_at is null and status <> 'REJECTED' and due_date < ?::date)
       group by handling_agency_id`,
      [today],
    );
    const kinds = await hub.db.agencies.raw('select id, kind from agencies');
    const kindOf = new Map((kinds.rows as { id: string; kind: string }[]).map((row) => [row.id, row.kind]));
    const expected: Record<string, number> = {};
    for (const kind of kindOf.values()) expected[kind] = 0;
    for (const row of overdue.rows as { agency_id: string; n: number }[]) {
      const kind = kindOf.get(row.agency_id) ?? 'UNKNOWN';
      expected[kind] = (expected[kind] ?? 0) + row.n;
    }
    const shown = Object.fromEntries(
      petitions.find('pakn_petitions_overdue').map((sample) => [sample.labels.agency_kind, sample.value]),
    );
    expect(shown).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // The counts' merge lag is shown too (no merge runs in this hub, so it holds what its tests wrote).
    const pending = await hub.db.petitions.raw('select count(*)::int as n from petition_count_changes');
    expect(
      petitions.value('pakn_petition_count_changes_pending', { service: 'petitions' }),
    ).toBeLessThanOrEqual(pending.rows[0].n);
  });

  it('gives the reports due and overdue, as the reporting database counts them', async () => {
    const today = todayInVietnam();
    const counted = await hub.db.reporting.raw(
      `select count(*) filter (where due_date >= ?::date)::int as due,
              count(*) filter (where due_date < ?::date)::int as overdue
       from reporting_obligations o
       where not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)`,
      [today, today],
    );
    const { due, overdue } = counted.rows[0] as { due: number; overdue: number };
    expect(overdue).toBeGreaterThan(0);
    expect(after.reporting.value('pakn_reporting_reports_due', { service: 'reporting' })).toBe(due);
    expect(after.reporting.value('pakn_reporting_reports_overdue', { service: 'reporting' })).toBe(overdue);
  });

  it('shows every subgraph up, from the gateway’s probes', () => {
    for (const subgraph of SUBGRAPH_NAMES) {
      expect(after.gateway.value('pakn_subgraph_up', { service: 'gateway', subgraph }), subgraph).toBe(1);
    }
  });

  it('keeps client names to a bounded set, however many a client makes up', async () => {
    for (let i = 0; i < 50; i++) {
      const answer = await hub.query('query Probe { __typename }', {}, asClient(`made-up-client-${i}`));
      expect(answer.errors).toBeUndefined();
    }
    const probed = await scrape(hub.gateway.url);
    const clients = new Set(
      probed.find('pakn_gateway_request_duration_seconds_count').map((sample) => sample.labels.client),
    );
    // The default cap is 20 names (PAKN_METRICS_CLIENT_NAMES); requests without one are `unknown`.
    const named = [...clients].filter((client) => client !== 'other' && client !== 'unknown');
    expect(named).toHaveLength(20);
    expect(named).toContain(CLIENT);
    // metrics-test took one place: 19 made-up names have theirs, the 31 others count as `other`.
    expect(
      probed.value('pakn_gateway_request_duration_seconds_count', {
        service: 'gateway',
        operation: 'Probe',
        operation_type: 'query',
        client: 'other',
        outcome: 'ok',
      }),
    ).toBe(31);
  });

  it('counts a fetch to a stopped subgraph as an error of that subgraph, and shows it down', async () => {
    const errors = 'pakn_gateway_subgraph_fetch_errors_total';
    const down = { service: 'gateway', subgraph: 'reporting', reason: 'unavailable' };
    await hub.subgraphs.reporting.close();
    const answer = await hub.query('query Regimes { reportingRegimes(first: 1) { totalCount } }');
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    // The probes are kept a moment (gateway/subgraphHealth.ts): the next one sees the subgraph gone.
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const scraped = await scrape(hub.gateway.url);
    expect(scraped.value(errors, down)).toBe(1);
    expect(scraped.value('pakn_subgraph_up', { service: 'gateway', subgraph: 'reporting' })).toBe(0);
    expect(scraped.value('pakn_subgraph_up', { service: 'gateway', subgraph: 'petitions' })).toBe(1);
  });
});
