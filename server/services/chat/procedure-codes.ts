import { parseCitations } from '../../retrieval/citations';

/**
 * The three general codes of administrative procedure and the provisions that rule the same point in each. A
 * follow-up such as "Und im Steuerrecht?" after a question answered from the VwVfG asks for the same rule in another
 * field: the answer is its counterpart in that field's code (§ 41 VwVfG → § 122 AO), not a new search for the
 * follow-up's few words. Data a lawyer can check: one row per point, columns VwVfG | Sozialrecht | AO; "–" where
 * a code has no counterpart.
 */
export const PROCEDURE_CODES = ['VwVfG', 'SGB X', 'AO'] as const;
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

const PARALLEL_PROVISIONS: readonly (readonly [string, string, string])[] = [
  ['§ 3a VwVfG', '§ 36a SGB I', '§ 87a AO'], // elektronische Kommunikation
  ['§ 9 VwVfG', '§ 8 SGB X', '–'], // Begriff des Verwaltungsverfahrens
  ['§ 10 VwVfG', '§ 9 SGB X', '–'], // Nichtförmlichkeit
  ['§ 11 VwVfG', '§ 10 SGB X', '–'], // Beteiligungsfähigkeit
  ['§ 12 VwVfG', '§ 11 SGB X', '§ 79 AO'], // Handlungsfähigkeit
  ['§ 13 VwVfG', '§ 12 SGB X', '§ 78 AO'], // Beteiligte
  ['§ 14 VwVfG', '§ 13 SGB X', '§ 80 AO'], // Bevollmächtigte
  ['§ 15 VwVfG', '§ 14 SGB X', '§ 123 AO'], // Empfangsbevollmächtigter (Beteiligte ohne Wohnsitz im Inland)
  ['§ 16 VwVfG', '§ 15 SGB X', '§ 81 AO'], // Vertreter von Amts wegen
  ['§ 20 VwVfG', '§ 16 SGB X', '§ 82 AO'], // ausgeschlossene Personen
  ['§ 23 VwVfG', '§ 19 SGB X', '§ 87 AO'], // Amtssprache
  ['§ 22 VwVfG', '§ 18 SGB X', '§ 86 AO'], // Beginn des Verfahrens
  ['§ 24 VwVfG', '§ 20 SGB X', '§ 88 AO'], // Untersuchungsgrundsatz
  ['§ 25 VwVfG', '–', '§ 89 AO'], // Beratung, Auskunft
  ['§ 26 VwVfG', '§ 21 SGB X', '§ 92 AO'], // Beweismittel
  ['§ 27 VwVfG', '§ 23 SGB X', '§ 95 AO'], // Versicherung an Eides statt
  ['§ 28 VwVfG', '§ 24 SGB X', '§ 91 AO'], // Anhörung
  ['§ 29 VwVfG', '§ 25 SGB X', '–'], // Akteneinsicht
  ['§ 31 VwVfG', '§ 26 SGB X', '§ 108 AO'], // Fristen und Termine
  ['§ 32 VwVfG', '§ 27 SGB X', '§ 110 AO'], // Wiedereinsetzung
  ['§ 33 VwVfG', '§ 29 SGB X', '–'], // Beglaubigung
  ['§ 35 VwVfG', '§ 31 SGB X', '§ 118 AO'], // Begriff des Verwaltungsakts
  ['§ 35a VwVfG', '§ 31a SGB X', '§ 155 AO'], // vollständig automatisierter Erlass (§ 155 Abs. 4 AO)
  ['§ 36 VwVfG', '§ 32 SGB X', '§ 120 AO'], // Nebenbestimmungen
  ['§ 37 VwVfG', '§ 33 SGB X', '§ 119 AO'], // Bestimmtheit und Form
  ['§ 38 VwVfG', '§ 34 SGB X', '–'], // Zusicherung
  ['§ 39 VwVfG', '§ 35 SGB X', '§ 121 AO'], // Begründung
  ['§ 41 VwVfG', '§ 37 SGB X', '§ 122 AO'], // Bekanntgabe
  ['§ 42 VwVfG', '§ 38 SGB X', '§ 129 AO'], // offenbare Unrichtigkeiten
  ['§ 43 VwVfG', '§ 39 SGB X', '§ 124 AO'], // Wirksamkeit
  ['§ 44 VwVfG', '§ 40 SGB X', '§ 125 AO'], // Nichtigkeit
  ['§ 45 VwVfG', '§ 41 SGB X', '§ 126 AO'], // Heilung von Verfahrens- und Formfehlern
  ['§ 48 VwVfG', '§ 45 SGB X', '§ 130 AO'], // Rücknahme
  ['§ 49 VwVfG', '§ 47 SGB X', '§ 131 AO'], // Widerruf
];

/**
 * The court procedure codes of the same three fields, VwGO | SGG | FGO, in the columns of the table above: "und
 * wenn es ums Sozialgericht geht?" after a question on an action at the Verwaltungsgericht asks for § 65a SGG, not
 * for the Sozialverwaltungsverfahren. The three codes share most of their provisions almost word for word.
 */
const COURT_PROVISIONS: readonly (readonly [string, string, string])[] = [
  ['§ 55a VwGO', '§ 65a SGG', '§ 52a FGO'], // elektronische Dokumente, Einreichung
  ['§ 55b VwGO', '§ 65b SGG', '§ 52b FGO'], // elektronische Prozessakte
  ['§ 55c VwGO', '§ 65c SGG', '§ 52c FGO'], // Formulare
  ['§ 55d VwGO', '§ 65d SGG', '§ 52d FGO'], // Nutzungspflicht für Rechtsanwälte und Behörden
  ['§ 56 VwGO', '§ 63 SGG', '§ 53 FGO'], // Zustellung
  ['§ 57 VwGO', '§ 64 SGG', '§ 54 FGO'], // Fristen
  ['§ 58 VwGO', '§ 66 SGG', '§ 55 FGO'], // Rechtsbehelfsbelehrung
  ['§ 60 VwGO', '§ 67 SGG', '§ 56 FGO'], // Wiedereinsetzung
  ['§ 62 VwGO', '§ 71 SGG', '§ 58 FGO'], // Prozessfähigkeit
  ['§ 63 VwGO', '§ 69 SGG', '§ 57 FGO'], // Beteiligte
  ['§ 67 VwGO', '§ 73 SGG', '§ 62 FGO'], // Bevollmächtigte
  ['§ 81 VwGO', '§ 90 SGG', '§ 64 FGO'], // Klageerhebung
  ['§ 82 VwGO', '§ 92 SGG', '§ 65 FGO'], // Inhalt der Klage
  ['§ 86 VwGO', '§ 103 SGG', '§ 76 FGO'], // Untersuchungsgrundsatz
  ['§ 100 VwGO', '§ 120 SGG', '§ 78 FGO'], // Akteneinsicht
  ['§ 102a VwGO', '§ 110a SGG', '§ 91a FGO'], // Verhandlung per Bild- und Tonübertragung
  ['§ 117 VwGO', '§ 134 SGG', '§ 105 FGO'], // Form des Urteils, Unterschrift
  ['§ 120 VwGO', '§ 140 SGG', '§ 109 FGO'], // Urteilsergänzung
  ['§ 173 VwGO', '§ 202 SGG', '§ 155 FGO'], // Verweisung auf GVG und ZPO
];

/** Words by which a message names a field's code: the field, its authorities, its law. */
const FIELD_WORDS: Record<ProcedureCode, RegExp> = {
  VwVfG: /verwaltungsverfahrensgesetz|\bvwvfg\b|allgemeine[nm]?\s+verwaltungsverfahren/iu,
  'SGB X': /sozial\p{L}*|jobcenter|krankenkass\p{L}*|pflegekass\p{L}*|rentenversicher\p{L}*|unfallversicher\p{L}*|bürgergeld|arbeitsagentur|agentur\s+für\s+arbeit|\bsgb\b/iu,
  AO: /steuer\p{L}*|finanzamt|finanzämter\p{L}*|finanzbehörde\p{L}*|abgabenordnung|besteuer\p{L}*|\bao\b/iu,
};

/** The field's name in the lead ("Im Steuerverfahren gilt …"). */
export const FIELD_NAMES: Record<ProcedureCode, string> = {
  VwVfG: 'allgemeinen Verwaltungsverfahren',
  'SGB X': 'Sozialverwaltungsverfahren',
  AO: 'Steuerverfahren',
};

/** Words by which a message names a field's court ("beim Sozialgericht", "vor dem Finanzgericht"). */
const COURT_WORDS: Record<ProcedureCode, RegExp> = {
  VwVfG: /verwaltungsgericht\p{L}*|\bvwgo\b/iu,
  'SGB X': /sozialgericht\p{L}*|\bsgg\b/iu,
  AO: /finanzgericht\p{L}*|\bfgo\b/iu,
};

/** The field's court procedure in the lead ("Im sozialgerichtlichen Verfahren gilt …"). */
export const COURT_FIELD_NAMES: Record<ProcedureCode, string> = {
  VwVfG: 'verwaltungsgerichtlichen Verfahren',
  'SGB X': 'sozialgerichtlichen Verfahren',
  AO: 'finanzgerichtlichen Verfahren',
};

/** Which table a counterpart comes from, named in the answer so that the drafter can check it. */
export const TABLE_NAMES = { administrative: 'VwVfG, SGB X und AO', court: 'VwGO, SGG und FGO' } as const;
export type Family = keyof typeof TABLE_NAMES;

export interface ProvisionRef {
  law: string;
  section: string;
}

const parseCell = (cell: string): ProvisionRef | undefined => {
  const m = /^(§\s*\S+)\s+(.+)$/.exec(cell);
  return m ? { law: m[2]!, section: m[1]! } : undefined;
};
const FAMILY_ROWS: Record<Family, (ProvisionRef | undefined)[][]> = {
  administrative: PARALLEL_PROVISIONS.map((row) => row.map(parseCell)),
  court: COURT_PROVISIONS.map((row) => row.map(parseCell)),
};
const ROWS = [...FAMILY_ROWS.administrative, ...FAMILY_ROWS.court];

/** Every provision of the tables (for the test that checks them against the corpus). */
export const parallelProvisions = (): ProvisionRef[] => ROWS.flat().filter((p): p is ProvisionRef => p !== undefined);

/** The field whose court the message names ("und wenn es ums Sozialgericht geht?"), if exactly one. */
export function namedCourt(text: string): ProcedureCode | undefined {
  const named = PROCEDURE_CODES.filter((c) => COURT_WORDS[c].test(text));
  return named.length === 1 ? named[0] : undefined;
}

/** A court, an action or a court code in a message: the earlier question was about court procedure. */
const COURT_CONTEXT = /gericht|\bklage\p{L}*|\b(?:vwgo|sgg|fgo)\b/iu;
/** An authority of a field ("und beim Jobcenter?"): the follow-up leaves the court for the administrative procedure. */
const AUTHORITY = /amt\b|ämter|kasse|behörde|jobcenter|agentur|träger|versicherung/iu;

/**
 * The table a field switch draws on: the court codes when the follow-up names a court, or when the earlier question
 * was about court procedure and the follow-up names the field without an authority ("Und im Sozialrecht?").
 */
export function familyOf(followUp: string, previous: string): Family {
  if (namedCourt(followUp)) return 'court';
  return COURT_CONTEXT.test(previous) && !AUTHORITY.test(followUp) ? 'court' : 'administrative';
}

/** The code whose field the message names ("Und im Steuerrecht?", "beim Jobcenter"), if exactly one. */
export function namedCode(text: string): ProcedureCode | undefined {
  const named = PROCEDURE_CODES.filter((c) => FIELD_WORDS[c].test(text) || parseCitations(text).some((p) => columnOf(p) === c));
  return named.length === 1 ? named[0] : undefined;
}

/** The column a provision stands in (SGB I and SGB X share the social column). */
function columnOf(p: ProvisionRef): ProcedureCode | undefined {
  for (const row of ROWS) {
    const i = row.findIndex((x) => x && x.law === p.law && x.section === p.section);
    if (i >= 0) return PROCEDURE_CODES[i];
  }
  return undefined;
}

/** The counterpart of `p` in `target`'s code; undefined when the table has none. */
export function counterpart(p: ProvisionRef, target: ProcedureCode): ProvisionRef | undefined {
  const row = ROWS.find((r) => r.some((x) => x && x.law === p.law && x.section === p.section));
  return row?.[PROCEDURE_CODES.indexOf(target)];
}

/** The laws of `code`'s column in the table of administrative procedure (SGB I stands with SGB X). */
export const codeLaws = (code: ProcedureCode): string[] =>
  [...new Set(FAMILY_ROWS.administrative.map((r) => r[PROCEDURE_CODES.indexOf(code)]?.law).filter((l): l is string => l !== undefined))];

/** The laws of the family's codes other than `target` (where the earlier answer came from). */
export const otherCodeLaws = (target: ProcedureCode, family: Family = 'administrative'): string[] =>
  [...new Set(FAMILY_ROWS[family].flatMap((r) => r.filter((x, i) => x && PROCEDURE_CODES[i] !== target).map((x) => x!.law)))];
