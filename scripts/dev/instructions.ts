import { INTERNAL_TOKEN_HEADER } from '../../kit/internalToken.ts';

/** The shell-quoted flags that name the same identity again, for the printed commands. */
function identityFlags(values: { role?: string; agency?: string; subject?: string }): string {
  const flags = [`--role ${values.role}`];
  if (values.agency) flags.push(`--agency ${values.agency}`);
  if (values.subject) flags.push(`--subject ${values.subject}`);
  return flags.join(' ');
}

/** What `npm run dev` prints once the subgraph is ready: how to query it as the chosen identity. */
export function devInstructions(
  name: string,
  url: string,
  values: { role?: string; agency?: string; subject?: string },
  token: string,
): string {
  const dataDir = process.env.PAKN_DATA_DIR ? `PAKN_DATA_DIR=${process.env.PAKN_DATA_DIR} ` : '';
  const sign = `$(${dataDir}npm run -s dev-identity -- ${identityFlags(values)})`;
  return [
    '',
    `${name} is running alone at ${url}`,
    `It answers only requests signed as the gateway signs them (header ${INTERNAL_TOKEN_HEADER}). Such a`,
    'token lives 60 seconds, so sign one per request:',
    '',
    `  curl -s ${url} -H 'content-type: application/json' \\`,
    `    -H "${INTERNAL_TOKEN_HEADER}: ${sign}" \\`,
    `    -d '{"query": "{ _service { sdl } }"}'`,
    '',
    `A token for the next 60 seconds (${identityFlags(values)}):`,
    `${INTERNAL_TOKEN_HEADER}: ${token}`,
    '',
  ].join('\n');
}
