import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/contracts/finding';
import type { SearchHit } from '../../server/contracts/search';
import type { AnswerContext } from '../../server/services/chat/answerer';
import { createOfflineAnswerer } from '../../server/services/chat/offline-answerer';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  law: 'VwVfG',
  ref: '§ 3a Abs. 2',
  title: 'Elektronische Kommunikation',
  text: 'Eine durch Rechtsvorschrift angeordnete Schriftform kann durch die elektronische Form ersetzt werden.',
  score: 10,
  kind: 'law',
  stand: 'März 2022',
  ...over,
});

async function run(ctx: Partial<AnswerContext>) {
  const deltas: string[] = [];
  const result = await createOfflineAnswerer().answer(
    { question: '', history: [], hits: [], findings: [], ...ctx },
    (d) => deltas.push(d),
    new AbortController().signal,
  );
  return { result, streamed: deltas.join(''), deltas };
}

describe('offline answerer', () => {
  it('quotes relevant provisions and guidance with numbered citations and Stand', async () => {
    const { result, streamed, deltas } = await run({
      question: 'Wie ersetze ich die Schriftform?',
      hits: [
        hit({}),
        hit({ law: 'Leitfaden Schriftform', ref: 'Schriftform: Ersatzformulierungen', kind: 'guidance', text: 'Statt „schriftlich“: „schriftlich oder elektronisch“; Schriftform nur wo nötig.', score: 8 }),
        hit({ law: 'BGB', ref: '§ 1', title: 'Rechtsfähigkeit', text: 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.', score: 9 }),
      ],
    });
    expect(streamed).toBe(result.text);
    expect(deltas.length).toBeGreaterThanOrEqual(1);
    expect(result.model).toBe('offline');
    expect(result.citations.map((c) => c.law)).toEqual(['VwVfG', 'Leitfaden Schriftform']);
    expect(result.text).toContain('§ 3a Abs. 2 VwVfG [1]');
    expect(result.text).toContain('[2] **Leitfaden Schriftform – Schriftform: Ersatzformulierungen**');
    expect(result.text).toContain('Stand: März 2022');
    expect(result.text).not.toContain('Rechtsfähigkeit');
  });

  it('says plainly that nothing was found instead of quoting noise', async () => {
    const { result } = await run({
      question: 'Wie wird das Wetter morgen in Hannover?',
      hits: [hit({ text: 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.', title: 'Rechtsfähigkeit' })],
    });
    expect(result.citations).toEqual([]);
    expect(result.text).toMatch(/keine passende Vorschrift/);
  });

  it('summarises findings of a pasted passage with suggestion and amendment', async () => {
    const finding = {
      id: 'f1',
      ruleId: 'schriftform',
      category: 'schriftform',
      principle: 1,
      severity: 'hoch',
      source: 'Regel',
      location: { law: 'Eingabe', ref: 'Satz 1', start: 15, end: 26 },
      quote: { match: 'schriftlich', sentence: 'Der Antrag ist schriftlich zu stellen.' },
      explanation: 'Schriftform verlangt Papier mit Unterschrift.',
      suggestion: 'Der Antrag ist zu stellen.',
      legalBasis: ['§ 3a VwVfG'],
      amendment: 'In Satz 1 wird das Wort „schriftlich“ gestrichen.',
    } satisfies Finding;
    const { result } = await run({ question: 'Der Antrag ist schriftlich zu stellen.', passage: 'Der Antrag ist schriftlich zu stellen.', findings: [finding], hits: [hit({})] });
    expect(result.text).toMatch(/^Die eingefügte Passage enthält eine Stelle/);
    expect(result.text).toContain('Vorschlag: Der Antrag ist zu stellen.');
    expect(result.text).toContain('Änderungsbefehl: In Satz 1 wird das Wort „schriftlich“ gestrichen.');
    expect(result.text).toContain('Rechtsgrundlage: § 3a VwVfG');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createOfflineAnswerer().answer({ question: 'Schriftform', history: [], hits: [hit({})], findings: [] }, () => undefined, controller.signal),
    ).rejects.toThrow();
  });
});
