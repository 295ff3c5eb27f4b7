import type { ReviewResponse } from '../../server/contracts/api';
import { parseDraft } from '../../server/parser/draft';
import { buildOutline } from '../../server/parser/outline';
import { checkDocument } from '../../server/rules/engine';
import { structureItems } from '../../server/services/review/places';

/** An Absatz with two findings (written form and signature): one coherent rewrite must resolve both. */
export const TWO_FINDINGS_ABSATZ = '(1) Der Antrag ist schriftlich bei der Behörde zu stellen und eigenhändig zu unterschreiben.';

/** A small draft whose § 1 Abs. 1 is `TWO_FINDINGS_ABSATZ`; Abs. 2 has no finding. */
export const TWO_FINDINGS_DRAFT = [
  'Entwurf eines Gesetzes über die Fischereierlaubnis',
  '',
  '§ 1 Antrag',
  TWO_FINDINGS_ABSATZ,
  '(2) Die Behörde entscheidet innerhalb eines Monats.',
].join('\n');

/** A review as the upload builds it from a text: parsed draft, rule findings, structure items, Gliederung, nothing decided. */
export function reviewOf(text: string, id = 'r'): ReviewResponse {
  const doc = parseDraft(text, {});
  const findings = checkDocument(doc);
  return {
    id,
    title: doc.title,
    provisions: doc.provisions.length,
    findings,
    text: doc.text,
    structure: structureItems(doc),
    outline: buildOutline(doc, findings),
    decisions: {},
    createdAt: '2026-12-01T00:00:00.000Z',
    format: 'txt',
  };
}
