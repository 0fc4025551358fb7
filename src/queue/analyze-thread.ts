// Worker-thread entry: extracts clustering features (the CPU-heavy analysis) off the thread that renews job locks.
import { parentPort } from 'node:worker_threads';
import type { Doc } from '../model/index.js';
import { extractFeatures } from '../stories/features.js';

export type ThreadRequest = { id: number; doc: Doc };
export type ThreadResponse = { id: number; features?: ReturnType<typeof extractFeatures>; error?: string };

parentPort?.on('message', (request: ThreadRequest) => {
  let response: ThreadResponse;
  try {
    response = { id: request.id, features: extractFeatures(request.doc) };
  } catch (error) {
    response = { id: request.id, error: (error as Error).message };
  }
  parentPort!.postMessage(response);
});
