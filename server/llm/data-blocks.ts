import type { Finding } from '../contracts/finding';
import { CATEGORY_LABELS } from '../contracts/finding';
import type { SearchHit } from '../contracts/search';

/**
 * Untrusted text (law text, drafts, user pastes) enters prompts only through these helpers. Anything that looks
 * like a tag opener or closer ("<quelle", "</entwurf>") is neutralised to "‹", so the text can never close its
 * data block and pose as an instruction outside of it.
 */

const TAG_LIKE = /<(\s*\/?\s*[A-Za-zÄÖÜäöü!?])/g;

export function neutralize(text: string): string {
  return text.replace(TAG_LIKE, '‹$1');
}

/** Attribute values: one line, no quotes, no angle brackets. */
export function attr(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/["<>]/g, "'").trim();
}

export function quelleBlock(n: number, hit: SearchHit): string {
  const attrs = [
    `id="${n}"`,
    `${hit.kind === 'guidance' ? 'leitfaden' : 'gesetz'}="${attr(hit.law)}"`,
    `fundstelle="${attr(hit.ref)}"`,
    hit.title ? `titel="${attr(hit.title)}"` : '',
    hit.stand ? `stand="${attr(hit.stand)}"` : '',
  ].filter(Boolean);
  return `<quelle ${attrs.join(' ')}>\n${neutralize(hit.text)}\n</quelle>`;
}

export function vorschriftBlock(id: string, label: string, title: string, text: string): string {
  const attrs = [`id="${attr(id)}"`, label ? `fundstelle="${attr(label)}"` : '', title ? `titel="${attr(title)}"` : ''].filter(Boolean);
  return `<vorschrift ${attrs.join(' ')}>\n${neutralize(text)}\n</vorschrift>`;
}

/** Rule findings as a compact list for prompts (quotes come from user text, hence neutralised). */
export function findingsList(findings: Finding[], empty: string): string {
  if (findings.length === 0) return empty;
  return findings
    .map(
      (f) =>
        `- ${attr(f.location.ref)}: ${CATEGORY_LABELS[f.category]} (Prinzip ${f.principle}, ${f.severity}) – „${neutralize(attr(f.quote.match))}“: ${neutralize(attr(f.explanation))}`,
    )
    .join('\n');
}
