import { spawn } from 'node:child_process';

/**
 * Copies one table's rows between databases with psql's COPY on both ends (binary-safe text format, no
 * rows through Node). Foreign keys are not checked on the way in (session_replication_role = replica):
 * only the tables the scorecard reads are copied, not everything they point to.
 */
export async function copyTable(
  fromUrl: string,
  fromTable: string,
  toUrl: string,
  toTable: string,
  /** The target's search_path: generated columns call the schema's own functions unqualified. */
  searchPath: string,
) {
  const source = spawn(
    'psql',
    [fromUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${fromTable} to stdout`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const target = spawn(
    'psql',
    [
      toUrl,
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      'set session_replication_role = replica',
      '-c',
      `set search_path = ${searchPath}`,
      '-c',
      `\\copy ${toTable} from stdin`,
    ],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  source.stdout.pipe(target.stdin);
  let errors = '';
  source.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  target.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const exited = (child: ReturnType<typeof spawn>) =>
    new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const [a, b] = await Promise.all([exited(source), exited(target)]);
  if (a !== 0 || b !== 0) throw new Error(`copying ${fromTable} failed: ${errors.trim()}`);
}
