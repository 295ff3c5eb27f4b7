import { isBlind6LaenderId } from './blind6-split';
import { drawPerCode, eligibleLandesrecht, FORM_WORDS, shuffle, usedLaenderIdsBefore, type CoreCode } from './blind-draw';
import { listLandesrechtSlugs } from './corpus';
import { seededRandom } from './random';
import { writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of the Landesrecht development set 6 (`rules-laender-dev6.jsonl`, README-rules-dev.md,
 * "Landesrecht dev set 6"): fresh text for the codes whose recall was weakest on the hidden Landesrecht set of issue 8
 * (post, appearance, originals, paper). It only selects candidates for labelling by hand and never runs the engine.
 * The vocabulary is broad Landesrecht wording, not the rules' own triggers, so that wording the rules miss is drawn too.
 * Text reserved for blind set 6 and every earlier Landesrecht set are excluded.
 *   npx tsx bench/lib/sample-laender-dev6.ts laender [OUT.jsonl]
 */

const SEED = 20261207;
/** Post and originals exhaust their pool (8 and 9 Absätze outside blind 6 and earlier sets), so appearance and paper fill up to 40. */
export const DEV6_QUOTA: Partial<Record<CoreCode, number>> = { postalisch: 10, persoenliches_erscheinen: 12, original_beglaubigung: 10, papier_vordruck: 12 };
export const DEV6_FORM_SIZE = 40;
export const DEV6_MAX_PER_LAW_CODE = 3;
export const DEV6_FORM_MAX_PER_LAW = 3;

/** Broad vocabulary per weak code, in draw order (weakest recall on the hidden Landesrecht set first). */
export const DEV6_VOCABULARY: Partial<Record<CoreCode, RegExp>> = {
  postalisch: /\bPost\b|Postweg|Postzustellung|per Post|zur Post|postalisch|Brief|Einschreib|eingeschrieben|Zustellungsurkunde|freizumachen|übersende|übersenden|übersandt|Rückschein|Zustellung|zuzustellen|zugestellt|Versand|versandt|zu versenden/i,
  persoenliches_erscheinen:
    /persönlich|\berscheinen|zu erscheinen|vorsprech|vorzusprechen|vorlad|vorzulad|vorgeladen|anhören|anzuhören|Anhörung|vor Ort/i,
  original_beglaubigung: /Original|Urschrift|beglaubig|Ausfertigung|Abschrift|Kopie|Urkunde|beurkund|notariell/i,
  papier_vordruck: /Vordruck|Formbl[aä]tt|Muster|Stimmzettel|Prüfbuch|Exemplar|(?:zwei|drei|vier|fünf|sechs)fach|Karteikarte|Register|Papier/i,
};

/** How a Landesrecht dev set is drawn from its pool: per code with a broad vocabulary, then form-word Absätze. */
export interface LaenderDevPlan {
  seed: number;
  quota: Partial<Record<CoreCode, number>>;
  vocabulary: Partial<Record<CoreCode, RegExp>>;
  maxPerLawCode: number;
  formSize: number;
  formMaxPerLaw: number;
}

/**
 * Per code `quota` Absätze matching its `vocabulary` (at most `maxPerLawCode` per statute and code), then `formSize`
 * Absätze with a broad form word (at most `formMaxPerLaw` per statute), never one twice.
 */
export function drawLaenderDev(pool: ReturnType<typeof eligibleLandesrecht>, plan: LaenderDevPlan): Blind3Candidate[] {
  const rand = seededRandom(plan.seed);
  const enriched = drawPerCode(pool, plan.quota, plan.maxPerLawCode, rand, plan.vocabulary).map((u) => ({ ...u, stratum: 'enriched' as const }));
  const taken = new Set(enriched.map((u) => u.id));
  const perLaw = new Map<string, number>();
  const form: Blind3Candidate[] = [];
  for (const u of shuffle(pool.filter((x) => !taken.has(x.id) && FORM_WORDS.test(x.text)), rand)) {
    if (form.length >= plan.formSize) break;
    if ((perLaw.get(u.slug) ?? 0) >= plan.formMaxPerLaw) continue;
    perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
    form.push({ ...u, stratum: 'form' });
  }
  return [...enriched, ...form];
}

/** Per weak code DEV6_QUOTA Absätze with its broad vocabulary (at most three per statute and code), then 40 form-word Absätze. */
export function drawLaenderDev6(): Blind3Candidate[] {
  const pool = eligibleLandesrecht(listLandesrechtSlugs(), usedLaenderIdsBefore('blind6')).filter((u) => !isBlind6LaenderId(u.id));
  return drawLaenderDev(pool, {
    seed: SEED,
    quota: DEV6_QUOTA,
    vocabulary: DEV6_VOCABULARY,
    maxPerLawCode: DEV6_MAX_PER_LAW_CODE,
    formSize: DEV6_FORM_SIZE,
    formMaxPerLaw: DEV6_FORM_MAX_PER_LAW,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeDrawnCandidates('laender-dev6', { federal: () => { throw new Error('dev set 6 is Landesrecht only'); }, laender: drawLaenderDev6 });
}
