import { fmtNumber, h, randomId, svg } from '../dom';

export interface BarItem {
  label: string;
  value: number;
  /** Full text for the tooltip / accessible name when the label is shortened. */
  title?: string;
}

/**
 * Horizontal bar chart: labels and numbers are HTML text at the page's font size (an SVG scaled to a narrow panel
 * shrank them to 8 px); only the bars are SVG. Every row reads as "label: number" without seeing the bars.
 */
export function barChart(title: string, items: BarItem[], opts: { emptyText?: string } = {}): HTMLElement {
  const id = `chart-${randomId()}`;
  const heading = h('h3', { id, text: title });
  if (!items.length) return h('figure', { class: 'panel chart' }, heading, h('p', { class: 'muted small', text: opts.emptyText ?? 'Keine Daten.' }));

  const max = Math.max(...items.map((i) => i.value), 1);
  const rows = items.map((item) => {
    const name = item.title ?? item.label;
    // a zero still gets a sliver, so the row does not look like a rendering gap
    const pct = Math.max(1, (100 * item.value) / max);
    return h(
      'li',
      { class: 'bar-row', attrs: { title: `${name}: ${fmtNumber(item.value)}` } },
      h('span', { class: 'bar-label', text: item.label }),
      h('span', { class: 'visually-hidden', text: ': ' }),
      svg('svg', { class: 'bar-track', 'aria-hidden': 'true', focusable: 'false' }, svg('rect', { class: 'bar', x: 0, y: 0, width: `${pct}%`, height: '100%', rx: 2 })),
      h('span', { class: 'bar-value', text: fmtNumber(item.value) }),
    );
  });
  return h('figure', { class: 'panel chart' }, heading, h('ul', { class: 'bar-list', attrs: { 'aria-labelledby': id } }, rows));
}
