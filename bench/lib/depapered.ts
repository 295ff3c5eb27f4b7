import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * De-papered proxy (issue 8): we only have the 2022 federal law, not the wording before the de-papering laws of
 * 2016/2017. A provision whose 2022 wording pairs the written form with an electronic alternative ("schriftlich oder
 * elektronisch", "in Textform") is turned back into a plausible OLD wording by removing the alternative. The old
 * wording should be flagged as schriftform, the 2022 wording not. It is a proxy: some of these provisions were born
 * with the alternative, and the reconstruction only removes words, it never invents a sentence.
 */

export const DEPAPERED_KINDS = ['oder-elektronisch', 'elektronisch-oder', 'oder-in-elektronischer-form', 'komma-elektronisch', 'textform'] as const;
export type DepaperedKind = (typeof DEPAPERED_KINDS)[number];

const REPLACEMENTS: [DepaperedKind, RegExp, string][] = [
  // "schriftlich oder in elektronischer Form" → "schriftlich"
  ['oder-in-elektronischer-form', /\b([Ss]chriftlich) oder in elektronischer Form\b/g, '$1'],
  // "schriftlich oder elektronisch", "schriftlichen oder elektronischen Antrag", "in schriftlicher oder elektronischer Form"
  ['oder-elektronisch', /\b([Ss]chriftlich\w*) oder elektronisch\w*/g, '$1'],
  // "elektronisch oder schriftlich" → "schriftlich" (the inflection is the one of the written word)
  ['elektronisch-oder', /\b[Ee]lektronisch\w* oder (schriftlich\w*)/g, '$1'],
  // "schriftlich, elektronisch oder zur Niederschrift" → "schriftlich oder zur Niederschrift"
  ['komma-elektronisch', /\b([Ss]chriftlich\w*), elektronisch\w* oder\b/g, '$1 oder'],
  // the 2016 reforms of private law turned "schriftlich"/"Schriftform" into "in Textform"/"Textform"
  ['textform', /\bin Textform\b/g, 'schriftlich'],
  ['textform', /\bTextform\b/g, 'Schriftform'],
];

/** A bare written-form word left in the 2022 wording: then the new wording may rightly be flagged, so no pair. */
const BARE_WRITTEN = /schriftlich|Schriftform/i;
/** Provisions where "schriftlich" is no form requirement or only restated (exams, penalties, definitions, fictions). */
const NOT_A_FORM_RULE =
  /Prüfung|Prüfling|Klausur|Aufsichtsarbeit|Ordnungswidrig|Mit Freiheitsstrafe|Mit Geldbuße|im Sinne dieses|im Sinne dieser|\bgilt\b[^.;]{0,80}\bals\b|Vorschriften über die Schriftform|Textform\s+(?:nach|im Sinne|des)\s+§\s*126b/;

/**
 * Old wordings that the rubric (test/fixtures/README-rules-dev.md) would not label schriftform even before the
 * de-papering: any form ("schriftlich oder mündlich", "mündlich, schriftlich"), negation, a committee's internal
 * procedure, assessments in training and exams, a mere permission ("kann schriftlich erfolgen"). They stay in the set,
 * marked `rubricForm: false`, so that recall can be read on all pairs and on the rubric's form requirements.
 */
const NOT_A_RUBRIC_FORM =
  /mündlich\w*,?\s+(?:oder\s+|und\s+)?(?:einfache\s+)?schriftlich|schriftlich\w*\s+oder\s+mündlich|\bnicht\s+der\s+schriftlichen|\bkeiner\s+schriftlichen|Abstimmung|Umlaufverfahren|Stimmabgabe|Stimmen\s+(?:\S+\s+){0,12}schriftlich|im\s+schriftlichen\s+Verfahren|Beschlussfassung|Beschlußfassung|Bewertung|Leistungsnachweis|Lehrgang|Anwärter|Referendar|Ausbildungsabschnitt|\b(?:kann|können)\s+(?:\S+\s+){0,2}schriftlich\s+erfolgen/;

export interface Reconstruction {
  old: string;
  kinds: DepaperedKind[];
  /** False where the rubric would not call the old wording a form requirement (see NOT_A_RUBRIC_FORM). */
  rubricForm: boolean;
}

/** The old wording of a 2022 provision with an electronic alternative, or null when it has none or is unsuitable. */
export function reconstructOldWording(text: string): Reconstruction | null {
  if (NOT_A_FORM_RULE.test(text)) return null;
  let old = text;
  const kinds = new Set<DepaperedKind>();
  let paired = text;
  for (const [kind, re, by] of REPLACEMENTS) {
    const next = old.replace(re, by);
    if (next !== old) kinds.add(kind);
    old = next;
    paired = paired.replace(re, '');
  }
  if (kinds.size === 0 || BARE_WRITTEN.test(paired)) return null;
  return { old, kinds: [...kinds], rubricForm: !NOT_A_RUBRIC_FORM.test(old) };
}

export const DepaperedItemSchema = z.object({
  id: z.string().min(3),
  law: z.string().min(1),
  slug: z.string().regex(/^[a-m]/, 'nur Bundesrecht mit Kurzbezeichnung a–m'),
  ref: z.string(),
  kinds: z.array(z.enum(DEPAPERED_KINDS)).min(1),
  /** False where the rubric would not label the old wording schriftform either (any form, committee, exam, permission). */
  rubricForm: z.boolean(),
  /** Reconstructed wording before the de-papering (proxy). */
  old: z.string().min(10),
  /** 2022 wording, verbatim from the corpus (whitespace collapsed). */
  new: z.string().min(10),
});
export type DepaperedItem = z.infer<typeof DepaperedItemSchema>;

export const DEPAPERED_HALVES = ['tune', 'heldout'] as const;
export type DepaperedHalf = (typeof DEPAPERED_HALVES)[number];

/**
 * Fixed split of the proxy set, made before the schriftform tuning of issue 8: rule work looks only at the "tune"
 * half, the "heldout" half is the development figure nobody tuned on. First hex digit of sha1("depapered:" + id) in
 * 0–7 → tune.
 */
export function depaperedHalf(id: string): DepaperedHalf {
  return parseInt(createHash('sha1').update(`depapered:${id}`).digest('hex')[0]!, 16) < 8 ? 'tune' : 'heldout';
}
