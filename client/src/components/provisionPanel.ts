import type { ProvisionResponse } from '../../../server/contracts/api';
import type { Citation } from '../../../server/contracts/search';
import { ApiError, errorMessage, getJson } from '../api';
import { h, render } from '../dom';

/** "§ 3a Abs. 2 Satz 1" → { section: "§ 3a", paragraph: "2" }. */
export function parseRef(ref: string): { section?: string; paragraph?: string } {
  const section = ref.match(/^\s*((?:§{1,2}|Art\.?|Artikel)\s*\d+\s*[a-z]?\b|Anlage\s*\d*)/i)?.[1]?.replace(/\s+/g, ' ').trim();
  const paragraph = ref.match(/Abs\.?\s*(\d+\s*[a-z]?)\b/i)?.[1]?.replace(/\s+/g, '');
  return { section, paragraph };
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Index of the cited Absatz: by number first, else by the cited text; -1 when it cannot be located. */
export function locateParagraph(paragraphs: ProvisionResponse['paragraphs'], paragraph: string | undefined, text: string): number {
  if (paragraph) {
    const byNumber = paragraphs.findIndex((p) => p.number === paragraph);
    if (byNumber >= 0) return byNumber;
  }
  const probe = normalize(text).replace(/^\(\d+[a-z]?\)\s*/, '').slice(0, 80);
  if (probe.length < 12) return paragraphs.length === 1 ? 0 : -1;
  return paragraphs.findIndex((p) => normalize(p.text).includes(probe));
}

export interface ProvisionPanel {
  el: HTMLElement;
  open(citation: Citation, returnFocus?: HTMLElement): Promise<void>;
  close(): void;
}

export function createProvisionPanel(onVisibility: (open: boolean) => void): ProvisionPanel {
  const heading = h('h2', { id: 'provision-heading', attrs: { tabindex: '-1' } });
  const sub = h('div', { class: 'muted small' });
  const body = h('div', { class: 'side-panel-body' });
  let returnTo: HTMLElement | undefined;
  let seq = 0;

  const close = () => {
    el.hidden = true;
    onVisibility(false);
    returnTo?.focus();
  };

  const el = h(
    'aside',
    { class: 'side-panel', hidden: true, attrs: { 'aria-labelledby': 'provision-heading', role: 'complementary' } },
    h(
      'div',
      { class: 'side-panel-head' },
      h('div', null, heading, sub),
      h('button', {
        class: 'btn btn-small close',
        text: 'Schließen',
        attrs: { type: 'button', 'aria-label': 'Normtext schließen' },
        on: { click: close },
      }),
    ),
    body,
  );
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') close();
  });

  const meta = (c: { stand?: string; excerpt?: boolean; jurisdiction?: string }, kind?: string) =>
    h(
      'div',
      { class: 'provision-meta' },
      kind === 'guidance' ? h('span', { class: 'badge', text: 'Leitfaden' }) : null,
      c.jurisdiction ? h('span', { class: 'badge', text: c.jurisdiction }) : null,
      c.stand ? h('span', { text: `Stand: ${c.stand}` }) : null,
      c.excerpt ? h('span', { class: 'badge badge-excerpt', text: 'Auszug' }) : null,
    );

  const showCitedText = (c: Citation, note: string) => {
    render(
      body,
      meta(c, c.kind),
      h('p', { class: 'alert alert-info', text: note }),
      h('div', { class: 'provision-text' }, h('div', { class: 'provision-par is-cited', text: c.text })),
    );
  };

  async function open(c: Citation, focusBack?: HTMLElement): Promise<void> {
    const mine = ++seq;
    returnTo = focusBack;
    el.hidden = false;
    onVisibility(true);
    // A guide section's law ("Leitfaden Schriftform") and title repeat its ref; the ref alone is the heading.
    const guide = c.kind === 'guidance';
    heading.textContent = guide ? c.ref : `${c.law} ${c.ref}`;
    sub.textContent = [guide ? c.law : '', c.title !== c.ref ? c.title : '', c.lawTitle].filter(Boolean).join(' – ');
    render(body, h('p', { class: 'muted', attrs: { role: 'status' }, text: 'Vorschrift wird geladen …' }));
    heading.focus();

    const { section, paragraph } = parseRef(c.ref);
    if (c.kind === 'guidance' || !section) {
      showCitedText(c, 'Angezeigt wird der zitierte Abschnitt.');
      return;
    }
    let prov: ProvisionResponse;
    try {
      prov = await getJson<ProvisionResponse>(`/api/provisions?${new URLSearchParams({ law: c.law, section })}`);
    } catch (err) {
      if (mine !== seq) return;
      if (err instanceof ApiError && err.status === 404) {
        showCitedText(c, 'Die Vorschrift ist im Korpus nicht im Volltext abrufbar; angezeigt wird der zitierte Auszug.');
      } else {
        render(body, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: errorMessage(err) }), h('div', { class: 'provision-text', text: c.text }));
      }
      return;
    }
    if (mine !== seq) return;

    heading.textContent = `${prov.section} ${prov.law}`;
    sub.textContent = [prov.title, prov.lawTitle].filter(Boolean).join(' – ');
    const cited = locateParagraph(prov.paragraphs, paragraph, c.text);
    const pars = prov.paragraphs.map((p, i) =>
      h(
        'div',
        {
          class: i === cited ? 'provision-par is-cited' : 'provision-par',
          attrs: i === cited ? { 'aria-current': 'true' } : {},
        },
        p.number ? h('span', { class: 'par-num', text: `(${p.number})` }) : null,
        p.text.replace(/^\(\d+[a-z]?\)\s*/, ''),
        i === cited ? h('span', { class: 'visually-hidden', text: ' (zitierte Stelle)' }) : null,
      ),
    );
    render(
      body,
      meta(prov),
      cited < 0
        ? h('p', {
            class: 'alert alert-warn',
            attrs: { role: 'status' },
            text: `Die zitierte Stelle (${c.ref}) ließ sich im Normtext nicht genau finden; angezeigt wird die ganze Vorschrift.`,
          })
        : null,
      h('div', { class: 'provision-text' }, pars),
    );
    if (cited >= 0) pars[cited]?.scrollIntoView({ block: 'start' });
  }

  return { el, open, close };
}
