import { CATEGORY_CODES, CATEGORY_LABELS, type Finding } from '../../contracts/finding';
import type { RewriteEdit } from '../../contracts/rewrite';
import { quoteAt } from '../../parser/quotes';
import { findItems, splitSentences } from '../../parser/structure';
import type { AmendmentTarget } from '../amendment';
import { absatzCommand } from './command';
import { alreadyFollows, alreadyStated, excludingSentence, reallowsElectronic } from './consistency';
import { type Append, type Op, absorb, applyOps, change, isAppend, listAwareDelete, opsOf } from './ops';
import { type Defect, newDefects } from './wellformed';

/**
 * One coherent rewrite of one Absatz: every finding's edit is applied in one pass, consistent with the rest of the
 * Absatz. Order of work:
 * 1. the edits as spans of the Absatz (an edit that does not fit the words is left to the drafter);
 * 2. nothing that re-allows what another sentence excludes ("Die elektronische Form ist ausgeschlossen") — a note;
 * 3. nothing the Absatz already says (same sentence, same words after the anchor), duplicates once;
 * 4. a general opening sentence ("Die Schriftform kann durch die elektronische Form ersetzt werden") makes the
 *    word-level written-form edits of the Absatz unnecessary;
 * 5. list members are deleted with their separator; at most one new electronic alternative per coordination;
 * 6. edits on the same words: the first wins (note), edits that touch are one change;
 * 7. deletions that leave nothing but the Absatz number repeal the Absatz ("Absatz 3 wird aufgehoben"); a deleted
 *    whole sentence is a repealed Satz ("Satz 2 wird aufgehoben");
 * 8. the result is read mechanically (wellformed.ts): a deletion that would empty the rule keeps the old channel as
 *    an alternative; an edit that leaves a broken sentence is dropped and left to the drafter.
 */

export interface RewriteContext {
  /** § and Absatz of the unit, for the Änderungsbefehl. */
  unit: AmendmentTarget;
  /** Absolute offset of the Absatz text in the analysed text; the findings' edits refer to it. */
  offset: number;
}

export interface AbsatzResult {
  text: string;
  edits: RewriteEdit[];
  command: string;
  legalBasis: string[];
  notes: string[];
  /** Ids of findings the rewrite leaves to the drafter. */
  unresolved: string[];
}

const RANK = new Map(CATEGORY_CODES.map((c, i) => [c, i]));
const rank = (op: Op) => Math.min(...op.categories.map((c) => RANK.get(c) ?? 99));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Between two members of one coordination: "oder", "und", a comma and at most a few words, no clause break. */
const COORDINATED = /^[^.;:]{0,30}$/;
/** A deletion that would empty the rule keeps the channel as the second way. */
const EMPTIED_PREFIX = 'elektronisch oder ';
const MAX_REPAIRS = 4;

export function rewriteAbsatz(absatz: string, findings: readonly Finding[], ctx: RewriteContext): AbsatzResult {
  const notes: string[] = [];
  const unresolved = new Set<string>();
  const byId = new Map(findings.map((f) => [f.id, f]));
  const quoteOf = (ids: string[]) => byId.get(ids[0]!)?.quote.match ?? '';
  const leave = (ids: string[], note?: string) => {
    for (const id of ids) unresolved.add(id);
    if (note && !notes.includes(note)) notes.push(note);
  };

  const spans = splitSentences(absatz, 0, absatz.length);
  const sentenceTexts = spans.map((s) => absatz.slice(s.start, s.end));
  // the sentences are sorted and disjoint: a binary search, not a scan per edit (thousands of edits in long Absätze)
  const sentenceAt = (o: number) => quoteAt(spans, o);

  // 1. edits as spans
  let ops: Op[] = [];
  let appends: Append[] = [];
  for (const f of findings) {
    const xs = opsOf(absatz, ctx.offset, f);
    if (!xs) {
      leave(
        [f.id],
        f.edit
          ? `Für „${f.quote.match}“ (${CATEGORY_LABELS[f.category]}) passt der Änderungsvorschlag nicht auf den Wortlaut; bitte von Hand fassen.`
          : `Zu „${f.quote.match}“ (${CATEGORY_LABELS[f.category]}) gibt es nur einen Textvorschlag: ${f.suggestion}`,
      );
      continue;
    }
    for (const x of xs) {
      if (isAppend(x)) appends.push(x);
      else ops.push(x);
    }
  }

  // 2. never re-allow what another sentence excludes
  const excl = excludingSentence(sentenceTexts);
  if (excl >= 0) {
    const note = `${spans.length > 1 ? `Satz ${excl + 1}` : 'Der Satz'} schließt die elektronische Form ausdrücklich aus („${squash(sentenceTexts[excl]!)}“). Eine elektronische Alternative wird deshalb nicht vorgeschlagen; zu entscheiden ist, ob der Ausschluss noch erforderlich ist – wenn nicht, ist er aufzuheben.`;
    ops = ops.filter((op) => {
      const c = change(absatz, op);
      // an insertion adds all its words, whatever its anchor says ("nicht in elektronischer Form" + "oder elektronisch")
      if (!reallowsElectronic(op.categories, op.kind === 'insertAfter' ? '' : c.old, c.new)) return true;
      leave(op.findingIds, note);
      return false;
    });
    appends = appends.filter((a) => {
      if (!reallowsElectronic(a.categories, '', a.sentence)) return true;
      leave(a.findingIds, note);
      return false;
    });
  }

  // 3. nothing twice, nothing the Absatz already says
  const keptAppends: Append[] = [];
  for (const a of appends) {
    const same = keptAppends.find((k) => k.sentence === a.sentence);
    if (same) absorb(same, a);
    else if (!alreadyStated(absatz, a.sentence)) keptAppends.push(a);
  }
  appends = keptAppends;
  ops = ops.filter((op) => op.kind !== 'insertAfter' || !alreadyFollows(absatz.slice(op.end), op.words!));

  // 4. a general opening of the electronic form covers the word-level written-form edits
  const opening = appends.find((a) => a.categories.includes('schriftform') && /Schriftform\s+kann\s+durch\s+die\s+elektronische\s+Form\s+ersetzt/.test(a.sentence));
  if (opening) {
    ops = ops.filter((op) => {
      if (!(op.categories.length === 1 && op.categories[0] === 'schriftform')) return true;
      absorb(opening, op);
      return false;
    });
  }

  // 5. list members go with their separator; one new electronic alternative per coordination
  // a technology replaced by "elektronisch" in an enumeration that already names "elektronisch" is simply dropped
  ops = ops.map((op) =>
    op.kind === 'replace' && op.text.trim() === 'elektronisch' && /\belektronisch\b/.test(absatz.slice(Math.max(0, op.start - 60), op.start) + absatz.slice(op.end, op.end + 60))
      ? { ...op, kind: 'delete', text: '' }
      : op,
  );
  ops = ops.map((op) => (op.kind === 'delete' ? listAwareDelete(absatz, op) : adjectival(absatz, op))).sort((a, b) => a.start - b.start || a.end - b.end);
  ops = onePerCoordination(absatz, ops, sentenceAt);

  // 6. same words: first (by category order) wins; touching edits are one change
  ops = resolveOverlaps(absatz, ops, (kept, dropped) =>
    leave(
      dropped.findingIds,
      `Die Vorschläge zu „${quoteOf(kept.findingIds)}“ und „${quoteOf(dropped.findingIds)}“ betreffen dieselben Wörter; übernommen ist der Vorschlag zu „${quoteOf(kept.findingIds)}“.`,
    ),
  );

  // 7. deletions that leave nothing of the Absatz repeal it ("§ 5 Absatz 3 wird aufgehoben.")
  const repeal = appends.length === 0 ? repealedAbsatz(absatz, ops) : null;
  if (repeal) {
    for (const id of repeal.findingIds) unresolved.delete(id);
    const legalBasis = [...new Set(findings.filter((f) => !unresolved.has(f.id)).flatMap((f) => f.legalBasis))];
    return { text: repeal.text, edits: [repeal.edit], command: absatzCommand(ctx.unit, [repeal.edit], repeal.text), legalBasis, notes, unresolved: [...unresolved] };
  }

  // 8. read the result; repair or drop what breaks a sentence
  let text = compose(absatz, ops, appends);
  let defects = newDefects(absatz, text, sentenceTexts);
  for (let round = 0; round < MAX_REPAIRS && defects.length > 0; round++) {
    const repaired = repair(absatz, ops, appends, defects, spans.length, sentenceAt, (op, d) =>
      leave(
        op.findingIds,
        `Der Vorschlag zu „${quoteOf(op.findingIds)}“ wurde nicht übernommen, weil der Satz danach nicht mehr stimmig wäre (${DEFECT_LABELS[d.kind]}); bitte von Hand fassen.`,
      ),
    );
    ops = repaired.ops;
    appends = repaired.appends;
    text = compose(absatz, ops, appends);
    defects = newDefects(absatz, text, sentenceTexts);
  }
  if (defects.length > 0) {
    for (const x of [...ops, ...appends]) leave(x.findingIds, 'Die Vorschläge ergeben zusammen keinen stimmigen Wortlaut; bitte von Hand fassen.');
    ops = [];
    appends = [];
    text = absatz;
  }

  const edits = toEdits(absatz, ops, appends, sentenceAt, spans);
  const applied = new Set(edits.flatMap((e) => e.findingIds));
  for (const id of applied) unresolved.delete(id);
  const legalBasis = [...new Set(findings.filter((f) => !unresolved.has(f.id)).flatMap((f) => f.legalBasis))];
  return { text, edits, command: absatzCommand(ctx.unit, edits, text), legalBasis, notes, unresolved: [...unresolved] };
}

/** The number of an Absatz at its start: "(3) ". */
const ABSATZ_LABEL = /^\s*(?:\(\d+[a-z]?\)\s*)?/;

/**
 * The repeal of the whole Absatz when the deletions leave nothing of it but its number: the text a consolidated
 * version shows ("(3) (weggefallen)") and one edit over the wording after the number.
 */
function repealedAbsatz(absatz: string, ops: readonly Op[]): { text: string; edit: RewriteEdit; findingIds: string[] } | null {
  if (ops.length === 0 || ops.some((op) => op.kind !== 'delete')) return null;
  const label = ABSATZ_LABEL.exec(absatz)![0];
  if (/[\p{L}\d]/u.test(applyOps(absatz, ops).slice(label.length))) return null;
  const end = absatz.trimEnd().length;
  const findingIds = [...new Set(ops.flatMap((op) => op.findingIds))];
  const categories = [...new Set(ops.flatMap((op) => op.categories))];
  const text = `${label}${REPEALED}`;
  return { text, findingIds, edit: { kind: 'repeal', start: label.length, end, old: absatz.slice(label.length, end), new: REPEALED, findingIds, categories } };
}
const REPEALED = '(weggefallen)';

const DEFECT_LABELS: Record<Defect['kind'], string> = {
  'doubled-word': 'doppeltes Wort',
  'missing-conjunction': 'Formen ohne „oder“ nebeneinander',
  'unbalanced-quotes': 'Anführungszeichen nicht geschlossen',
  'unbalanced-parentheses': 'Klammer nicht geschlossen',
  'no-finite-verb': 'Satz ohne Verb',
  'no-final-punctuation': 'Satz ohne Schlusszeichen',
  'emptied-rule': 'Regel ohne Inhalt',
};

/**
 * "Bei Übermittlung durch Telefax" becomes "Bei elektronischer Übermittlung", not "Bei Übermittlung elektronisch":
 * in a prepositional phrase without verb the channel is an attribute of the noun (feminine nouns in -ung, -gabe).
 */
function adjectival(absatz: string, op: Op): Op {
  if (op.kind !== 'replace' || op.text.trim() !== 'elektronisch') return op;
  const m = /\b(?:[Bb]ei|[Nn]ach|[Mm]it|[Vv]or)\s+(der\s+)?([A-ZÄÖÜ]\p{Ll}*(?:ung|gabe))\s+$/u.exec(absatz.slice(Math.max(0, op.start - 60), op.start));
  if (!m) return op;
  const nounStart = op.start - m[0].length + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
  return { ...op, start: nounStart, text: `${m[1] ? 'elektronischen' : 'elektronischer'} ${m[2]}` };
}

function compose(absatz: string, ops: readonly Op[], appends: readonly Append[]): string {
  const body = applyOps(absatz, ops);
  if (appends.length === 0) return body;
  return `${body.trimEnd()} ${appends.map((a) => a.sentence).join(' ')}`;
}

/** Adds one electronic alternative per coordination: "schriftlich oder per Telefax" becomes "schriftlich oder elektronisch". */
function onePerCoordination(absatz: string, ops: Op[], sentenceAt: (o: number) => number): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    const c = change(absatz, op);
    const prev = out[out.length - 1];
    // the same insertion after the same word twice ("schriftlich zu erlassen, schriftlich zu begründen") is one "jeweils" change
    const repeated = prev?.kind === 'insertAfter' && op.kind === 'insertAfter' && prev.words === op.words && change(absatz, prev).old === c.old;
    if (
      prev &&
      !repeated &&
      sentenceAt(prev.start) === sentenceAt(op.start) &&
      op.start >= prev.end &&
      COORDINATED.test(absatz.slice(prev.end, op.start)) &&
      reallowsElectronic(op.categories, c.old, c.new) &&
      reallowsElectronic(prev.categories, change(absatz, prev).old, change(absatz, prev).new)
    ) {
      // the replacement of a named technology also removes it; it wins over an added alternative — unless the two
      // stand side by side without a conjunction ("schriftlich mittels Telefax"): then the technology is dropped
      const replacesTechnology = (o: Op) => o.kind === 'replace' && o.categories.includes('technologie_spezifisch');
      const joined = /(?:\boder|\bund|\bsowie|,)\s*$/.test(absatz.slice(prev.start, op.start));
      // the same words inserted after a form and the phrase that qualifies it ("schriftlich in zweifacher
      // Ausfertigung"): the later one closes the whole paper phrase ("… in zweifacher Ausfertigung oder elektronisch")
      const qualified = !joined && prev.kind === 'insertAfter' && op.kind === 'insertAfter' && prev.words === op.words;
      const keepNew = qualified || (replacesTechnology(op) && !replacesTechnology(prev));
      if (keepNew && !qualified && !joined) {
        out.push({ ...op, kind: 'delete', text: '' });
        continue;
      }
      if (keepNew) {
        absorb(op, prev);
        out[out.length - 1] = op;
      } else absorb(prev, op);
      continue;
    }
    out.push(op);
  }
  return out;
}

function resolveOverlaps(absatz: string, ops: Op[], onDrop: (kept: Op, dropped: Op) => void): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    if (prev && op.start < prev.end) {
      if (prev.start === op.start && prev.end === op.end && squash(prev.text) === squash(op.text)) {
        absorb(prev, op);
        continue;
      }
      const keepNew = rank(op) < rank(prev);
      if (keepNew) out[out.length - 1] = op;
      onDrop(keepNew ? op : prev, keepNew ? prev : op);
      continue;
    }
    if (prev && /^\s*$/.test(absatz.slice(prev.end, op.start))) {
      const merged: Op = {
        kind: 'replace',
        start: prev.start,
        end: op.end,
        text: squash(`${prev.text}${absatz.slice(prev.end, op.start)}${op.text}`),
        findingIds: [...prev.findingIds],
        categories: [...prev.categories],
      };
      absorb(merged, op);
      if (merged.text === '') merged.kind = 'delete';
      out[out.length - 1] = merged;
      continue;
    }
    out.push(op);
  }
  return out;
}

/**
 * One round of repair: an emptied rule keeps its channel as the second way ("elektronisch oder durch die Post …");
 * any other defect drops the edits of the sentence it sits in (or the appended sentences, or the edits that change
 * brackets and quotes).
 */
function repair(
  absatz: string,
  ops: Op[],
  appends: Append[],
  defects: Defect[],
  sentenceCount: number,
  sentenceAt: (o: number) => number,
  onDrop: (op: Op | Append, d: Defect) => void,
): { ops: Op[]; appends: Append[] } {
  let nextOps = ops;
  let nextAppends = appends;
  for (const d of defects) {
    const inSentence = d.sentence !== undefined ? d.sentence - 1 : -1;
    if (d.kind === 'emptied-rule') {
      nextOps = nextOps.map((op) =>
        op.kind === 'delete' && sentenceAt(op.start) === inSentence
          ? { ...op, kind: 'replace', text: `${EMPTIED_PREFIX}${absatz.slice(op.start, op.end).replace(/^(?:oder|und)\s+/, '').trim()}` }
          : op,
      );
      continue;
    }
    if (inSentence >= sentenceCount) {
      for (const a of nextAppends) onDrop(a, d);
      nextAppends = [];
      continue;
    }
    const hit = (op: Op) =>
      inSentence >= 0 ? sentenceAt(op.start) === inSentence : /[„“”()]/.test(absatz.slice(op.start, op.end) + op.text);
    for (const op of nextOps.filter(hit)) onDrop(op, d);
    nextOps = nextOps.filter((op) => !hit(op));
  }
  return { ops: nextOps, appends: nextAppends };
}

/** The op deletes the sentence `span` whole (its Absatz number, white space and the seam around it aside). */
function wholeSentence(absatz: string, op: Op, span: { start: number; end: number }): boolean {
  const sentence = absatz.slice(span.start, span.end);
  const from = span.start + ABSATZ_LABEL.exec(sentence)![0].length;
  const to = span.start + sentence.trimEnd().length;
  return op.start <= from && op.end >= to && !/[\p{L}\d]/u.test(absatz.slice(op.start, from) + absatz.slice(to, op.end));
}

function toEdits(
  absatz: string,
  ops: readonly Op[],
  appends: readonly Append[],
  sentenceAt: (o: number) => number,
  spans: readonly { start: number; end: number }[],
): RewriteEdit[] {
  const sentenceCount = spans.length;
  const items = findItems(absatz, 0, absatz.length);
  const edits: RewriteEdit[] = ops.map((raw) => {
    const op = wordAligned(absatz, raw);
    const s = sentenceAt(op.start);
    // a whole sentence deleted is a repealed Satz; its number stays the one of the unchanged Absatz
    if (op.kind === 'delete' && sentenceCount > 1 && s >= 0 && wholeSentence(absatz, op, spans[s]!)) {
      return { kind: 'repeal', start: op.start, end: op.end, old: absatz.slice(op.start, op.end), new: '', sentence: s + 1, findingIds: op.findingIds, categories: op.categories };
    }
    const inItems = items.filter((it) => op.start >= it.start && op.start < it.end);
    const number = inItems.find((it) => it.level === 1)?.label;
    const letter = inItems.find((it) => it.level === 2)?.label;
    return {
      ...named(absatz, op),
      start: op.start,
      end: op.end,
      ...(s >= 0 && sentenceCount > 1 ? { sentence: s + 1 } : {}),
      ...(number ? { number } : {}),
      ...(letter ? { letter } : {}),
      findingIds: op.findingIds,
      categories: op.categories,
    };
  });
  for (const a of appends) {
    edits.push({ kind: 'appendSentence', start: absatz.length, end: absatz.length, old: '', new: a.sentence, findingIds: a.findingIds, categories: a.categories });
  }
  return edits;
}

/**
 * A command quotes whole words: a change that starts at a comma (", per Telefax oder per E-Mail" → " oder
 * elektronisch") takes the word before it ("schriftlich, per Telefax oder per E-Mail" → "schriftlich oder elektronisch").
 */
function wordAligned(absatz: string, op: Op): Op {
  if (op.kind === 'insertAfter' || /^[\p{L}\d§„(]/u.test(absatz.slice(op.start, op.end) || 'x')) return op;
  const start = wordStart(absatz, op.start);
  if (start === op.start) return op;
  return { ...op, kind: 'replace', start, text: squash(`${absatz.slice(start, op.start)}${op.text}`) };
}

const WORD_CHAR = /^[\p{L}\d.)“]$/u;

/**
 * Start of the run of word characters that ends at `at` (as /[\p{L}\d.)“]+$/u on the text before it), read backwards
 * by code point: the regex on the text before every edit made an Absatz with thousands of edits quadratic.
 */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const pair = i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!);
    const from = pair ? i - 2 : i - 1;
    if (!WORD_CHAR.test(text.slice(from, i))) break;
    i = from;
  }
  return i;
}

/** The change in the words a command names: a replacement that only adds words before or after the old ones is an insertion. */
function named(absatz: string, op: Op): Pick<RewriteEdit, 'kind' | 'old' | 'new'> {
  const c = change(absatz, op);
  const old = squash(c.old);
  const now = squash(c.new);
  if (op.kind === 'replace' && old && now.startsWith(`${old} `)) return { kind: 'insertAfter', old, new: now.slice(old.length + 1) };
  if (op.kind === 'replace' && old && now.endsWith(` ${old}`)) return { kind: 'insertBefore', old, new: now.slice(0, -old.length - 1) };
  return { kind: op.kind, old: c.old, new: c.new };
}
