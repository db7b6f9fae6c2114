import { cpus, totalmem } from 'node:os';

/** What the figures were measured on: they mean nothing without it. */
export function machineLine(): string {
  const cores = cpus();
  const memory = (totalmem() / 1024 ** 3).toFixed(0);
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${memory} GiB, Node ${process.version}`;
}
