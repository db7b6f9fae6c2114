import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logAudit, setAuditSink } from '../kit/audit.ts';
import { describeError, logLevel, maskMessage } from '../kit/log.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, SUBMIT } from './support/petitionCommands.ts';

let hub: Hub;
let restoreAudit: () => void;

beforeAll(async () => {
  hub = await sharedHub();
  // The audit log as it runs in production, through the logger, so that its lines are checked too.
  restoreAudit = setAuditSink(logAudit);
});

afterAll(async () => {
  restoreAudit?.();
  await hub?.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Line = Record<string, unknown> & { service?: string; requestId?: string; msg?: string };

function parsedLines(): Line[] {
  return hub.logs.map((line) => JSON.parse(line) as Line);
}

/** The request lines of one request id, once `count` of them are written (a line follows its response). */
async function requestLines(requestId: string, count: number): Promise<Line[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const lines = parsedLines().filter((line) => line.msg === 'request' && line.requestId === requestId);
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers of several shapes, each checked by its assertions.
  const answer = (await res.json()) as any;
  return { requestId: res.headers.get('x-request-id'), status: res.status, body: answer };
}

/** A line without what changes from run to run: the time, the process, the duration (checked apart). */
function stable(line: Line): Line {
  const { time, pid, durationMs, ...rest } = line;
  expect(typeof time).toBe('string');
  expect(pid).toBe(process.pid);
  expect(durationMs).toBeTypeOf('number');
  expect(durationMs as number).toBeGreaterThanOrEqual(0);
  return rest;
}

const OFFICER_LIST = `query OfficerPetitions {
  petitions(first: 2) { nodes { id handlingAgency { id name } } }
}`;

describe('request lines', () => {
  it('carry the client’s request id through the gateway and each subgraph the request crosses', async () => {
    const token = await hub.token({ subject: 'can-bo.tinh-01', role: 'OFFICER', agencyId: 'tinh-01' });
    const answer = await post(
      { query: OFFICER_LIST },
      {
        authorization: `Bearer ${token}`,
        'x-request-id': 'test-123',
        'apollographql-client-name': 'logs-test',
        'apollographql-client-version': '1.2.3',
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.petitions.nodes).toHaveLength(2);
    expect(answer.requestId).toBe('test-123');

    const lines = await requestLines('test-123', 3);
    const byService = Object.fromEntries(lines.map((line) => [line.service, stable(line)]));
    expect(Object.keys(byService).sort()).toEqual(['agencies', 'gateway', 'petitions']);
    expect(byService.gateway).toEqual({
      level: 'info',
      msg: 'request',
      service: 'gateway',
      requestId: 'test-123',
      operation: 'OfficerPetitions',
      client: { name: 'logs-test', version: '1.2.3', role: 'OFFICER', agencyId: 'tinh-01' },
      status: 200,
      outcome: 'ok',
    });
    for (const service of ['petitions', 'agencies']) {
      // The gateway names each subgraph fetch after the client's operation; the caller is the signed one.
      const { operation, ...rest } = byService[service];
      expect(operation).toMatch(/^OfficerPetitions__\w+__\d+$/);
      expect(rest).toEqual({
        level: 'info',
        msg: 'request',
        service,
        requestId: 'test-123',
        client: { name: null, version: null, role: 'OFFICER', agencyId: 'tinh-01' },
        status: 200,
        outcome: 'ok',
      });
    }
  });

  it('give a request without an id a fresh one, returned to the client and forwarded', async () => {
    const answer = await post({ query: '{ agencies(first: 1) { nodes { id } } }' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.requestId).toMatch(UUID);
    const lines = await requestLines(answer.requestId as string, 2);
    expect(lines.map((line) => line.service).sort()).toEqual(['agencies', 'gateway']);
    const gateway = lines.find((line) => line.service === 'gateway') as Line;
    expect(stable(gateway)).toMatchObject({
      operation: null,
      client: { name: null, version: null, role: 'ANONYMOUS', agencyId: null },
      outcome: 'ok',
    });
  });

  it('replace an id that is too long or not plain', async () => {
    for (const given of ['x'.repeat(65), 'has"quote', "it's", 'tab\there', 'line%0Abreak', 'a b', 'ý']) {
      const answer = await post({ query: '{ __typename }' }, { 'x-request-id': given });
      expect(answer.requestId, given).toMatch(UUID);
      const [line] = await requestLines(answer.requestId as string, 1);
      expect(line.service).toBe('gateway');
      expect(hub.logs.some((text) => text.includes(given))).toBe(false);
    }
    // Plain and short passes as given.
    const kept = await post({ query: '{ __typename }' }, { 'x-request-id': 'Req_1.2:3-abc' });
    expect(kept.requestId).toBe('Req_1.2:3-abc');
  });

  it('say what went wrong by code, with the error codes the client was sent', async () => {
    const answer = await post(
      { query: 'query Mine { petitions(first: 1) { totalCount } }' },
      { 'x-request-id': 'refused-1' },
    );
    expect(
      answer.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code),
    ).toEqual(['UNAUTHENTICATED']);
    const lines = await requestLines('refused-1', 2);
    const gateway = stable(lines.find((line) => line.service === 'gateway') as Line);
    expect(gateway).toMatchObject({ operation: 'Mine', outcome: 'error', errors: ['UNAUTHENTICATED'] });
    const petitions = stable(lines.find((line) => line.service === 'petitions') as Line);
    expect(petitions).toMatchObject({ outcome: 'error', errors: ['UNAUTHENTICATED'] });

    // Refused before Apollo runs: a token that does not verify (the context fails), an unsigned call to a subgraph.
    const badToken = await post(
      { query: '{ __typename }' },
      { authorization: 'Bearer not-a-token', 'x-request-id': 'bad-token-1' },
    );
    expect(badToken.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const [badTokenLine] = await requestLines('bad-token-1', 1);
    expect(stable(badTokenLine)).toMatchObject({
      service: 'gateway',
      status: badToken.status,
      outcome: 'error',
      errors: ['UNAUTHENTICATED'],
    });
    const unsigned = await fetch(hub.subgraphs.petitions.http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'unsigned-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('x-request-id')).toBe('unsigned-1');
    const [unsignedLine] = await requestLines('unsigned-1', 1);
    expect(stable(unsignedLine)).toEqual({
      level: 'info',
      msg: 'request',
      service: 'petitions',
      requestId: 'unsigned-1',
      operation: null,
      client: { name: null, version: null, role: null, agencyId: null },
      status: 401,
      outcome: 'error',
      errors: ['UNAUTHENTICATED'],
    });

    const broken = await post({ query: '{ nope' }, { 'x-request-id': 'broken-1' });
    expect(broken.status).toBe(400);
    const [parseLine] = await requestLines('broken-1', 1);
    expect(stable(parseLine)).toMatchObject({
      service: 'gateway',
      operation: null,
      status: 400,
      outcome: 'error',
      errors: ['GRAPHQL_PARSE_FAILED'],
    });
  });
});

describe('unexpected errors', () => {
  it('are logged with their service, request id, operation and path, by kind, code and message', async () => {
    // A database that lost a table: every read of agencies fails in the agencies subgraph.
    await hub.db.agencies.raw('alter table agencies rename to agencies_away');
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      answer = await post(
        { query: 'query Directory { agencies(first: 1) { nodes { id } } }' },
        { 'x-request-id': 'broken-db-1' },
      );
    } finally {
      await hub.db.agencies.raw('alter table agencies_away rename to agencies');
    }
    expect(
      answer.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code),
    ).toEqual(['INTERNAL_SERVER_ERROR']);
    await requestLines('broken-db-1', 2);
    const errors = parsedLines().filter(
      (line) => line.msg === 'unexpected error' && line.requestId === 'broken-db-1',
    );
    // One line, the subgraph's: the gateway leaves an error that came from a subgraph to that subgraph.
    expect(errors).toHaveLength(1);
    const { err, ...line } = stable({ durationMs: 0, ...errors[0] });
    expect(line).toEqual({
      level: 'error',
      msg: 'unexpected error',
      service: 'agencies',
      requestId: 'broken-db-1',
      operation: expect.stringMatching(/^Directory__agencies__\d+$/),
      path: 'agencies',
    });
    expect(err).toMatchObject({
      code: '42P01',
      message: expect.stringContaining('relation "agencies" does not exist'),
    });
  });
});

describe('personal data', () => {
  const input = petitionInput();
  const petitioner = input.petitioner as Record<string, string>;
  const secrets = [
    petitioner.phone,
    petitioner.phone.replace(/\D/g, ''),
    petitioner.fullName,
    petitioner.email,
    petitioner.address,
    input.content as string,
  ];

  function expectNoPersonalData(): void {
    expect(hub.logs.length).toBeGreaterThan(0);
    for (const line of hub.logs) {
      for (const secret of secrets) expect(line, line).not.toContain(secret);
    }
  }

  it('never reach a line: submissions, officers’ reads, audit entries, refusals and invalid input', async () => {
    const before = hub.logs.length;
    const submitted = await post({ query: SUBMIT, variables: { input } }, { 'x-request-id': 'submit-1' });
    expect(submitted.body.errors).toBeUndefined();
    const id = submitted.body.data.submitPetition.petition.id as string;
    const submitLines = await requestLines('submit-1', 2);
    const submitLine = submitLines.find((line) => line.service === 'gateway') as Line;
    expect(stable(submitLine)).toMatchObject({
      service: 'gateway',
      operation: 'Submit',
      client: { role: 'ANONYMOUS' },
      outcome: 'ok',
    });

    // An officer reads the petitioner (an audit entry); an anonymous caller is refused (another).
    const officer = await hub.token({ subject: 'can-bo.tinh-01', role: 'OFFICER', agencyId: 'tinh-01' });
    const read = await post(
      {
        query: 'query Read($id: ID!) { petition(id: $id) { petitioner { name phone email address } } }',
        variables: { id },
      },
      { authorization: `Bearer ${officer}`, 'x-request-id': 'read-1' },
    );
    expect(read.body.data.petition.petitioner.phone).toBe(petitioner.phone.replace(/\D/g, ''));
    await post(
      { query: 'query Read($id: ID!) { petition(id: $id) { petitioner { name } } }', variables: { id } },
      { 'x-request-id': 'read-2' },
    );

    // Invalid input that error messages repeat: a bad e-mail (the resolver's check), a variable of the wrong
    // type (coercion), literal arguments in a document that fails validation, and a document that fails parsing.
    const badEmail = await post({
      query: SUBMIT,
      variables: {
        input: petitionInput({
          petitioner: { ...petitioner, email: `${petitioner.phone} ${petitioner.fullName}` },
        }),
      },
    });
    expect(badEmail.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badType = await post({
      query: SUBMIT,
      variables: { input: { ...input, category: `${petitioner.fullName} ${petitioner.phone}` } },
    });
    expect(badType.status).toBe(400);
    const literal = await post({
      query: `mutation { submitPetition(input: { petitioner: { type: INDIVIDUAL, fullName: "${petitioner.fullName}", address: "${petitioner.address}", phone: "${petitioner.phone}", email: "${petitioner.email}" }, category: NOPE, title: "t", content: "${input.content}" }) { trackingCode } }`,
    });
    expect(literal.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unparsable = await post({
      query: `{ "${petitioner.phone}" ${petitioner.email}`,
      operationName: petitioner.phone,
    });
    expect(unparsable.status).toBe(400);

    await requestLines('read-2', 2);
    const written = parsedLines().slice(before);
    // Audit entries went through the same logger, marked as such.
    expect(written.filter((line) => line.audit === true).map((line) => line.event)).toEqual(
      expect.arrayContaining(['personal_data.read', 'authorization.refused']),
    );
    expectNoPersonalData();
  });

  it('are censored by configuration when an object carrying them is logged', async () => {
    const { log } = await import('../kit/log.ts');
    log.info({
      service: 'test',
      phone: petitioner.phone,
      variables: { input },
      petitioner: { fullName: petitioner.fullName, email: petitioner.email, address: petitioner.address },
      headers: { authorization: 'Bearer secret-token', cookie: 'session=1' },
    });
    const last = JSON.parse(hub.logs[hub.logs.length - 1]);
    expect(last).toMatchObject({
      phone: '[redacted]',
      variables: '[redacted]',
      petitioner: { fullName: '[redacted]', email: '[redacted]', address: '[redacted]' },
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
    });
    expectNoPersonalData();
  });

  it('are masked in the messages of unexpected errors', () => {
    const error = new Error(
      `invalid input syntax for type uuid: "${petitioner.phone}" near '${petitioner.fullName}' (${petitioner.email}), constraint "petitions_phone_check"`,
    );
    expect(describeError(error)).toEqual({
      type: 'Error',
      message: `invalid input syntax for type uuid: "…" near '…' (…@…), constraint "petitions_phone_check"`,
    });
    expect(maskMessage('call 0912 345 678 or 0912-345-678')).toBe('call … or …');
  });
});

describe('LOG_LEVEL', () => {
  it('takes a level by name, and info otherwise', () => {
    expect(logLevel(undefined)).toBe('info');
    expect(logLevel('DEBUG')).toBe('debug');
    expect(logLevel('warn')).toBe('warn');
    expect(logLevel('loud')).toBe('info');
  });
});
