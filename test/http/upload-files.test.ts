import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/web/zip-writer';
import { newSessionCookie } from './client';
import { REDIS_URL } from '../ops/workers';
import { appsDisposedAfterEach, listen, makeApp, tempDir, type TestApp } from './harness';

/**
 * Issue 11: uploads are streamed to a file under DATA_DIR (not held in memory), the size limit applies while the
 * bytes arrive, and the file is gone after every kind of ending: success, refusal, a limit, an aborted request.
 */

const app = appsDisposedAfterEach();

const incoming = (t: TestApp) => join(t.dataDir, 'incoming');
const leftovers = (t: TestApp) => (existsSync(incoming(t)) ? readdirSync(incoming(t)) : []);
const DRAFT = '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.';

/** Waits until `check` holds: an aborted upload is removed once the server has noticed the abort. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never happened: ${what}`);
}

/** A multipart upload sent by hand: the head and `bytes` of the file, then the caller decides how it ends. */
async function partialUpload(url: string, cookie: string, bytes: number) {
  const boundary = 'grenze4711';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="langsam.txt"\r\nContent-Type: text/plain\r\n\r\n`;
  const req = httpRequest(`${url}/api/reviews`, {
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + bytes + 1_000_000) },
  });
  const answered = new Promise<number | 'aborted'>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', () => resolve('aborted'));
  });
  req.write(head);
  req.write(Buffer.alloc(bytes, 'a'));
  return { req, answered };
}

const multipartOf = (text: string) => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), 'entwurf.txt');
  return form;
};

describe('uploads go to a file under DATA_DIR and are always removed', () => {
  it('a successful review upload and a refused one leave nothing in the incoming folder', async () => {
    const t = await app();
    const agent = request.agent(t.app);
    await agent.post('/api/reviews').attach('file', Buffer.from(DRAFT), 'entwurf.txt').expect(201);
    expect(leftovers(t)).toEqual([]);
    const refused = await agent.post('/api/reviews').attach('file', Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 9]), 'programm.txt');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('Dateityp wird nicht unterstützt');
    // removed before the answer, not only some time after it
    expect(leftovers(t)).toEqual([]);
  });

  it('a ZIP for a batch job is read from its file, and the file is removed after the job is created', async () => {
    const t = await app();
    const agent = request.agent(t.app);
    const zip = makeZip([{ name: 'ndig.md', data: '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.' }]);
    const res = await agent.post('/api/batch').attach('file', zip, 'gesetze.zip').expect(202);
    expect(res.body.jobId).toEqual(expect.any(String));
    expect(leftovers(t)).toEqual([]);
    await agent.post('/api/batch').attach('file', Buffer.from('kein zip'), 'kaputt.zip').expect(400);
    expect(leftovers(t)).toEqual([]);
  });

  it('the size limit ends the upload while it arrives: German 413, no partial file', async () => {
    const t = await app({ MAX_UPLOAD_MB: '0.1' });
    const res = await request.agent(t.app).post('/api/reviews').attach('file', Buffer.alloc(300_000, 'a'), 'gross.txt');
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe('Die Datei ist zu groß (höchstens 0.1 MB).');
    expect(leftovers(t)).toEqual([]);
  });

  it('bytes arrive on disk, not in memory, and an aborted upload leaves no file and no dead server', async () => {
    const t = await app();
    const url = await listen(t);
    const cookie = (await newSessionCookie(url))!;
    const { req, answered } = await partialUpload(url, cookie, 256 * 1024);
    // the half-received file is on disk while the client still sends
    await eventually(() => leftovers(t).length === 1, 'a file in the incoming folder');
    req.destroy();
    expect(await answered).toBe('aborted');
    await eventually(() => leftovers(t).length === 0, 'the partial file removed');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('one user may have UPLOADS_PER_USER uploads open at once; the next gets a German 429, other users are served', async () => {
    const t = await app({ UPLOADS_PER_USER: '2' });
    const url = await listen(t);
    const cookie = (await newSessionCookie(url))!;
    // two uploads that keep sending hold both places
    const open = [await partialUpload(url, cookie, 1024), await partialUpload(url, cookie, 1024)];
    try {
      await eventually(() => leftovers(t).length === 2, 'two files arriving');
      const refused = await fetch(`${url}/api/reviews`, { method: 'POST', headers: { cookie }, body: multipartOf(DRAFT) });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual({
        code: 'rate_limited:uploads_in_flight',
        message: 'Es laufen bereits 2 Uploads von Ihnen. Bitte warten Sie, bis einer fertig ist.',
      });
      const other = await fetch(`${url}/api/reviews`, { method: 'POST', headers: { cookie: (await newSessionCookie(url))! }, body: multipartOf(DRAFT) });
      expect(other.status).toBe(201);
      // a place is free again once an upload has ended, also by an abort
      open[0]!.req.destroy();
      await eventually(() => leftovers(t).length === 1, 'the aborted file removed');
      const again = await fetch(`${url}/api/reviews`, { method: 'POST', headers: { cookie }, body: multipartOf(DRAFT) });
      expect(again.status).toBe(201);
    } finally {
      for (const o of open) o.req.destroy();
    }
  });

  it('with REDIS_URL the open uploads of one user are counted across instances', async () => {
    const prefix = `dc-test-${randomUUID()}`;
    const dataDir = tempDir('dc-upload-slots-');
    const env = { UPLOADS_PER_USER: '2', REDIS_URL, REDIS_PREFIX: prefix };
    const a = await makeApp(env, { dataDir });
    const b = await makeApp(env, { dataDir });
    const redis = new Redis(REDIS_URL);
    const open: Awaited<ReturnType<typeof partialUpload>>[] = [];
    try {
      const [urlA, urlB] = [await listen(a), await listen(b)];
      const cookie = (await newSessionCookie(urlA))!;
      // one place taken on each instance: together they are the user's two
      open.push(await partialUpload(urlA, cookie, 1024), await partialUpload(urlB, cookie, 1024));
      await eventually(() => leftovers(a).length === 2, 'two files arriving');
      const post = (url: string, c: string) => fetch(`${url}/api/reviews`, { method: 'POST', headers: { cookie: c }, body: multipartOf(DRAFT) });
      for (const refused of await Promise.all([post(urlA, cookie), post(urlB, cookie)])) {
        expect(refused.status).toBe(429);
        expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited:uploads_in_flight');
      }
      expect((await post(urlB, (await newSessionCookie(urlB))!)).status).toBe(201);
      // an upload aborted on A frees a place for the user on B
      open[0]!.req.destroy();
      await expect.poll(async () => (await post(urlB, cookie)).status, { timeout: 30_000 }).toBe(201);
    } finally {
      for (const o of open) o.req.destroy();
      await a.dispose({ keepData: true });
      await b.dispose({ keepData: true });
      rmSync(dataDir, { recursive: true, force: true });
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  });

  it('at start, files nobody has written to for an hour are removed; a fresh one (another instance receiving) stays', async () => {
    const first = await app();
    const dataDir = first.dataDir;
    await first.dispose({ keepData: true });
    app.forget(first);
    mkdirSync(join(dataDir, 'incoming'), { recursive: true });
    const stale = join(dataDir, 'incoming', 'alt.upload');
    const fresh = join(dataDir, 'incoming', 'neu.upload');
    writeFileSync(stale, 'vom abgestürzten Prozess');
    writeFileSync(fresh, 'kommt gerade an');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    const second = await app({}, dataDir);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
