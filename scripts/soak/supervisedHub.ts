import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SUBGRAPHS, type SubgraphName } from '../../kit/config.ts';

/** Where `npm start` puts each service when the gateway is on `gatewayPort`: subgraphs just above it. */
export function supervisedPorts(gatewayPort: number): Record<SubgraphName | 'gateway', number> {
  const ports = { gateway: gatewayPort } as Record<SubgraphName | 'gateway', number>;
  for (const [name, { port }] of Object.entries(SUBGRAPHS)) {
    ports[name as SubgraphName] = gatewayPort + (port - 4000);
  }
  return ports;
}

/** The environment that puts `npm start`'s processes on these ports, this data folder and no registry. */
export function supervisedEnv(
  base: NodeJS.ProcessEnv,
  ports: Record<SubgraphName | 'gateway', number>,
  dataDir: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    PAKN_DATA_DIR: dataDir,
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_HOST: '127.0.0.1',
    // The registry's port is the gateway's + 9, should someone turn it on: never another hub's.
    SCHEMA_REGISTRY_PORT: String(ports.gateway + 9),
  };
  delete env.SCHEMA_REGISTRY;
  for (const [name, { env: prefix }] of Object.entries(SUBGRAPHS)) {
    const port = ports[name as SubgraphName];
    env[`${prefix}_PORT`] = String(port);
    env[`${prefix}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  return env;
}

/**
 * `scripts/start.ts` as a child process (the supervisor of `npm start`), with its output kept line by line:
 * the pid of every start, every restart it announces. Its services are its children, not ours.
 */
export class SupervisedHub {
  readonly lines: { at: number; text: string }[] = [];
  private readonly child: ChildProcess;
  private readonly log: WriteStream;

  constructor(env: NodeJS.ProcessEnv, logDir: string) {
    this.log = createWriteStream(join(logDir, 'supervisor.log'));
    this.child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/start.ts')], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let rest = '';
      stream?.on('data', (chunk: Buffer) => {
        this.log.write(chunk);
        const text = rest + chunk.toString('utf8');
        const parts = text.split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) this.lines.push({ at: Date.now(), text: line });
      });
    }
  }

  /** The supervisor's own lines about a service since `since` ("[start] procedures …"). */
  about(name: string, since = 0): string[] {
    return this.lines
      .filter((line) => line.at >= since && line.text.startsWith(`[start] ${name} `))
      .map((line) => line.text);
  }

  /** The pid of every start of a service, in order. */
  pids(name: string): number[] {
    return this.about(name).flatMap((line) => {
      const match = / started, pid (\d+)$/.exec(line);
      return match ? [Number(match[1])] : [];
    });
  }

  async waitFor(test: (text: string) => boolean, timeoutMs: number, since = 0): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.lines.find((candidate) => candidate.at >= since && test(candidate.text));
      if (line) return line.at;
      if (this.child.exitCode !== null) throw new Error(`npm start exited (${this.child.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`npm start: no such line within ${timeoutMs / 1000} s`);
  }

  /** SIGTERM to the supervisor, as Ctrl-C would; resolves with how it exited (SIGKILL after timeoutMs). */
  stop(timeoutMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
    const sent = Date.now();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.log.end();
        resolve({ code: this.child.exitCode, signal: this.child.signalCode, ms: Date.now() - sent });
      };
      if (this.child.exitCode !== null || this.child.signalCode !== null) return done();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
      this.child.once('exit', done);
      this.child.kill('SIGTERM');
    });
  }
}
