import { h } from '../dom';

/** Notices shown before the rest fold away: a long draft produced 33 parser notices, a box 1,400 px tall. */
const SHOWN = 4;

/**
 * A list of notices above a result: the first few in full, the rest behind one disclosure, so that the result
 * itself stays in view.
 */
export function noticeList(items: readonly string[]): HTMLElement[] {
  const li = (n: string) => h('li', { text: n });
  if (items.length <= SHOWN + 1) return [h('ul', null, items.map(li))];
  const rest = items.slice(SHOWN);
  return [
    h('ul', null, items.slice(0, SHOWN).map(li)),
    h('details', { class: 'notice-more' }, h('summary', { text: `${rest.length} weitere Hinweise anzeigen` }), h('ul', null, rest.map(li))),
  ];
}
