import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewResponseSchema } from '../../server/contracts/api';
import { listen, makeApp, newSessionCookie, type TestApp } from './harness';

/**
 * Exports of large drafts render in the draft pool: the server keeps answering while a Word export of a big draft
 * is built, and an export beyond its time budget ends with a German 413, not a stalled or crashed server.
 */

/** A draft of `n` §§, each with findings in two Absätze (large enough that its exports take a while). */
function bigDraft(n: number): string {
  const lines = ['Entwurf eines Gesetzes über die Fischereierlaubnis', ''];
  for (let i = 1; i <= n; i++) {
    lines.push(
      `§ ${i} Antrag Nummer ${i}`,
      `(1) Der Antrag nach diesem Paragrafen ist schriftlich bei der Behörde zu stellen und eigenhändig zu unterschreiben; die Behörde prüft den Antrag innerhalb eines Monats und teilt das Ergebnis mit.`,
      `(2) Dem Antrag sind die erforderlichen Nachweise beizufügen, insbesondere eine Beschreibung des Gewässers, der Fangmengen und der eingesetzten Geräte in der zuletzt abgelaufenen Saison.`,
      `(3) Die Entscheidung ist dem Antragsteller durch die Post zuzustellen.`,
      '',
    );
  }
  return lines.join('\n');
}

const run = promisify(execFile);

/**
 * The client runs in a child process: a server blocked on its main thread would block a client in this process
 * too, and the order of the answers would say nothing. It asks for the export, then for /healthz, and prints the
 * order in which the answers began (their headers: a large body takes its time on the wire either way).
 */
const CLIENT = `
const [url, cookie, path] = process.argv.slice(1);
const order = [];
const exported = fetch(url + path, { headers: { cookie } }).then(async (r) => { order.push('export ' + r.status); await r.arrayBuffer(); });
await new Promise((r) => setTimeout(r, 100));
const h = await fetch(url + '/healthz');
order.push('healthz ' + h.status);
await h.text();
await exported;
console.log(JSON.stringify(order));
`;

describe('exports off the request thread', () => {
  let t: TestApp;
  let url: string;
  let cookie: string;
  let reviewId: string;
  beforeAll(async () => {
    t = await makeApp({ MAX_UPLOAD_MB: '20' });
    url = await listen(t);
    cookie = (await newSessionCookie(url))!;
    const res = await request(url).post('/api/reviews').set('Cookie', cookie).attach('file', Buffer.from(bigDraft(2000)), 'gross.txt').expect(201);
    reviewId = ReviewResponseSchema.parse(res.body).id;
  }, 120_000);
  afterAll(() => t.dispose());

  it('answers /healthz while a big export renders', async () => {
    // the documentation of a large draft: on the main thread seconds of synchronous work the health check would wait for
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', CLIENT, url, cookie, `/api/reviews/${reviewId}/documentation.md`]);
    expect(JSON.parse(stdout)).toEqual(['healthz 200', 'export 200']);
  }, 120_000);
});

describe('export time budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp({ EXPORT_TIMEOUT_S: '0.001' });
  });
  afterAll(() => t.dispose());

  it('ends an export beyond its budget with a German 413', async () => {
    const agent = request.agent(t.app);
    await agent.get('/api/me');
    const review = ReviewResponseSchema.parse((await agent.post('/api/reviews').attach('file', Buffer.from(bigDraft(40)), 'entwurf.txt').expect(201)).body);
    const res = await agent.get(`/api/reviews/${review.id}/documentation.docx`).expect(413);
    expect(res.body.error.message).toMatch(/Export ist für diesen Entwurf zu umfangreich/);
    // the pool survives: the next upload is analysed as usual
    await agent.post('/api/reviews').attach('file', Buffer.from(bigDraft(1)), 'klein.txt').expect(201);
  }, 60_000);
});
