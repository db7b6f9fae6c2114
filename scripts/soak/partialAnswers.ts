import { type Answer, loop, SoakClient, sleep } from './client.ts';
import type { SoakContext } from './context.ts';
import { graphqlUrl, readyUrl } from './hub.ts';
import { workloadRequest } from './inputs.ts';
import { namesService, type Phase, phaseOf } from './outage.ts';
import { seconds } from './verdict.ts';

interface InboxNode {
  handlingAgency?: { name?: string } | null;
  procedure?: { name?: string } | null;
}

const inboxNodes = (answer: Answer) =>
  ((answer.body?.data?.petitions as { nodes?: InboxNode[] } | null)?.nodes ?? []) as InboxNode[];

/**
 * SIGKILL procedures while officers read their inbox (petitions + agencies + procedures) and the central
 * office its scorecard (all four). During the outage an inbox answer must still carry the petitions and
 * their handling agencies, with `procedure` null and errors naming procedures; after the restart, full
 * answers again.
 */
export async function partialAnswers(ctx: SoakContext): Promise<{ figures: string; failures: string[] }> {
  const { hub } = ctx;
  const url = graphqlUrl(hub.port('gateway'));
  const client = new SoakClient(32);
  const requests = { inbox: workloadRequest(ctx.inputs, 'b'), scorecard: workloadRequest(ctx.inputs, 'a') };
  const answers: { kind: keyof typeof requests; answer: Answer }[] = [];
  const load = loop(12, async (worker) => {
    const kind = worker % 4 === 0 ? 'scorecard' : 'inbox';
    const { headers, body } = requests[kind].build();
    answers.push({ kind, answer: await client.post(url, body, headers, 30_000) });
  });
  await sleep(3000);
  const killedAt = Date.now();
  const exit = await hub.signal('procedures', 'SIGKILL');
  const exitedAt = Date.now();
  await sleep(1000);
  const gatewayReady = await client.get(readyUrl(hub.port('gateway')));
  await sleep(4000);
  const restartedAt = Date.now();
  await hub.start('procedures');
  const readyAt = Date.now();
  await sleep(3000);
  await load.stop();
  client.close();

  const timeline = { killedAt, exitedAt, restartedAt, readyAt };
  const by = (kind: string, phase: Phase) =>
    answers.filter((a) => a.kind === kind && phaseOf(a.answer, timeline) === phase).map((a) => a.answer);
  const outage = by('inbox', 'outage');
  const partial = outage.filter((answer) => {
    const nodes = inboxNodes(answer);
    return (
      answer.status === 200 &&
      nodes.length > 0 &&
      nodes.every((node) => node.handlingAgency?.name && node.procedure === null)
    );
  });
  const naming = outage.filter(
    (answer) =>
      (answer.body?.errors?.length ?? 0) > 0 &&
      answer.body?.errors?.every((error) => namesService(error, 'procedures')),
  );
  const full = (answer: Answer) =>
    answer.status === 200 && !answer.body?.errors && inboxNodes(answer).some((node) => node.procedure?.name);
  const before = by('inbox', 'before');
  const after = by('inbox', 'after');
  const scorecardOutage = by('scorecard', 'outage');
  const scorecardBlank = scorecardOutage.filter((answer) => !answer.body?.data?.agencies).length;
  const sample = outage.find((answer) => answer.body?.errors)?.body?.errors?.[0];

  const failures: string[] = [];
  if (exit.signal !== 'SIGKILL')
    failures.push(`procedures ended with ${exit.signal ?? exit.code}, not SIGKILL`);
  if (outage.length === 0) failures.push('no inbox answer fell inside the outage');
  if (partial.length !== outage.length)
    failures.push(
      `${outage.length - partial.length}/${outage.length} inbox answers lost the other subgraphs' parts`,
    );
  if (naming.length !== outage.length)
    failures.push(
      `${outage.length - naming.length}/${outage.length} outage answers had no error naming procedures`,
    );
  if (before.filter(full).length !== before.length)
    failures.push('inbox answers before the kill were not complete');
  if (after.length === 0 || after.filter(full).length !== after.length)
    failures.push(
      `${after.length - after.filter(full).length}/${after.length} inbox answers after the restart were not complete`,
    );
  const figures =
    `procedures SIGKILLed: ${partial.length}/${outage.length} inbox answers during the outage kept petitions and ` +
    `agencies (procedure null), ${naming.length}/${outage.length} with errors naming procedures ` +
    `(${JSON.stringify(sample ? { message: sample.message.slice(0, 120), ...sample.extensions } : null)}); ` +
    `scorecard during the outage: ${scorecardBlank}/${scorecardOutage.length} answers with data.agencies null; ` +
    `gateway /ready during the outage: ${gatewayReady.status || gatewayReady.failure}; ` +
    `restart to ready ${seconds(readyAt - restartedAt)}, ${after.filter(full).length}/${after.length} complete after`;
  return { figures, failures };
}
