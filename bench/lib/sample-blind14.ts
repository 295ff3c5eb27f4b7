import { usedFederalSlugsBefore, usedLaenderIdsBefore, shuffle, FORM_WORDS } from './blind-draw';
import { isBlind11FederalLaw, isBlind11LaenderId } from './blind11-split';
import { corpusRoot } from './corpus';
import { seededRandom } from './random';
import { drawFederalStrata, federalMatchSizes, federalPoolSizes, writeDrawnCandidates, type Blind3Candidate, type FederalDrawPlan } from './sample-blind3';
import { drawLaenderStrata, laenderPool } from './sample-blind5';
import { CHAT_FILES_BEFORE_BLIND13 } from './sample-blind13';
import { pastedInChat } from './sample-blind9';

/**
 * Reproducible draws of blind set 14 for the rule engine (test/fixtures/README-blind14.md). Two strata per file, on
 * the text reserved by blind11-split.ts minus every earlier set (blind set 13 included):
 * - "form": blind set 13's procedure (federal one form-word Absatz per law; Landesrecht form-word Absätze, at most
 *   three per statute, none pasted into a chat case);
 * - "pattern": Absätze whose text has a hindrance SHAPE (`HINDRANCE_SHAPES`, written from the labelling rubric and
 *   independent of the engine), so that the set holds enough positives for per-code precision and recall.
 * They only select candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind14.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */

export const BLIND14_FEDERAL_FORM = 60;
export const BLIND14_FEDERAL_PATTERN = 80;
/** Federal: at most three Absätze per law over both strata (the form stratum takes one per law). */
export const BLIND14_FEDERAL_MAX_PER_LAW = 3;
export const BLIND14_LAENDER_FORM = 40;
export const BLIND14_LAENDER_PATTERN = 50;
export const BLIND14_LAENDER_FORM_MAX_PER_LAW = 3;
/** Landesrecht: at most four Absätze per statute over both strata. */
export const BLIND14_LAENDER_MAX_PER_LAW = 4;

/**
 * Shapes of a hindrance in the wording (README-rules-dev.md, "Labelling rubric"): written form with a duty verb, form
 * requirements, signatures, personal appearance, originals and certified copies, posting, official forms, registered
 * mail and formal service, cash, paper, named old technologies, evidence to submit. Deliberately wider than any code:
 * a shape is no label, and permissions, mentions and electronic alternatives among the matches are labelled negative.
 */
export const HINDRANCE_SHAPES = new RegExp(
  [
    String.raw`schriftlich(?:e[nrsm]?)?\s+(?:zu\b|einzu|mitzu|anzu|abzu|vorzu|aufzu|niederzu|festzu|bekanntzu|beizu|darzu)`,
    String.raw`schriftlich(?:e[nrs]?)?\s+(?:Antrag|Anträge|Erklärung|Einwilligung|Zustimmung|Mitteilung|Anzeige|Bescheid|Vollmacht|Vertrag|Vereinbarung|Bestätigung|Begründung|Widerspruch|Kündigung)`,
    String.raw`schriftlich\s+oder\s+(?:zur|zu)\s+Niederschrift|zur\s+Niederschrift`,
    String.raw`in\s+schriftlicher\s+Form|(?:bedarf|bedürfen)\s+der\s+Schriftform|Schriftform`,
    String.raw`eigenhändig|zu\s+unterschreiben|zu\s+unterzeichnen|unterschrieben\s+(?:sein|werden)|Unterschrift`,
    String.raw`persönlich\s+(?:zu\s+)?(?:erscheinen|vorzusprechen|vorsprechen|anwesend)|persönliche[ns]?\s+Erscheinen|persönlich\s+(?:vorzulegen|abzugeben|zu\s+stellen|einzureichen)`,
    String.raw`im\s+Original|Urschrift|öffentlich\s+beglaubigt|beglaubigte[nrs]?\s+(?:Abschrift|Kopie|Übersetzung|Fotokopie)|Ausfertigung`,
    String.raw`durch\s+Aushang|ausgehängt|auszuhängen|Aushang|ortsüblich\s+bekannt|durch\s+Anschlag`,
    String.raw`amtlich(?:en|em)?\s+(?:vorgeschriebenen\s+)?(?:Vordruck|Muster|Formular)|(?:Vordruck|Formblatt|Formblättern)\b`,
    String.raw`eingeschriebene[nm]?\s+Brief|Einschreiben|Rückschein|Zustellungsurkunde|Postzustellungsurkunde`,
    String.raw`bar\s+zu\s+(?:entrichten|zahlen|bezahlen)|in\s+bar\b|Barzahlung`,
    String.raw`in\s+Papierform|auf\s+Papier|Telefax|Fernkopie|Diskette`,
    String.raw`(?:Nachweis|Bescheinigung|Zeugnis|Urkunde|Bestätigung)\w*[^.;]{0,80}?(?:vorzulegen|beizufügen|einzureichen)`,
  ].join('|'),
  'i',
);

/** The chat case files written before this draw: blind set 13's list plus chat blind set 13, the one written since. */
export const CHAT_FILES_BEFORE_BLIND14 = [...CHAT_FILES_BEFORE_BLIND13, 'blind13'];

const FEDERAL_SEED = 20261707;
const LAENDER_SEED = 20261708;

const federalPlan = (): FederalDrawPlan => ({
  seed: FEDERAL_SEED,
  formLaws: BLIND14_FEDERAL_FORM,
  perRareCode: 0,
  enriched: {},
  excluded: usedFederalSlugsBefore('blind14'),
  admit: isBlind11FederalLaw,
  collapsePretest: true,
  standaloneMarks: true,
  pattern: { trigger: HINDRANCE_SHAPES, size: BLIND14_FEDERAL_PATTERN, maxPerLaw: BLIND14_FEDERAL_MAX_PER_LAW },
});

/** Federal blind set 14: 60 form-word Absätze (one per law), then up to 80 with a hindrance shape (three
 * per law at most unless the pool fits the 80). */
export function drawFederalBlind14(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, federalPlan());
}

const pool = () => laenderPool(usedLaenderIdsBefore('blind14'), isBlind11LaenderId);

/**
 * Landesrecht blind set 14: up to 40 form-word Absätze (blind set 13's walk, three per statute, none pasted into a
 * chat case), then up to 50 with a hindrance shape, not drawn yet, none pasted, at most four per statute in all
 * unless the pool fits the 50 (then it is taken whole).
 */
export function drawLaenderBlind14(): Blind3Candidate[] {
  const units = pool();
  const skip = pastedInChat(CHAT_FILES_BEFORE_BLIND14);
  const form = drawLaenderStrata(units, {
    seed: LAENDER_SEED,
    formSize: BLIND14_LAENDER_FORM,
    maxPerLaw: BLIND14_LAENDER_FORM_MAX_PER_LAW,
    perRareCode: 0,
    maxPerLawCode: 0,
    skip,
  });
  const taken = new Set(form.map((u) => u.id));
  const perLaw = new Map<string, number>();
  for (const u of form) perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
  const candidates = units.filter((x) => !taken.has(x.id) && !skip(x) && HINDRANCE_SHAPES.test(x.text));
  // a pool within its quota is taken whole, so the per-statute cap must not thin it (as `drawPerCode`)
  const whole = candidates.length <= BLIND14_LAENDER_PATTERN;
  const pattern: Blind3Candidate[] = [];
  // a generator of its own, so that the form stratum stays blind set 13's walk with this seed
  for (const u of shuffle(candidates, seededRandom(LAENDER_SEED + 1))) {
    if (pattern.length >= BLIND14_LAENDER_PATTERN) break;
    if (!whole && (perLaw.get(u.slug) ?? 0) >= BLIND14_LAENDER_MAX_PER_LAW) continue;
    perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
    pattern.push({ ...u, stratum: 'pattern' });
  }
  return [...form, ...pattern];
}

function printPoolSizes(which: string | undefined): void {
  if (which === 'federal') {
    const { laws, absaetze, formLaws } = federalPoolSizes(corpusRoot(), federalPlan());
    const shapes = federalMatchSizes(corpusRoot(), federalPlan(), HINDRANCE_SHAPES);
    console.log(`federal pool: ${laws} laws, ${absaetze} eligible Absätze, ${formLaws} laws with a form word, ${shapes.absaetze} Absätze with a hindrance shape in ${shapes.laws} laws`);
  } else if (which === 'laender') {
    const units = pool();
    const count = (re: RegExp) => {
      const hits = units.filter((u) => re.test(u.text));
      return `${hits.length} (${new Set(hits.map((u) => u.slug)).size} statutes)`;
    };
    console.log(`Landesrecht pool: ${units.length} Absätze in ${new Set(units.map((u) => u.slug)).size} statutes, form word ${count(FORM_WORDS)}, hindrance shape ${count(HINDRANCE_SHAPES)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printPoolSizes(process.argv[2]);
  writeDrawnCandidates('blind14', { federal: drawFederalBlind14, laender: drawLaenderBlind14 });
}
