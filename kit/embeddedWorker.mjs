// The thread that owns an embedded PGlite database (kit/embeddedDatabase.ts starts it). Plain JavaScript:
// a worker thread is a fresh Node.js context, without the TypeScript loader of the process that starts it
// (tsx, vitest). It answers { id, op: 'query' | 'close', … } messages from its parent port, one at a time, in
// the order they came: PGlite is a single connection.
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** A database error as plain data: its message and its fields (code, constraint, detail, …) survive the copy. */
function serializeError(error) {
  const fields = {};
  for (const [key, value] of Object.entries(error ?? {})) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { message: error?.message ?? String(error), fields };
}

async function open() {
  const { dataDir, pgliteWasmModule, initdbWasmModule } = workerData;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Dates stay calendar strings; counts arrive as int8 and fit in a JS number (as kit/db.ts does for `pg`).
  return PGlite.create(dataDir, {
    // Compiled once by the parent and shared by its threads: compiling 9 MB of WebAssembly is most of a start.
    pgliteWasmModule,
    initdbWasmModule,
    extensions: { unaccent, pg_trgm },
    parsers: {
      [DATE_OID]: (value) => value,
      [INT8_OID]: (value) => Number(value),
      [NUMERIC_OID]: (value) => Number(value),
    },
  });
}

let pglite;
try {
  pglite = await open();
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: serializeError(error) });
}

parentPort.on('message', async (message) => {
  const { id, op } = message;
  try {
    if (op === 'close') {
      await pglite?.close();
      parentPort.postMessage({ id, result: null });
      parentPort.close();
      return;
    }
    const { rows, fields, affectedRows } = await pglite.query(message.sql, message.params, message.options);
    parentPort.postMessage({ id, result: { rows, fields, affectedRows } });
  } catch (error) {
    parentPort.postMessage({ id, error: serializeError(error) });
  }
});
