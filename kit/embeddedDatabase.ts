import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import knexFactory, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { lockDataDir } from './dataDirLock.ts';

/**
 * An embedded PGlite database in its own worker thread (kit/embeddedWorker.mjs). PGlite runs PostgreSQL in
 * WebAssembly on the thread that calls it: in the service's thread a long statement would stop everything
 * else the process does, /health and requests that need no database included. Here the service's thread
 * only waits for an answer.
 *
 * knex talks to it through knex-pglite, which needs only `waitReady`, `query` and `close` of a PGlite
 * instance: `WorkerPGlite` offers those and forwards each call to the worker. Statements still run one at
 * a time (PGlite is a single connection), so a long one delays the statements queued behind it.
 *
 * PGlite ignores `statement_timeout` (measured: `pg_sleep(1)` and a 10 s `count(*)` ran to the end under
 * `set statement_timeout = 200`), and a WebAssembly statement cannot be interrupted short of ending the
 * thread, which would lose an in-memory database. So nothing bounds one statement here: what bounds the
 * work is what the gateway lets through (gateway/scanPrices.ts, gateway/expensiveReads.ts) and the searches'
 * refusal of terms the trigram indexes cannot serve (kit/searchTerm.ts). A deployment that needs a hard
 * bound runs on a PostgreSQL server, where `statementTimeoutMs` applies (kit/db.ts).
 */
class WorkerPGlite {
  readonly waitReady: Promise<void>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private exited = false;
  private closing: Promise<void> | undefined;

  constructor(
    dataDir: string | undefined,
    modules: WasmModules,
    private readonly release: () => void,
  ) {
    this.worker = new Worker(new URL('./embeddedWorker.mjs', import.meta.url), {
      workerData: { dataDir, ...modules },
    });
    this.waitReady = new Promise<void>((resolve, reject) => {
      this.worker.once('message', (message: { ready: boolean; error?: SerializedError }) =>
        message.ready ? resolve() : reject(toError(message.error)),
      );
      this.worker.once('error', reject);
    });
    // Idle, the thread does not keep the process alive (as an in-process PGlite would not); busy, it does.
    this.waitReady.then(
      () => this.worker.unref(),
      () => undefined,
    );
    this.worker.on('message', (message: Answer) => this.settle(message));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => {
      this.exited = true;
      this.failAll(new Error('the embedded database thread has stopped'));
    });
  }

  query(sql: string, params?: unknown[], options?: Record<string, unknown>): Promise<unknown> {
    return this.call({ op: 'query', sql, params, options });
  }

  /** Closes the database (PGlite writes out what it holds) and ends the thread; once, however often called. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.exited) return;
      await this.waitReady.catch(() => undefined);
      await this.call({ op: 'close' }).catch(() => undefined);
      await this.worker.terminate();
    })().finally(this.release);
    return this.closing;
  }

  private call(message: Record<string, unknown>): Promise<unknown> {
    if (this.exited) return Promise.reject(new Error('the embedded database thread has stopped'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private settle(message: Answer): void {
    if (message.id === undefined) return; // the ready message, taken by waitReady
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker.unref();
    if (message.error) waiting.reject(toError(message.error));
    else waiting.resolve(message.result);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

interface WasmModules {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
}

let compiled: Promise<WasmModules> | undefined;

/** PGlite's two WebAssembly programs, compiled once per process (a compiled module can be given to threads). */
function wasmModules(): Promise<WasmModules> {
  compiled ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const compile = async (file: string) => WebAssembly.compile(await readFile(join(dist, file)));
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
      compile('pglite.wasm'),
      compile('initdb.wasm'),
    ]);
    return { pgliteWasmModule, initdbWasmModule };
  })();
  return compiled;
}

interface SerializedError {
  message: string;
  fields: Record<string, unknown>;
}

interface Answer {
  id?: number;
  result?: unknown;
  error?: SerializedError;
}

/** The database's error as the code expects it from PGlite: a message with its fields (code, constraint…). */
function toError(serialized: SerializedError | undefined): Error {
  return Object.assign(new Error(serialized?.message ?? 'embedded database error'), serialized?.fields ?? {});
}

/** knex over an embedded PGlite (in memory, or in `dataDir`) that runs in a worker thread. */
export async function openEmbeddedInWorker(dataDir?: string): Promise<Knex> {
  // Refused before anything is read when another process holds the folder (kit/dataDirLock.ts).
  const release = dataDir ? lockDataDir(dataDir, `${process.argv[1] ?? 'node'} database`) : () => undefined;
  const pglite = new WorkerPGlite(dataDir, await wasmModules(), release);
  try {
    await pglite.waitReady;
  } catch (error) {
    await pglite.close();
    throw error;
  }
  return knexFactory({
    client: closingClient(pglite),
    dialect: 'postgres',
    connection: () => ({ pglite }),
  } as unknown as Knex.Config);
}

type DestroyCallback = (error?: unknown) => void;

/** knex-pglite closes the connection only if its pool ever opened it: this client ends the thread either way. */
function closingClient(pglite: WorkerPGlite) {
  const Base = ClientPgLite as unknown as new (
    config: Knex.Config,
  ) => { destroy(callback?: DestroyCallback): Promise<void> };
  return class ClosingClient extends Base {
    async destroy(callback?: DestroyCallback): Promise<void> {
      try {
        await super.destroy();
        await pglite.close();
      } catch (error) {
        if (!callback) throw error;
        return callback(error);
      }
      callback?.();
    }
  };
}
