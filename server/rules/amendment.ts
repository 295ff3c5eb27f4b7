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
type Appended = Extract<FindingEdit, { kind: 'appendSentence' }>;
export type AmendmentEdit = Exclude<FindingEdit, Appended> | (Omit<Appended, 'at'> & { at?: number });

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

/** A punctuation mark that opens inserted words is named, not quoted (HdR): "ein Semikolon und die Wörter „…“". */
const LEADING_MARK = /^([;,])\s*(?=\S)/;
const MARK_NAMES: Record<string, string> = { ';': 'ein Semikolon', ',': 'ein Komma' };

export function noun(raw: string, kase: 'nom' | 'dat'): string {
  const s = oneLine(raw);
  const mark = LEADING_MARK.exec(s);
  if (mark && kase === 'nom') return `${MARK_NAMES[mark[1]!]} und ${noun(s.slice(mark[0].length), 'nom')}`;
  if (isAngabe(s)) return kase === 'nom' ? `die Angabe „${s}“` : `der Angabe „${s}“`;
  if (isSingleWord(s)) return kase === 'nom' ? `das Wort „${s}“` : `dem Wort „${s}“`;
  return kase === 'nom' ? `die Wörter „${s}“` : `den Wörtern „${s}“`;
}

/** "wird" for one word or one Angabe, "werden" for several words or a punctuation mark and words. */
export const verb = (s: string) => (!LEADING_MARK.test(oneLine(s)) && (isSingleWord(s) || isAngabe(s)) ? 'wird' : 'werden');

/**
 * A replacement that only strikes words at its start and adds words at its end ("bar bei der Kasse zu entrichten" →
 * "bei der Kasse zu entrichten; die Zahlung ist auch unbar … möglich") changes two places, and a command names just
 * those (HdR Rn. 621): the struck words, and the added words after the last word that stays. `struck` is the start of
 * `target` as written (with the space after it); `anchor` the words the addition follows, as few as name one place of
 * `target`. Undefined for any other replacement.
 */
export function strikeAndAdd(target: string, by: string): { struck: string; anchor: string; added: string } | undefined {
  const words = [...target.matchAll(/\S+\s*/g)].map((m) => m[0]);
  const next = oneLine(by);
  for (let k = 1; k < words.length; k++) {
    const kept = oneLine(words.slice(k).join(''));
    if (!next.startsWith(kept) || /[\p{L}\d]/u.test(next[kept.length] ?? '')) continue;
    const added = next.slice(kept.length).trim();
    if (added === '') return undefined;
    const keptWords = kept.split(' ');
    let n = 1;
    while (n < keptWords.length && target.split(keptWords.slice(-n).join(' ')).length > 2) n++;
    return { struck: words.slice(0, k).join(''), anchor: keptWords.slice(-n).join(' '), added };
  }
  return undefined;
}

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

/** "§ 5 Absatz 1, § 7 und § 9 Satz 2": the places of a Sammelbefehl, in document order. */
const listUnits = (units: string[]) => (units.length <= 1 ? (units[0] ?? '') : `${units.slice(0, -1).join(', ')} und ${units[units.length - 1]}`);

/** A full stop that ends one sentence and starts the next ("… ersetzt werden. Die Behörde …"). */
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu}|„)/u;

export interface CommandSpec {
  /** The draft part that holds the amended wording ("Artikel 1 Nummer 3 Buchstabe a"); absent for a statute. */
  lead?: string;
  /** The amended places; several make a Sammelbefehl ("jeweils"), HdR Rn. 664. */
  targets: AmendmentTarget[];
  edit: AmendmentEdit;
  /** The same words changed at several places of one unit. */
  each?: boolean;
}

/**
 * One Änderungsbefehl: "In § 5 Absatz 2 wird …", for a draft "In Artikel 1 Nummer 3 Buchstabe a wird in § 175
 * Absatz 4 …", for the same change at several places "In § 5 Absatz 1 und § 7 werden jeweils …".
 */
export function amendmentCommand({ lead, targets, edit, each: several }: CommandSpec): string {
  const each = targets.length > 1 || several ? 'jeweils ' : '';
  if (edit.kind === 'appendSentence' && edit.afterSentence) {
    // more sentences follow in the Absatz: the new one is inserted, not appended (HdR: "angefügt" only at the end)
    const units = listUnits(targets.map((t) => unitPhrase({ section: t.section, paragraph: t.paragraph })).filter(Boolean));
    const several = SENTENCE_BREAK.test(edit.sentence);
    const body = `${several ? 'werden' : 'wird'} ${lead && units ? `in ${units} ` : ''}${each}nach Satz ${edit.afterSentence} ${several ? 'folgende Sätze' : 'folgender Satz'} eingefügt: „${oneLine(edit.sentence)}“`;
    return lead ? `In ${lead} ${body}` : `In ${units || 'der Vorschrift'} ${body}`;
  }
  if (edit.kind === 'appendSentence') {
    const units = targets.map((t) => unitPhrase({ section: t.section, paragraph: t.paragraph })).filter(Boolean);
    const dative = units.length ? listUnits(units.map((u) => `dem ${u}`)) : 'der Vorschrift';
    const several = SENTENCE_BREAK.test(edit.sentence);
    const v = several ? 'werden' : 'wird';
    const sentence = `${several ? 'folgende Sätze' : 'folgender Satz'} angefügt: „${oneLine(edit.sentence)}“`;
    if (lead) return `In ${lead} ${v} ${dative} ${each}${sentence}`;
    return `${dative[0]!.toUpperCase()}${dative.slice(1)} ${v} ${each}${sentence}`;
  }
  const units = listUnits(targets.map(unitPhrase).filter(Boolean));
  const split = edit.kind === 'replace' ? strikeAndAdd(edit.target, edit.by) : undefined;
  if (split) {
    const body = `${verb(split.struck)} ${each}${noun(split.struck, 'nom')} gestrichen und ${verb(split.added)} nach ${noun(split.anchor, 'dat')} ${noun(split.added, 'nom')} eingefügt.`;
    if (lead) return `In ${lead} ${body.replace(/^(\S+) /, `$1 ${units ? `in ${units} ` : ''}`)}`;
    return `In ${units || 'der Vorschrift'} ${body}`;
  }
  const old = edit.kind === 'insertAfter' ? edit.words : edit.target;
  const change =
    edit.kind === 'insertAfter'
      ? `nach ${noun(edit.anchor, 'dat')} ${noun(edit.words, 'nom')} eingefügt`
      : edit.kind === 'replace'
        ? `${noun(edit.target, 'nom')} durch ${noun(edit.by, 'nom')} ersetzt`
        : `${noun(edit.target, 'nom')} gestrichen`;
  if (lead) return `In ${lead} ${verb(old)} ${units ? `in ${units} ` : ''}${each}${change}.`;
  return `In ${units || 'der Vorschrift'} ${verb(old)} ${each}${change}.`;
}

export function buildAmendment(target: AmendmentTarget, edit: AmendmentEdit): string {
  return amendmentCommand({ targets: [target], edit });
}

/** Applies the edit to the sentence [sentenceStart, …) and returns the new wording with normalised spaces. */
export function applyEdit(sentence: string, sentenceStart: number, edit: AmendmentEdit): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/(?<!\s)\s+([,.;:])/g, '$1').trim();
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
