import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { convertLawFile } from '../../server/retrieval/corpus-import';
import { createSearchIndexFromDocuments, type SearchIndex } from '../../server/retrieval/index';
import { liveIndex } from '../../server/retrieval/live-index';
import { createCorpusAdmin } from '../../server/services/corpus-admin';
import type { ImportedLaw } from '../../server/storage/corpus';
import { openSqliteStorage, type Storage } from '../../server/storage/index';

/** The rebuild schedule of the corpus administration: coalesced, skipped when nothing changed, failures kept apart. */

const law = (abbr: string) => ({ buffer: Buffer.from(`Gesetz über ${abbr} (${abbr})\n\n§ 1 Zweck\nDieses Gesetz regelt ${abbr}.\n`), originalname: `${abbr}.txt` });

/** An index that only knows how many laws it was built from. */
const indexOf = (laws: ImportedLaw[]): SearchIndex => {
  const base = createSearchIndexFromDocuments([]);
  return { ...base, stats: () => ({ laws: laws.length, guidance: 0, provisions: 0 }) };
};

let dir: string;
let storage: Storage;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dc-corpus-admin-'));
  storage = openSqliteStorage(dir);
});
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

function setUp(rebuild: (laws: ImportedLaw[]) => Promise<SearchIndex>) {
  const index = liveIndex(indexOf([]));
  const published: number[] = [];
  const admin = createCorpusAdmin({
    store: storage.corpus,
    index,
    baseLawKeys: () => new Set(),
    convert: (buf, name, opts) => convertLawFile(buf, name, opts),
    rebuild,
    publish: async () => void published.push(Date.now()),
    log: createLogger('silent'),
  });
  return { index, admin, published };
}

describe('corpus administration', () => {
  it('changes during a rebuild lead to one more rebuild with the latest state, never to one per change', async () => {
    const builds: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { index, admin, published } = setUp(async (laws) => {
      builds.push(laws.length);
      await gate;
      return indexOf(laws);
    });
    await admin.import(law('AG'), {}, 'test');
    await admin.import(law('BG'), {}, 'test');
    await admin.import(law('CG'), {}, 'test');
    expect((await admin.status()).index.current).toBe(false);
    // searches meanwhile run on the old index
    expect(index.stats().laws).toBe(0);
    release();
    await admin.settled();
    expect(builds).toEqual([1, 3]);
    expect(published).toHaveLength(3);
    expect(index.stats().laws).toBe(3);
    expect((await admin.status()).index).toEqual({ current: true });

    // nothing changed in the database: no rebuild
    await admin.reload();
    expect(builds).toEqual([1, 3]);
    for (const l of await storage.corpus.list()) await storage.corpus.remove(l.id);
  });

  it('a failed rebuild keeps the old index and says so; the next look at the status tries again', async () => {
    let fail = true;
    const { index, admin } = setUp(async (laws) => {
      if (fail) throw new Error('worker died');
      return indexOf(laws);
    });
    await admin.import(law('DG'), {}, 'test');
    await admin.settled();
    expect(index.stats().laws).toBe(0);
    expect((await admin.status()).index).toEqual({ current: false, error: expect.stringContaining('bisherige Stand') });
    // an administrator looking at the page makes the instance try again
    fail = false;
    await admin.status();
    await admin.settled();
    expect(index.stats().laws).toBe(1);
    expect((await admin.status()).index).toEqual({ current: true });
  });
});
