// Worker-thread entry for bounded work: runs one ingest, analysis or batch-analysis task per message and posts the result back.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../model/index.js';
import { analyzeDoc, analyzeDocs } from '../index.js';
import { ingestPaths } from '../ingest/index.js';
import type { BoundedRequest, BoundedResponse, WireError } from './types.js';

function wire(error: unknown, input: string): WireError {
  if (error instanceof InputError) return { code: error.code, input: error.input, detail: error.detail };
  return { code: 'E_PARSE', input, detail: (error as Error)?.message ?? String(error) };
}

parentPort?.on('message', (request: BoundedRequest) => {
  let response: BoundedResponse;
  try {
    if (request.task === 'ingest') {
      const { docs, errors } = ingestPaths([request.path], request.options);
      response = { id: request.id, docs, errors: errors.map((e) => wire(e, request.path)) };
    } else if (request.task === 'analyze-batch') {
      response = { id: request.id, analyzedDocs: analyzeDocs(request.docs, request.options) };
    } else {
      response = { id: request.id, analyzed: analyzeDoc(request.doc, request.options) };
    }
  } catch (error) {
    const input = request.task === 'ingest' ? request.path : request.task === 'analyze' ? request.doc.source : request.docs.map((d) => d.source).join(', ');
    response = { id: request.id, errors: [wire(error, input)] };
  }
  parentPort!.postMessage(response);
});

// Modules are loaded: the pool starts a task's clock only from here on.
parentPort?.postMessage({ ready: true });
