import type { FindingEdit } from '../contracts/finding';

/**
 * Amendment instructions (Änderungsbefehle) in the style of the Handbuch der Rechtsförmlichkeit:
 * „…“ quotes, Absatz/Satz/Nummer written out, verb agreeing with the amended words
 * („wird das Wort … gestrichen“ / „werden die Wörter … gestrichen“).
 * The same edit also rewrites the sentence, so the suggestion shows the new wording of exactly this sentence.
 */

/**
 * Offsets (`at`) are absolute positions in the analysed source text. A rule need not know where its sentence ends:
 * the engine adds that offset to an appended sentence when it builds the finding.
 */
export type AmendmentEdit = Exclude<FindingEdit, { kind: 'appendSentence' }> | { kind: 'appendSentence'; sentence: string; at?: number };

export interface AmendmentTarget {
  section?: string;
  paragraph?: string;
  sentence?: number;
  number?: string;
  letter?: string;
}

const isSingleWord = (s: string) => !/\s/.test(s.trim());
/** Numbers and § signs are „Angaben“, not „Wörter“ (HdR Rn. 621 ff.). */
const isAngabe = (s: string) => /[§\d]/.test(s);

/** Quoted words are cited on one line, whatever line breaks the source has. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function noun(raw: string, kase: 'nom' | 'dat'): string {
  const s = oneLine(raw);
  if (isAngabe(s)) return kase === 'nom' ? `die Angabe „${s}“` : `der Angabe „${s}“`;
  if (isSingleWord(s)) return kase === 'nom' ? `das Wort „${s}“` : `dem Wort „${s}“`;
  return kase === 'nom' ? `die Wörter „${s}“` : `den Wörtern „${s}“`;
}

/** "wird" for one word or one Angabe, "werden" for several words. */
export const verb = (s: string) => (isSingleWord(s) || isAngabe(s) ? 'wird' : 'werden');

/** "§ 5 Absatz 2 Satz 1" — with a Nummer the Satz is left out, as drafting practice does. */
export function unitPhrase(t: AmendmentTarget): string {
  const parts: string[] = [];
  if (t.section) parts.push(t.section.replace(/^Art\.\s*/, 'Artikel '));
  if (t.paragraph) parts.push(`Absatz ${t.paragraph}`);
  if (t.sentence && !t.number) parts.push(`Satz ${t.sentence}`);
  if (t.number) parts.push(`Nummer ${t.number}`);
  if (t.letter) parts.push(`Buchstabe ${t.letter}`);
  return parts.join(' ');
}

export function buildAmendment(target: AmendmentTarget, edit: AmendmentEdit): string {
  if (edit.kind === 'appendSentence') {
    const unit = unitPhrase({ section: target.section, paragraph: target.paragraph });
    return `${unit ? `Dem ${unit}` : 'Der Vorschrift'} wird folgender Satz angefügt: „${edit.sentence}“`;
  }
  const unit = unitPhrase(target);
  const lead = unit ? `In ${unit}` : 'In der Vorschrift';
  switch (edit.kind) {
    case 'insertAfter': {
      const v = verb(edit.words);
      return `${lead} ${v} nach ${noun(edit.anchor, 'dat')} ${noun(edit.words, 'nom')} eingefügt.`;
    }
    case 'replace':
      return `${lead} ${verb(edit.target)} ${noun(edit.target, 'nom')} durch ${noun(edit.by, 'nom')} ersetzt.`;
    case 'delete':
      return `${lead} ${verb(edit.target)} ${noun(edit.target, 'nom')} gestrichen.`;
  }
}

/** Applies the edit to the sentence [sentenceStart, …) and returns the new wording with normalised spaces. */
export function applyEdit(sentence: string, sentenceStart: number, edit: AmendmentEdit): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
  if (edit.kind === 'appendSentence') return norm(`${sentence} ${edit.sentence}`);
  const at = edit.at - sentenceStart;
  const len = edit.kind === 'insertAfter' ? edit.anchor.length : edit.target.length;
  if (at < 0 || at + len > sentence.length) return norm(sentence);
  const before = sentence.slice(0, at);
  const hit = sentence.slice(at, at + len);
  const after = sentence.slice(at + len);
  if (edit.kind === 'insertAfter') return norm(`${before}${hit} ${edit.words}${after}`);
  if (edit.kind === 'replace') return norm(`${before}${edit.by}${after}`);
  return norm(`${before}${after}`);
}
