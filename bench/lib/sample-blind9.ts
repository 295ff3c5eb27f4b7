import { resolve } from 'node:path';
import { isBlind9FederalLaw, isBlind9LaenderId } from './blind9-split';
import { loadChatCases } from './chat-cases';
import type { CorpusUnit } from './corpus';
import { reservedTextDraw } from './sample-blind7';

/**
 * Reproducible draws of blind set 9 for the rule engine (test/fixtures/README-blind9.md): blind set 7's procedure
 * (`reservedTextDraw`) with new seeds and a Landesrecht form stratum of 90 instead of 60 (Landesrecht weighs most in
 * the hidden evaluation), on the text reserved by blind9-split.ts minus every earlier set (blind set 8, federal dev set
 * 9 and the sweep-9 samples included). They only select candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind9.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */
export const BLIND9_LAENDER_FORM_SIZE = 90;

/**
 * The chat case files written before this draw. The chat blind sets paste Absätze of the same reserved text, and the
 * spent ones are development data, so a Landesrecht Absatz pasted there has been seen by tuners: the walk passes over
 * it. The list is fixed so that a chat set written later cannot change this draw.
 */
export const CHAT_FILES_BEFORE_BLIND9 = [
  'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'cards2', 'dev', 'dev2', 'dev3', 'dev4',
  'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'probe10',
];

/**
 * An Absatz of at least 60 characters (shorter ones match anywhere) found verbatim in a turn of the chat case files
 * `test/fixtures/chat-cases-NAME.jsonl`; a draw passes a fixed list, so that later chat sets cannot change it.
 */
export function pastedInChat(names: readonly string[]): (u: Pick<CorpusUnit, 'text'>) => boolean {
  const chat = names
    .flatMap((name) => loadChatCases(resolve(import.meta.dirname, `../../test/fixtures/chat-cases-${name}.jsonl`)))
    .flatMap((c) => c.turns)
    .join('\n')
    .replace(/\s+/g, ' ');
  return (u) => u.text.length >= 60 && chat.includes(u.text);
}

/** An Absatz pasted into a chat case written before blind set 9's draw. */
export const pastedInChatBeforeBlind9 = (): ((u: Pick<CorpusUnit, 'text'>) => boolean) => pastedInChat(CHAT_FILES_BEFORE_BLIND9);

const BLIND9 = reservedTextDraw({
  set: 'blind9',
  federalSeed: 20261257,
  laenderSeed: 20261258,
  admitFederal: isBlind9FederalLaw,
  admitLaender: isBlind9LaenderId,
  laenderFormSize: BLIND9_LAENDER_FORM_SIZE,
  skipLaender: pastedInChatBeforeBlind9(),
});

/** Federal blind set 9: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export const drawFederalBlind9 = BLIND9.drawFederal;
/** Landesrecht blind set 9: 90 form-word Absätze (at most three per statute) not pasted into a chat case before. */
export const drawLaenderBlind9 = BLIND9.drawLaender;

if (import.meta.url === `file://${process.argv[1]}`) BLIND9.run();
