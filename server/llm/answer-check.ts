import { z } from 'zod';
import { stripCitationMarkers } from './citations';

/**
 * What a model's chat answer must be before it is shown as an answer: readable prose (not symbols, not one word
 * repeated) that cites the retrieved sources it was given — or says, as the citation rules demand, that they do
 * not answer the question. Anything else is treated like a model failure: the offline answer is shown instead.
 */

/** The wording the citation rules (prompts/partials/zitierregeln.md) ask for when the sources do not answer. */
const NO_COVERAGE = /regeln das nicht|ohne Beleg|keine (?:passende|einschlägige)n? (?:Quelle|Fundstelle|Vorschrift)|beantworten die Frage nicht/i;
const MIN_LETTER_SHARE = 0.5;
const REPETITION_MIN_WORDS = 30;
const MIN_DISTINCT_WORD_SHARE = 0.2;

export const ChatAnswerSchema = z
  .object({
    text: z.string(),
    /** Retrieved sources the answer cites. */
    cited: z.number().int().min(0),
    /** Sources the model was given. */
    sources: z.number().int().min(0),
  })
  .superRefine((a, ctx) => {
    const prose = stripCitationMarkers(a.text).trim();
    const visible = prose.replace(/\s+/g, '');
    const letters = prose.match(/\p{L}/gu)?.length ?? 0;
    if (visible.length === 0 || letters / visible.length < MIN_LETTER_SHARE || /[\uFFFD\u0000-\u0008]/.test(prose)) {
      ctx.addIssue({ code: 'custom', message: 'answer is not readable prose' });
      return;
    }
    const words = prose.toLowerCase().split(/\s+/);
    if (words.length >= REPETITION_MIN_WORDS && new Set(words).size / words.length < MIN_DISTINCT_WORD_SHARE) {
      ctx.addIssue({ code: 'custom', message: 'answer repeats the same few words' });
    }
    if (a.sources > 0 && a.cited === 0 && !NO_COVERAGE.test(prose)) {
      ctx.addIssue({ code: 'custom', message: `answer cites none of the ${a.sources} sources` });
    }
  });
