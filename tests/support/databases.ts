import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import { PROJECT_ROOT } from '../../kit/config.ts';
import { isAlive } from '../../kit/dataDirLock.ts';
import { type Database, openDatabase } from '../../kit/db.ts';
import { prepareDatabase, type SeedOptions, type SubgraphDefinition } from '../../kit/subgraph.ts';

/**
 * Where the suite's databases live: PGlite in memory by default; with PAKN_TEST_DATABASE_URL (a server
 * URL, e.g. postgres://postgres@127.0.0.1:5432/postgres) each test creates its own databases and drops them.
 */
export const serverUrl = process.env.PAKN_TEST_DATABASE_URL || undefined;
export const databaseMode = serverUrl ? 'postgres' : 'pglite';

export interface ThrowAwayDatabase {
  db: Database;
  /** Its connection string, on the server. */
  url?: string;
  drop(): Promise<void>;
}

/** An empty database of its own. */
export async function throwAwayDatabase(label: string): Promise<ThrowAwayDatabase> {
  return serverUrl ? serverDatabase(label) : embeddedDatabase(await emptyCluster());
}

/**
 * A database of its own, migrated and, with `seed`, holding the sample data. Migrating and seeding are done
 * once per code version: the result is kept as a template (a PGlite folder on disk, a template database on
 * the server) that every later caller copies, which takes a fraction of the time.
 */
export async function preparedDatabase(
  definition: SubgraphDefinition<unknown>,
  seed?: SeedOptions,
): Promise<ThrowAwayDatabase> {
  const key = templateKey(definition, seed);
  return serverUrl
    ? serverDatabase(definition.name, await serverTemplate(key, definition, seed))
    : embeddedDatabase(await embeddedTemplate(key, (db) => fill(db, definition, seed)));
}

/** Fills `folder` with a new PGlite cluster, as initdb would, in a quarter of the time. */
export async function newEmbeddedCluster(folder: string): Promise<void> {
  cpSync(await emptyCluster(), folder, { recursive: true });
}

/** A new PGlite cluster, as initdb leaves it: copied, since initdb takes four times as long as a copy. */
function emptyCluster(): Promise<string> {
  const pglite = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  );
  return embeddedTemplate(`empty_${pglite.version}`, async () => undefined);
}

/**
 * Copies of templates in use; a worker that ends without closing its shared hub leaves its own behind. In
 * memory where Linux offers it: PGlite writes its pages to files, and the suite need not wait on a disk.
 */
const COPIES = join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pakn-test-databases');
let swept = false;

/** Removes the copies of test processes that have ended. */
function sweepCopies(): void {
  swept = true;
  mkdirSync(COPIES, { recursive: true });
  for (const entry of readdirSync(COPIES)) {
    const pid = Number(entry.split('-')[0]);
    if (!isAlive(pid)) rmSync(join(COPIES, entry), { recursive: true, force: true });
  }
}

async function embeddedDatabase(template: string): Promise<ThrowAwayDatabase> {
  if (!swept) sweepCopies();
  const folder = mkdtempSync(join(COPIES, `${process.pid}-`));
  cpSync(template, folder, { recursive: true });
  const db = await openDatabase({ dataDir: folder });
  return {
    db,
    async drop() {
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function serverDatabase(label: string, template?: string): Promise<ThrowAwayDatabase> {
  if (!serverUrl) throw new Error('no PostgreSQL server configured');
  // A hyphenated subgraph name (land-records) is no unquoted PostgreSQL name.
  const name = `pakn_test_${label.replace(/-/g, '_')}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  serverSwept ??= dropDatabasesOfEndedProcesses(admin);
  await serverSwept;
  await admin.raw(`create database ${name}${template ? ` template ${template}` : ''}`);
  const db = await openDatabase({ url: databaseUrl(name), poolMax: 5 });
  return {
    db,
    url: databaseUrl(name),
    async drop() {
      await db.destroy();
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}

let serverSwept: Promise<void> | undefined;

/**
 * The databases a test process that has ended left behind (its shared hub's, if it ended without closing).
 * On a server of this machine only: elsewhere a process id says nothing about who made a database.
 */
async function dropDatabasesOfEndedProcesses(admin: ReturnType<typeof knexFactory>): Promise<void> {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(serverUrl ?? '').hostname)) return;
  const databases = await admin.raw<{ rows: { datname: string }[] }>(
    "select datname from pg_database where datname like 'pakn\\_test\\_%'",
  );
  for (const { datname } of databases.rows) {
    const pid = Number(/_(\d+)_[0-9a-f]{8}$/.exec(datname)?.[1]);
    if (pid && !isAlive(pid)) await admin.raw(`drop database if exists ${datname} with (force)`);
  }
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Names what a template holds: the subgraph's files and the shared kit (its migrations and seed live there),
 * the installed packages, and the seed's options. Any change to them makes a new template.
 */
function templateKey(definition: SubgraphDefinition<unknown>, seed: SeedOptions | undefined): string {
  const seedHash = createHash('sha256').update(JSON.stringify(seed ?? null));
  return `${definition.name.replace(/-/g, '_')}_${codeHash(definition)}_${seedHash.digest('hex').slice(0, 8)}`;
}

/** Code hashes by subgraph folder: the files do not change while the suite runs, so each is read once. */
const codeHashes = new Map<string, string>();

function codeHash(definition: SubgraphDefinition<unknown>): string {
  let known = codeHashes.get(definition.folder);
  if (!known) {
    const hash = createHash('sha256');
    for (const file of [
      ...filesUnder(definition.folder),
      ...filesUnder(join(PROJECT_ROOT, 'kit')),
      join(PROJECT_ROOT, 'package-lock.json'),
    ]) {
      hash.update(file).update(readFileSync(file));
    }
    known = hash.digest('hex').slice(0, 12);
    codeHashes.set(definition.folder, known);
  }
  return known;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => join(folder, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}

async function fill(db: Database, definition: SubgraphDefinition<unknown>, seed: SeedOptions | undefined) {
  await prepareDatabase(definition, db);
  if (seed) await definition.seed(db, seed);
}

const TEMPLATE_FOLDER = join(PROJECT_ROOT, 'node_modules', '.cache', 'pakn-test-databases');
/** Templates this process is making: a second caller waits for the first rather than making another. */
const making = new Map<string, Promise<void>>();

/**
 * The folder of a migrated (and seeded) PGlite database, made first if missing. Copying a folder and
 * opening the copy takes about a second; PGlite's own tarball takes twice that, and a new cluster four.
 */
async function embeddedTemplate(key: string, fillTemplate: (db: Database) => Promise<void>): Promise<string> {
  const folder = join(TEMPLATE_FOLDER, key);
  if (!existsSync(folder)) {
    if (!making.has(key)) making.set(key, makeEmbeddedTemplate(folder, fillTemplate));
    await making.get(key);
  }
  return folder;
}

async function makeEmbeddedTemplate(
  folder: string,
  fillTemplate: (db: Database) => Promise<void>,
): Promise<void> {
  // Made aside and renamed when whole: a test file running beside this one never copies half a template.
  const building = `${folder}.${process.pid}.building`;
  rmSync(building, { recursive: true, force: true });
  const db = await openDatabase({ dataDir: building });
  try {
    await fillTemplate(db);
  } finally {
    await db.destroy();
  }
  try {
    renameSync(building, folder);
  } catch (error) {
    // Another process made it first.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(folder)) throw error;
  }
}

/** The template database on the server for `key`, made once under a lock that test files running beside this one share. */
async function serverTemplate(
  key: string,
  definition: SubgraphDefinition<unknown>,
  seed: SeedOptions | undefined,
): Promise<string> {
  const name = `pakn_template_${key}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 1, max: 1 } });
  try {
    await admin.raw('select pg_advisory_lock(hashtext(:name))', { name });
    const found = await admin.raw<{ rows: unknown[] }>('select 1 from pg_database where datname = :name', {
      name,
    });
    if (found.rows.length === 0) await makeServerTemplate(admin, name, definition, seed);
    await admin.raw('select pg_advisory_unlock(hashtext(:name))', { name });
    return name;
  } finally {
    await admin.destroy();
  }
}

async function makeServerTemplate(
  admin: ReturnType<typeof knexFactory>,
  name: string,
  definition: SubgraphDefinition<unknown>,
  seed: SeedOptions | undefined,
): Promise<void> {
  const building = `${name}_building`;
  await admin.raw(`drop database if exists ${building} with (force)`);
  await admin.raw(`create database ${building}`);
  const db = await openDatabase({ url: databaseUrl(building), poolMax: 5 });
  try {
    await fill(db, definition, seed);
  } finally {
    await db.destroy();
  }
  // Renamed only when whole, so a run that stopped half way leaves no template behind.
  await admin.raw(`alter database ${building} rename to ${name}`);
  await dropOutdatedTemplates(admin, name);
}

/** Templates of the same subgraph made from other code: a server that runs the suite often keeps no pile. */
async function dropOutdatedTemplates(admin: ReturnType<typeof knexFactory>, current: string): Promise<void> {
  const [, subgraph, code] = /^(.+)_([0-9a-f]{12})_[0-9a-f]{8}$/.exec(current) ?? [];
  const databases = await admin.raw<{ rows: { datname: string }[] }>(
    "select datname from pg_database where datname like 'pakn\\_template\\_%'",
  );
  for (const { datname } of databases.rows) {
    const [, otherSubgraph, otherCode] = /^(.+)_([0-9a-f]{12})_[0-9a-f]{8}$/.exec(datname) ?? [];
    if (otherSubgraph === subgraph && otherCode !== code) {
      await admin.raw(`drop database if exists ${datname} with (force)`);
    }
  }
}
