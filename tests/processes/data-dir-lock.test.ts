import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../kit/db.ts';

const folders: string[] = [];
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pakn-lock-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('an embedded database folder belongs to one process at a time', () => {
  test('a second opening is refused at once, naming the holder, and the holder’s rows stay', async () => {
    const folder = freshFolder();
    const first = await openDatabase({ dataDir: folder });
    await first.raw('create table kept (id int)');
    await first.raw('insert into kept values (1)');
    const lock = readFileSync(join(folder, 'pakn.lock'), 'utf8');
    expect(lock.split('\n')[0]).toBe(String(process.pid));

    await expect(openDatabase({ dataDir: folder })).rejects.toThrow(
      `${folder} is in use by process ${process.pid}`,
    );
    await first.destroy();
    expect(existsSync(join(folder, 'pakn.lock'))).toBe(false);

    const again = await openDatabase({ dataDir: folder });
    expect((await again.raw('select id from kept')).rows).toEqual([{ id: 1 }]);
    await again.destroy();
  }, 60_000);

  test('a lock left by a process that has died is taken over', async () => {
    const folder = freshFolder();
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid as number;
    writeFileSync(join(folder, 'pakn.lock'), `${gone}\nan old hub\n`);
    const db = await openDatabase({ dataDir: folder });
    expect(readFileSync(join(folder, 'pakn.lock'), 'utf8').split('\n')[0]).toBe(String(process.pid));
    await db.destroy();
  }, 60_000);
});
