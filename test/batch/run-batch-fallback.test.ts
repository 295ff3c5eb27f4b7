import { expect, it, vi } from 'vitest';
import { listLawFiles } from '../../server/batch/files';
import { runBatch } from '../../server/batch/run-batch';
import type { LawResult } from '../../server/batch/law-result';
import { FIXTURE_DIR } from './helpers';

// where no worker can start (here: the worker bundle cannot be built) the batch still completes, in-process
vi.mock('../../server/batch/worker-bundle', () => ({
  bundleWorker: () => Promise.reject(new Error('esbuild unavailable')),
  workerExecArgv: () => [],
}));

it('falls back to in-process analysis with the same results', async () => {
  const { files } = await listLawFiles(FIXTURE_DIR);
  const seen: LawResult[] = [];
  const totals = await runBatch({ files, jobs: 2, onResult: (r) => void seen.push(r) });
  expect(totals.mode).toBe('in-process');
  expect(seen.filter((r) => r.error)).toHaveLength(3);
  expect(seen.map((r) => r.path)).toEqual(files);
  expect(seen.find((r) => r.law === 'BArchBV')?.findings.length).toBeGreaterThan(0);
});
