/**
 * Classification of heading texts shared by the statute and draft parsers: which headings open a
 * citable provision ("§ 5", "Art. 3", "Anlage 2"), which are preamble/table material that is not law text.
 */

export interface HeadingParts {
  /** "§ 5", "Art. 3", "Anlage 1", or "" for a heading without a citable label. */
  label: string;
  title: string;
}

const LABELLED = /^(?:\*\*)?(§§?|Art\.?|Artikel)[ \t]*(\d+[a-z]?(?:\.\d+[a-z]?)?|[IVX]+(?=[ \t.*]|$))\.?(?:\*\*)?(?:[ \t]*[-–][ \t]+|[ \t]+|$)(.*)$/;
const ANNEX = /^(?:\*\*)?(Anlage|Anhang)(?:[ \t]+(\d+[a-z]?|[IVXLC]+)(?=[ \t]|$|\*))?(?:\*\*)?[ \t]*(.*)$/;
/** Headings whose body is not law text: enacting formula, closing formula, table of contents. */
const NOT_LAW = /^(?:Eingangsformel|Schlu(?:ss|ß)formel|Inhalts(?:verzeichnis|übersicht))\b/i;
/** Headings of the law's outline (Buch, Teil, Abschnitt, Titel …), which group provisions without being one. */
export const OUTLINE_HEADING =
  /^(?:(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebter|Achter|Neunter|Zehnter|Elfter|Zwölfter|\d+\.)[ \t]+)?(?:Buch|Teil|Abschnitt|Unterabschnitt|Kapitel|Titel|Untertitel|Abteilung)\b/;

/** Placeholder the Niedersachsen excerpts use for a heading that could not be recovered. */
export const MISSING_TITLE = 'TITEL NICHT GEFUNDEN';

const cleanTitle = (t: string) => {
  const s = t.replace(/\*\*/g, '').trim();
  return s === MISSING_TITLE ? '' : s;
};

/** Splits a heading text (without the leading #) into label and title; null for enacting formula and TOC. */
export function classifyHeading(raw: string): HeadingParts | null {
  // "(XXXX)" stands for a heading number the source could not render
  const text = raw.trim().replace(/^\(XXXX\)[ \t]*/, '');
  if (NOT_LAW.test(text)) return null;
  const m = LABELLED.exec(text);
  if (m) {
    const label = m[1]!.startsWith('§') ? `§ ${m[2]}` : `Art. ${m[2]}`;
    return { label, title: cleanTitle(m[3] ?? '') };
  }
  const a = ANNEX.exec(text);
  if (a) return { label: a[2] ? `${a[1]} ${a[2]}` : a[1]!, title: cleanTitle(a[3] ?? '') };
  return { label: '', title: cleanTitle(text) };
}

/**
 * For plain text (drafts, PDF extraction), where a line "§ 5 ..." may also be a wrapped line of running text:
 * the rest of the line must read like a heading, not like a sentence or a citation continuation.
 */
export function looksLikeTitle(rest: string): boolean {
  const t = rest.trim();
  if (t === '') return true;
  if (t.length > 160) return false;
  if (/[,;:]$/.test(t) || /[^.]\.$/.test(t) && /\s/.test(t) && /\b(?:ist|sind|wird|werden|gilt|gelten|kann|können|hat|haben|tritt|bleibt|bleiben|findet|finden)\b/.test(t)) return false;
  if (/^(?:Abs\.|(?:Absatz|Absätze|Satz|Sätze|Nummer|Buchstabe)\b|S\.|Nr\.|Buchst\.|[a-zäöüß])/.test(t)) return false;
  if (/\b(?:wird|werden|erhält|erhalten)\b.{0,500}\b(?:geändert|eingefügt|ersetzt|angefügt|gefasst|Fassung|aufgehoben|gestrichen)\b/.test(t)) return false;
  return true;
}

/** A title line ending in one of these words continues on the next line ("Änderung des Niedersächsischen"). */
export const OPEN_TITLE_END = /(?:\s(?:und|oder|sowie|über|des|der|die|den|dem|zur|zum|von|für|im|in|an|bei|mit|zu|eines|einer|[A-ZÄÖÜ][a-zäöüß]*isch(?:en|er|es|e))|[–-])$/;
