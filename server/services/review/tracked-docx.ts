import { Document, DeletedTextRun, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { changeSpan, type TextChange } from './changes';

/**
 * The draft as a Word document whose proposed changes are tracked changes (w:ins / w:del), so the drafter accepts or
 * rejects each one in Word. An uploaded DOCX is changed in place: only the runs a change touches are split at the
 * change's boundaries (each piece keeps the run's rPr), everything else of document.xml stays byte for byte. Other
 * uploads become a plain DOCX of the reviewed text.
 *
 * The reviewed text and document.xml are aligned on their non-blank characters: the extraction changes only
 * whitespace and adds list labels from numbering.xml, so the words of each change are found again in the runs.
 */

export const TRACK_AUTHOR = 'Digitalcheck-Assistent';

export interface TrackMeta {
  title: string;
  date: Date;
  /** German lines on changes that could not be placed (`missed`: those this file had no place for); added at the end as a tracked insertion. */
  notes(missed: TextChange[]): string[];
}

const isBlank = (c: string) => /\s/.test(c) || c === '\u00ad';
const isoDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

// ------------------------------------------------------------------ plain text → DOCX

/** A text with the changes applied as tracked runs, one Word paragraph per line. */
export async function trackedDocxFromText(text: string, changes: TextChange[], meta: TrackMeta): Promise<Buffer> {
  const date = isoDate(meta.date);
  let id = 1;
  type Piece = { kind: 'keep' | 'del' | 'ins'; text: string };
  const pieces: Piece[] = [];
  let cur = 0;
  for (const c of changes) {
    const { start, end } = changeSpan(text, c);
    pieces.push({ kind: 'keep', text: text.slice(cur, start) });
    if (end > start) pieces.push({ kind: 'del', text: text.slice(start, end) });
    if (c.insert) pieces.push({ kind: 'ins', text: c.insert });
    cur = end;
  }
  pieces.push({ kind: 'keep', text: text.slice(cur) });

  const paragraphs: (TextRun | InsertedTextRun | DeletedTextRun)[][] = [[]];
  for (const p of pieces) {
    p.text.split('\n').forEach((line, i) => {
      if (i > 0) paragraphs.push([]);
      if (!line) return;
      const run =
        p.kind === 'keep'
          ? new TextRun(line)
          : p.kind === 'ins'
            ? new InsertedTextRun({ text: line, id: id++, author: TRACK_AUTHOR, date })
            : new DeletedTextRun({ text: line, id: id++, author: TRACK_AUTHOR, date });
      paragraphs.at(-1)!.push(run);
    });
  }
  const notes = meta.notes([]).map((n) => new Paragraph({ children: [new InsertedTextRun({ text: n, id: id++, author: TRACK_AUTHOR, date })] }));
  const doc = new Document({
    title: meta.title,
    creator: TRACK_AUTHOR,
    sections: [{ children: [...paragraphs.map((children) => new Paragraph({ children })), ...notes] }],
  });
  return Packer.toBuffer(doc);
}

// ------------------------------------------------------------------ uploaded DOCX → same DOCX with tracked changes

interface Atom {
  /** Visible character ("\t" for a tab, "\n" for a break, soft hyphen); "" for invisible children. */
  ch: string;
  /** How the child is written back in a run, when it is not plain text. */
  xml?: string;
  run: number;
}

interface Run {
  start: number;
  end: number;
  open: string;
  rPr: string;
  atoms: number[];
  editable: boolean;
  paragraph: number;
}

const decode = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_m, d: string, h: string, n: string) =>
    d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[n.toLowerCase()]!,
  );
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** End of the element that opens at `from` (`<w:r …>` … `</w:r>`), counting nested elements of the same name. */
function elementEnd(xml: string, from: number, name: string): number {
  const re = new RegExp(`<${name}(?=[\\s>/])[^>]*?(/?)>|</${name}>`, 'g');
  re.lastIndex = from;
  let depth = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].startsWith('</')) depth--;
    else if (m[1] !== '/') depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return xml.length;
}

const RUN_CHILD = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>|<w:softHyphen\/>|<w:noBreakHyphen\/>|<w:lastRenderedPageBreak\/>|<[^>]+>/g;

/** Runs and their visible characters, in document order; runs inside existing revisions or with drawings are read-only. */
function readRuns(xml: string): { runs: Run[]; atoms: Atom[] } {
  const runs: Run[] = [];
  const atoms: Atom[] = [];
  const revisions: [number, number][] = [];
  for (const m of xml.matchAll(/<w:(ins|del|moveFrom|moveTo)(?=[\s>])[^>]*>/g)) revisions.push([m.index!, elementEnd(xml, m.index!, `w:${m[1]}`)]);
  const inRevision = (o: number) => revisions.some(([s, e]) => o > s && o < e);
  const tags = /<w:p(?=[\s>/])[^>]*?(\/?)>|<w:r(?=[\s>])[^>]*>/g;
  let paragraph = 0;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[0].startsWith('<w:p')) {
      paragraph++;
      continue;
    }
    const end = elementEnd(xml, m.index, 'w:r');
    const inner = xml.slice(m.index + m[0].length, end - '</w:r>'.length);
    tags.lastIndex = end;
    let body = inner;
    let rPr = '';
    if (inner.startsWith('<w:rPr>')) {
      const rEnd = elementEnd(inner, 0, 'w:rPr');
      rPr = inner.slice(0, rEnd);
      body = inner.slice(rEnd);
    }
    const run: Run = { start: m.index, end, open: m[0], rPr, atoms: [], editable: !inRevision(m.index) && !/<w:(?:p|drawing|pict|object)[\s>]/.test(body), paragraph };
    const index = runs.push(run) - 1;
    if (/<w:p[\s>]/.test(body)) continue; // a text box holds paragraphs of its own
    const push = (ch: string, x?: string) => run.atoms.push(atoms.push({ ch, run: index, ...(x ? { xml: x } : {}) }) - 1);
    for (const c of body.matchAll(RUN_CHILD)) {
      const tag = c[0];
      if (c[1] !== undefined) for (const ch of decode(c[1])) push(ch);
      else if (tag.startsWith('<w:t')) continue;
      else if (tag === '<w:tab/>') push('\t', tag);
      else if (tag.startsWith('<w:br') || tag === '<w:cr/>') push('\n', tag);
      else if (tag === '<w:softHyphen/>') push('\u00ad', tag);
      else if (tag === '<w:noBreakHyphen/>') push('-', tag);
      else if (tag === '<w:lastRenderedPageBreak/>') continue;
      else run.editable = false;
    }
  }
  return { runs, atoms };
}

/** Non-blank characters of a string with the position each one came from. */
function compress(chars: ArrayLike<string>): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (isBlank(chars[i]!)) continue;
    text += chars[i];
    at.push(i);
  }
  return { text, at };
}

/** Characters that must agree before a skip counts as resynchronised. */
const SYNC = 8;
/** List labels ("(1)", "aa)") are the longest runs of characters one side has and the other has not. */
const MAX_SKIP = 12;
/** How far ahead in the document a lost stretch of the reviewed text is looked for (a page or two). */
const RESYNC_WINDOW = 4000;

/**
 * For each character of `a` its position in `b`, or -1: both are the same text up to list labels and small
 * extraction differences, so a greedy walk that skips a few characters on either side to resynchronise suffices.
 */
function align(a: string, b: string): Int32Array {
  const map = new Int32Array(a.length).fill(-1);
  let i = 0;
  let j = 0;
  const skip = (x: string, from: number, y: string, at: number) => {
    const probe = y.slice(at, at + SYNC);
    for (let k = 1; k <= MAX_SKIP; k++) if (x.startsWith(probe, from + k)) return k;
    return 0;
  };
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      map[i++] = j++;
      continue;
    }
    const inA = skip(a, i, b, j);
    if (inA) {
      i += inA;
      continue;
    }
    const inB = skip(b, j, a, i);
    if (inB) {
      j += inB;
      continue;
    }
    // out of step for longer: find the next stretch of `a` a little further on in `b`, else leave a stretch of `a`
    // unmatched (bounded, so a wholly different file costs linear time)
    const at = b.slice(j, j + RESYNC_WINDOW).indexOf(a.slice(i, i + 2 * SYNC));
    if (at >= 0 && a.length - i >= 2 * SYNC) j += at;
    else i += SYNC;
  }
  return map;
}

interface AtomEdit {
  /** Atoms removed (inclusive range), or none for a pure insertion. */
  del?: [number, number];
  /** Text inserted after this atom. */
  after?: number;
  insert: string;
}

/** The change in atom positions, or undefined when its words (or the word before an insertion) have no counterpart. */
function locateChange(review: { text: string; before: Int32Array }, doc: { text: string; at: number[] }, map: Int32Array, atoms: Atom[], runs: Run[], c: TextChange): AtomEdit | undefined {
  const first = review.before[c.start]!;
  const last = review.before[c.end]! - 1;
  // an insertion is anchored on the words before it, a deletion on its own words: all must map one to one
  const [from, to] = c.end > c.start ? [first, last] : [Math.max(0, last - SYNC + 1), last];
  if (to < from || to < 0) return undefined;
  for (let k = from; k <= to; k++) if (map[k]! < 0 || (k > from && map[k]! !== map[k - 1]! + 1)) return undefined;
  const a1 = doc.at[map[to]!]!;
  if (c.end === c.start) return { after: a1, insert: c.insert };
  const a0 = doc.at[map[from]!]!;
  let del: [number, number] = [a0, a1];
  if (c.joinSpace) {
    const sameParagraph = (i: number, k: number) => runs[atoms[i]!.run]!.paragraph === runs[atoms[k]!.run]!.paragraph;
    if (atoms[a1 + 1]?.ch === ' ' && sameParagraph(a1 + 1, a1)) del = [a0, a1 + 1];
    else if (atoms[a0 - 1]?.ch === ' ' && sameParagraph(a0 - 1, a0)) del = [a0 - 1, a1];
  }
  return { del, insert: c.insert, after: del[1] };
}

function runXml(run: Run, atoms: Atom[], ids: number[], kind: 'keep' | 'del'): string {
  let out = '';
  let chars = '';
  const tag = kind === 'del' ? 'w:delText' : 'w:t';
  const flush = () => {
    if (chars) out += `<${tag} xml:space="preserve">${escapeXml(chars)}</${tag}>`;
    chars = '';
  };
  for (const i of ids) {
    const a = atoms[i]!;
    if (a.xml) {
      flush();
      out += a.xml;
    } else chars += a.ch;
  }
  flush();
  return `${run.open}${run.rPr}${out}</w:r>`;
}

/** Applies the changes to document.xml of `docx`; returns the new file and the changes it could not place. */
export async function trackedDocxFromDocx(docx: Buffer, text: string, changes: TextChange[], meta: TrackMeta): Promise<{ buffer: Buffer; missed: TextChange[] }> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('word/document.xml missing');
  const xml = await part.async('string');
  const { runs, atoms } = readRuns(xml);
  const doc = compress(atoms.map((a) => a.ch));
  const rev = compress(text);
  const before = new Int32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    before[i] = n;
    if (i < text.length && !isBlank(text[i]!)) n++;
  }
  const review = { ...rev, before };
  const map = align(rev.text, doc.text);

  const date = isoDate(meta.date);
  let nextId = Math.max(0, ...[...xml.matchAll(/\bw:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const attrs = () => `w:id="${nextId++}" w:author="${TRACK_AUTHOR}" w:date="${date}"`;
  const mark = (kind: 'ins' | 'del', inner: string) => `<w:${kind} ${attrs()}>${inner}</w:${kind}>`;

  const missed: TextChange[] = [];
  const deleted = new Set<number>();
  const inserts = new Map<number, string[]>();
  for (const c of changes) {
    const e = locateChange(review, doc, map, atoms, runs, c);
    const touched = e && [...(e.del ? range(e.del[0], e.del[1]) : []), ...(e.after !== undefined ? [e.after] : [])];
    const paragraphOf = (i: number) => runs[atoms[i]!.run]!.paragraph;
    // a change stays within editable runs of one paragraph
    if (!e || !touched || touched.some((i) => !runs[atoms[i]!.run]!.editable) || (e.del && paragraphOf(e.del[0]) !== paragraphOf(e.del[1]))) {
      missed.push(c);
      continue;
    }
    if (e.del) for (const i of range(e.del[0], e.del[1])) deleted.add(i);
    if (e.insert && e.after !== undefined) inserts.set(e.after, [...(inserts.get(e.after) ?? []), e.insert]);
  }

  const touchedRuns = new Set([...deleted, ...inserts.keys()].map((i) => atoms[i]!.run));
  let out = '';
  let cursor = 0;
  for (const r of [...touchedRuns].sort((a, b) => a - b)) {
    const run = runs[r]!;
    let pieces = '';
    let group: number[] = [];
    let groupKind: 'keep' | 'del' = 'keep';
    const flush = () => {
      if (group.length) pieces += groupKind === 'del' ? mark('del', runXml(run, atoms, group, 'del')) : runXml(run, atoms, group, 'keep');
      group = [];
    };
    for (const i of run.atoms) {
      const kind = deleted.has(i) ? 'del' : 'keep';
      if (kind !== groupKind) flush();
      groupKind = kind;
      group.push(i);
      const added = inserts.get(i);
      if (added) {
        flush();
        pieces += mark('ins', `${run.open}${run.rPr}<w:t xml:space="preserve">${escapeXml(added.join(''))}</w:t></w:r>`);
      }
    }
    flush();
    out += xml.slice(cursor, run.start) + pieces;
    cursor = run.end;
  }
  out += xml.slice(cursor);
  const lines = meta.notes(missed);
  if (lines.length) {
    // the paragraph mark is inserted as well, so "reject all" leaves no empty paragraph behind
    const notes = lines.map((n) => `<w:p><w:pPr><w:rPr><w:ins ${attrs()}/></w:rPr></w:pPr>${mark('ins', `<w:r><w:t xml:space="preserve">${escapeXml(n)}</w:t></w:r>`)}</w:p>`).join('');
    const sect = out.lastIndexOf('<w:sectPr');
    const at = sect > out.lastIndexOf('</w:p>') ? sect : out.lastIndexOf('</w:body>');
    out = out.slice(0, at) + notes + out.slice(at);
  }
  zip.file('word/document.xml', out);
  return { buffer: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), missed };
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
