import { isBlind11FederalLaw, isBlind11LaenderId } from './blind11-split';
import { BLIND11_LAENDER_FORM_SIZE } from './sample-blind11';
import { CHAT_FILES_BEFORE_BLIND12 } from './sample-blind12';
import { pastedInChat } from './sample-blind9';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 13 for the rule engine (test/fixtures/README-blind13.md): blind set 12's procedure
 * (`reservedTextDraw`: federal 100 form-word Absätze plus up to ten per rarer code; Landesrecht form stratum of 120
 * plus up to ten per rarer code) with new seeds, on the text reserved by blind11-split.ts minus every earlier set
 * (blind set 12 included). They only select candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind13.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */

/**
 * The chat case files written before this draw: blind set 12's list plus chat blind set 12, the one chat file written
 * since. Fixed, so that a chat set written later cannot change this draw.
 */
export const CHAT_FILES_BEFORE_BLIND13 = [...CHAT_FILES_BEFORE_BLIND12, 'blind12'];

const BLIND13 = reservedTextDraw({
  set: 'blind13',
  federalSeed: 20261607,
  laenderSeed: 20261608,
  admitFederal: isBlind11FederalLaw,
  admitLaender: isBlind11LaenderId,
  laenderFormSize: BLIND11_LAENDER_FORM_SIZE,
  skipLaender: pastedInChat(CHAT_FILES_BEFORE_BLIND13),
  standaloneMarks: true,
});

/** Federal blind set 13: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind13 = BLIND13.drawFederal;
/** Landesrecht blind set 13: 120 form-word Absätze (at most three per statute), then up to ten per rarer code. */
export const drawLaenderBlind13 = BLIND13.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND13.run();
