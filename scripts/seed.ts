/**
 * `npm run seed`: migrates every subgraph's database and writes the sample data where it is missing.
 * `npm run seed -- --petitions N`: also appends N more synthetic petitions, with a progress bar.
 * Databases: the embedded ones under data/ (stop `npm start` first: PGlite is single-process), or the
 * servers named by <NAME>_DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { subgraphSettings } from '../kit/config.ts';
import { openDatabase } from '../kit/db.ts';
import { prepareDatabase } from '../kit/subgraph.ts';
import { subgraphDefinitions } from '../subgraphs/index.ts';
import { appendPetitions } from '../subgraphs/petitions/seed.ts';
import { progressBar } from './progressBar.ts';

const { values } = parseArgs({ options: { petitions: { type: 'string' }, seed: { type: 'string' } } });
const extra = values.petitions === undefined ? 0 : Number(values.petitions);
if (!Number.isInteger(extra) || extra < 0) {
  console.error('Usage: npm run seed -- [--petitions N] [--seed S]');
  process.exit(2);
}

for (const definition of subgraphDefinitions()) {
  const settings = subgraphSettings(definition.name);
  const db = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    await prepareDatabase(definition, db);
    if (await definition.isSeeded(db)) {
      console.log(`[${definition.name}] sample data already present`);
    } else {
      await definition.seed(db, { onProgress: progressBar(`[${definition.name}] sample`) });
      console.log(`[${definition.name}] sample data written`);
    }
    if (definition.name === 'petitions' && extra > 0) {
      await appendPetitions(db, {
        count: extra,
        seed: values.seed === undefined ? Date.now() : Number(values.seed),
        onProgress: progressBar('[petitions] appending'),
      });
    }
  } finally {
    await db.destroy();
  }
}
