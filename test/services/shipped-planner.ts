import { join } from 'node:path';
import type { SearchIndex } from '../../server/retrieval/index';
import { checkText } from '../../server/rules/engine';
import { loadCards } from '../../server/services/chat/cards';
import { createTurnPlanner } from '../../server/services/chat/turn';
import { CORPUS_DIR, testIndex } from '../http/harness';

/** The shipped answer cards. */
export const cards = loadCards(join(CORPUS_DIR, 'cards'));

/** A turn planner on the shipped cards and the shipped corpus's index, wired as the chat service wires it. */
export async function shippedPlanner(): Promise<{ index: SearchIndex; plan: ReturnType<typeof createTurnPlanner> }> {
  const index = await testIndex();
  return { index, plan: createTurnPlanner({ cards, index, checkText: (t) => checkText(t) }) };
}
