/**
 * `npm run compose` writes schema/supergraph.graphql and the schemas clients use: schema/api.graphql (what the
 * gateway serves) and schema/public.graphql (the anonymous contract, fields tagged `@tag(name: "public")`).
 * `npm run compose -- --check` fails when a committed file differs from what the subgraphs compose to today.
 * Either way, composition errors fail the command.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { PROJECT_ROOT } from '../kit/config.ts';
import {
  API_SCHEMA_PATH,
  contractSdl,
  PUBLIC_SCHEMA_PATH,
  PUBLIC_TAG,
  taggedCoordinates,
} from './clientSchemas.ts';
import { composeSupergraph, SUPERGRAPH_PATH } from './composeSupergraph.ts';

const check = process.argv.includes('--check');
const { supergraphSdl, apiSchemaSdl, errors } = composeSupergraph();
if (!supergraphSdl || !apiSchemaSdl) {
  console.error(`Composition failed with ${errors.length} error(s):`);
  for (const error of errors) console.error(`- ${error}`);
  process.exit(1);
}
const outputs: [path: string, content: string][] = [
  [SUPERGRAPH_PATH, supergraphSdl],
  [API_SCHEMA_PATH, apiSchemaSdl],
  [PUBLIC_SCHEMA_PATH, contractSdl(apiSchemaSdl, taggedCoordinates(supergraphSdl, PUBLIC_TAG))],
];
let stale = false;
for (const [path, content] of outputs) {
  const name = relative(PROJECT_ROOT, path);
  if (!check) {
    writeFileSync(path, content);
    console.log(`Wrote ${name}`);
  } else if ((existsSync(path) ? readFileSync(path, 'utf8') : '') !== content) {
    console.error(`${name} is stale: run \`npm run compose\` and commit the result.`);
    stale = true;
  } else console.log(`${name} is current.`);
}
if (stale) process.exit(1);
