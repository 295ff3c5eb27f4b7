import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleWorker, workerExecArgv } from '../batch/worker-bundle';
import type { ImportedLaw } from '../storage/corpus';
import { writeImportedCorpus } from './imported-dir';
import { openSearchIndex, type SearchIndex } from './index';
import { nameKey } from './law-names';
import { listSources } from './sources';

/** Where the corpus of a server comes from: the shipped, read-only folder and the data folder. */
export interface CorpusLocation {
  corpusDir: string;
  dataDir: string;
}

const WORKER_ENTRY = fileURLToPath(new URL('./rebuild-worker.ts', import.meta.url));

/**
 * The index settings of a corpus state: the shipped corpus, then the CLI imports (DATA_DIR/corpus), then the web
 * imports from the database, each replacing a law of the same abbreviation before it. Every state shares one cache
 * name, so a new state's index file replaces the last one instead of piling up beside it.
 */
export function indexOptions(loc: CorpusLocation, imported: ImportedLaw[]): Parameters<typeof openSearchIndex>[0] {
  const dataDir = resolve(loc.dataDir);
  const webDir = writeImportedCorpus(join(dataDir, 'corpus-imports'), imported);
  return {
    corpusDir: loc.corpusDir,
    cacheDir: join(dataDir, 'index'),
    extraDirs: [join(dataDir, 'corpus'), ...(webDir ? [webDir] : [])],
    cacheName: 'live',
  };
}

/** The index at start-up, built here when no cached one fits (the server does not answer before anyway). */
export const openCorpusIndex = (loc: CorpusLocation, imported: ImportedLaw[]): Promise<SearchIndex> => openSearchIndex(indexOptions(loc, imported));

/**
 * The index of a changed corpus, built in a worker thread (seconds for the shipped corpus, minutes for the federal
 * one) and then loaded from its cache file; the server thread keeps serving searches on the old index meanwhile.
 */
export async function rebuildCorpusIndex(loc: CorpusLocation, imported: ImportedLaw[]): Promise<SearchIndex> {
  const opts = indexOptions(loc, imported);
  const url = await bundleWorker(WORKER_ENTRY, 'corpus-index');
  await new Promise<void>((res, rej) => {
    const worker = new Worker(new URL(url), { workerData: opts, execArgv: workerExecArgv() });
    worker.once('message', () => res());
    worker.once('error', rej);
    worker.once('exit', (code) => (code === 0 ? res() : rej(new Error(`index rebuild worker exited with ${code}`))));
  });
  // a cache file another instance replaced meanwhile is simply built again here
  return openSearchIndex(opts);
}

/**
 * Name keys of the laws a web import would hide: the shipped corpus and the CLI imports. Read once; both change
 * only with a restart.
 */
export function baseLawKeys(loc: CorpusLocation): () => Set<string> {
  let keys: Set<string> | undefined;
  return () => (keys ??= new Set(listSources([resolve(loc.corpusDir), join(resolve(loc.dataDir), 'corpus')]).map((s) => nameKey(s.entry.abbreviation))));
}
