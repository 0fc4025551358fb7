// A small pool of analysis threads: jobs queue for the first free thread; a crashed thread is replaced.
import { Worker } from 'node:worker_threads';
import type { Doc } from '../model/index.js';
import type { Features } from '../stories/features.js';
import type { ThreadRequest, ThreadResponse } from './analyze-thread.js';

type Pending = { request: ThreadRequest; resolve: (f: Features) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; busy?: Pending };

/** Starts one analysis thread: the .ts source through tsx in a checkout, the built .js otherwise. */
function startThread(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyze-thread.js', import.meta.url));
  const source = new URL('./analyze-thread.ts', import.meta.url).href;
  // Loader hooks registered in the main thread do not reach worker threads on Node 20: register tsx in the thread.
  const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private next = 0;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startThread() };
    slot.worker.on('message', (response: ThreadResponse) => {
      const pending = slot.busy;
      slot.busy = undefined;
      if (pending) {
        if (response.features) pending.resolve(response.features);
        else pending.reject(new Error(response.error ?? 'analysis failed'));
      }
      this.pump();
    });
    slot.worker.on('error', (error) => this.fail(slot, error));
    slot.worker.on('exit', (code) => { if (!this.closed) this.fail(slot, new Error(`analysis thread exited with code ${code}`)); });
    return slot;
  }

  private fail(slot: Slot, error: Error): void {
    const pending = slot.busy;
    slot.busy = undefined;
    pending?.reject(error);
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closed) {
      void slot.worker.terminate();
      this.slots[index] = this.spawn();
    }
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      slot.worker.postMessage(pending.request);
    }
  }

  /** Features of one document, computed on a pool thread. */
  features(doc: Doc): Promise<Features> {
    if (this.closed) return Promise.reject(new Error('analysis pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: ++this.next, doc }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('analysis pool closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
