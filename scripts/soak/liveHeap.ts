import { WebSocket } from 'undici';

/** What a process holds after a full collection: V8's live objects and the memory they own outside it. */
export interface LiveMemory {
  heapUsedMiB: number;
  externalMiB: number;
}

/**
 * A DevTools-protocol session with a process started with `--inspect=127.0.0.1:<port>`. Why not RSS: V8
 * keeps freed heap reserved and returns it when it pleases, so resident memory rises and falls by 100 MiB
 * under load while the objects the process keeps do not change; only a full collection followed by a
 * reading of what survived says whether anything accumulates.
 */
export class LiveHeapProbe {
  private nextId = 0;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  static async connect(port: number): Promise<LiveHeapProbe> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      webSocketDebuggerUrl: string;
    }[];
    if (!targets[0]) throw new Error(`no inspector target on port ${port}`);
    const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`inspector on port ${port} refused`)), {
        once: true,
      });
    });
    return new LiveHeapProbe(socket);
  }

  private call<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (message) =>
        message.error
          ? reject(new Error(`${method}: ${JSON.stringify(message.error)}`))
          : resolve(message.result as T),
      );
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Collects garbage in the process, then reads what survived. */
  async afterFullCollection(): Promise<LiveMemory> {
    await this.call('HeapProfiler.collectGarbage');
    const answer = await this.call<{ result: { value: NodeJS.MemoryUsage } }>('Runtime.evaluate', {
      expression: 'process.memoryUsage()',
      returnByValue: true,
    });
    const usage = answer.result.value;
    return { heapUsedMiB: usage.heapUsed / 2 ** 20, externalMiB: usage.external / 2 ** 20 };
  }

  close(): void {
    this.socket.close();
  }
}
