import { z } from 'zod';
import type { ReviewResponse } from '../contracts/api';
import { PrincipleSchema } from '../contracts/finding';
import { logger } from '../logger';
import { normalizeWhitespace } from '../parser/structure';
import { PRINCIPLE_STATUSES, type DocumentationDraft, type PrincipleAssessment, type PrincipleStatus } from '../services/documentation';
import { findingsList, neutralize } from './data-blocks';
import { LlmAbortedError, LlmError } from './errors';
import { renderDocumentationPrompt } from './prompts';
import { messages, type LlmProvider } from './provider';
import { completeJsonWithCorrection } from './structured';
import { ZERO_USAGE, type TokenUsage } from './tokens';

/**
 * LLM-improved Digitalcheck documentation: the model reviews the offline draft (built from the rule findings by
 * services/documentation.ts) against the findings and the draft text, and rewrites answers, statuses and reasons.
 * Quotes stay those of the offline draft plus provisions the model names that exist in the draft's structure —
 * the model cannot add text that is not in the draft. Any failure returns the offline draft with a notice.
 */

export const DocumentationOutputSchema = z.object({
  vorpruefung: z.array(z.object({ id: z.string(), antwort: z.enum(['Ja', 'Nein', 'Unklar']), begruendung: z.string().min(1) })),
  prinzipien: z.array(
    z.object({
      prinzip: PrincipleSchema,
      // "erfüllt" and "nicht relevant" are still read (older prompts, stubborn models) but never shown: see honestStatus
      bewertung: z.enum([...PRINCIPLE_STATUSES, 'erfüllt', 'nicht relevant']),
      begruendung: z.string().min(1),
      fundstellen: z.array(z.string()).default([]),
    }),
  ),
});

const CORRECTION =
  'Deine letzte Antwort war kein gültiges JSON-Objekt nach dem vorgegebenen Schema ({"vorpruefung": [...], "prinzipien": [...]} mit den erlaubten Werten). Antworte jetzt ausschließlich mit dem korrigierten JSON-Objekt.';

const EXCERPT_CHARS = 24_000;

export interface DocumentationResult {
  draft: DocumentationDraft;
  notices: string[];
  tokens: TokenUsage;
  /** True when the model's assessment was applied. */
  refined: boolean;
}

function draftSummary(d: DocumentationDraft): string {
  return [
    ...d.precheck.map((q) => `- Vorprüfung ${q.id}: ${q.answer} – ${q.reason}`),
    ...d.principles.map((p) => `- Prinzip ${p.principle}: ${p.status} – ${p.reason}`),
  ]
    .map((l) => neutralize(l))
    .join('\n');
}

/** Text of the provision a model names ("§ 5 Abs. 2" → the structure item "§ 5"), or undefined when unknown. */
function provisionQuote(review: ReviewResponse, ref: string): { ref: string; text: string } | undefined {
  const label = /^(§\s*\d+[a-z]?|Art\.?\s*\d+[a-z]?)/.exec(ref.trim())?.[1]?.replace(/\s+/g, ' ');
  const item = label ? review.structure.find((s) => s.label.replace(/\s+/g, ' ') === label) : undefined;
  if (!item) return undefined;
  const text = normalizeWhitespace(review.text.slice(item.start, item.end)).slice(0, 300);
  return { ref: ref.trim(), text: text.length === 300 ? `${text.replace(/\s+\S*$/, '')} …` : text };
}

/**
 * The model may name hindrances the rules missed, but reading a text certifies nothing: a verdict that a principle
 * is met (or irrelevant) leaves the offline status, and the model's reasoning is shown as its assessment.
 */
function honestStatus(offline: PrincipleStatus, model: string): PrincipleStatus {
  return model === 'nicht erfüllt' || model === 'teilweise erfüllt' ? model : offline;
}

export async function refineDocumentation(
  review: ReviewResponse,
  draft: DocumentationDraft,
  opts: { provider: LlmProvider; signal?: AbortSignal },
): Promise<DocumentationResult> {
  const findings = review.findings.filter((f) => review.decisions[f.id] !== 'dismissed');
  const prompt = renderDocumentationPrompt({
    titel: neutralize(review.title),
    befunde: findingsList(findings, '(Keine Befunde.)'),
    vorentwurf: draftSummary(draft),
    auszug: neutralize(review.text.length > EXCERPT_CHARS ? `${review.text.slice(0, EXCERPT_CHARS)}\n[… Text gekürzt]` : review.text),
  });
  const fallback = (notice: string, tokens: TokenUsage): DocumentationResult => ({ draft, notices: [notice], tokens, refined: false });
  let res: Awaited<ReturnType<typeof completeJsonWithCorrection<z.infer<typeof DocumentationOutputSchema>>>>;
  try {
    res = await completeJsonWithCorrection(opts.provider, [messages.system(prompt.system), messages.user(prompt.user)], DocumentationOutputSchema, {
      purpose: 'documentation',
      schemaName: 'DocumentationOutput',
      correction: CORRECTION,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (e) {
    if (e instanceof LlmAbortedError || !(e instanceof LlmError)) throw e;
    logger.warn({ code: e.code, err: e.message }, 'documentation refinement failed');
    return fallback(`${e.userMessage} Die Dokumentation wurde ohne Sprachmodell aus der Regelprüfung erstellt.`, { ...ZERO_USAGE });
  }
  if (!res.data) return fallback('Die Antwort des Sprachmodells war ungültig; die Dokumentation wurde ohne Sprachmodell aus der Regelprüfung erstellt.', res.usage);

  const out = res.data;
  const precheck = draft.precheck.map((q) => {
    const m = out.vorpruefung.find((x) => x.id === q.id);
    return m ? { ...q, answer: m.antwort, reason: m.begruendung } : q;
  });
  const principles = draft.principles.map((p): PrincipleAssessment => {
    const m = out.prinzipien.find((x) => x.prinzip === p.principle);
    if (!m) return p;
    const known = new Set(p.quotes.map((q) => q.ref));
    const added = m.fundstellen
      .filter((ref) => !known.has(ref.trim()))
      .map((ref) => provisionQuote(review, ref))
      .filter((q): q is { ref: string; text: string } => Boolean(q));
    const status = honestStatus(p.status, m.bewertung);
    const reason = status === p.status && m.bewertung !== p.status ? `${p.reason} Einschätzung des Sprachmodells: ${m.begruendung}` : m.begruendung;
    return { ...p, status, reason, quotes: [...p.quotes, ...added].slice(0, 6) };
  });
  return { draft: { ...draft, precheck, principles }, notices: [], tokens: res.usage, refined: true };
}
