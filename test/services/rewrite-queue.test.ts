import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../server/contracts/api';
import type { AbsatzRewrite } from '../../server/contracts/rewrite';
import { rewriteInContext } from '../../server/rules/rewrite';
import { analyzeDraft } from '../../server/services/review/analyze-draft';
import { rewriteQueue } from '../../server/services/review/rewrite-queue';
import { createReviewService } from '../../server/services/review/service';
import { systemClock } from '../../server/storage/clock';
import { openStorage, type Storage } from '../../server/storage/index';
import { TWO_FINDINGS_DRAFT } from '../support/review';

/** A promise with its resolve handle, to hold a rewrite "in the pool" until the test lets it finish. */
function gate<T = void>() {
  let open!: (v: T) => void;
  const p = new Promise<T>((r) => (open = r));
  return { p, open };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('rewrite queue', () => {
  it('runs one review’s rewrites one at a time; a waiting rewrite of an Absatz serves later decisions on it', async () => {
    const q = rewriteQueue<string>();
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate<string>>>();
    const task = (name: string) => () => {
      started.push(name);
      const g = gate<string>();
      gates.set(name, g);
      return g.p;
    };
    const first = q.run('r1', 10, task('a10-1'));
    // a rewrite that has not started yet reads the newest decisions when it does: a decision now joins it
    expect(q.run('r1', 10, task('never'))).toBe(first);
    await tick();
    const second = q.run('r1', 10, task('a10-2'));
    // waits behind a10-2: a later decision joins it instead of queueing a third rewrite
    const third = q.run('r1', 10, task('a10-3'));
    const other = q.run('r1', 20, task('a20'));
    const elsewhere = q.run('r2', 10, task('r2'));
    await tick();
    // another review is not held up
    expect(started).toEqual(['a10-1', 'r2']);
    gates.get('a10-1')!.open('eins');
    expect(await first).toBe('eins');
    await tick();
    expect(started).toEqual(['a10-1', 'r2', 'a10-2']);
    gates.get('a10-2')!.open('zwei');
    expect([await second, await third]).toEqual(['zwei', 'zwei']);
    await tick();
    gates.get('a20')!.open('zwanzig');
    gates.get('r2')!.open('r2');
    expect([await other, await elsewhere]).toEqual(['zwanzig', 'r2']);
    expect(started).toEqual(['a10-1', 'r2', 'a10-2', 'a20']);
  });

  it('tells a running rewrite when a newer one of its Absatz waits, and a failure fails only its own callers', async () => {
    const q = rewriteQueue<string>();
    const hold = gate();
    let supersededSeen: boolean[] = [];
    const failing = q.run('r', 1, async (superseded) => {
      await hold.p;
      supersededSeen = [superseded()];
      throw new Error('pool busy');
    });
    await tick();
    const next = q.run('r', 1, async (superseded) => (superseded() ? 'überholt' : 'neu'));
    hold.open();
    await expect(failing).rejects.toThrow('pool busy');
    expect(supersededSeen).toEqual([true]);
    expect(await next).toBe('neu');
  });
});

/**
 * The review service end to end with real storage: many decisions on one Absatz at once cost at most two rewrites
 * (the running one and one waiting), never two at the same time, and the stored rewrite has the last decisions.
 */
const DRAFT = TWO_FINDINGS_DRAFT;

describe('decisions on one Absatz at once', () => {
  let dir: string;
  let storage: Storage;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dc-rewrite-queue-'));
    storage = await openStorage({ DATA_DIR: dir });
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are coalesced into at most two rewrites, one at a time, and the last decisions win', async () => {
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    const release = gate();
    const svc = createReviewService({
      store: storage.reviews,
      clock: systemClock,
      maxFindings: 2000,
      analyzeDraft: (buf, name, o) => analyzeDraft(buf, name, { maxFindings: 2000, ...o }),
      rewriteAbsatz: async (text, ctx, findings) => {
        calls++;
        maxRunning = Math.max(maxRunning, ++running);
        // the first rewrite stays "in the pool" until every decision has been taken
        await release.p;
        running--;
        return rewriteInContext(text, ctx, findings);
      },
      renderExport: () => Promise.reject(new Error('not used')),
    });
    const review = await svc.upload('s1', { buffer: Buffer.from(DRAFT), originalname: 'entwurf.txt' });
    const absatz = review.rewrites!.find((w) => w.original.startsWith('(1) Der Antrag'))!;
    const [a, b] = absatz.findingIds as [string, string];
    // twenty decisions, alternating; the last ones leave `a` dismissed and `b` open
    const sequence: [string, Decision][] = Array.from({ length: 20 }, (_, i) => [i % 2 ? b : a, i % 4 < 2 ? 'dismissed' : 'open']);
    sequence.push([a, 'dismissed'], [b, 'open']);
    const answers: Promise<AbsatzRewrite | undefined>[] = [];
    for (const [id, d] of sequence) {
      answers.push(svc.decide('s1', review.id, id, d));
      await tick();
    }
    release.open();
    const results = await Promise.all(answers);
    expect(calls).toBeLessThanOrEqual(2);
    expect(maxRunning).toBe(1);
    const stored = (await svc.get('s1', review.id)).rewrites!.find((w) => w.start === absatz.start)!;
    expect(stored.findingIds).toEqual([b]);
    // the last decision's caller gets the stored rewrite
    expect(results.at(-1)).toEqual(stored);
  });
});
