import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationResponseSchema } from '../../server/contracts/api';
import type { ServerToClientEvents } from '../../server/contracts/socket';
import { ChatDoneSchema } from '../../server/contracts/socket';
import type { Answerer } from '../../server/services/chat/answerer';
import { NO_PASSAGE_TEXT, OUT_OF_SCOPE_TEXT } from '../../server/services/chat/offline-answerer';
import { NOTICE_FALLBACK, NOTICE_STOPPED } from '../../server/services/chat/service';
import { connect, emitWithAck, listen, makeApp, sessionCookie, type ClientSocket, type TestApp } from '../http/harness';

type Done = Parameters<ServerToClientEvents['chat:done']>[0];
type Token = Parameters<ServerToClientEvents['chat:token']>[0];

/** Sends one message and collects the tokens until chat:done or chat:error. */
function ask(socket: ClientSocket, payload: unknown, onToken?: (t: Token) => void) {
  return new Promise<{ tokens: Token[]; done?: Done; error?: { message: string; conversationId?: string } }>((resolve) => {
    const tokens: Token[] = [];
    const token = (t: Token) => {
      tokens.push(t);
      onToken?.(t);
    };
    const finish = (r: { done?: Done; error?: { message: string } }) => {
      socket.off('chat:token', token);
      socket.off('chat:done', done);
      socket.off('chat:error', error);
      resolve({ tokens, ...r });
    };
    const done = (d: Done) => finish({ done: d });
    const error = (e: { message: string }) => finish({ error: e });
    socket.on('chat:token', token);
    socket.on('chat:done', done);
    socket.on('chat:error', error);
    (socket.emit as (ev: string, p: unknown) => void)('chat:message', payload);
  });
}

let t: TestApp;
let url: string;
let cookie: string;
let socket: ClientSocket;
beforeAll(async () => {
  t = await makeApp();
  url = await listen(t);
  cookie = sessionCookie((await request(t.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(url, cookie);
});
afterAll(async () => {
  socket.close();
  await t.dispose();
});

describe('chat over socket.io (offline)', () => {
  it('sends the composed answer whole by chat:done, with citations of retrieved provisions; the conversation is stored', async () => {
    const { tokens, done, error } = await ask(socket, { text: 'Wie kann die Schriftform elektronisch ersetzt werden?' });
    expect(error).toBeUndefined();
    const d = ChatDoneSchema.parse(done);
    // an offline answer is complete before it is sent: no chat:token, the text comes with chat:done (this client asks
    // without an ack callback; one with it gets the answer in the ack, see requests.test.ts)
    expect(tokens).toEqual([]);
    expect(d.text.length).toBeGreaterThan(100);
    expect(d.model).toBe('offline');
    expect(d.citations.length).toBeGreaterThan(0);
    expect(d.text).toContain('[1]');
    for (const c of d.citations) expect(c.text.length).toBeGreaterThan(10);
    expect(d.citations.some((c) => /Schriftform/i.test(c.text))).toBe(true);

    const conv = await request(t.app).get(`/api/conversations/${d.conversationId}`).set('Cookie', cookie).expect(200);
    expect(conv.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    expect(conv.body.messages[1]).toMatchObject({ id: d.messageId, text: d.text, citations: d.citations, findings: d.findings, model: 'offline' });

    // the same question again, in a new conversation: the same answer (per-text caches change nothing)
    const again = ChatDoneSchema.parse((await ask(socket, { text: 'Wie kann die Schriftform elektronisch ersetzt werden?' })).done);
    expect(again.conversationId).not.toBe(d.conversationId);
    expect({ text: again.text, citations: again.citations, findings: again.findings }).toEqual({ text: d.text, citations: d.citations, findings: d.findings });
  });

  it('checks a pasted provision and returns its findings', async () => {
    const { done } = await ask(socket, { text: 'Ist diese Formulierung digitaltauglich: „Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.“' });
    expect(done).toBeDefined();
    expect(done!.findings.map((f) => f.category)).toContain('schriftform');
    expect(done!.text).toMatch(/Die eingefügte Passage enthält/);
    expect(done!.text).toContain('Vorschlag:');
    // the sources of a checked passage are the enabling provisions its findings name, not look-alikes
    const bases = done!.findings.flatMap((f) => f.legalBasis).join(' ');
    const laws = done!.citations.filter((c) => c.kind !== 'guidance');
    expect(laws.length).toBeGreaterThan(0);
    for (const c of laws) {
      const section = c.ref.replace(/\s+Abs\..*$/, '');
      expect(bases).toMatch(new RegExp(`${section.replace(/\s/g, '\\s')}(?![0-9a-z])[^;]*${c.law}`));
    }
    expect(done!.citations.some((c) => c.kind === 'guidance')).toBe(true);
    // "Warum gemeldet?" of each rule once, in the answer and in the stored conversation
    expect(Object.keys(done!.rules)).toEqual([...new Set(done!.findings.map((f) => f.ruleId))]);
    expect(done!.rules.schriftform!.exceptions).toContain('jede-form-genuegt');
    const conv = ConversationResponseSchema.parse((await request(t.app).get(`/api/conversations/${done!.conversationId}`).set('Cookie', cookie).expect(200)).body);
    expect(conv.rules).toEqual(done!.rules);
  });

  it('continues a conversation and uses the previous question for a short follow-up', async () => {
    const first = await ask(socket, { text: 'Muss ein Nachweis im Original vorgelegt werden?' });
    const follow = await ask(socket, { conversationId: first.done!.conversationId, text: 'Und beglaubigte Kopien?' });
    expect(follow.done!.conversationId).toBe(first.done!.conversationId);
    expect(follow.done!.citations.length).toBeGreaterThan(0);
    const conv = await request(t.app).get(`/api/conversations/${first.done!.conversationId}`).set('Cookie', cookie).expect(200);
    expect(conv.body.messages).toHaveLength(4);
  });

  it('out of scope: a short scope message and no law', async () => {
    const { done } = await ask(socket, { text: 'Wie wird das Wetter morgen in Hannover?' });
    expect(done!.citations).toEqual([]);
    expect(done!.text).toBe(OUT_OF_SCOPE_TEXT);
  });

  it('answers a lay question with a direct answer first and the provisions that back it', async () => {
    const { done } = await ask(socket, { text: 'Darf eine Behörde in Niedersachsen verlangen, dass ein Antrag persönlich abgegeben wird?' });
    expect(done!.text).toMatch(/^In der Regel nein\./);
    const refs = done!.citations.map((c) => `${c.ref} ${c.law}`);
    expect(refs).toContain('§ 26 Abs. 2 VwVfG');
    expect(refs.some((r) => r.endsWith('NDIG'))).toBe(true);
    expect(refs.join(' ')).not.toMatch(/NPOG|NKomVG/);
  });

  it('"how do I replace X": the card answers, no Testament rule is quoted', async () => {
    const { done } = await ask(socket, { text: 'Wie kann ich in einem Gesetzentwurf die eigenhändige Unterschrift ersetzen?' });
    expect(done!.text).toMatch(/^Eine eigenhändige Unterschrift lässt sich im Verwaltungsverfahren auf mehreren Wegen ersetzen/);
    const refs = done!.citations.map((c) => `${c.ref} ${c.law}`);
    expect(refs).toEqual(expect.arrayContaining(['§ 3a Abs. 2 VwVfG', '§ 126a Abs. 1 BGB']));
    expect(refs.join(' ')).not.toMatch(/§ 2247/);
  });

  it('quotes the numbered list of § 3a Abs. 2 VwVfG, not the first 200 characters', async () => {
    const { done } = await ask(socket, { text: 'Welche Alternativen zur Schriftform erlaubt § 3a VwVfG?' });
    expect(done!.text).toMatch(/> 1\. durch unmittelbare Abgabe der Erklärung in einem elektronischen Formular/);
    expect(done!.text).toMatch(/> 4\. durch sonstige sichere Verfahren/);
  });

  it('checks a provision pasted after the question on the same line, then rewrites it on a follow-up', async () => {
    const first = await ask(socket, {
      text: 'Ist das digitaltauglich? Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen und eigenhändig zu unterschreiben.',
    });
    expect(first.done!.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['schriftform', 'unterschrift']));
    expect(first.done!.text).toMatch(/^Nein, in dieser Fassung/);
    const conversationId = first.done!.conversationId;
    const second = await ask(socket, { conversationId, text: 'Und wie formuliere ich das um?' });
    expect(second.done!.text).toMatch(/^So könnte die Vorschrift digitaltauglich lauten/);
    expect(second.done!.text).toContain('schriftlich oder elektronisch');
    // the rule engine's Änderungsbefehl for the Absatz: an insertion and an appended sentence
    expect(second.done!.text).toMatch(/\*\*Änderungsbefehl\*\*\n\n> Die Vorschrift wird wie folgt geändert:\n> a\) Nach dem Wort „schriftlich“ werden die Wörter „oder elektronisch“ eingefügt\./);
    // the findings belong to the check turn; the rewrite turn does not report them twice
    expect(second.done!.findings).toEqual([]);
    // the state is persisted with the conversation
    const row = (await t.storage.sql.get('SELECT state FROM conversations WHERE id = ?', [conversationId])) as { state: string };
    expect(JSON.parse(row.state).lastPassage).toMatch(/^Der Antrag ist schriftlich/);
  });

  it('checks a pasted provision that stands before the question, in several Absätze', async () => {
    const { done } = await ask(socket, {
      text: '§ 7 Anzeige\n(1) Wer eine Veranstaltung durchführen will, hat dies der Gemeinde spätestens zwei Wochen vorher schriftlich anzuzeigen.\n(2) Die Gemeinde macht die Anzeige durch Aushang an der Amtstafel bekannt.\n\nKann man das so lassen?',
    });
    expect(done!.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['schriftform', 'aushang_bekanntmachung']));
  });

  it('a follow-up about another kind of act keeps the topic: "und bei Bescheiden?"', async () => {
    const first = await ask(socket, { text: 'Welche Alternativen zur Schriftform erlaubt § 3a VwVfG?' });
    const follow = await ask(socket, { conversationId: first.done!.conversationId, text: 'Und bei Bescheiden?' });
    expect(follow.done!.text).toMatch(/^Ja, auch Bescheide müssen nicht auf Papier ergehen/);
    expect(follow.done!.citations.map((c) => `${c.ref} ${c.law}`)).toContain('§ 37 Abs. 2 VwVfG');
  });

  it('"umformulieren" without a checked provision asks for the text', async () => {
    const first = await ask(socket, { text: 'Was bedeutet Once-Only?' });
    const follow = await ask(socket, { conversationId: first.done!.conversationId, text: 'umformulieren' });
    expect(follow.done!.text).toBe(NO_PASSAGE_TEXT);
    expect(follow.done!.citations).toEqual([]);
  });

  it('a corrupt stored state is ignored, not a crash', async () => {
    const first = await ask(socket, { text: 'Der Antrag ist schriftlich zu stellen.' });
    (await t.storage.sql.run('UPDATE conversations SET state = ? WHERE id = ?', ['{"lastPassage": 5', first.done!.conversationId]));
    const follow = await ask(socket, { conversationId: first.done!.conversationId, text: 'umformulieren' });
    expect(follow.done!.text).toBe(NO_PASSAGE_TEXT);
    (await t.storage.sql.run('UPDATE conversations SET state = ? WHERE id = ?', ['{"lastPassage": 5}', first.done!.conversationId]));
    const again = await ask(socket, { conversationId: first.done!.conversationId, text: 'umformulieren' });
    expect(again.done!.text).toBe(NO_PASSAGE_TEXT);
  });

  it.each([
    [null, /ungültiges Format/],
    [{ text: 5 }, /ungültiges Format/],
    [{ text: '   ' }, /Frage oder den Wortlaut/],
    [{ text: ' ? ' }, /Frage oder den Wortlaut/],
    [{ text: 'x'.repeat(100_001) }, /zu lang/],
    [{ conversationId: 'gibt-es-nicht', text: 'Hallo?' }, /nicht gefunden/],
  ])('malformed payload %# → chat:error in German', async (payload, message) => {
    const { error, done } = await ask(socket, payload);
    expect(done).toBeUndefined();
    expect(error!.message).toMatch(message);
  });

  it('another session cannot continue this conversation', async () => {
    const { done } = await ask(socket, { text: 'Was regelt § 3a VwVfG?' });
    const other = await connect(url);
    try {
      const r = await ask(other, { conversationId: done!.conversationId, text: 'Und weiter?' });
      expect(r.error!.message).toMatch(/nicht gefunden/);
    } finally {
      other.close();
    }
  });
});

describe('answerer seam', () => {
  it('chat:stop aborts a running answer and stores the partial text', async () => {
    const slow: Answerer = {
      answer: (_ctx, onDelta, signal) =>
        new Promise((_res, rej) => {
          onDelta('Erster Teil ');
          signal.addEventListener('abort', () => rej(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
        }),
    };
    const app = await makeApp({}, { llm: { model: 'test-model', answerer: slow } });
    try {
      const s = await connect(await listen(app));
      const r = await ask(s, { text: 'Wie ersetze ich die Schriftform?' }, (tok) => s.emit('chat:stop', { conversationId: tok.conversationId }));
      expect(r.done!.notice).toBe(NOTICE_STOPPED);
      expect(r.done!.text).toBe('Erster Teil ');
      expect(r.done!.model).toBe('test-model');
      const row = (await app.storage.sql.get("SELECT text, notice FROM messages WHERE role = 'assistant'"));
      expect(row).toEqual({ text: 'Erster Teil ', notice: NOTICE_STOPPED });
      expect((await request(app.app).get('/healthz')).body.llm).toBe('test-model');
      s.close();
    } finally {
      await app.dispose();
    }
  });

  it('a conversation deleted while its answer runs ends that answer with the German not-found, not an internal error', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const gated: Answerer = {
      answer: async (_ctx, onDelta) => {
        onDelta('Erster Teil ');
        await held;
        return { text: 'Erster Teil und Rest', citations: [], model: 'test-model' };
      },
    };
    const app = await makeApp({}, { llm: { model: 'test-model', answerer: gated } });
    try {
      const appUrl = await listen(app);
      const owner = sessionCookie((await request(app.app).get('/api/me')).headers['set-cookie']);
      const s = await connect(appUrl, owner);
      // the other tab deletes the conversation while the model still writes
      const r = await ask(s, { text: 'Wie ersetze ich die Schriftform?' }, (tok) => {
        void request(app.app).delete(`/api/conversations/${tok.conversationId}`).set('Cookie', owner).expect(204).then(() => release());
      });
      expect(r.error).toMatchObject({ code: 'not_found:conversation', message: 'Die Unterhaltung wurde nicht gefunden.' });
      expect(await app.storage.sql.all('SELECT id FROM messages')).toEqual([]);
      const next = await ask(s, { text: 'Wie ersetze ich die Schriftform?' });
      expect(next.done!.text).toBe('Erster Teil und Rest');
      s.close();
    } finally {
      await app.dispose();
    }
  });

  it('a streamed model answer still ends by chat:done, and its ack carries no second copy', async () => {
    const model: Answerer = {
      answer: async (_ctx, onDelta) => {
        onDelta('Erster Teil ');
        onDelta('und Rest');
        return { text: 'Erster Teil und Rest', citations: [], model: 'test-model' };
      },
    };
    const app = await makeApp({}, { llm: { model: 'test-model', answerer: model } });
    try {
      const s = await connect(await listen(app));
      const events: string[] = [];
      s.onAny((event: string) => void events.push(event));
      const ack = await emitWithAck(s, 'chat:message', { text: 'Wie ersetze ich die Schriftform?' }, 10_000);
      expect(events).toEqual(['chat:token', 'chat:token', 'chat:done']);
      expect(ack).toMatchObject({ ok: true, conversationId: expect.any(String) });
      expect(ack.ok && ack.answer).toBeFalsy();
      s.close();
    } finally {
      await app.dispose();
    }
  });

  it('an offline answer that fails leaves the question stored alone; the conversation goes on', async () => {
    let checks = 0;
    // the rule check of the pasted passage fails once (offline, no model)
    const app = await makeApp({}, {
      checkText: () => {
        if (checks++ === 0) throw new Error('Regelwerk nicht erreichbar');
        return [];
      },
    });
    try {
      const s = await connect(await listen(app));
      const question = 'Ist diese Formulierung digitaltauglich: „Der Antrag ist schriftlich bei der Behörde zu stellen.“';
      const failed = await ask(s, { text: question });
      expect(failed.done).toBeUndefined();
      expect(failed.error).toMatchObject({ code: 'internal:chat_answer', message: expect.stringMatching(/Ihre Nachricht ist gespeichert/) });
      const conversationId = failed.error!.conversationId!;
      const rows = (sql: string) => app.storage.sql.all(sql, [conversationId]);
      expect(await rows('SELECT role, text FROM messages WHERE conversation_id = ? ORDER BY seq')).toEqual([{ role: 'user', text: question }]);
      expect(await rows('SELECT title, state FROM conversations WHERE id = ?')).toEqual([{ title: expect.stringMatching(/^Ist diese Formulierung/), state: '{}' }]);

      const again = await ask(s, { conversationId, text: question });
      expect(again.done?.conversationId).toBe(conversationId);
      expect(await rows('SELECT role, text FROM messages WHERE conversation_id = ? ORDER BY seq')).toEqual([
        { role: 'user', text: question },
        { role: 'user', text: question },
        { role: 'assistant', text: again.done!.text },
      ]);
      s.close();
    } finally {
      await app.dispose();
    }
  });

  it('falls back to the offline answer with a visible notice when the LLM fails', async () => {
    const failing: Answerer = { answer: async () => Promise.reject(new Error('connection refused')) };
    const app = await makeApp({}, { llm: { model: 'test-model', answerer: failing } });
    try {
      const s = await connect(await listen(app));
      const r = await ask(s, { text: 'Wie kann die Schriftform elektronisch ersetzt werden?' });
      expect(r.done!.notice).toBe(NOTICE_FALLBACK);
      expect(r.done!.model).toBe('offline');
      expect(r.done!.citations.length).toBeGreaterThan(0);
      s.close();
    } finally {
      await app.dispose();
    }
  });
});
