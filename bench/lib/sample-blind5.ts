import { eligibleLandesrecht, FORM_WORDS, shuffle, usedFederalSlugsBefore, usedLaenderIdsBefore } from './blind-draw';
import { isBlind5FederalLaw, isBlind5LaenderId } from './blind5-split';
import { corpusRoot, listLandesrechtSlugs, type CorpusUnit } from './corpus';
import { seededRandom } from './random';
import {
  drawFederalStrata,
  FEDERAL_TRIGGERS,
  federalPoolSizes,
  RARE_CODES,
  writeDrawnCandidates,
  type Blind3Candidate,
  type FederalDrawPlan,
} from './sample-blind3';

/**
 * Reproducible draws of blind set 5 for the rule engine (test/fixtures/README-blind5.md); they only select candidates
 * for labelling by hand and never run the engine.
 * Federal (`rules-federal-blind5.jsonl`): the procedure of blind sets 3 and 4 (drawFederalStrata) with new seeds and
 * sizes, on the laws of no earlier rule set (blind set 4 included) reserved by isBlind5FederalLaw.
 * Landesrecht (`rules-laender-blind5.jsonl`): Absätze of no earlier Landesrecht set reserved by isBlind5LaenderId;
 * stratum "form" at random from those with a broad form word, then stratum "enriched" per rarer code from those with
 * the code's federal strong trigger, because blind set 4 held too few Landesrecht positives to say anything on recall.
 *   npx tsx bench/lib/sample-blind5.ts federal|laender [OUT.jsonl]
 */

const FEDERAL_SEED = 20261220;
const LAENDER_SEED = 20261221;
export const BLIND5_FORM_LAWS = 100;
export const BLIND5_PER_RARE_CODE = 10;
export const BLIND5_LAENDER_FORM_SIZE = 50;
export const BLIND5_LAENDER_MAX_PER_LAW = 3;
export const BLIND5_LAENDER_PER_RARE_CODE = 5;
/** Enriched Landesrecht stratum: per statute and code, so that one police or building code does not supply a code alone. */
export const BLIND5_LAENDER_MAX_PER_LAW_CODE = 2;

/** Federal blind set 5: 100 form-word Absätze, then ten per rarer code, one per law, from the reserved laws. */
export function drawFederalBlind5(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: FEDERAL_SEED,
    formLaws: BLIND5_FORM_LAWS,
    perRareCode: BLIND5_PER_RARE_CODE,
    excluded: usedFederalSlugsBefore('blind5'),
    admit: isBlind5FederalLaw,
  });
}

/** The Landesrecht pool of blind set 5: labellable Absätze of all statutes, in no earlier set, reserved for it. */
export function laenderPoolBlind5(): ReturnType<typeof eligibleLandesrecht> {
  return laenderPool(usedLaenderIdsBefore('blind5'), isBlind5LaenderId);
}

/** Labellable Absätze of all Landesrecht statutes, none in `used`, only those a blind set's predicate reserves. */
export function laenderPool(used: ReadonlySet<string>, reserved: (id: string) => boolean): ReturnType<typeof eligibleLandesrecht> {
  return eligibleLandesrecht(listLandesrechtSlugs(), used).filter((u) => reserved(u.id));
}

/** Prints the pool sizes of a federal plan or a Landesrecht pool before a draw, for the set's README. */
export function printStrataPoolSizes(which: string | undefined, federalPlan: () => FederalDrawPlan, pool: () => ReturnType<typeof laenderPool>): void {
  if (which === 'federal') {
    const { laws, absaetze, formLaws, perCode } = federalPoolSizes(corpusRoot(), federalPlan());
    console.log(`federal pool: ${laws} laws, ${absaetze} eligible Absätze, ${formLaws} laws with a form word`);
    console.log(`laws with a candidate per rarer code: ${JSON.stringify(perCode)}`);
  } else if (which === 'laender') {
    const units = pool();
    const form = units.filter((u) => FORM_WORDS.test(u.text));
    const perCode = Object.fromEntries(RARE_CODES.map((c) => [c, units.filter((u) => FEDERAL_TRIGGERS[c].test(u.text)).length]));
    console.log(`Landesrecht pool: ${units.length} Absätze in ${new Set(units.map((u) => u.slug)).size} statutes, ${form.length} with a form word (${new Set(form.map((u) => u.slug)).size} statutes)`);
    console.log(`Absätze with a candidate per rarer code: ${JSON.stringify(perCode)}`);
  }
}

/** What a Landesrecht blind draw takes: seed, stratum sizes and caps (README-blind5.md, README-blind6.md). */
export interface LaenderDrawPlan {
  seed: number;
  formSize: number;
  maxPerLaw: number;
  perRareCode: number;
  maxPerLawCode: number;
  /**
   * Absätze passed over in the walk (after the shuffle, so that the others keep their turn): text a tuner has seen
   * although no rules set holds it (blind set 9: pasted into chat cases).
   */
  skip?: (u: CorpusUnit) => boolean;
}

/**
 * Landesrecht stratum "form" (form-word Absätze at random, at most `maxPerLaw` per statute), then stratum "enriched":
 * per rarer code up to `perRareCode` more with its federal strong trigger, never one already drawn, at most
 * `maxPerLawCode` per statute and code. Shared by blind sets 5 and 6 so that both draws follow the same procedure.
 */
export function drawLaenderStrata(pool: ReturnType<typeof eligibleLandesrecht>, plan: LaenderDrawPlan): Blind3Candidate[] {
  const rand = seededRandom(plan.seed);
  const taken = new Set<string>();
  const picked: Blind3Candidate[] = [];
  const perLaw = new Map<string, number>();
  for (const u of shuffle(pool.filter((x) => FORM_WORDS.test(x.text)), rand)) {
    if (picked.length >= plan.formSize) break;
    if (plan.skip?.(u) || (perLaw.get(u.slug) ?? 0) >= plan.maxPerLaw) continue;
    perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
    taken.add(u.id);
    picked.push({ ...u, stratum: 'form' });
  }
  for (const code of RARE_CODES) {
    const perLawCode = new Map<string, number>();
    let got = 0;
    for (const u of shuffle(pool.filter((x) => !taken.has(x.id) && FEDERAL_TRIGGERS[code].test(x.text)), rand)) {
      if (got >= plan.perRareCode) break;
      if (plan.skip?.(u) || (perLawCode.get(u.slug) ?? 0) >= plan.maxPerLawCode) continue;
      perLawCode.set(u.slug, (perLawCode.get(u.slug) ?? 0) + 1);
      taken.add(u.id);
      picked.push({ ...u, stratum: 'enriched', drawnFor: code });
      got++;
    }
  }
  return picked;
}

/**
 * Landesrecht blind set 5: 50 form-word Absätze at random (at most three per statute), then per rarer code up to five
 * more with its federal strong trigger, never one already drawn, at most two per statute and code.
 */
export function drawLaenderBlind5(): Blind3Candidate[] {
  return drawLaenderStrata(laenderPoolBlind5(), {
    seed: LAENDER_SEED,
    formSize: BLIND5_LAENDER_FORM_SIZE,
    maxPerLaw: BLIND5_LAENDER_MAX_PER_LAW,
    perRareCode: BLIND5_LAENDER_PER_RARE_CODE,
    maxPerLawCode: BLIND5_LAENDER_MAX_PER_LAW_CODE,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) writeDrawnCandidates('blind5', { federal: drawFederalBlind5, laender: drawLaenderBlind5 });
