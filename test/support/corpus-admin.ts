/** Law files and helpers for the corpus administration tests (HTTP, two instances, browser). */

/** A small Land law as an administrator would upload it: title line with the abbreviation, then §§. */
export const FISH_LAW = [
  'Niedersächsisches Gesetz über die Fischbrötchenabgabe (NFischAbgG)',
  '',
  '§ 1 Zweck',
  '(1) Dieses Gesetz regelt die Fischbrötchenabgabe an Hafenkiosken.',
  '(2) Die Fischbrötchenabgabe ist elektronisch zu beantragen.',
  '',
  '§ 2 Nachweis',
  'Dem Antrag ist die Hafenkioskerlaubnis im Original beizufügen.',
  '',
].join('\n');

/** A word only FISH_LAW contains, to see whether the index holds it. */
export const FISH_WORD = 'Fischbrötchenabgabe';

/**
 * Polls `probe` until it returns true (the rebuild runs in the background); fails after `withinMs`. The bound is wide
 * because an index rebuild on a loaded 2-core CI machine can take tens of seconds; a passing run returns at once.
 */
export async function until(probe: () => Promise<boolean>, what: string, withinMs = 180_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still waiting for: ${what}`);
}
