import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../../server/http/json-depth';
import { connect, emitWithAck, listen, makeApp, type TestApp } from './harness';

/**
 * Deeply nested JSON ("[[[[…", a few hundred thousand levels in under a megabyte) costs JSON.parse about a second
 * of the main thread per body, socket.io's decoder more: it is refused before it is parsed, over HTTP with a
 * German 400, over socket.io by closing the connection that sent it.
 */

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('nesting depth of JSON text', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(exceedsJsonDepth(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`)).toBe(false);
    expect(exceedsJsonDepth(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ text: '[[[{{{'.repeat(1000), quote: '\\"[[[[' }))).toBe(false);
    expect(exceedsJsonDepth(Buffer.from(nested(1000)))).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ laws: ['NDIG', 'BGB'], name: 'x' }))).toBe(false);
  });
});

describe('deeply nested JSON from outside', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await makeApp();
    url = await listen(t);
  });
  afterAll(() => t.dispose());

  it('an HTTP body of 400,000 levels gets a German 400 before it is parsed, and ordinary bodies still work', async () => {
    const agent = request.agent(t.app);
    const res = await agent.post('/api/batch').set('Content-Type', 'application/json').send(`{"laws":${nested(400_000)}}`).expect(400);
    expect(res.body.error).toEqual({ code: 'bad_request:json_depth', message: expect.stringContaining('verschachtelt') });
    await agent.post('/api/batch').send({ laws: ['NDIG'] }).expect(202);
    await request(t.app).get('/healthz').expect(200);
  });

  it('a socket packet of 1,000,000 levels closes that connection; other sockets keep their answers', async () => {
    const hostile = await connect(url);
    const other = await connect(url);
    try {
      const closed = new Promise<string>((resolve) => hostile.on('disconnect', (reason) => resolve(reason)));
      // a raw socket.io EVENT packet: the client library cannot serialise such a value itself
      hostile.io.engine.write(`2["chat:stop",${nested(1_000_000)}]`);
      expect(await closed).toBe('transport close');
      expect(await emitWithAck(other, 'chat:stop', { conversationId: 'c1' }, 10_000)).toMatchObject({ ok: true });
      await request(t.app).get('/healthz').expect(200);
    } finally {
      hostile.close();
      other.close();
    }
  });
});
