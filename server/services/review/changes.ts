import type { Finding, FindingEdit } from '../../contracts/finding';
import type { AbsatzRewrite, RewriteEdit } from '../../contracts/rewrite';

/**
 * The accepted findings as text changes of the reviewed text: old words [start, end) give way to `insert`.
 * The same change proposed by two findings is one change; a change that overlaps one already taken is left out and
 * reported, as is a finding without a structured change (model findings carry only text).
 */

export interface TextChange {
  start: number;
  end: number;
  insert: string;
  /** A deletion also removes one space next to the words, so no double space is left behind. */
  joinSpace?: boolean;
  findingIds: string[];
}

export interface Unplaced {
  finding: Finding;
  /** German reason for the drafter. */
  reason: string;
}

function toChange(text: string, f: Finding, edit: FindingEdit): TextChange | string {
  const at = edit.at;
  const expect = edit.kind === 'insertAfter' ? edit.anchor : edit.kind === 'appendSentence' ? undefined : edit.target;
  if (expect !== undefined && text.slice(at, at + expect.length) !== expect) return 'Die zu ändernden Wörter stehen nicht mehr an der erwarteten Stelle.';
  const ids = [f.id];
  switch (edit.kind) {
    case 'insertAfter':
      return { start: at + edit.anchor.length, end: at + edit.anchor.length, insert: ` ${edit.words}`, findingIds: ids };
    case 'replace':
      return { start: at, end: at + edit.target.length, insert: edit.by, findingIds: ids };
    case 'delete':
      return { start: at, end: at + edit.target.length, insert: '', joinSpace: true, findingIds: ids };
    case 'appendSentence': {
      let end = Math.min(at, text.length);
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      return { start: end, end, insert: ` ${edit.sentence}`, findingIds: ids };
    }
  }
}

export function textChanges(text: string, findings: Finding[]): { changes: TextChange[]; unplaced: Unplaced[] } {
  const unplaced: Unplaced[] = [];
  const candidates: TextChange[] = [];
  for (const f of findings) {
    if (!f.edit) {
      unplaced.push({ finding: f, reason: 'Der Befund enthält keine Änderung an bestimmten Wörtern; bitte von Hand einarbeiten.' });
      continue;
    }
    const c = toChange(text, f, f.edit);
    if (typeof c === 'string') unplaced.push({ finding: f, reason: c });
    else candidates.push(c);
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const changes: TextChange[] = [];
  for (const c of candidates) {
    const same = changes.find((k) => k.start === c.start && k.end === c.end && k.insert === c.insert);
    if (same) {
      same.findingIds.push(...c.findingIds);
      continue;
    }
    const clash = changes.find((k) => Math.max(k.start, c.start) < Math.min(k.end, c.end));
    if (clash) {
      for (const id of c.findingIds) {
        const finding = findings.find((f) => f.id === id)!;
        unplaced.push({ finding, reason: 'Die Änderung überschneidet sich mit einer anderen übernommenen Änderung derselben Wörter.' });
      }
      continue;
    }
    changes.push(c);
  }
  return { changes, unplaced };
}

/** The span a change replaces; a deletion that joins words also takes one of the spaces around it. */
export function changeSpan(text: string, c: TextChange): { start: number; end: number } {
  let { start, end } = c;
  if (c.joinSpace) {
    if (text[end] === ' ') end++;
    else if (text[start - 1] === ' ') start--;
  }
  return { start, end };
}

/** The text with non-overlapping changes (sorted by start) accepted, as Word shows it after "accept all". */
export function acceptChanges(text: string, changes: readonly TextChange[]): string {
  let out = '';
  let cur = 0;
  for (const c of changes) {
    const { start, end } = changeSpan(text, c);
    out += text.slice(cur, start) + c.insert;
    cur = end;
  }
  return out + text.slice(cur);
}

/** Spacing is the layout's, not the wording's: "Wort ," and "Wort," read the same. */
const wording = (s: string) => s.replace(/\s+/g, ' ').replace(/\s+([,.;:)“])/g, '$1').replace(/([„(])\s+/g, '$1').trim();

/** One rewrite edit as a change of the reviewed text (offsets of the edit are relative to the Absatz). */
function editChange(text: string, w: AbsatzRewrite, e: RewriteEdit): TextChange {
  const ids = [...e.findingIds];
  const at = w.start + e.start;
  const to = w.start + e.end;
  switch (e.kind) {
    case 'insertAfter':
      return { start: to, end: to, insert: ` ${e.new}`, findingIds: ids };
    case 'insertBefore':
      return { start: at, end: at, insert: `${e.new} `, findingIds: ids };
    case 'replace':
      return { start: at, end: to, insert: e.new, findingIds: ids };
    case 'delete':
      return { start: at, end: to, insert: '', joinSpace: true, findingIds: ids };
    case 'repeal':
      // a repealed Absatz reads "(weggefallen)"; a repealed Satz goes like deleted words
      return e.new ? { start: at, end: to, insert: e.new, findingIds: ids } : { start: at, end: to, insert: '', joinSpace: true, findingIds: ids };
    case 'appendSentence': {
      let end = w.end;
      while (end > w.start && /\s/.test(text[end - 1]!)) end--;
      return { start: end, end, insert: ` ${e.new}`, findingIds: ids };
    }
  }
}

/**
 * The Absatz rewrites as text changes: each edit as its own tracked change where the edits, accepted, give exactly
 * the rewritten wording; otherwise the Absatz as one change (old wording deleted, new inserted), so the tracked
 * draft never shows a wording other than the rewrite.
 */
export function rewriteChanges(text: string, rewrites: readonly AbsatzRewrite[]): TextChange[] {
  const out: TextChange[] = [];
  for (const w of rewrites) {
    if (w.edits.length === 0 || text.slice(w.start, w.end) !== w.original) continue;
    const fine = w.edits.map((e) => editChange(text, w, e)).sort((a, b) => a.start - b.start || a.end - b.end);
    const disjoint = fine.every((c, i) => i === 0 || c.start >= fine[i - 1]!.end);
    const local = fine.map((c) => ({ ...c, start: c.start - w.start, end: c.end - w.start }));
    if (disjoint && wording(acceptChanges(w.original, local)) === wording(w.text)) {
      out.push(...fine);
      continue;
    }
    const body = w.original.trimEnd();
    const ids = [...new Set(w.edits.flatMap((e) => e.findingIds))];
    out.push({ start: w.start, end: w.start + body.length, insert: w.text.trimEnd(), findingIds: ids });
  }
  return out;
}
