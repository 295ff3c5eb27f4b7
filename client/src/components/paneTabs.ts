import { h } from '../dom';

/**
 * Tabs that show one of several side-by-side panes at a time, only in a window up to the width of TABS_MEDIA
 * (client/src/styles/narrow.css hides the tab list and the unselected panes there, nothing above it). Stacked, the
 * panes put a long scroll between a finding and its place in the text; as tabs both are one click away.
 *
 * The selection lives here, not in the media query, so a drafter who widens the window and narrows it again finds
 * the tab she had chosen. The panes carry role="tabpanel" only while the tabs are in effect: above the width they
 * are plain regions beside each other, and a tab panel without visible tabs would mislead a screen reader.
 */

/** The width up to which the panes are tabs; the same value as the media query in narrow.css. */
export const TABS_MEDIA = '(max-width: 780px)';

export interface PaneTabDef<K extends string> {
  key: K;
  label: string;
  /** The id given to the pane this tab shows. */
  panelId: string;
}

export interface PaneTabs<K extends string> {
  /** The tab list; place it above the panes. */
  el: HTMLElement;
  /** Connects freshly rendered panes (a new review renders new panes) and applies the current selection to them. */
  setPanels(panels: Record<K, HTMLElement>): void;
  setLabel(key: K, label: string): void;
  /** Shows the pane when the tabs are in effect; true when that hid the other pane (its focus is then lost). */
  reveal(key: K): boolean;
}

export function createPaneTabs<K extends string>(defs: PaneTabDef<K>[], opts: { label: string; selected: K }): PaneTabs<K> {
  const media = window.matchMedia(TABS_MEDIA);
  let selected = opts.selected;
  let panels: Partial<Record<K, HTMLElement>> = {};

  const tabs = new Map<K, HTMLButtonElement>(
    defs.map((d) => [
      d.key,
      h('button', {
        id: `${d.panelId}-tab`,
        class: 'pane-tab',
        text: d.label,
        attrs: { type: 'button', role: 'tab', 'aria-controls': d.panelId },
        on: { click: () => select(d.key) },
      }),
    ]),
  );
  const el = h('div', { class: 'pane-tabs', attrs: { role: 'tablist', 'aria-label': opts.label } }, [...tabs.values()]);

  function apply(): void {
    for (const [key, tab] of tabs) {
      const on = key === selected;
      tab.setAttribute('aria-selected', String(on));
      // one tab stop for the list; the arrow keys move within it
      tab.tabIndex = on ? 0 : -1;
      const panel = panels[key];
      if (!panel) continue;
      panel.classList.toggle('is-tab-hidden', !on);
      if (media.matches) panel.setAttribute('role', 'tabpanel');
      else panel.removeAttribute('role');
    }
  }

  function select(key: K, focus = false): void {
    selected = key;
    apply();
    if (focus) tabs.get(key)?.focus();
  }

  el.addEventListener('keydown', (ev) => {
    const keys = defs.map((d) => d.key);
    const at = keys.indexOf(selected);
    const next =
      ev.key === 'ArrowRight' ? keys[(at + 1) % keys.length]
      : ev.key === 'ArrowLeft' ? keys[(at - 1 + keys.length) % keys.length]
      : ev.key === 'Home' ? keys[0]
      : ev.key === 'End' ? keys[keys.length - 1]
      : undefined;
    if (next === undefined) return;
    ev.preventDefault();
    select(next, true);
  });
  media.addEventListener('change', apply);
  apply();

  return {
    el,
    setPanels(next) {
      panels = next;
      for (const d of defs) next[d.key].id = d.panelId;
      apply();
    },
    setLabel(key, label) {
      const tab = tabs.get(key);
      if (tab) tab.textContent = label;
    },
    reveal(key) {
      if (!media.matches || key === selected) return false;
      select(key);
      return true;
    },
  };
}
