import { isBlind10FederalLaw, isBlind10LaenderId } from './blind10-split';
import { CHAT_FILES_BEFORE_BLIND9, pastedInChat } from './sample-blind9';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 10 for the rule engine (test/fixtures/README-blind10.md): blind set 9's procedure
 * (`reservedTextDraw`, Landesrecht form stratum of 90) with new seeds, on the text reserved by blind10-split.ts minus
 * every earlier set (blind set 9 included). They only select candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind10.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */
export const BLIND10_LAENDER_FORM_SIZE = 90;

/**
 * The chat case files written before this draw: blind set 9's list plus the three written since (chat dev 13, the UX
 * cases and chat blind 9). Fixed, so that a chat set written later cannot change this draw.
 */
export const CHAT_FILES_BEFORE_BLIND10 = [
  ...CHAT_FILES_BEFORE_BLIND9,
  'dev13',
  'ux',
  'blind9',
];

const BLIND10 = reservedTextDraw({
  set: 'blind10',
  federalSeed: 20261307,
  laenderSeed: 20261308,
  admitFederal: isBlind10FederalLaw,
  admitLaender: isBlind10LaenderId,
  laenderFormSize: BLIND10_LAENDER_FORM_SIZE,
  skipLaender: pastedInChat(CHAT_FILES_BEFORE_BLIND10),
});

/** Federal blind set 10: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind10 = BLIND10.drawFederal;
/** Landesrecht blind set 10: 90 form-word Absätze (at most three per statute) not pasted into a chat case before. */
export const drawLaenderBlind10 = BLIND10.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND10.run();
