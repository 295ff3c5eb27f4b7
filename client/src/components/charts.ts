import { fmtNumber, h, randomId, svg } from '../dom';

export interface BarItem {
  label: string;
  value: number;
  /** Full text for the tooltip / accessible name when the label is shortened. */
  title?: string;
}

const WIDTH = 380;
const LABEL_W = 150;
const ROW_H = 24;
const BAR_H = 15;
const VALUE_W = 48;

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Horizontal bar chart as plain SVG: every bar carries its number as visible text, and the figure
 * has an accessible name and a text summary, so it reads without seeing the bars.
 */
export function barChart(title: string, items: BarItem[], opts: { emptyText?: string } = {}): HTMLElement {
  const id = `chart-${randomId()}`;
  const heading = h('h3', { id, text: title });
  if (!items.length) return h('figure', { class: 'panel chart' }, heading, h('p', { class: 'muted small', text: opts.emptyText ?? 'Keine Daten.' }));

  const max = Math.max(...items.map((i) => i.value), 1);
  const height = items.length * ROW_H + 6;
  const summary = items.map((i) => `${i.title ?? i.label}: ${fmtNumber(i.value)}`).join('; ');
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': id, 'aria-describedby': `${id}-desc` },
    svg('desc', { id: `${id}-desc` }, summary),
    items.map((item, row) => {
      const y = row * ROW_H + 4;
      const w = Math.max(2, ((WIDTH - LABEL_W - VALUE_W) * item.value) / max);
      return svg(
        'g',
        { class: 'bar-row' },
        svg('title', {}, `${item.title ?? item.label}: ${fmtNumber(item.value)}`),
        svg('text', { x: LABEL_W - 8, y: y + BAR_H - 3, 'text-anchor': 'end' }, shorten(item.label, 22)),
        svg('rect', { class: 'bar', x: LABEL_W, y, width: w, height: BAR_H, rx: 2 }),
        svg('text', { class: 'bar-value', x: LABEL_W + w + 6, y: y + BAR_H - 3 }, fmtNumber(item.value)),
      );
    }),
  );
  return h('figure', { class: 'panel chart' }, heading, chart);
}
