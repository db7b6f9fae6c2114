/**
 * `npm run dev -- <subgraph> [--role officer --agency tinh-01] [--port N]`: one subgraph alone, for the
 * developers who own it. It starts as under `npm start` (its embedded database under data/<subgraph>/,
 * migrated and seeded on first start; <NAME>_DATABASE_URL for a server) and prints curl commands that sign
 * a development identity per request (`npm run dev-identity`), since a subgraph answers nothing without
 * the gateway's signature. Refuses to run with NODE_ENV=production.
 */
import { SUBGRAPHS, type SubgraphName } from '../kit/config.ts';
import { runSubgraph } from '../kit/subgraph.ts';
import { SUBGRAPH_DEFINITIONS } from '../subgraphs/index.ts';
import {
  DEV_IDENTITY_USAGE,
  identityFromFlags,
  parseIdentityArgs,
  refuseInProduction,
  signDevIdentity,
} from './dev/devIdentity.ts';
import { devInstructions } from './dev/instructions.ts';

refuseInProduction('npm run dev');
const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? args.splice(portAt, 2)[1] : undefined;
const { values, positionals } = parseIdentityArgs(args);
const name = positionals[0] as SubgraphName | undefined;
const identity = identityFromFlags(values);
if (!name || !(name in SUBGRAPH_DEFINITIONS) || typeof identity === 'string') {
  if (typeof identity === 'string') console.error(identity);
  console.error(
    `Usage: npm run dev -- <${Object.keys(SUBGRAPHS).join('|')}> [${DEV_IDENTITY_USAGE}] [--port N]`,
  );
  process.exit(2);
}
if (port !== undefined) process.env[`${SUBGRAPHS[name].env}_PORT`] = port;

const running = await runSubgraph(SUBGRAPH_DEFINITIONS[name]);
console.log(devInstructions(name, running.http.url, values, await signDevIdentity(identity)));
