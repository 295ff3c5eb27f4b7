import { isBlind5FederalLaw, isBlind5LaenderId } from './blind5-split';
import { drawPerCode, eligibleLandesrecht, FORM_WORDS, shuffle, usedFederalSlugsBefore, usedLaenderIdsBefore, type CoreCode } from './blind-draw';
import { corpusRoot, listLandesrechtSlugs } from './corpus';
import { seededRandom } from './random';
import { drawFederalStrata, FEDERAL_TRIGGERS, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draws of the development sets `rules-federal-dev5b.jsonl` and `rules-laender-dev5.jsonl` (README-rules-dev.md,
 * "Development sets 5b"): fresh text for the codes whose recall fell back on every blind set (appearance, notices,
 * post, signature, technology). They only select candidates for labelling by hand and never run the engine.
 * The triggers are deliberately broader than FEDERAL_TRIGGERS / STRONG_TRIGGERS, so that wording the rules do not know
 * yet is drawn too. Text reserved for blind set 5 (blind5-split.ts) and every earlier set are excluded.
 *   npx tsx bench/lib/sample-dev5b.ts federal|laender [OUT.jsonl]
 */

const FEDERAL_SEED = 20261220;
const LAENDER_SEED = 20261221;
const FEDERAL_FORM_LAWS = 20;
const FEDERAL_PER_CODE = 16;
const FEDERAL_STRONG_SEED = 20261222;
const FEDERAL_STRONG_PER_CODE = 6;
const LAENDER_PER_CODE = 10;
const LAENDER_FORM = 10;
const LAENDER_MAX_PER_LAW_CODE = 3;

export const DEV5B_TRIGGERS: Partial<Record<CoreCode, RegExp>> = {
  persoenliches_erscheinen:
    /persönlich|\berscheinen|zu erscheinen|vorsprech|vorzusprechen|anwesend|Anwesenheit|vorlad|vorzulad|vorgeladen|Anhörung|anzuhören|Vorführung|vorzuführen|zur Niederschrift/i,
  aushang_bekanntmachung: /aush[äa]ng|\bAnschlag|(?<!Fassung der )Bekanntmachung|bekannt zu machen|Amtsblatt|Zeitung|ortsüblich|auszulegen|zur Einsicht/i,
  postalisch: /\bPost\b|Postweg|per Post|zur Post|postalisch|Brief|Einschreib|eingeschrieben|Zustellung|zuzustellen|übersende|übersenden|übersandt|Rückschein/i,
  unterschrift: /unterschr|unterzeichn|eigenhändig/i,
  technologie_spezifisch: /Diskette|\bFax|Telefax|CD-ROM|Datenträger|Fernschreib|Fernkopie|Telegramm|De-Mail|Mikrofilm|Telefon|E-Mail/i,
};

/**
 * Federal: 20 form-word Absätze, then 16 per code of DEV5B_TRIGGERS, then six more per code with the narrower
 * FEDERAL_TRIGGERS (the broad lists alone drew 7 positives in 91 Absätze, too few to measure recall), one per law,
 * outside the blind-5 half.
 */
export function drawFederalDev5b(root = corpusRoot()): Blind3Candidate[] {
  const admit = (slug: string) => !isBlind5FederalLaw(slug);
  const broad = drawFederalStrata(root, {
    seed: FEDERAL_SEED,
    formLaws: FEDERAL_FORM_LAWS,
    perRareCode: FEDERAL_PER_CODE,
    excluded: usedFederalSlugsBefore('blind5'),
    admit,
    enriched: DEV5B_TRIGGERS,
  });
  const strong = drawFederalStrata(root, {
    seed: FEDERAL_STRONG_SEED,
    formLaws: 0,
    perRareCode: FEDERAL_STRONG_PER_CODE,
    excluded: new Set([...usedFederalSlugsBefore('blind5'), ...broad.map((u) => u.slug)]),
    admit,
    enriched: Object.fromEntries(Object.keys(DEV5B_TRIGGERS).map((c) => [c, FEDERAL_TRIGGERS[c as CoreCode]])),
  });
  return [...broad, ...strong];
}

/** Landesrecht: 10 per code of DEV5B_TRIGGERS, then 10 form-word Absätze, none reserved for blind set 5 or used before. */
export function drawLaenderDev5(): Blind3Candidate[] {
  const used = usedLaenderIdsBefore('blind5');
  const pool = eligibleLandesrecht(listLandesrechtSlugs(), used).filter((u) => !isBlind5LaenderId(u.id));
  const rand = seededRandom(LAENDER_SEED);
  const quota = Object.fromEntries(Object.keys(DEV5B_TRIGGERS).map((c) => [c, LAENDER_PER_CODE]));
  const enriched = drawPerCode(pool, quota, LAENDER_MAX_PER_LAW_CODE, rand, DEV5B_TRIGGERS).map((u) => ({ ...u, stratum: 'enriched' as const }));
  const taken = new Set(enriched.map((u) => u.id));
  const form = shuffle(pool.filter((u) => !taken.has(u.id) && FORM_WORDS.test(u.text)), rand)
    .slice(0, LAENDER_FORM)
    .map((u) => ({ ...u, stratum: 'form' as const }));
  return [...enriched, ...form];
}

if (import.meta.url === `file://${process.argv[1]}`) writeDrawnCandidates('dev5b', { federal: drawFederalDev5b, laender: drawLaenderDev5 });
