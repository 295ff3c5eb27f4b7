import { isBlind9FederalLaw, isBlind9LaenderId } from './blind9-split';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 9 for the rule engine (test/fixtures/README-blind9.md): blind set 7's procedure
 * (`reservedTextDraw`) with new seeds and a Landesrecht form stratum of 90 instead of 60 (Landesrecht weighs most in
 * the hidden evaluation), on the text reserved by blind9-split.ts minus every earlier set (blind set 8, federal dev set
 * 9 and the sweep-9 samples included). They only select candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind9.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */
export const BLIND9_LAENDER_FORM_SIZE = 90;

const BLIND9 = reservedTextDraw({
  set: 'blind9',
  federalSeed: 20261257,
  laenderSeed: 20261258,
  admitFederal: isBlind9FederalLaw,
  admitLaender: isBlind9LaenderId,
  laenderFormSize: BLIND9_LAENDER_FORM_SIZE,
});

/** Federal blind set 9: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind9 = BLIND9.drawFederal;
/** Landesrecht blind set 9: 90 form-word Absätze (at most three per statute), then up to ten per rarer code. */
export const drawLaenderBlind9 = BLIND9.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND9.run();
