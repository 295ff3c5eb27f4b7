import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewResponse } from '../../server/contracts/api';
import { loadConfig } from '../../server/config';
import { createLlmServices } from '../../server/llm/index';
import { buildDocumentation } from '../../server/services/documentation';
import { buildOutline } from '../../server/parser/outline';
import { parseSnippet } from '../../server/parser/snippet';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';
import { fakeConfig } from './helpers';

const TEXT = `§ 1 Antrag
(1) Der Antrag ist schriftlich zu stellen.

§ 2 Daten
Die Behörde darf die Daten der Antragsteller speichern.
`;

function review(): ReviewResponse {
  const doc = parseSnippet(TEXT, 'Entwurf', 'Testentwurf');
  return {
    id: 'r1',
    title: 'Testentwurf',
    provisions: doc.provisions.length,
    findings: [],
    text: TEXT,
    structure: doc.provisions.map((p) => ({ id: p.id, label: p.label, title: p.title, start: p.start, end: p.end })),
    outline: buildOutline(doc, []),
    decisions: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    format: 'txt',
  };
}

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

describe('createLlmServices', () => {
  it('is null without a configured model (offline mode)', () => {
    expect(createLlmServices(loadConfig({}))).toBeNull();
    expect(createLlmServices(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }))).toBeNull();
  });

  it('builds answerer, review and documentation on one provider', () => {
    const llm = createLlmServices(fakeConfig(fake.url))!;
    expect(llm.model).toBe('fake-model');
    expect(typeof llm.answerer.answer).toBe('function');
  });
});

describe('LLM documentation draft', () => {
  it('applies the model assessment and quotes only provisions that exist in the draft', async () => {
    const r = review();
    const offline = buildDocumentation(r, new Date('2026-01-02T00:00:00Z'));
    fake.enqueue({
      kind: 'text',
      text: JSON.stringify({
        vorpruefung: [{ id: 'datenaustausch', antwort: 'Ja', begruendung: '§ 2 erlaubt die Speicherung personenbezogener Daten.' }],
        prinzipien: [{ prinzip: 5, bewertung: 'teilweise erfüllt', begruendung: 'Zweck und Löschfrist fehlen in § 2.', fundstellen: ['§ 2', '§ 99 Abs. 1'] }],
      }),
    });
    // a generous timeout: on a loaded machine the first call must not fall back to the offline draft
    const llm = createLlmServices(fakeConfig(fake.url, { LLM_TIMEOUT_MS: '10000' }))!;
    const res = await llm.documentation(r, offline);
    expect(res.refined).toBe(true);
    expect(res.notices).toEqual([]);
    const q = res.draft.precheck.find((x) => x.id === 'datenaustausch')!;
    expect(q).toMatchObject({ answer: 'Ja', reason: '§ 2 erlaubt die Speicherung personenbezogener Daten.' });
    const p5 = res.draft.principles.find((p) => p.principle === 5)!;
    expect(p5.status).toBe('teilweise erfüllt');
    expect(p5.quotes.map((x) => x.ref)).toEqual(['§ 2']);
    expect(p5.quotes[0]!.text).toContain('Die Behörde darf die Daten');
    // untouched parts stay as the offline draft built them
    expect(res.draft.principles.find((p) => p.principle === 1)).toEqual(offline.principles.find((p) => p.principle === 1));
    const user = fake.chatRequests()[0]!.body.messages[1].content as string;
    expect(user).toContain('<vorentwurf>');
    expect(user).toContain('Der Antrag ist schriftlich zu stellen.');
  });

  it('never lets the model certify a principle: "erfüllt" keeps the offline status and is shown as its assessment', async () => {
    const r = review();
    const offline = buildDocumentation(r, new Date('2026-01-02T00:00:00Z'));
    expect(offline.principles.find((p) => p.principle === 3)!.status).toBe('nicht automatisch geprüft');
    fake.enqueue({
      kind: 'text',
      text: JSON.stringify({
        vorpruefung: [],
        prinzipien: [
          { prinzip: 3, bewertung: 'erfüllt', begruendung: 'Der Entwurf nutzt etablierte Technologien.', fundstellen: [] },
          { prinzip: 4, bewertung: 'nicht relevant', begruendung: 'Keine Automatisierung.', fundstellen: [] },
        ],
      }),
    });
    const res = await createLlmServices(fakeConfig(fake.url, { LLM_TIMEOUT_MS: '10000' }))!.documentation(r, offline);
    expect(res.refined).toBe(true);
    const p3 = res.draft.principles.find((p) => p.principle === 3)!;
    expect(p3.status).toBe('nicht automatisch geprüft');
    expect(p3.reason).toContain('Einschätzung des Sprachmodells: Der Entwurf nutzt etablierte Technologien.');
    expect(res.draft.principles.find((p) => p.principle === 4)!.status).toBe('nicht automatisch geprüft');
  });

  it('returns the offline draft with a notice when the model fails', async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'error' as const, status: 500 })));
    const r = review();
    const offline = buildDocumentation(r, new Date('2026-01-02T00:00:00Z'));
    const llm = createLlmServices(fakeConfig(fake.url, { LLM_MAX_RETRIES: '0' }))!;
    const res = await llm.documentation(r, offline);
    expect(res.refined).toBe(false);
    expect(res.draft).toBe(offline);
    expect(res.notices[0]).toMatch(/^Das Sprachmodell ist nicht erreichbar\. Die Dokumentation wurde ohne Sprachmodell/);
  });
});
