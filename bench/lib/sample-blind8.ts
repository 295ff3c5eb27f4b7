import { isBlind8FederalLaw, isBlind8LaenderId } from './blind8-split';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 8 for the rule engine (test/fixtures/README-blind8.md): blind set 7's procedure and
 * sizes (`reservedTextDraw`) with new seeds, on the text reserved by blind8-split.ts minus every earlier set (blind
 * set 7, the dev sets 7 and both precision-7 files included). They only select candidates for labelling by hand and
 * never run the engine.
 *   npx tsx bench/lib/sample-blind8.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */
const BLIND8 = reservedTextDraw({
  set: 'blind8',
  federalSeed: 20261247,
  laenderSeed: 20261248,
  admitFederal: isBlind8FederalLaw,
  admitLaender: isBlind8LaenderId,
});

/** Federal blind set 8: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind8 = BLIND8.drawFederal;
/** Landesrecht blind set 8: 60 form-word Absätze (at most three per statute), then up to ten per rarer code. */
export const drawLaenderBlind8 = BLIND8.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND8.run();
