import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, findBreakingChanges, graphql, parse } from 'graphql';
import { HUB_SERVICE } from '../kit/identity.ts';
import { INTERNAL_TOKEN_HEADER, signCaller } from '../kit/internalToken.ts';

const SERVICE_QUERY = '{ _service { sdl } }';

/**
 * A schema as a subgraph serves it in `_service { sdl }`: the text a running subgraph gives back is printed
 * from its schema, not the file it was built from, so both sides are compared in this form.
 */
export async function servedSdl(sdl: string): Promise<string> {
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl) });
  const answer = await graphql({ schema, source: SERVICE_QUERY });
  const served = (answer.data as { _service?: { sdl?: string } } | null)?._service?.sdl;
  if (typeof served !== 'string') throw new Error('the schema does not build as a subgraph');
  return served;
}

/** What the subgraph at `url` serves now; null when it does not answer (not deployed yet, or down). */
export async function liveSdl(url: string, timeoutMs = 3_000): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: await signCaller({ identity: HUB_SERVICE, client: null }),
      },
      body: JSON.stringify({ query: SERVICE_QUERY }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
    return body.data?._service?.sdl ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether a subgraph serving `served` resolves everything `promised` declares: the same schema, or one that
 * only adds to it (a newer release still running while an earlier schema comes back).
 */
export async function servesAtLeast(served: string, promised: string): Promise<boolean> {
  const expected = await servedSdl(promised);
  if (served === expected) return true;
  try {
    return findBreakingChanges(buildSchema(expected), buildSchema(served)).length === 0;
  } catch {
    return false;
  }
}
