/**
 * `npm run compose` writes schema/supergraph.graphql; `npm run compose -- --check` fails when the committed
 * file differs from what the subgraphs compose to today. Either way, composition errors fail the command.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from './composeSupergraph.ts';

const check = process.argv.includes('--check');
const { supergraphSdl, errors } = composeSupergraph();
if (!supergraphSdl) {
  console.error(`Composition failed with ${errors.length} error(s):`);
  for (const error of errors) console.error(`- ${error}`);
  process.exit(1);
}
if (check) {
  const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
  if (committed !== supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is current.');
} else {
  writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
  console.log(`Wrote ${SUPERGRAPH_PATH}`);
}
