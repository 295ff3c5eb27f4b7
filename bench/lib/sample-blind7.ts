import { usedFederalSlugsBefore, usedLaenderIdsBefore, type DrawnSet } from './blind-draw';
import { isBlind7FederalLaw, isBlind7LaenderId } from './blind7-split';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate, type FederalDrawPlan } from './sample-blind3';
import { drawLaenderStrata, laenderPool, printStrataPoolSizes, type LaenderDrawPlan } from './sample-blind5';

/**
 * Reproducible draws of blind set 7 for the rule engine (test/fixtures/README-blind7.md): the procedure of blind sets
 * 5 and 6 (drawFederalStrata, drawLaenderStrata) with new seeds, on the text reserved by blind7-split.ts minus every
 * earlier set (blind set 6, the dev sets 6 and both precision-6 files included). Unlike the earlier draws the federal
 * pre-test reads the law with whitespace collapsed, so a trigger broken across a line is not skipped. They only select
 * candidates for labelling by hand and never run the engine. Blind set 8 (sample-blind8.ts) repeats this draw with
 * its own seeds and exclusions (`reservedTextDraw`).
 *   npx tsx bench/lib/sample-blind7.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */

export const BLIND7_FORM_LAWS = 100;
export const BLIND7_PER_RARE_CODE = 10;
export const BLIND7_LAENDER_FORM_SIZE = 60;
export const BLIND7_LAENDER_MAX_PER_LAW = 3;
/** As for federal law at most ten per rarer code; the Landesrecht pools left after blind set 6 hold far fewer. */
export const BLIND7_LAENDER_PER_RARE_CODE = 10;
export const BLIND7_LAENDER_MAX_PER_LAW_CODE = 2;

/** What differs between the draws with blind set 7's procedure and sizes: seeds, exclusions, reserved text. */
export interface ReservedTextDraw {
  /** The group of `RULE_SETS_BEFORE` whose sets (and all before) are excluded. */
  set: DrawnSet;
  federalSeed: number;
  laenderSeed: number;
  admitFederal: (slug: string) => boolean;
  admitLaender: (id: string) => boolean;
  /** Size of the Landesrecht form stratum; blind set 7's 60 unless given (blind set 9 takes up to 90). */
  laenderFormSize?: number;
  /** Landesrecht Absätze the walk passes over (`LaenderDrawPlan.skip`); none unless given. */
  skipLaender?: LaenderDrawPlan['skip'];
  /** Federal Absätze cut as the parser cuts them since federal dev set 11 (`FederalDrawPlan.standaloneMarks`). */
  standaloneMarks?: boolean;
}

/**
 * Federal: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws (pre-test on
 * collapsed whitespace). Landesrecht: 60 form-word Absätze (at most three per statute), then up to ten per rarer code
 * (at most two per statute and code). `run` is the command line: pool sizes first, then the candidates.
 */
export function reservedTextDraw(d: ReservedTextDraw) {
  const federalPlan = (): FederalDrawPlan => ({
    seed: d.federalSeed,
    formLaws: BLIND7_FORM_LAWS,
    perRareCode: BLIND7_PER_RARE_CODE,
    excluded: usedFederalSlugsBefore(d.set),
    admit: d.admitFederal,
    collapsePretest: true,
    standaloneMarks: d.standaloneMarks,
  });
  const pool = (): ReturnType<typeof laenderPool> => laenderPool(usedLaenderIdsBefore(d.set), d.admitLaender);
  const drawFederal = (root = corpusRoot()): Blind3Candidate[] => drawFederalStrata(root, federalPlan());
  const drawLaender = (): Blind3Candidate[] =>
    drawLaenderStrata(pool(), {
      seed: d.laenderSeed,
      formSize: d.laenderFormSize ?? BLIND7_LAENDER_FORM_SIZE,
      maxPerLaw: BLIND7_LAENDER_MAX_PER_LAW,
      perRareCode: BLIND7_LAENDER_PER_RARE_CODE,
      maxPerLawCode: BLIND7_LAENDER_MAX_PER_LAW_CODE,
      skip: d.skipLaender,
    });
  const run = (): void => {
    printStrataPoolSizes(process.argv[2], federalPlan, pool);
    writeDrawnCandidates(d.set, { federal: drawFederal, laender: drawLaender });
  };
  return { drawFederal, drawLaender, run };
}

const BLIND7 = reservedTextDraw({
  set: 'blind7',
  federalSeed: 20261237,
  laenderSeed: 20261238,
  admitFederal: isBlind7FederalLaw,
  admitLaender: isBlind7LaenderId,
});

/** Federal blind set 7: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind7 = BLIND7.drawFederal;
/** Landesrecht blind set 7: 60 form-word Absätze (at most three per statute), then up to ten per rarer code. */
export const drawLaenderBlind7 = BLIND7.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND7.run();
