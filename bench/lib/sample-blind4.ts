import { createHash } from 'node:crypto';
import { eligibleLandesrecht, FORM_WORDS, shuffle, usedFederalSlugsBefore, usedLaenderIdsBefore } from './blind-draw';
import { corpusRoot, listLandesrechtSlugs } from './corpus';
import { seededRandom } from './random';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draws of blind set 4 for the rule engine (test/fixtures/README-blind4.md); they only select candidates
 * for labelling by hand and never run the engine.
 * Federal (`rules-federal-blind4.jsonl`): the procedure of blind set 3 (drawFederalStrata) with new seeds and sizes, on
 * the laws of no earlier rule set (blind set 3 included) whose slug lies in the blind-4 half of the corpus.
 * Landesrecht (`rules-laender-blind4.jsonl`): Absätze of no earlier Landesrecht set, at random from those with a broad
 * form word, at most three per statute.
 *   npx tsx bench/lib/sample-blind4.ts federal|laender [OUT.jsonl]
 */

const FEDERAL_SEED = 20261210;
const LAENDER_SEED = 20261211;
export const BLIND4_FORM_LAWS = 120;
export const BLIND4_PER_RARE_CODE = 8;
export const BLIND4_LAENDER_SIZE = 60;
export const BLIND4_LAENDER_MAX_PER_LAW = 3;

/**
 * The half of the federal corpus reserved for blind set 4: first hex digit of sha1(slug) in 0–7. Rule tuning that
 * mines the corpus for new examples takes only the other half (`!isBlind4Law(slug)`), so that the set stays unseen.
 */
export function isBlind4Law(slug: string): boolean {
  return parseInt(createHash('sha1').update(slug).digest('hex')[0]!, 16) < 8;
}

/** Federal blind set 4: 120 form-word Absätze, then eight per rarer code, one per law, from the blind-4 half. */
export function drawFederalBlind4(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: FEDERAL_SEED,
    formLaws: BLIND4_FORM_LAWS,
    perRareCode: BLIND4_PER_RARE_CODE,
    excluded: usedFederalSlugsBefore('blind4'),
    admit: isBlind4Law,
  });
}

/** The Landesrecht pool of blind set 4: labellable Absätze of all statutes, in no earlier set, with a form word. */
export function laenderPoolBlind4(): ReturnType<typeof eligibleLandesrecht> {
  return eligibleLandesrecht(listLandesrechtSlugs(), usedLaenderIdsBefore('blind4')).filter((u) => FORM_WORDS.test(u.text));
}

/** Landesrecht blind set 4: up to 60 Absätze at random from the pool, at most three per statute. */
export function drawLaenderBlind4(): Blind3Candidate[] {
  const perLaw = new Map<string, number>();
  const picked: Blind3Candidate[] = [];
  for (const u of shuffle(laenderPoolBlind4(), seededRandom(LAENDER_SEED))) {
    if (picked.length >= BLIND4_LAENDER_SIZE) break;
    if ((perLaw.get(u.slug) ?? 0) >= BLIND4_LAENDER_MAX_PER_LAW) continue;
    perLaw.set(u.slug, (perLaw.get(u.slug) ?? 0) + 1);
    picked.push({ ...u, stratum: 'form' });
  }
  return picked;
}

if (import.meta.url === `file://${process.argv[1]}`) writeDrawnCandidates('blind4', { federal: drawFederalBlind4, laender: drawLaenderBlind4 });
