import type { Provision } from '../contracts/document';
import { afterBreak } from './draft-headings';
import { looksLikeTitle } from './headings';
import { parseParagraphs } from './structure';

/**
 * A provision heading line: Markdown "## § 5 Titel", "#### Art 3 Titel", or a plain line "§ 5 Titel" /
 * "§ 5" on its own line as in drafts and extracted PDF text.
 */
export const PROVISION_HEADING =
  /^(?:#{1,6}[ \t]+)?(?:\*\*)?((?:§|Art\.?|Artikel)[ \t]*\d+[a-z]?)(?:\*\*)?(?:[ \t]+(.*?))?[ \t]*$/gm;

export function normalizeLabel(raw: string): string {
  const m = /^(§|Art\.?|Artikel)\s*(\d+[a-z]?)$/.exec(raw.trim());
  if (!m) return raw.trim();
  return m[1] === '§' ? `§ ${m[2]}` : `Art. ${m[2]}`;
}

/** Splits [start, end) of `text` into provisions at heading lines; text before the first heading is ignored. */
export function parseProvisions(text: string, start = 0, end = text.length, idPrefix = ''): Provision[] {
  const slice = text.slice(start, end);
  const heads = [...slice.matchAll(PROVISION_HEADING)]
    // a plain line "§ 12 Abs. 2 gilt …" can be wrapped running text; Markdown headings are always headings
    .filter((m) => /^\s*#/.test(m[0]) || (looksLikeTitle(m[2] ?? '') && afterBreak(text, start + m.index!, start)))
    .map((m) => ({
    label: normalizeLabel(m[1]!),
    title: (m[2] ?? '').replace(/\*\*/g, '').trim(),
    at: start + m.index!,
    bodyAt: start + m.index! + m[0].length,
  }));
  return heads.map((h, i) => {
    const stop = i + 1 < heads.length ? heads[i + 1]!.at : end;
    return {
      id: `${idPrefix}p-${h.label.replace(/\W+/g, '')}-${i}`,
      label: h.label,
      title: h.title,
      start: h.at,
      end: stop,
      paragraphs: parseParagraphs(text, h.bodyAt, stop),
    };
  });
}
