import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'pakn.lock';
/** Folders this process holds, so that exiting releases them however it exits. */
const held = new Set<string>();

process.once('exit', () => {
  for (const folder of held) rmSync(join(folder, LOCK_FILE), { force: true });
});

/**
 * An embedded database folder belongs to one process at a time: PGlite takes no lock of its own, and two
 * processes writing one folder silently lose one side's committed rows. The lock file holds the owner's PID;
 * a file whose process is gone is taken over. Returns the release function.
 */
export function lockDataDir(folder: string, purpose: string): () => void {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n${purpose}\n`);
      closeSync(fd);
      held.add(folder);
      return () => {
        if (held.delete(folder)) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(path);
      if (holder && isAlive(holder.pid)) {
        throw new Error(
          `${folder} is in use by process ${holder.pid} (${holder.purpose}); stop it first, or give this process another PAKN_DATA_DIR`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${folder}`);
}

function lockHolder(path: string): { pid: number; purpose: string } | null {
  try {
    const [pid, purpose = 'unknown'] = readFileSync(path, 'utf8').split('\n');
    return Number.isInteger(Number(pid)) ? { pid: Number(pid), purpose } : null;
  } catch {
    return null;
  }
}

/** Whether a process of this machine runs under `pid` (one of another user counts too). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
