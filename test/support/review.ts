import type { ReviewResponse } from '../../server/contracts/api';
import { parseDraft } from '../../server/parser/draft';
import { checkDocument } from '../../server/rules/engine';
import { structureItems } from '../../server/services/review/places';

/** A review as the upload builds it from a text: parsed draft, rule findings, structure items, nothing decided. */
export function reviewOf(text: string, id = 'r'): ReviewResponse {
  const doc = parseDraft(text, {});
  return {
    id,
    title: doc.title,
    provisions: doc.provisions.length,
    findings: checkDocument(doc),
    text: doc.text,
    structure: structureItems(doc),
    decisions: {},
    createdAt: '2026-12-01T00:00:00.000Z',
    format: 'txt',
  };
}
