import type { DocxParts } from './docx-parts';

/**
 * Word list numbering ("(1)", "1.", "a)" as automatic numbering) lives in numbering.xml, not in the text, and
 * mammoth's raw text drops it, so Absätze and Nummern of a drafter's document would be lost. This writes each
 * numbered paragraph's label into the paragraph as plain text, the way it is printed, before mammoth reads it.
 * Counters follow Word: per list instance (numId), a deeper level restarts when a higher one advances, a
 * startOverride restarts the instance. Bullets and unknown formats get no label.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

const attr = (xml: string, tag: string): string | undefined => new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function parseLevels(xml: string): Map<string, Level> {
  const levels = new Map<string, Level>();
  for (const m of xml.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    levels.set(m[1]!, { start: Number(attr(m[2]!, 'start') ?? '1'), format: attr(m[2]!, 'numFmt') ?? 'decimal', text: attr(m[2]!, 'lvlText') ?? '' });
  }
  return levels;
}

interface ListDef {
  levels: Map<string, Level>;
  /** Levels whose counter starts anew with this instance (lvlOverride/startOverride). */
  overrides: Map<string, number>;
}

function parseNumbering(xml: string): Map<string, ListDef> {
  const abstract = new Map<string, Map<string, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) abstract.set(m[1]!, parseLevels(m[2]!));
  const lists = new Map<string, ListDef>();
  for (const m of xml.matchAll(/<w:num\b[^>]*\bw:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstract.get(attr(m[2]!, 'abstractNumId') ?? '');
    if (!levels) continue;
    const overrides = new Map<string, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*\bw:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'startOverride');
      if (start !== undefined) overrides.set(o[1]!, Number(start));
    }
    lists.set(m[1]!, { levels, overrides });
  }
  return lists;
}

/** Numbering a paragraph style carries ("Absatz" style of a template): styleId → numId and level. */
function styleNumbering(xml: string): Map<string, { numId: string; ilvl: string }> {
  const out = new Map<string, { numId: string; ilvl: string }>();
  for (const m of xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    if (numId) out.set(m[1]!, { numId, ilvl: attr(numPr!, 'ilvl') ?? '0' });
  }
  return out;
}

function letters(n: number): string {
  // Word's lowerLetter: a … z, then aa … zz
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return undefined;
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** document.xml with the label of every numbered paragraph written as its first run. */
export function labelNumberedParagraphs(documentXml: string, numberingXml: string, stylesXml = ''): string {
  const lists = parseNumbering(numberingXml);
  if (lists.size === 0) return documentXml;
  const byStyle = styleNumbering(stylesXml);
  const counters = new Map<string, number[]>();
  return documentXml.replace(/<w:p\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:p>/g, (para: string, inner: string) => {
    const pPr = /^\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner);
    if (!pPr) return para;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr[1]!)?.[1];
    const fromStyle = byStyle.get(attr(pPr[1]!, 'pStyle') ?? '');
    const numId = numPr ? attr(numPr, 'numId') : fromStyle?.numId;
    const ilvl = (numPr ? attr(numPr, 'ilvl') : undefined) ?? fromStyle?.ilvl ?? '0';
    const list = numId ? lists.get(numId) : undefined;
    const level = list?.levels.get(ilvl);
    if (!list || !level || formatNumber(1, level.format) === undefined) return para;
    const depth = Number(ilvl);
    let count = counters.get(numId!);
    if (!count) {
      count = Array.from({ length: 9 }, (_, i) => (list.overrides.get(String(i)) ?? list.levels.get(String(i))?.start ?? 1) - 1);
      counters.set(numId!, count);
    }
    count[depth]!++;
    for (let d = depth + 1; d < 9; d++) count[d] = (list.levels.get(String(d))?.start ?? 1) - 1;
    let ok = true;
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const f = formatNumber(Math.max(1, count![i]!), list.levels.get(String(i))?.format ?? 'decimal');
      if (f === undefined) ok = false;
      return f ?? '';
    });
    if (!ok || label.trim() === '') return para;
    const at = para.indexOf('</w:pPr>') + '</w:pPr>'.length;
    return `${para.slice(0, at)}<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>${para.slice(at)}`;
  });
}

/** Writes list labels into word/document.xml of the parts; unchanged when the document has no list numbering. */
export function labelDocxParts(parts: DocxParts): void {
  const numbering = parts.get('word/numbering.xml')?.toString('utf8');
  const document = parts.get('word/document.xml')?.toString('utf8');
  if (!numbering || !document) return;
  const styles = parts.get('word/styles.xml')?.toString('utf8') ?? '';
  const labelled = labelNumberedParagraphs(document, numbering, styles);
  if (labelled !== document) parts.set('word/document.xml', Buffer.from(labelled, 'utf8'));
}
