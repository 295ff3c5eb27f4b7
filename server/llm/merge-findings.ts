import type { LawDocument } from '../contracts/document';
import type { Finding } from '../contracts/finding';

/**
 * Rule and AI findings in one list: an AI finding of the same category in the same sentence as (or overlapping)
 * a rule finding is a duplicate, and the rule finding wins (deterministic, with a checked amendment). The result
 * is in document order, rule findings first at equal offsets.
 */

function sentenceSpan(doc: LawDocument, offset: number): { start: number; end: number } | undefined {
  for (const p of doc.provisions) {
    if (offset < p.start || offset >= p.end) continue;
    for (const para of p.paragraphs) {
      const s = para.sentences.find((x) => offset >= x.start && offset < x.end);
      if (s) return s;
    }
  }
  return undefined;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function mergeFindings(doc: LawDocument, ruleFindings: Finding[], aiFindings: Finding[]): Finding[] {
  const kept: Finding[] = [...ruleFindings];
  const sentenceOf = (f: Finding) => sentenceSpan(doc, f.location.start) ?? f.location;
  for (const ai of aiFindings) {
    const sentence = sentenceOf(ai);
    const duplicate = kept.some(
      (k) => k.category === ai.category && (overlaps(k.location, ai.location) || overlaps(sentenceOf(k), sentence)),
    );
    if (!duplicate) kept.push(ai);
  }
  return kept.sort((a, b) => a.location.start - b.location.start || (a.source === b.source ? 0 : a.source === 'Regel' ? -1 : 1));
}
