import type { Finding } from '../../contracts/finding';

/**
 * The one seam through which the chat rewrites a checked provision. Today it works with the sentence suggestions
 * of the rule findings (each finding's `suggestion` is its sentence with the edit applied), re-checking after each
 * round so that several hindrances in one sentence are all worked in. When the rule engine offers a coherent
 * per-Absatz rewrite, only this function changes.
 */

export interface ProvisionRewrite {
  /** The whole provision in its new wording. */
  text: string;
  /** Änderungsbefehl for the whole provision ("§ 5 wird wie folgt gefasst: …"). */
  amendment: string;
  /** The single amendment instructions of the original findings, for a minimal change instead. */
  singleAmendments: string[];
  /** Hindrances the rewrite could not remove (left to the drafter). */
  remaining: Finding[];
}

/** Rounds of check-and-rewrite; each removes at least one hindrance per sentence, so a few suffice. */
const MAX_ROUNDS = 4;
const blocking = (f: Finding) => f.severity !== 'hinweis';

/** The sentence as a pattern that tolerates the line breaks of the pasted text. */
const sentencePattern = (s: string) => new RegExp(s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));

/** "§ 5 wird wie folgt gefasst:", "Absatz 2 wird wie folgt gefasst:" or, without a label, "Die Vorschrift …". */
function replacementCommand(original: string, text: string): string {
  const head = /^\s*(?:§|Art\.?|Artikel)\s*(\d+[a-z]?)\b/.exec(original);
  const absatz = /^\s*\((\d+[a-z]?)\)\s/.exec(original);
  const subject = head
    ? `${/^\s*§/.test(original) ? '§' : 'Artikel'} ${head[1]} wird`
    : absatz && !/\n\s*\(\d+[a-z]?\)\s/.test(original)
      ? `Absatz ${absatz[1]} wird`
      : 'Die Vorschrift wird';
  return `${subject} wie folgt gefasst:\n„${text.trim()}“`;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The new wording of one sentence from all its findings: at most one in-sentence edit (the offsets of the others
 * are stale once it is applied; the next round re-checks), plus every appended sentence.
 */
function rewriteSentence(sentence: string, findings: Finding[]): string {
  const base = norm(sentence);
  const tails: string[] = [];
  let edited: string | undefined;
  for (const f of findings) {
    const s = norm(f.suggestion);
    if (s === base) continue;
    if (s.startsWith(base)) tails.push(s.slice(base.length).trim());
    else edited ??= s;
  }
  return [edited ?? base, ...new Set(tails)].join(' ');
}

export function rewriteProvision(passage: string, check: (text: string) => Finding[]): ProvisionRewrite {
  const original = check(passage);
  let text = passage.trim();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const bySentence = new Map<string, Finding[]>();
    for (const f of check(text).filter(blocking)) bySentence.set(f.quote.sentence, [...(bySentence.get(f.quote.sentence) ?? []), f]);
    let changed = false;
    for (const [sentence, findings] of bySentence) {
      const next = rewriteSentence(sentence, findings);
      const pattern = sentencePattern(sentence);
      if (next === norm(sentence) || !pattern.test(text)) continue;
      text = text.replace(pattern, () => next);
      changed = true;
    }
    if (!changed) break;
  }
  return {
    text,
    amendment: replacementCommand(passage, text),
    singleAmendments: [...new Set(original.filter(blocking).map((f) => f.amendment))],
    remaining: check(text).filter(blocking),
  };
}
