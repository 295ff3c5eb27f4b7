import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchJobResponseSchema, BatchResultsResponseSchema, LawListResponseSchema } from '../../server/contracts/api';
import { makeZip } from '../fixtures/web/zip-writer';
import { connect, listen, makeApp, sessionCookie, type ClientSocket, type TestApp } from './harness';

/** Statutes of other Länder, unchanged from the CC BY 4.0 collection (../shared/data/laender). */
const LAENDER = join(__dirname, '../fixtures/batch/laender');

let t: TestApp;
let cookie: string;
let socket: ClientSocket;
beforeAll(async () => {
  t = await makeApp();
  const url = await listen(t);
  cookie = sessionCookie((await request(t.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(url, cookie);
});
afterAll(async () => {
  socket.close();
  await t.dispose();
});

function finished(jobId: string): Promise<string> {
  return new Promise((resolve) => {
    socket.on('batch:status', (s) => {
      if (s.jobId === jobId && ['done', 'failed', 'cancelled'].includes(s.status)) resolve(s.status);
    });
    socket.emit('batch:subscribe', { jobId });
  });
}

const job = async (id: string) => BatchJobResponseSchema.parse((await request(t.app).get(`/api/batch/${id}`).set('Cookie', cookie).expect(200)).body);

describe('Normenscreening of Landesrecht', () => {
  it('screens every shipped Niedersachsen law selected from the corpus', async () => {
    const laws = LawListResponseSchema.parse((await request(t.app).get('/api/laws').expect(200)).body);
    const nds = laws.filter((l) => l.kind === 'law' && l.jurisdiction === 'Niedersachsen').map((l) => l.abbreviation);
    expect(nds).toEqual(expect.arrayContaining(['NBauO', 'NPOG', 'NRettDG', 'NBrandSchG', 'NDIG']));
    const res = await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: nds, name: 'Landesrecht Niedersachsen' }).expect(202);
    expect(await finished(res.body.jobId)).toBe('done');
    const { summary, done, total } = await job(res.body.jobId);
    expect([done, total, summary!.laws]).toEqual([nds.length, nds.length, nds.length]);
    // the complete texts have requirements of their own (NPOG § 58 Formvorschriften, NBauO Bauvorlagen)
    expect(summary!.byLaw.map((l) => l.law)).toEqual(expect.arrayContaining(['NPOG', 'NBauO']));
    expect(summary!.byLaw.find((l) => l.law === 'NBauO')!.title).toBe('Niedersächsische Bauordnung');
  });

  it('screens statutes of other Länder uploaded as a ZIP of Markdown files, under their own names', async () => {
    const files = readdirSync(LAENDER).map((name) => ({ name: `laender/${name}`, data: readFileSync(join(LAENDER, name), 'utf8'), deflate: true }));
    const res = await request(t.app).post('/api/batch').set('Cookie', cookie).attach('file', makeZip(files), 'laender.zip').expect(202);
    expect(await finished(res.body.jobId)).toBe('done');
    const { summary, done } = await job(res.body.jobId);
    expect([done, summary!.laws]).toEqual([files.length, files.length]);
    expect(summary!.findings).toBeGreaterThan(0);
    const rows = BatchResultsResponseSchema.parse((await request(t.app).get(`/api/batch/${res.body.jobId}/results`).query({ limit: 1000 }).set('Cookie', cookie).expect(200)).body).rows;
    // the LGebG writes "schriftlich oder elektronisch" throughout: screened, and rightly without findings
    expect(new Set(rows.map((r) => r.law))).toEqual(new Set(['GemKVO', 'HRDG']));
    expect(summary!.byLaw.find((l) => l.law === 'HRDG')!.title).toBe('Hessisches Rettungsdienstgesetz');
  });
});
