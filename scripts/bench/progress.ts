export { progressBar as progress } from '../progressBar.ts';

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
