import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../server/jobs/pipeline';

/** Deferred results that the test settles in any order. */
function controllable() {
  const pending = new Map<number, { resolve: (v: number) => void; reject: (e: unknown) => void }>();
  let active = 0;
  let maxActive = 0;
  const process = (n: number) =>
    new Promise<number>((resolve, reject) => {
      active++;
      maxActive = Math.max(maxActive, active);
      pending.set(n, {
        resolve: (v) => (active--, resolve(v)),
        reject: (e) => (active--, reject(e)),
      });
    });
  return { process, pending, maxActive: () => maxActive };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('createPipeline', () => {
  it('ordered: delivers in push order however the results finish, and push waits for a free slot', async () => {
    const c = controllable();
    const out: number[] = [];
    const p = createPipeline<number, number>({ limit: 2, ordered: true, process: c.process, sink: (r) => void out.push(r) });
    await p.push(1);
    let second = false;
    const pushed = p.push(2).then(() => (second = true));
    await tick();
    expect(second, 'two in flight: the second push waits').toBe(false);
    c.pending.get(2)!.resolve(20);
    await tick();
    expect(out, 'the second result waits for the first').toEqual([]);
    c.pending.get(1)!.resolve(10);
    await pushed;
    await p.push(3);
    c.pending.get(3)!.resolve(30);
    await p.drain();
    expect(out).toEqual([10, 20, 30]);
    expect(c.maxActive()).toBe(2);
  });

  it('unordered: delivers each result as soon as it is ready', async () => {
    const c = controllable();
    const out: number[] = [];
    const p = createPipeline<number, number>({ limit: 3, ordered: false, process: c.process, sink: (r) => void out.push(r) });
    await p.push(1);
    await p.push(2);
    c.pending.get(2)!.resolve(20);
    await tick();
    expect(out).toEqual([20]);
    c.pending.get(1)!.resolve(10);
    await p.drain();
    expect(out).toEqual([20, 10]);
  });

  it('a failure is re-thrown by the next push and by drain, after every item in flight has settled', async () => {
    const c = controllable();
    const out: number[] = [];
    const p = createPipeline<number, number>({ limit: 3, ordered: false, process: c.process, sink: (r) => void out.push(r) });
    await p.push(1);
    await p.push(2);
    c.pending.get(1)!.reject(new Error('kaputt'));
    await tick();
    await expect(p.push(3)).rejects.toThrow('kaputt');
    let drained = false;
    const draining = p.drain().catch((e: Error) => ((drained = true), e.message));
    await tick();
    expect(drained, 'drain waits for the item still in flight').toBe(false);
    c.pending.get(2)!.resolve(20);
    expect(await draining).toBe('kaputt');
    expect(out).toEqual([20]);
  });
});
