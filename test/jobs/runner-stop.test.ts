import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBatchJobs } from '../../server/jobs/runner';
import { openSqliteStorage, type Storage } from '../../server/storage/index';

/**
 * The storage is asynchronous, so a job can be stopped between being read and its batch starting. The batch must
 * then not start with a signal that was already aborted (it would wait for an abort that never comes again).
 */

const dirs: string[] = [];
const storages: Storage[] = [];
afterEach(async () => {
  for (const s of storages.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function gatedStorage() {
  const dir = mkdtempSync(join(tmpdir(), 'dc-runner-'));
  dirs.push(dir);
  const storage = openSqliteStorage(dir);
  storages.push(storage);
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let reached!: () => void;
  const preparing = new Promise<void>((r) => (reached = r));
  // the runner reads the stored laws while it prepares the job: hold it there
  const store = {
    ...storage.batch,
    donePaths: async (id: string) => {
      reached();
      await gate;
      return storage.batch.donePaths(id);
    },
  };
  return { storage, store, preparing, open };
}

describe('batch runner stopped while a job is prepared', () => {
  it('shutdown: the batch never starts and the job stays running for the resume', async () => {
    const { storage, store, preparing, open } = gatedStorage();
    let batches = 0;
    const jobs = createBatchJobs({
      store,
      runBatch: async (opts) => {
        batches++;
        // a batch that only ends by its signal, like a long real one
        await new Promise((_res, rej) => opts.signal?.addEventListener('abort', () => rej(new Error('aborted')), { once: true }));
        throw new Error('unreachable');
      },
    });
    const job = await jobs.create('A', 'j', ['/a.md']);
    await preparing;
    const closed = jobs.close();
    open();
    await closed;
    expect(batches).toBe(0);
    expect((await storage.batch.getById(job.id))!.status).toBe('running');
  });

  it('deletion: the batch never starts and the job is gone', async () => {
    const { storage, store, preparing, open } = gatedStorage();
    let batches = 0;
    const jobs = createBatchJobs({
      store,
      runBatch: async () => {
        batches++;
        return { laws: 0, provisions: 0, findings: 0, errors: 0, seconds: 0, mode: 'in-process' as const };
      },
    });
    const job = await jobs.create('A', 'j', ['/a.md']);
    await preparing;
    expect(await jobs.remove('A', job.id)).toBe(true);
    open();
    await jobs.idle();
    expect(batches).toBe(0);
    expect(await storage.batch.getById(job.id)).toBeUndefined();
    await jobs.close();
  });
});
