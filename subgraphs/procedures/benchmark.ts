/**
 * Search latency over the national-scale catalog (6,500 procedures), on PGlite in memory and, when a server
 * URL is given, on PostgreSQL: seeds a throw-away database, serves the subgraph, and times
 * `procedures(filter: { search })` over HTTP (what the gateway pays per search). Prints p50 / p95.
 *
 *   npx tsx subgraphs/procedures/benchmark.ts [postgres://postgres@127.0.0.1:5432/postgres]
 */
import { randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '../../kit/db.ts';
import { prepareDatabase, serveSubgraph } from '../../kit/subgraph.ts';
import { NATIONAL_SCALE } from './data/generate.ts';
import { procedures } from './index.ts';
import { seedProcedures } from './seed.ts';

const SEARCHES = [
  'dang ky khai sihn',
  'ket hon yeu to nuoc ngaoi',
  'giay phep xay dung',
  'cap giay phep lai xe',
  'thanh lap doanh nghiep',
  'chung thuc ban sao',
  'ho chieu',
  'dang ky thuong tru',
  'bao hiem',
  'cấp lại giấy chứng nhận quyền sử dụng đất',
];
const ROUNDS = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(label: string, db: Database): Promise<void> {
  const started = Date.now();
  await prepareDatabase(procedures, db);
  await seedProcedures(db, { count: NATIONAL_SCALE });
  const seeded = Date.now() - started;
  const server = await serveSubgraph(procedures, db, { port: 0, host: '127.0.0.1' });
  const ask = async (search: string) => {
    const response = await fetch(server.http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($s: String) { procedures(filter: { search: $s }, first: 20) { totalCount nodes { code name } } }',
        variables: { s: search },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  try {
    for (const search of SEARCHES) await ask(search); // warm-up: plans and caches
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const search of SEARCHES) {
        const t = performance.now();
        await ask(search);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const count = await db('procedures').count({ n: '*' }).first();
    console.log(
      `${label}: ${count?.n} procedures (seeded in ${(seeded / 1000).toFixed(1)} s), ${times.length} searches: ` +
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
        `max ${times.at(-1)?.toFixed(1)} ms`,
    );
  } finally {
    await server.close();
  }
}

const pglite = await openDatabase({});
await measure('PGlite (in memory)', pglite);
await pglite.destroy();

const serverUrl = process.argv[2];
if (serverUrl) {
  const name = `procedures_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url: serverUrl, poolMax: 1 });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  try {
    await measure('PostgreSQL server', db);
  } finally {
    await db.destroy();
    await admin.raw(`drop database ${name}`);
    await admin.destroy();
  }
}
