// A pool of worker threads with a heap cap and a per-task time limit: an overrunning task is terminated with its thread.
import { Worker } from 'node:worker_threads';
import { InputError } from '../model/index.js';
import type { BoundedRequest, BoundedResponse } from './types.js';

export type Bounds = {
  /** Wall-clock limit for one task (one file or one document), in milliseconds. */
  timeMs?: number;
  /** Heap limit of each worker thread (V8 old generation), in MB. */
  memoryMb?: number;
  /** Worker threads run at once. */
  concurrency?: number;
};

export const DEFAULT_BOUNDS: Required<Bounds> = { timeMs: 30_000, memoryMb: 768, concurrency: 1 };
/** A thread that has not loaded its modules in this long is treated as failed. */
const STARTUP_MS = 60_000;

type Request = BoundedRequest extends infer R ? (R extends BoundedRequest ? Omit<R, 'id'> : never) : never;
type Job = { request: Request; input: string; resolve: (r: BoundedResponse) => void; reject: (e: InputError) => void };
type Slot = { worker: Worker; ready: boolean; job?: Job; timer?: NodeJS.Timeout; id: number };

/** Starts one thread: the .ts source through tsx in a checkout, the built .js otherwise. */
function startThread(resourceLimits: ConstructorParameters<typeof Worker>[1] extends infer O ? O extends { resourceLimits?: infer R } ? R : never : never): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits });
  const source = new URL('./worker.ts', import.meta.url).href;
  // Loader hooks registered in the main thread do not reach worker threads on Node 20: register tsx in the thread.
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

export class BoundedPool {
  readonly bounds: Required<Bounds>;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private next = 0;
  private closed = false;
  /** Threads started so far (replacements included), for reports and tests. */
  started = 0;

  constructor(bounds: Bounds = {}) {
    this.bounds = { ...DEFAULT_BOUNDS, ...Object.fromEntries(Object.entries(bounds).filter(([, v]) => v !== undefined)) };
  }

  private spawn(): Slot {
    const memory = Math.max(32, Math.round(this.bounds.memoryMb));
    const worker = startThread({ maxOldGenerationSizeMb: memory, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(memory / 8))), stackSizeMb: 4 });
    this.started++;
    const slot: Slot = { worker, ready: false, id: this.started };
    slot.timer = setTimeout(() => this.fail(slot, 'thread did not start'), STARTUP_MS);
    worker.on('message', (message: BoundedResponse | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        clearTimeout(slot.timer);
        this.pump();
        return;
      }
      const job = slot.job;
      clearTimeout(slot.timer);
      slot.job = undefined;
      job?.resolve(message);
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `went over the ${this.bounds.memoryMb} MB memory limit` : `failed (${error.message.split('\n')[0]})`;
      this.fail(slot, reason);
    });
    worker.on('exit', (code) => { if (!this.closed) this.fail(slot, `stopped (thread exit ${code})`); });
    return slot;
  }

  /** Ends a slot's thread; its job (if any) gets an error naming the input; a fresh thread replaces it when needed. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    void slot.worker.terminate();
    if (job) job.reject(new InputError('E_TOO_LARGE', job.input, `${reason}; skipped`));
    else if (!slot.ready && this.queue.length) {
      // A thread that cannot start would fail every job: report it on the next one rather than loop.
      const next = this.queue.shift()!;
      next.reject(new InputError('E_TOO_LARGE', next.input, `worker thread ${reason}`));
    }
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    while (this.slots.length < this.bounds.concurrency && this.queue.length > this.slots.filter((s) => !s.job).length) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.fail(slot, `took over ${(this.bounds.timeMs / 1000).toFixed(1)} s (the time limit)`), this.bounds.timeMs);
      slot.worker.postMessage({ ...job.request, id: ++this.next } as BoundedRequest);
    }
  }

  /** Runs one task on a pool thread; rejects with an E_TOO_LARGE InputError on overrun. */
  run(request: Request, input: string): Promise<BoundedResponse> {
    if (this.closed) return Promise.reject(new InputError('E_TOO_LARGE', input, 'bounded pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, input, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new InputError('E_TOO_LARGE', job.input, 'bounded pool closed'));
    const slots = this.slots.splice(0);
    slots.forEach((slot) => clearTimeout(slot.timer));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
