import { eligibleLandesrecht, usedLaenderIdsBefore } from './blind-draw';
import { isBlind9LaenderId } from './blind9-split';
import { listLandesrechtSlugs } from './corpus';
import { writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';
import { pastedInChat } from './sample-blind9';
import { drawLaenderDev } from './sample-laender-dev6';

/**
 * Reproducible draw of the Landesrecht development set 11 (`rules-laender-dev11.jsonl`, README-rules-dev.md,
 * "Landesrecht dev set 11"): form-word Absätze at natural frequency from the unreserved Landesrecht that no earlier set
 * holds (group `laenderDev11` of blind-draw.ts) and no chat case pastes. The strong-trigger pools of the rare codes are
 * used up outside the reserve (dev set 10, sweep 11), so there is no enriched stratum. It only selects candidates for
 * labelling by hand and never runs the engine.
 *   npx tsx bench/lib/sample-laender-dev11.ts laender [OUT.jsonl]
 */

const SEED = 20261211;
export const DEV11_FORM_SIZE = 80;
export const DEV11_FORM_MAX_PER_LAW = 3;

/**
 * The chat case files written before this draw (blind set 10's are left out: nobody may read them, and blind sets
 * paste reserved text, which this draw leaves out anyway). Fixed, so that a later chat set cannot change the draw.
 */
const CHAT_FILES_BEFORE_DEV11 = [
  'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'cards2', 'dev', 'dev2',
  'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'probe10', 'ux',
];

/** An Absatz pasted into a chat case written before this draw. */
export const pastedInChatBeforeDev11 = () => pastedInChat(CHAT_FILES_BEFORE_DEV11);

/** 80 form-word Absätze, at most three per statute, outside the reserve, the earlier sets and the chat cases. */
export function drawLaenderDev11(): Blind3Candidate[] {
  const pasted = pastedInChatBeforeDev11();
  const pool = eligibleLandesrecht(listLandesrechtSlugs(), usedLaenderIdsBefore('laenderDev11')).filter(
    (u) => !isBlind9LaenderId(u.id) && !pasted(u),
  );
  return drawLaenderDev(pool, {
    seed: SEED,
    quota: {},
    vocabulary: {},
    maxPerLawCode: 0,
    formSize: DEV11_FORM_SIZE,
    formMaxPerLaw: DEV11_FORM_MAX_PER_LAW,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeDrawnCandidates('laender-dev11', { federal: () => { throw new Error('dev set 11 is Landesrecht only'); }, laender: drawLaenderDev11 });
}
