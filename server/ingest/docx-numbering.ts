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

/** A `<w:tag …>inner</w:tag>` element: its opening tag (with the attributes) and where it lies in the part. */
interface Element {
  open: string;
  inner: string;
  start: number;
  end: number;
}

/**
 * The `<w:tag>` elements of a part in order, found with indexOf. A lazy regular expression (`<w:tag…>([\s\S]*?)</w:tag>`)
 * reads to the end of the part from every opening tag without a closing one: quadratic, minutes for a few MB.
 */
function* elements(xml: string, tag: string): Generator<Element> {
  const open = `<w:${tag}`;
  const close = `</w:${tag}>`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + 1)) {
    // the whole name: <w:num is not <w:numPr
    if (!/[\s/>]/.test(xml[at + open.length] ?? '')) continue;
    const gt = xml.indexOf('>', at);
    if (gt === -1) return;
    if (xml[gt - 1] === '/') {
      yield { open: xml.slice(at, gt + 1), inner: '', start: at, end: gt + 1 };
      continue;
    }
    const end = xml.indexOf(close, gt);
    // no closing tag after this one means none after any later opening tag either
    if (end === -1) return;
    yield { open: xml.slice(at, gt + 1), inner: xml.slice(gt + 1, end), start: at, end: end + close.length };
    at = end;
  }
}

/** An attribute of an opening tag. */
const attrOf = (open: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(open)?.[1];

/**
 * Beyond these a list is no Word list of a drafter (Word itself numbers up to 32767, a level's text is a few
 * characters such as "(%1)"), and a label of letters or roman numerals grows with the counter: a hostile file would
 * make every paragraph's label megabytes long. Such paragraphs keep their text without a label.
 */
const MAX_COUNTER = 9999;
const MAX_LEVEL_TEXT = 64;

function parseLevels(xml: string): Map<string, Level> {
  const levels = new Map<string, Level>();
  for (const e of elements(xml, 'lvl')) {
    const ilvl = attrOf(e.open, 'w:ilvl');
    if (ilvl === undefined || !/^\d$/.test(ilvl)) continue;
    levels.set(ilvl, { start: Number(attr(e.inner, 'start') ?? '1'), format: attr(e.inner, 'numFmt') ?? 'decimal', text: attr(e.inner, 'lvlText') ?? '' });
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
  for (const e of elements(xml, 'abstractNum')) {
    const id = attrOf(e.open, 'w:abstractNumId');
    if (id) abstract.set(id, parseLevels(e.inner));
  }
  const lists = new Map<string, ListDef>();
  for (const e of elements(xml, 'num')) {
    const id = attrOf(e.open, 'w:numId');
    const levels = abstract.get(attr(e.inner, 'abstractNumId') ?? '');
    if (!id || !levels) continue;
    const overrides = new Map<string, number>();
    for (const o of elements(e.inner, 'lvlOverride')) {
      const ilvl = attrOf(o.open, 'w:ilvl');
      const start = attr(o.inner, 'startOverride');
      if (ilvl !== undefined && /^\d$/.test(ilvl) && start !== undefined) overrides.set(ilvl, Number(start));
    }
    lists.set(id, { levels, overrides });
  }
  return lists;
}

/** Numbering a paragraph style carries ("Absatz" style of a template): styleId → numId and level. */
function styleNumbering(xml: string): Map<string, { numId: string; ilvl: string }> {
  const out = new Map<string, { numId: string; ilvl: string }>();
  for (const e of elements(xml, 'style')) {
    const styleId = attrOf(e.open, 'w:styleId');
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(e.inner)?.[1];
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    if (styleId && numId) out.set(styleId, { numId, ilvl: attr(numPr!, 'ilvl') ?? '0' });
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
  if (!(n <= MAX_COUNTER)) return undefined;
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
  const label = (para: string, inner: string): string => {
    const pPr = /^\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner);
    if (!pPr) return para;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr[1]!)?.[1];
    const fromStyle = byStyle.get(attr(pPr[1]!, 'pStyle') ?? '');
    const numId = numPr ? attr(numPr, 'numId') : fromStyle?.numId;
    const ilvl = (numPr ? attr(numPr, 'ilvl') : undefined) ?? fromStyle?.ilvl ?? '0';
    const list = numId ? lists.get(numId) : undefined;
    const level = list?.levels.get(ilvl);
    if (!list || !level || formatNumber(1, level.format) === undefined || level.text.length > MAX_LEVEL_TEXT) return para;
    const depth = Number(ilvl);
    let count = counters.get(numId!);
    if (!count) {
      count = Array.from({ length: 9 }, (_, i) => (list.overrides.get(String(i)) ?? list.levels.get(String(i))?.start ?? 1) - 1);
      counters.set(numId!, count);
    }
    count[depth]!++;
    for (let d = depth + 1; d < 9; d++) count[d] = (list.levels.get(String(d))?.start ?? 1) - 1;
    let ok = true;
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const f = formatNumber(Math.max(1, count![i]!), list.levels.get(String(i))?.format ?? 'decimal');
      if (f === undefined) ok = false;
      return f ?? '';
    });
    if (!ok || text.trim() === '') return para;
    const at = para.indexOf('</w:pPr>') + '</w:pPr>'.length;
    return `${para.slice(0, at)}<w:r><w:t xml:space="preserve">${escapeXml(text)} </w:t></w:r>${para.slice(at)}`;
  };
  const out: string[] = [];
  let cur = 0;
  for (const p of elements(documentXml, 'p')) {
    out.push(documentXml.slice(cur, p.start), label(documentXml.slice(p.start, p.end), p.inner));
    cur = p.end;
  }
  out.push(documentXml.slice(cur));
  return out.join('');
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
