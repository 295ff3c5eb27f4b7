import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listLawFiles } from '../../server/batch/files';
import { freeCoreThreads, runBatch } from '../../server/batch/run-batch';
import { workerExecArgv } from '../../server/batch/worker-bundle';
import type { LawResult } from '../../server/batch/law-result';
import { FIXTURE_DIR } from './helpers';

describe('listLawFiles', () => {
  it('finds every law file (*.md, *.txt) below the directory in a stable order and honours exclusions', async () => {
    const { files, unreadable } = await listLawFiles(FIXTURE_DIR, [join(FIXTURE_DIR, 'kaputt')]);
    expect(unreadable).toEqual([]);
    expect(files.map((f) => f.slice(FIXTURE_DIR.length + 1))).toEqual([
      'b/barchbv/index.md',
      'b/begschlgverfv/index.md',
      'm/milodokv_2015/index.md',
      'nds/NVwZG.md',
    ]);
  });
});

describe('runBatch', () => {
  it('analyses the fixture laws on 2 worker threads and delivers every result in input order', async () => {
    const { files } = await listLawFiles(FIXTURE_DIR);
    const seen: LawResult[] = [];
    const progress: [number, number][] = [];
    const totals = await runBatch({
      files,
      jobs: 2,
      onResult: async (r) => {
        // a slow consumer must not reorder or lose results
        await new Promise((res) => setTimeout(res, 5));
        seen.push(r);
      },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(totals.mode).toBe('threads');
    expect(seen.map((r) => r.path)).toEqual(files);
    expect(progress.at(-1)).toEqual([files.length, files.length]);
    expect(progress).toHaveLength(files.length);
    const skipped = seen.filter((r) => r.error).map((r) => r.path.slice(FIXTURE_DIR.length + 1));
    expect(skipped).toEqual(['kaputt/binaer.md', 'kaputt/latin1.md', 'kaputt/leer.md']);
    expect(seen.filter((r) => !r.error)).toHaveLength(4);
    expect(seen.find((r) => r.law === 'BArchBV')?.findings.some((f) => f.category === 'schriftform')).toBe(true);
  });

  it('stops when aborted and rejects with the abort reason', async () => {
    const { files } = await listLawFiles(FIXTURE_DIR);
    const ctrl = new AbortController();
    let delivered = 0;
    const run = runBatch({
      files,
      jobs: 2,
      signal: ctrl.signal,
      onResult: () => {
        delivered++;
        ctrl.abort(new Error('abgebrochen'));
      },
    });
    await expect(run).rejects.toThrow('abgebrochen');
    expect(delivered).toBe(1);
  });

  it('does nothing for an empty file list', async () => {
    let delivered = 0;
    await runBatch({ files: [], onResult: () => void delivered++ });
    expect(delivered).toBe(0);
  });
});

describe('workerExecArgv', () => {
  it('drops the tsx loader flags of the parent but keeps other Node flags', () => {
    const argv = ['--require', '/x/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///x/node_modules/tsx/dist/loader.mjs', '--cpu-prof', '--import=tsx'];
    expect(workerExecArgv(argv)).toEqual(['--cpu-prof']);
  });
});

describe('freeCoreThreads', () => {
  it('runs a worker per core on an idle machine and one per core other work leaves free, at least one', () => {
    expect(freeCoreThreads(2, 0)).toBe(2);
    expect(freeCoreThreads(2, 0.6)).toBe(2);
    expect(freeCoreThreads(2, 1.2)).toBe(1);
    expect(freeCoreThreads(8, 5.5)).toBe(3);
    expect(freeCoreThreads(2, 12)).toBe(1);
    expect(freeCoreThreads(1, 0)).toBe(1);
  });
});
