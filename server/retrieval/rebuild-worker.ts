import { parentPort, workerData } from 'node:worker_threads';
import { openSearchIndex } from './index';

/**
 * Worker thread of an index rebuild (server/retrieval/corpus-index.ts): builds and persists the index, so that the
 * server thread only loads the finished file and keeps answering meanwhile.
 */
await openSearchIndex(workerData as Parameters<typeof openSearchIndex>[0]);
parentPort!.postMessage('built');
