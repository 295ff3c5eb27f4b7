import type { Item, Paragraph, Sentence, Span } from '../contracts/document';

/**
 * Structure inside one provision body: Absätze "(1)", sentences, enumeration items.
 * All functions work on [start, end) ranges of the full source text so that offsets stay global.
 */

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'abs', 'nr', 'nrn', 'art', 'artt', 's', 'satz', 'buchst', 'lit', 'ziff', 'vgl', 'bzw', 'ggf', 'z', 'b', 'd', 'h', 'u', 'a',
  'usw', 'etc', 'sog', 'gem', 'i', 'v', 'm', 'bzgl', 'evtl', 'inkl', 'zzgl', 'ca', 'bspw', 'dr', 'prof', 'st', 'str',
  'anl', 'kap', 'tz', 'rn', 'rdnr', 'hs', 'halbs', 'bgbl', 'gvbl', 'nds', 'abschn', 'tit', 'ff', 'f',
  'e', 'v', 'o', 'ä', 'vs', 'ausg', 'aufl', 'bd', 'jh', 'mio', 'mrd', 'tsd', 'min', 'max', 'geb', 'verw', 'abl', 'ldf',
  // found as false sentence ends in the federal corpus: gazettes, table headers, DRG catalogue shorthand
  'lfd', 'gbl', 'rgbl', 'banz', 'bstbl', 'gmbl', 'vobl', 'anlbd', 'od', 'schw', 'kompl', 'best', 'co', 'del', 'eingr',
]);

/** An article or article-bearing preposition right before a number: the number is an ordinal, its period no end. */
const ORDINAL_AFTER = /(?:^|[^\p{L}])(?:des|dem|den|der|die|das|am|vom|zum|zur|im|beim|ins|eines|einem|einer|jedes|jedem|jeden|jeder|seines|seinem|seiner|ihres|ihrem|ihrer)\s+$/iu;

const MONTHS = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/**
 * "(2) " at a line start. The regex looks for the bracket only (V8 skips ahead to each "(", which is rarer than a
 * line break) and the line start is checked by hand: "(^|\n)[ \t]*" in front would be tried at every character.
 */
const ABSATZ_NUMBER = /\((\d+[a-z]?)\)(?:[ \t]+|[ \t]*(?=\r?\n[ \t]*\S))/g;
const ABSATZ_MARKER = /\(\d+[a-z]?\)[ \t]*/y;

/**
 * Satz numbers of the tax codes and some Land statutes: a column ("(1)\n1             Das …", EStG, KStG) or a
 * superscript glued to the word ("(2) 1Die Gemeinden …" as pasted or converted). In text whose white space was
 * collapsed a single space cannot tell "mit. 2 Soweit" from "Nr. 2 Buchstabe", so only these two forms count.
 */
const SATZ_NUMBER = /\d{1,3}(?:[ \t]{2,}|\t)(?=[A-ZÄÖÜ§„"(])|\d{1,3}(?=[A-ZÄÖÜ][a-zäöüß])/y;

/** Length of a Satz number at `at` (0 when there is none). */
function satzNumberAt(text: string, at: number, end: number): number {
  SATZ_NUMBER.lastIndex = at;
  const m = SATZ_NUMBER.exec(text);
  return m && at + m[0].length < end ? m[0].length : 0;
}

/** Enumeration markers at the start of a line: "1.", "2a.", "a)", "aa)". */
const ITEM_START = /(^|\n)[ \t]*(?:(\d+[a-z]?)\.|([a-z])\)|([a-z]{2})\))[ \t]+/g;

/** Same as /\s/ on one character; ASCII is decided by char code because this runs for every character of the corpus. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WS.test(text[i]!);
}
const WS = /\s/;

/** Closing quotes and brackets that stay with the sentence they end: “ ” " » « ) ]. */
function isCloser(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 34 || c === 0xbb || c === 0xab || c === 41 || c === 93;
}

/** Same as /[\p{L}\d]/u on one character, ASCII by char code. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(text[i]!);
}
const WORD = /[\p{L}\d]/u;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  return { start, end };
}

/** Characters that can open a sentence: upper-case letters (ASCII and umlauts), "§", opening quotes, "(". */
/** A-Z, Ä Ö Ü. */
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc;
}

/** A capital, "§", an opening quote or bracket. */
function opensSentence(c: number): boolean {
  return isUpper(c) || c === 0xa7 || c === 0x201e || c === 34 || c === 0xbb || c === 40;
}

const MONTH_INITIALS = new Set(['J', 'F', 'M', 'A', 'S', 'O', 'N', 'D']);
const NUMBER_WORD = /^\d+[a-z]?$/;
const CAPITAL = /^[A-ZÄÖÜ]$/;
const ROMAN = /^[IVXLC]+$/;
/** I V X L C: the word before almost every full stop starts with none of them, so ROMAN needs no slice there. */
const isRomanDigit = (c: number) => c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
const ENUMERATION_BEFORE = /(?:^|[,;]\s*|\n[ \t]*|\s(?:und|oder|sowie)\s+)$/;
const CLOSES_LINE = /[.:;!?“”"»)\]*]/;

/**
 * True when the word [from, dot) is an abbreviation whose period ends no sentence. "m" after a number is the unit
 * metre, which takes no period: "mehr als 3 m. Satz 1 gilt …" ends there ("i. V. m." stays an abbreviation).
 */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  // no abbreviation is longer than six letters
  if (dot - from > 6 || !ABBREVIATIONS.has(text.slice(from, dot).toLowerCase())) return false;
  return !(text[from] === 'm' && dot - from === 1 && text[from - 1] === ' ' && /\d/.test(text[from - 2] ?? ''));
}

/** a-z, ä ö ü ß: the last letter of a word that a glued full stop may follow. */
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
}

/** Punctuation that may follow the first word of a sentence. */
const WORD_END = /[,;:]/;

/** URL, domain or e-mail address: the full stops inside such a word end no sentence ("portlets.jw.MainAction?…"). */
const ADDRESS = /[/@?=]|www\.|:\/\//i;
/**
 * A contact label right before the word: what follows "E-Mail:", "Internet:" or "Homepage:" is an address even where
 * its "@" is written "(at)" on the next line or its scheme is left out ("E-Mail: Poststelle.Bonn\n(at)…").
 */
const ADDRESS_LABEL = /(?:E-?Mail|Mail|Internet|Homepage|Webseite|Website|Web|URL)\s*:\s*\S*$/i;

/**
 * True when the line of `at` belongs to a rendered table row: the nearest line above it that starts a block (after a
 * blank line or at a cell marker) opens with "*" (federal corpus) or "|" (Markdown tables). Cells are labels and
 * wrapped cell text ("Akzeptanz der\n        Regel.Beschreibung …"); the rule engine skips the row as one sentence.
 */
function inTableCell(text: string, at: number): boolean {
  let lineEnd = at;
  // a cell rarely wraps over more than a few lines; twenty bound the look-back on hostile text
  for (let n = 0; n < 20; n++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    let c = lineStart;
    while (c < lineEnd && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9)) c++;
    const first = text.charCodeAt(c);
    if (first === 42 || first === 124) return true; // "*" or "|"
    if (c >= lineEnd || lineStart === 0) return false;
    lineEnd = lineStart - 1;
  }
  return false;
}

/**
 * True when the full stop at `dot` ends a sentence although the next one follows without a space: a lower-case
 * letter or ")" before it and a capitalised word after it, "4. eine Begründung.Die Anordnung ergeht schriftlich.".
 * Niedersachsen statute texts lose the line break or space there about 90 times; offsets stay those of the source,
 * so quotes, Word comments and the rule engine read the same sentences. An abbreviation ("Nr.Die") or a word of a
 * URL or e-mail address ("www.Niedersachsen.de", also after a label: "E-Mail: Poststelle.Bonn") or of a table cell
 * ends none; "Nds.GVBl." and "a.M." never have a lower-case letter second.
 */
function isGluedSentenceEnd(text: string, dot: number, end: number): boolean {
  if (dot + 2 >= end || text.charCodeAt(dot) !== 46) return false;
  const before = text.charCodeAt(dot - 1);
  if (!(isLower(before) || before === 41) || !isUpper(text.charCodeAt(dot + 1)) || !isLower(text.charCodeAt(dot + 2))) return false;
  let k = dot - 1;
  while (k >= 0 && isWordChar(text, k)) k--;
  if (isAbbreviation(text, k + 1, dot)) return false;
  // the first word of a sentence goes on after a space; "Tgb.Nr.", "Kat.Gew.", "(Krfr.St)", "„String.Latin“",
  // "PharmNet.Bund-Portal" chain abbreviations or name things
  let w = dot + 1;
  while (w < end && isWordChar(text, w)) w++;
  if (w < end && !isSpace(text, w) && !WORD_END.test(text[w]!)) return false;
  let from = dot;
  while (from > 0 && !isSpace(text, from - 1)) from--;
  let to = dot + 1;
  while (to < end && !isSpace(text, to)) to++;
  if (ADDRESS.test(text.slice(from, to)) || ADDRESS_LABEL.test(text.slice(Math.max(0, from - 20), dot))) return false;
  return !inTableCell(text, dot);
}

/** Full stops that end a sentence without a space after them, in [start, end). */
const GLUED_CANDIDATE = /[a-zäöüß)]\.[A-ZÄÖÜ][a-zäöüß]/g;
function gluedSentenceEnds(text: string, start: number, end: number): number[] {
  const slice = text.slice(start, end);
  const ends: number[] = [];
  GLUED_CANDIDATE.lastIndex = 0;
  for (let m = GLUED_CANDIDATE.exec(slice); m; m = GLUED_CANDIDATE.exec(slice)) {
    const dot = start + m.index + 1;
    if (isGluedSentenceEnd(text, dot, end)) ends.push(dot + 1);
    GLUED_CANDIDATE.lastIndex = m.index + 1;
  }
  return ends;
}

/** True when the period at `dot` ends a sentence (followed by space and an upper-case letter, quote or "§"). */
function isSentenceEnd(text: string, dot: number, end: number): boolean {
  const ch = text.charCodeAt(dot);
  let j = dot + 1;
  // closing quotes/brackets directly after the terminator belong to this sentence
  while (j < end && isCloser(text.charCodeAt(j))) j++;
  if (j >= end) return false;
  if (!isSpace(text, j)) return j === dot + 1 && isGluedSentenceEnd(text, dot, end);
  while (j < end && isSpace(text, j)) j++;
  if (j >= end) return false;
  if (!opensSentence(text.charCodeAt(j)) && satzNumberAt(text, j, end) === 0) return false;
  if (ch !== 46) return true;
  // word before the period
  let k = dot - 1;
  while (k >= 0 && isWordChar(text, k)) k--;
  const length = dot - k - 1;
  if (length === 0) return true;
  const first = text.charCodeAt(k + 1);
  if (isAbbreviation(text, k + 1, dot)) return false;
  if (first >= 48 && first <= 57) {
    const word = text.slice(k + 1, dot);
    if (NUMBER_WORD.test(word)) {
      // "1. Januar", or a list marker "1." at the start of a line
      if (MONTH_INITIALS.has(text[j]!) && MONTHS.test(text.slice(j, j + 10))) return false;
      const lineStart = text.lastIndexOf('\n', k) + 1;
      if (text.slice(lineStart, k + 1).trim() === '') return false;
      // an ordinal after an article: "nach Vollendung des 65. Lebensjahres", "ab dem 3. Monat"
      if (ORDINAL_AFTER.test(text.slice(Math.max(0, k - 10), k + 1))) return false;
    }
  }
  // single capital letters as in "A. Allgemeines" are not sentence ends
  if (length === 1 && CAPITAL.test(text[k + 1]!)) return false;
  // a roman numeral after a comma or at a line start counts an enumeration ("Chemie, II. Grundlagen")
  if (isRomanDigit(first) && ROMAN.test(text.slice(k + 1, dot)) && ENUMERATION_BEFORE.test(text.slice(Math.max(0, k - 8), k + 1))) return false;
  return true;
}

export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let cur = start;
  let index = 1;
  // jump from terminator to terminator instead of visiting every character: indexOf per terminator on the range
  // (a slice shares the text, and bounds the search of the rare "?" and "!") allocates no match per full stop
  const range = text.slice(start, end);
  let dot = range.indexOf('.');
  let question = range.indexOf('?');
  let bang = range.indexOf('!');
  for (;;) {
    const local = nearest(dot, question, bang);
    if (local < 0) break;
    if (local === dot) dot = range.indexOf('.', local + 1);
    else if (local === question) question = range.indexOf('?', local + 1);
    else bang = range.indexOf('!', local + 1);
    const i = start + local;
    if (isSentenceEnd(text, i, end)) {
      let stop = i + 1;
      while (stop < end && isCloser(text.charCodeAt(stop))) stop++;
      const span = sentenceSpan(text, cur, stop);
      if (span.end > span.start) sentences.push({ start: span.start, end: span.end, index: index++ });
      cur = stop;
    }
  }
  const tail = sentenceSpan(text, cur, end);
  if (tail.end > tail.start) sentences.push({ start: tail.start, end: tail.end, index: index++ });
  return sentences;
}

/** A sentence without the white space around it and without its Satz number ("1             Das …", "1Die …"). */
function sentenceSpan(text: string, from: number, to: number): Span {
  const span = trimSpan(text, from, to);
  const n = satzNumberAt(text, span.start, span.end);
  return n === 0 ? span : trimSpan(text, span.start + n, span.end);
}

/** The sentences of a whole text as strings (a pasted provision, a chat message, a rewritten Absatz). */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

/** The smallest of the positions that are not -1, or -1. */
function nearest(a: number, b: number, c: number): number {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  return m;
}

/** After blank lines: a line that neither is blank nor starts with an item marker ("1.", "a)", "aa)"). */
const NO_ITEM_AHEAD = String.raw`(?![ \t\n]|(?:\d+[a-z]?\.|[a-z]\)|[a-z]{2}\))[ \t])`;
/**
 * A blank line followed by an unindented line that is no item marker ends every open item: the running text
 * after a list ("soweit nicht …", "In den Fällen des Satzes 4 …") belongs to no Nummer. A match starts at the first
 * line break of the blank lines (as the leftmost match would); tried from each of them, a long run of empty lines
 * before an indented line was re-read from every line (quadratic).
 */
const LIST_END = new RegExp(String.raw`\n(?<!\n[ \t]*\n)(?:[ \t]*\n)+${NO_ITEM_AHEAD}`, 'g');

/**
 * A list written one item per line without indentation (Niedersachsen files, drafts, Word text) ends at the
 * first line after its last item that is no item: "1. …,\n2. …\nim Original vorzulegen." continues the
 * sentence that opened the list, and citing it as the last Nummer would be wrong. A list with any item running
 * over several lines is wrapped text, whose continuation lines cannot be told apart this way.
 */
function closingLine(text: string, markers: readonly { at: number }[], end: number): number | undefined {
  if (markers.length < 2) return undefined;
  for (let i = 0; i < markers.length; i++) {
    const at = markers[i]!.at;
    if (isSpace(text, at)) return undefined;
    const nl = text.indexOf('\n', at);
    if (i + 1 < markers.length && (nl < 0 || nl + 1 !== markers[i + 1]!.at)) return undefined;
  }
  const nl = text.indexOf('\n', markers[markers.length - 1]!.at);
  if (nl < 0 || nl + 1 >= end || isSpace(text, nl + 1)) return undefined;
  return nl;
}

/** Blank lines, then an indented line that is no item marker: its indentation is in group 1 (started as LIST_END is). */
const OUTDENT = new RegExp(String.raw`\n(?<!\n[ \t]*\n)(?:[ \t]*\n)+([ \t]+)${NO_ITEM_AHEAD}`, 'g');

/**
 * The end of each indented item where running text after a blank line is indented no deeper than its marker:
 * "    b)  … weiterbeschäftigt werden kann\n\n    und der Betriebsrat … widersprochen hat," closes the
 * Buchstaben and belongs to the Nummer above them (as LIST_END does for unindented lists). Undefined when no
 * marker is indented.
 */
function outdentEnds(text: string, slice: string, start: number, markers: readonly { at: number }[]): number[] | undefined {
  const columns = markers.map((mk) => {
    let c = mk.at;
    while (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9) c++;
    return c - mk.at;
  });
  if (columns.every((c) => c === 0)) return undefined;
  const outdents: { at: number; column: number }[] = [];
  OUTDENT.lastIndex = 0;
  for (let m = OUTDENT.exec(slice); m; m = OUTDENT.exec(slice)) outdents.push({ at: start + m.index, column: m[1]!.length });
  if (outdents.length === 0) return undefined;
  let first = 0;
  return markers.map((mk, i) => {
    while (first < outdents.length && outdents[first]!.at <= mk.at) first++;
    if (columns[i] === 0) return Infinity;
    for (let j = first; j < outdents.length; j++) if (outdents[j]!.column <= columns[i]!) return outdents[j]!.at;
    return Infinity;
  });
}

export function findItems(text: string, start: number, end: number): Item[] {
  const slice = text.slice(start, end);
  const markers: { label: string; level: number; at: number }[] = [];
  // exec loops on shared regexes instead of matchAll, which clones the regex on every call (hot: once per Absatz)
  ITEM_START.lastIndex = 0;
  for (let m = ITEM_START.exec(slice); m; m = ITEM_START.exec(slice)) {
    const at = start + m.index + m[1]!.length;
    const label = m[2] ?? m[3] ?? m[4]!;
    const level = m[2] ? 1 : m[3] ? 2 : 3;
    markers.push({ label, level, at });
  }
  if (markers.length === 0) return [];
  const stops: number[] = [];
  LIST_END.lastIndex = 0;
  for (let m = LIST_END.exec(slice); m; m = LIST_END.exec(slice)) stops.push(start + m.index);
  const closing = closingLine(text, markers, end);
  if (closing !== undefined && (stops.length === 0 || stops[stops.length - 1]! < closing)) stops.push(closing);
  // a sentence glued to the end of an item ("4. eine Begründung.Die Anordnung …") lost the line break that
  // closes the list: it belongs to no item, or the finding in it is cited as the last Nummer
  const glued = gluedSentenceEnds(text, markers[0]!.at, end);
  if (glued.length > 0) {
    for (const at of glued) stops.push(at);
    stops.sort((a, b) => a - b);
  }
  const outdented = outdentEnds(text, slice, start, markers);
  // an item runs until the next marker of the same or a higher level (or the end of the list); one backwards
  // pass with the nearest following marker per level keeps this linear (Anlagen can hold thousands of items)
  const items: Item[] = new Array(markers.length);
  const nextAt = [end, end, end, end];
  let stop = stops.length;
  for (let i = markers.length - 1; i >= 0; i--) {
    const mk = markers[i]!;
    while (stop > 0 && stops[stop - 1]! > mk.at) stop--;
    const listEnd = stop < stops.length ? stops[stop]! : end;
    const span = trimSpan(text, mk.at, Math.min(nextAt[mk.level]!, listEnd, outdented?.[i] ?? end));
    items[i] = { start: span.start, end: span.end, label: mk.label, level: mk.level };
    for (let l = mk.level; l <= 3; l++) nextAt[l] = mk.at;
  }
  return items;
}

/**
 * An Absatz whose enumeration items are found on first use: only the citation of a finding needs them, and
 * finding them for every Absatz of a batch run cost about a quarter of the parse time. The getter is an own
 * enumerable property, so spreading, JSON and structured clone see the items like a plain value.
 */
function paragraph(text: string, number: string | null, start: number, end: number, sentences: Sentence[]): Paragraph {
  let items: Item[] | undefined;
  return {
    number,
    start,
    end,
    sentences,
    get items() {
      return (items ??= findItems(text, start, end));
    },
  };
}

/**
 * An "(2)" at a line start opens an Absatz only after a blank line or a finished sentence; otherwise it is
 * a wrapped line of running text ("nach Absatz\n(2) ..." cannot start a new Absatz).
 */
function opensAbsatz(text: string, at: number, start: number): boolean {
  let k = at - 1;
  while (k >= start && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < start) return true;
  if (text[k] !== '\n') return true;
  k--;
  while (k >= start && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  return k < start || text[k] === '\n' || CLOSES_LINE.test(text[k]!);
}

/**
 * A "(1)" indented deeper than the Absatz before it, after "(5)", numbers points of a list inside that Absatz
 * (coordinates, sub-items), not a new Absatz; a deeper marker counts only where it goes on counting.
 */
function continuesCount(prev: string, next: string): boolean {
  const p = parseInt(prev, 10);
  const n = parseInt(next, 10);
  return n > p || (n === p && next > prev);
}

function paragraphsOf(text: string, start: number, end: number): Paragraph[] {
  // the slice bounds the lookahead of the trailing "[ \t]+" exactly as the range does
  const slice = text.slice(start, end);
  const marks: { number: string; at: number; indent: number }[] = [];
  let listIndent = Infinity;
  ABSATZ_NUMBER.lastIndex = 0;
  for (let m = ABSATZ_NUMBER.exec(slice); m; m = ABSATZ_NUMBER.exec(slice)) {
    let k = m.index - 1;
    while (k >= 0 && (slice.charCodeAt(k) === 32 || slice.charCodeAt(k) === 9)) k--;
    if (k >= 0 && slice.charCodeAt(k) !== 10) continue;
    const at = start + k + 1;
    const indent = start + m.index - at;
    const prev = marks[marks.length - 1];
    // the points of such a list run on at their indentation: "(2)", "(3)" below a rejected "(1)" go with it
    if (indent >= listIndent) continue;
    listIndent = Infinity;
    if (prev && indent > prev.indent && !continuesCount(prev.number, m[1]!)) {
      listIndent = indent;
      continue;
    }
    if (k < 0 || opensAbsatz(text, at, start)) marks.push({ number: m[1]!, at, indent });
  }
  const paragraphs: Paragraph[] = [];
  // one pass without intermediate arrays: this runs for every provision of the corpus
  const add = (number: string | null, from: number, to: number) => {
    const r = trimSpan(text, from, to);
    if (r.end <= r.start) return;
    // sentences start after the "(2) " marker so that quotes do not carry it
    let marker = 0;
    if (number) {
      ABSATZ_MARKER.lastIndex = r.start;
      const m = ABSATZ_MARKER.exec(text);
      if (m) marker = Math.min(m[0].length, r.end - r.start);
    }
    paragraphs.push(paragraph(text, number, r.start, r.end, splitSentences(text, r.start + marker, r.end)));
  };
  if (marks.length === 0) {
    add(null, start, end);
  } else {
    add(null, start, marks[0]!.at);
    for (let i = 0; i < marks.length; i++) add(marks[i]!.number, marks[i]!.at, i + 1 < marks.length ? marks[i + 1]!.at : end);
  }
  return paragraphs;
}

/** Replaces the excluded spans inside [start, end) by blanks (keeping line breaks) and returns that slice. */
function maskedSlice(text: string, start: number, end: number, excluded: readonly Span[]): string {
  let out = '';
  let cur = start;
  for (const ex of excluded) {
    const s = Math.max(ex.start, cur);
    const e = Math.min(ex.end, end);
    if (e <= s) continue;
    out += text.slice(cur, s) + text.slice(s, e).replace(/[^\n]/g, ' ');
    cur = e;
  }
  return out + text.slice(cur, end);
}

/** Index of the first excluded span that ends after `offset` (spans sorted and disjoint). */
function firstEndingAfter(excluded: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = excluded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (excluded[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The parts of `span` outside the excluded spans, trimmed. */
function subtract(text: string, span: Span, excluded: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let cur = span.start;
  for (let i = firstEndingAfter(excluded, span.start); i < excluded.length && excluded[i]!.start < span.end; i++) {
    const ex = excluded[i]!;
    if (ex.start > cur) parts.push(trimSpan(text, cur, ex.start));
    cur = Math.max(cur, ex.end);
  }
  if (cur < span.end) parts.push(trimSpan(text, cur, span.end));
  return parts.filter((p) => p.end > p.start);
}

const shift = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** Distributes sorted spans over sorted, disjoint parts in one sweep: spans lying inside each part. */
function within<T extends Span>(parts: Span[], spans: T[]): T[][] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: T[][] = parts.map(() => []);
  let j = 0;
  parts.forEach((part, i) => {
    while (j < sorted.length && sorted[j]!.start < part.start) j++;
    for (let k = j; k < sorted.length && sorted[k]!.start < part.end; k++) if (sorted[k]!.end <= part.end) out[i]!.push(sorted[k]!);
  });
  return out;
}

/**
 * Splits a provision body into Absätze; a body without "(1)" markers is one unnumbered Absatz.
 * `excluded` spans (sorted; e.g. "TEXT NICHT GEFUNDEN" marker lines, or quoted wording inside an amendment
 * instruction) are not law text: no Absatz, Satz or Nummer covers them, spans are split around them.
 */
export function parseParagraphs(text: string, start: number, end: number, excluded: readonly Span[] = []): Paragraph[] {
  const inRange = excluded.filter((e) => e.end > start && e.start < end);
  if (inRange.length === 0) return paragraphsOf(text, start, end);
  const masked = maskedSlice(text, start, end, inRange);
  return paragraphsOf(masked, 0, masked.length).flatMap((local) => {
    // not shift(local): spreading the Absatz would read its lazy items
    const p = { start: local.start + start, end: local.end + start };
    const sentences = local.sentences.flatMap((s) => subtract(text, shift(s, start), inRange).map((part) => ({ ...part, index: s.index })));
    const parts = subtract(text, p, inRange);
    const sentencesIn = within(parts, sentences);
    // items are found on first use, as paragraph() does (every provision with a footnote takes this path)
    let itemsIn: Item[][] | undefined;
    const itemsOf = () => {
      if (itemsIn) return itemsIn;
      const items = local.items.flatMap((it) => subtract(text, shift(it, start), inRange).map((part) => ({ ...part, label: it.label, level: it.level })));
      // items nest (a Nummer holds its Buchstaben), so they are kept in document order per part
      return (itemsIn = within(parts, items).map((list) => list.sort((x, y) => x.start - y.start || x.level - y.level)));
    };
    return parts.map(
      (part, i): Paragraph => ({
        number: local.number,
        ...part,
        sentences: sentencesIn[i]!,
        get items() {
          return itemsOf()[i]!;
        },
      }),
    );
  });
}

/** Collapses line wraps and runs of white space, for quoting source text. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * No-break spaces ("§\u00a012", common in Landesrecht sources and pasted law text) as plain ones, so that the
 * parser's "[ \t]" patterns see them; length-preserving, so every offset into the text stays valid.
 */
export function withPlainSpaces(s: string): string {
  // most texts have none; includes() is a fast memory scan, the regex replace walks and copies the whole text
  return s.includes('\u00a0') || s.includes('\u202f') ? s.replace(/[\u00a0\u202f]/g, ' ') : s;
}

const NBSP_UTF8 = Buffer.from('\u00a0');
const NNBSP_UTF8 = Buffer.from('\u202f');
const SPACE = 0x20;

/**
 * withPlainSpaces on the UTF-8 bytes of a file, before they are decoded: the decoded text is the same. On the string,
 * the replace copies a two-byte text of megabytes and V8 leaves its result to be flattened at the parser's first
 * slice, about 3 ms per law that has any (a fifth of the federal laws, 5 % of batch CPU); on the bytes it is a
 * memmem search and one copy. `buf` must be valid UTF-8, where these bytes only ever encode the two spaces.
 */
export function withPlainSpacesUtf8(buf: Buffer): Buffer {
  let nbsp = buf.indexOf(NBSP_UTF8);
  let nnbsp = buf.indexOf(NNBSP_UTF8);
  if (nbsp === -1 && nnbsp === -1) return buf;
  const out = Buffer.allocUnsafe(buf.length);
  let from = 0;
  let length = 0;
  while (nbsp !== -1 || nnbsp !== -1) {
    const narrow = nbsp === -1 || (nnbsp !== -1 && nnbsp < nbsp);
    const at = narrow ? nnbsp : nbsp;
    length += buf.copy(out, length, from, at);
    out[length++] = SPACE;
    if (narrow) {
      from = at + NNBSP_UTF8.length;
      nnbsp = buf.indexOf(NNBSP_UTF8, from);
    } else {
      from = at + NBSP_UTF8.length;
      nbsp = buf.indexOf(NBSP_UTF8, from);
    }
  }
  length += buf.copy(out, length, from);
  return out.subarray(0, length);
}
