import type { FakeReply } from './fake-openai';

/**
 * A scripted model for the AI review: for every <vorschrift> block in the prompt it reports one finding whose quote
 * is copied from that block (so the server can locate it), with fixed token usage per call. Chat requests (no
 * <entwurf> block) get a plain answer. Used as `startFakeOpenAI({ fallback: reviewAnswer })`.
 */

export const REVIEW_USAGE = { prompt: 100, completion: 10 };
export const KI_EXPLANATION = 'Test-KI-Befund: unbestimmter Begriff verhindert die Automatisierung.';

/** Provision ids and texts of the <vorschrift> blocks in a review prompt. */
export function promptProvisions(body: any): { id: string; text: string }[] {
  const user = String(body.messages?.at(-1)?.content ?? '');
  return [...user.matchAll(/<vorschrift id="([^"]+)"[^>]*>\n([\s\S]*?)\n<\/vorschrift>/g)].map((m) => ({ id: m[1]!, text: m[2]! }));
}

export const isReviewRequest = (body: any) => String(body.messages?.at(-1)?.content ?? '').includes('<entwurf>');

export function reviewAnswer(body: any): FakeReply {
  if (!isReviewRequest(body)) return { kind: 'text', text: 'Antwort des Modells.' };
  const findings = promptProvisions(body).flatMap(({ id, text }) => {
    const line = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[(\p{L}\d]/u.test(l) && !l.includes('‹') && l.split(/\s+/).length >= 4)
      .at(-1);
    if (!line) return [];
    return [
      {
        provisionId: id,
        quote: line.split(/\s+/).slice(0, 5).join(' '),
        category: 'unbestimmter_begriff',
        principle: 4,
        severity: 'hinweis',
        explanation: KI_EXPLANATION,
        suggestion: 'Feste Kriterien statt Ermessen.',
        legalBasis: [],
        amendment: '',
      },
    ];
  });
  return { kind: 'text', text: JSON.stringify({ findings }), usage: REVIEW_USAGE };
}
