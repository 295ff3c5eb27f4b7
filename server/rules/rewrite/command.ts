import type { RewriteEdit } from '../../contracts/rewrite';
import { type AmendmentTarget, noun, unitPhrase, verb } from '../amendment';

/**
 * One Änderungsbefehl for one Absatz (Handbuch der Rechtsförmlichkeit, 4. Aufl. 2024, Rn. 620 ff.):
 * - one change: "In § 5 Absatz 2 Satz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.";
 * - several changes: "§ 5 Absatz 2 wird wie folgt geändert: a) In Satz 1 … b) Folgender Satz wird angefügt: „…“";
 * - many changes: "§ 5 Absatz 2 wird wie folgt gefasst: „(2) …“" (a Neufassung reads better than a long list).
 * The same change at several places of one Satz is one command with "jeweils".
 */

/** More changes than this and the Absatz is given its new wording as a whole. */
const MAX_CHANGES = 3;

/** "Satz 1", "Nummer 3", "Satz 2 Nummer 1 Buchstabe a" — with a Nummer the Satz is left out, as drafting practice does. */
const subUnit = (e: RewriteEdit) => unitPhrase({ sentence: e.sentence, number: e.number, letter: e.letter });

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The change without its place, in the word order of a command that opens with "In Satz 1": "werden nach … eingefügt". */
function predicate(e: RewriteEdit, each: boolean): string {
  const j = each ? 'jeweils ' : '';
  switch (e.kind) {
    case 'insertAfter':
      return `${verb(e.new)} ${j}nach ${noun(e.old, 'dat')} ${noun(e.new, 'nom')} eingefügt`;
    case 'insertBefore':
      return `${verb(e.new)} ${j}vor ${noun(e.old, 'dat')} ${noun(e.new, 'nom')} eingefügt`;
    case 'replace':
      return `${verb(e.old)} ${j}${noun(e.old, 'nom')} durch ${noun(e.new, 'nom')} ersetzt`;
    case 'delete':
      return `${verb(e.old)} ${j}${noun(e.old, 'nom')} gestrichen`;
    default:
      throw new Error('appended sentences and repealed units have their own wording');
  }
}

/** The change as a sentence of its own, without a place: "Nach dem Wort „x“ werden die Wörter „y“ eingefügt." */
function standalone(e: RewriteEdit, each: boolean): string {
  const j = each ? ' jeweils' : '';
  switch (e.kind) {
    case 'insertAfter':
      return `Nach ${noun(e.old, 'dat')} ${verb(e.new)}${j} ${noun(e.new, 'nom')} eingefügt.`;
    case 'insertBefore':
      return `Vor ${noun(e.old, 'dat')} ${verb(e.new)}${j} ${noun(e.new, 'nom')} eingefügt.`;
    case 'replace':
      return `${capital(noun(e.old, 'nom'))} ${verb(e.old)}${j} durch ${noun(e.new, 'nom')} ersetzt.`;
    case 'delete':
      return `${capital(noun(e.old, 'nom'))} ${verb(e.old)}${j} gestrichen.`;
    default:
      throw new Error('appended sentences and repealed units have their own wording');
  }
}

/** "folgender Satz" / "folgende Sätze", its verb, and the quoted sentences. */
const appended = (sentences: string[]) => ({
  what: sentences.length > 1 ? 'folgende Sätze' : 'folgender Satz',
  v: sentences.length > 1 ? 'werden' : 'wird',
  quote: `„${sentences.map(oneLine).join(' ')}“`,
});

/** "Dem § 5 Absatz 2", "Der Anlage 7", "Der Vorschrift". */
const dative = (place: string) => (!place ? 'Der Vorschrift' : /^Anlage\b/.test(place) ? `Der ${place}` : `Dem ${place}`);

/** Identical changes at several places of one sub-unit are one "jeweils" change. */
function group(edits: RewriteEdit[]): { edit: RewriteEdit; each: boolean }[] {
  const out: { edit: RewriteEdit; each: boolean; key: string }[] = [];
  for (const e of edits) {
    const key = JSON.stringify([e.kind, subUnit(e), oneLine(e.old), oneLine(e.new)]);
    const prev = out.find((o) => o.key === key);
    if (prev) prev.each = true;
    else out.push({ edit: e, each: false, key });
  }
  return out;
}

/**
 * The Änderungsbefehl for the Absatz `unit` (section and paragraph). `edits` in text order; `newText` is the whole
 * new wording, used for a Neufassung. `lead` names the part of an amending draft that holds the wording ("Artikel 1
 * Nummer 3"): "In Artikel 1 Nummer 3 wird § 5 Absatz 2 wie folgt geändert: …".
 */
export function absatzCommand(unit: AmendmentTarget, edits: RewriteEdit[], newText: string, lead?: string): string {
  const place = unitPhrase({ section: unit.section, paragraph: unit.paragraph });
  const opening = lead ? `In ${lead} ` : '';
  // units are repealed, words struck (HdR): "§ 5 Absatz 3 wird aufgehoben.", "In § 5 Absatz 1 wird Satz 2 aufgehoben."
  if (edits.some((e) => e.kind === 'repeal' && e.sentence === undefined)) {
    return lead ? `${opening}wird ${place || 'die Vorschrift'} aufgehoben.` : `${place || 'Die Vorschrift'} wird aufgehoben.`;
  }
  const words = group(edits.filter((e) => e.kind !== 'appendSentence'));
  const sentences = edits.filter((e) => e.kind === 'appendSentence').map((e) => e.new);
  const changes = words.length + (sentences.length ? 1 : 0);
  if (changes === 0) return '';
  if (changes === 1) {
    if (sentences.length) {
      const a = appended(sentences);
      return lead ? `${opening}${a.v} ${uncap(dative(place))} ${a.what} angefügt: ${a.quote}` : `${dative(place)} ${a.v} ${a.what} angefügt: ${a.quote}`;
    }
    const { edit, each } = words[0]!;
    if (edit.kind === 'repeal') {
      if (lead) return `${opening}wird ${place ? `in ${place} ` : ''}${subUnit(edit)} aufgehoben.`;
      return `In ${place || 'der Vorschrift'} wird ${subUnit(edit)} aufgehoben.`;
    }
    const where = unitPhrase({ section: unit.section, paragraph: unit.paragraph, sentence: edit.sentence, number: edit.number, letter: edit.letter });
    if (!lead) return `In ${where || 'der Vorschrift'} ${predicate(edit, each)}.`;
    const [v, ...rest] = predicate(edit, each).split(' ');
    return `${opening}${v} ${where ? `in ${where} ` : ''}${rest.join(' ')}.`;
  }
  const subject = place || 'Die Vorschrift';
  const head = (how: string) => (lead ? `${opening}wird ${uncap(subject)} wie folgt ${how}:` : `${subject} wird wie folgt ${how}:`);
  // a Neufassung needs the Absatz number to quote; a § without Absätze keeps the list of changes
  if (changes > MAX_CHANGES && unit.paragraph) return `${head('gefasst')}\n„${oneLine(newText)}“`;
  const items = words.map(({ edit, each }) => {
    const sub = subUnit(edit);
    if (edit.kind === 'repeal') return `${sub} wird aufgehoben.`;
    return sub ? `In ${sub} ${predicate(edit, each)}.` : standalone(edit, each);
  });
  if (sentences.length) {
    const a = appended(sentences);
    items.push(`${capital(a.what)} ${a.v} angefügt: ${a.quote}`);
  }
  return `${head('geändert')}\n${items.map((t, i) => `${String.fromCharCode(97 + i)}) ${t}`).join('\n')}`;
}

/** "Die Vorschrift" → "die Vorschrift", "Dem § 5" → "dem § 5"; a § or an Absatz stays as it is. */
const uncap = (s: string) => (/^(?:Die|Dem|Der)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
