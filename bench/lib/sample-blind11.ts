import { isBlind11FederalLaw, isBlind11LaenderId } from './blind11-split';
import { CHAT_FILES_BEFORE_BLIND10 } from './sample-blind10';
import { pastedInChat } from './sample-blind9';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 11 for the rule engine (test/fixtures/README-blind11.md): blind set 10's procedure
 * (`reservedTextDraw`) with new seeds, a Landesrecht form stratum of 120 and federal Absätze cut as the parser cuts
 * them now ("(n)" alone on its line opens an Absatz), on the text reserved by blind11-split.ts minus every earlier set
 * (blind set 10 and the dev sets 11 included). They only select candidates for labelling by hand and never run the
 * engine.
 *   npx tsx bench/lib/sample-blind11.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */
export const BLIND11_LAENDER_FORM_SIZE = 120;

/**
 * The chat case files written before this draw: blind set 10's list plus the two written since (chat blind 10 and chat
 * dev 14). Fixed, so that a chat set written later cannot change this draw.
 */
export const CHAT_FILES_BEFORE_BLIND11 = [...CHAT_FILES_BEFORE_BLIND10, 'blind10', 'dev14'];

const BLIND11 = reservedTextDraw({
  set: 'blind11',
  federalSeed: 20261407,
  laenderSeed: 20261408,
  admitFederal: isBlind11FederalLaw,
  admitLaender: isBlind11LaenderId,
  laenderFormSize: BLIND11_LAENDER_FORM_SIZE,
  skipLaender: pastedInChat(CHAT_FILES_BEFORE_BLIND11),
  standaloneMarks: true,
});

/** Federal blind set 11: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind11 = BLIND11.drawFederal;
/** Landesrecht blind set 11: 120 form-word Absätze (at most three per statute) not pasted into a chat case before. */
export const drawLaenderBlind11 = BLIND11.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND11.run();
