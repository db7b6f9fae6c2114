/**
 * `npm run schema -- <command>`: the schema registry (registry/) from the command line.
 *   check <subgraph> [--schema file] [--url url] [--days n] [--trusted-documents file]
 *   publish <subgraph> [--schema file] [--url url] [--wait seconds]      (key: SCHEMA_PUBLISH_KEY or --key)
 *   rollout [--wait seconds]                      the waiting version goes live once its subgraphs serve it
 *   rollback [--to version] [--wait seconds]      (key)
 *   history [subgraph]
 *   key create <subgraph|*> --label text  ·  key revoke --label text
 * Exit codes: 0 done, 1 refused (check failed, composition failed, key refused), 2 bad command,
 * 3 published but not live yet (its subgraph does not serve the schema within --wait).
 */
import { parseArgs } from 'node:util';
import { openRegistry } from '../registry/database.ts';
import { RollbackRefused } from '../registry/publish.ts';
import { PublishRefused } from '../registry/publishKeys.ts';
import { registrySettings } from '../registry/settings.ts';
import { runCommand, UsageError } from './schema/commands.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    schema: { type: 'string' },
    url: { type: 'string' },
    days: { type: 'string' },
    'trusted-documents': { type: 'string' },
    wait: { type: 'string' },
    key: { type: 'string' },
    to: { type: 'string' },
    label: { type: 'string' },
  },
});

// The command line always has a registry: the embedded one unless SCHEMA_REGISTRY names a server.
const settings = registrySettings({
  ...process.env,
  SCHEMA_REGISTRY: process.env.SCHEMA_REGISTRY || 'embedded',
});
let code = 0;
try {
  const db = await openRegistry(settings);
  try {
    code = await runCommand(db, positionals, values, settings);
  } finally {
    await db.destroy();
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(
      `${error.message}\nUsage: see the comment at the top of scripts/schema.ts, or README "For ministry developers".`,
    );
    code = 2;
  } else if (error instanceof PublishRefused || error instanceof RollbackRefused) {
    console.error(`Refused: ${error.message}`);
    code = 1;
  } else throw error;
}
process.exit(code);
