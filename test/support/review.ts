import type { ReviewResponse } from '../../server/contracts/api';
import { parseDraft } from '../../server/parser/draft';
import { buildOutline } from '../../server/parser/outline';
import { checkDocument } from '../../server/rules/engine';
import { structureItems } from '../../server/services/review/places';

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
