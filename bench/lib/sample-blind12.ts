import { isBlind11FederalLaw, isBlind11LaenderId } from './blind11-split';
import { BLIND11_LAENDER_FORM_SIZE, CHAT_FILES_BEFORE_BLIND11 } from './sample-blind11';
import { pastedInChat } from './sample-blind9';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 12 for the rule engine (test/fixtures/README-blind12.md): blind set 11's procedure
 * (`reservedTextDraw`, Landesrecht form stratum of 120, federal Absätze cut as the parser cuts them) with new seeds, on
 * the text reserved by blind11-split.ts minus every earlier set (blind set 11 and Landesrecht dev set 12 included).
 * They only select candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind12.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */

/**
 * The chat case files written before this draw: blind set 11's list plus the two written since (chat blind 11 and chat
 * dev 15). Fixed, so that a chat set written later cannot change this draw.
 */
export const CHAT_FILES_BEFORE_BLIND12 = [...CHAT_FILES_BEFORE_BLIND11, 'blind11', 'dev15'];

const BLIND12 = reservedTextDraw({
  set: 'blind12',
  federalSeed: 20261507,
  laenderSeed: 20261508,
  admitFederal: isBlind11FederalLaw,
  admitLaender: isBlind11LaenderId,
  laenderFormSize: BLIND11_LAENDER_FORM_SIZE,
  skipLaender: pastedInChat(CHAT_FILES_BEFORE_BLIND12),
  standaloneMarks: true,
});

/** Federal blind set 12: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind12 = BLIND12.drawFederal;
/** Landesrecht blind set 12: 120 form-word Absätze (at most three per statute) not pasted into a chat case before. */
export const drawLaenderBlind12 = BLIND12.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND12.run();
