import type { SearchIndex } from './index';

/** A search index whose content can be exchanged while the server runs (corpus import by administrators). */
export interface LiveIndex extends SearchIndex {
  /** Makes `next` the index of every call from now on. */
  swap(next: SearchIndex): void;
}

/**
 * Every call goes to the index current when it starts. The index methods are synchronous, so a search that is
 * running when `swap` is called finishes on the old index, and the swap itself is one assignment: no caller ever
 * sees half of each.
 */
export function liveIndex(initial: SearchIndex): LiveIndex {
  let current = initial;
  return {
    search: (query, opts) => current.search(query, opts),
    correctSpelling: (text) => current.correctSpelling(text),
    casing: () => current.casing(),
    getProvision: (law, section) => current.getProvision(law, section),
    listLaws: () => current.listLaws(),
    stats: () => current.stats(),
    lawAbbreviation: (name) => current.lawAbbreviation(name),
    unitCount: () => current.unitCount(),
    unitContext: (unit) => current.unitContext(unit),
    unitHit: (unit, score) => current.unitHit(unit, score),
    swap(next) {
      current = next;
    },
  };
}
