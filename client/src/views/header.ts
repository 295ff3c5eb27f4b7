import type { HealthResponse, LogoutResponse, MeResponse } from '../../../server/contracts/api';
import { getJson, sendJson } from '../api';
import { fmtNumber, h, render, svg } from '../dom';

export interface NavItem {
  route: string;
  label: string;
}

const NAV: NavItem[] = [
  { route: 'chat', label: 'Chat' },
  { route: 'pruefen', label: 'Entwurf prüfen' },
  { route: 'screening', label: 'Normenscreening' },
  { route: 'hilfe', label: 'Hilfe' },
];

/** The administration page, linked beside the notice (the main navigation has no room for it). */
const ADMIN: NavItem = { route: 'korpus', label: 'Rechtskorpus verwalten' };

/** Every page this user may open: corpus administration only for those who may change the corpus. */
export function navFor(me: Pick<MeResponse, 'corpusAdmin'>): NavItem[] {
  return me.corpusAdmin ? [...NAV, ADMIN] : NAV;
}

export interface Header {
  el: HTMLElement;
  setActive(route: string): void;
  /** Resolves with /healthz once known (null when unreachable). */
  health: Promise<HealthResponse | null>;
  /** Shows new corpus figures (an administrator changed the corpus). */
  setCorpus(figures: HealthResponse['corpus']): void;
}

export function createHeader(me: Pick<MeResponse, 'authRequired' | 'user' | 'corpusAdmin'>): Header {
  const links = new Map<string, HTMLAnchorElement>();
  const nav = h(
    'nav',
    { class: 'main-nav', attrs: { 'aria-label': 'Hauptnavigation' } },
    h(
      'ul',
      null,
      NAV.map((item) => {
        const a = h('a', { text: item.label, attrs: { href: `#/${item.route}` } });
        links.set(item.route, a);
        return h('li', null, a);
      }),
    ),
  );

  const badge = h('span', { class: 'status-badge', text: 'Status wird geprüft …' });
  const corpus = h('span', { class: 'corpus-size' });
  const status = h('div', { class: 'header-status', attrs: { role: 'status', 'aria-live': 'polite' } }, badge, corpus);

  const mark = svg(
    'svg',
    { width: 20, height: 20, viewBox: '0 0 32 32', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M8 16.5l5 5L24 10', fill: 'none', stroke: '#1d3f66', 'stroke-width': 4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  );
  const brand = h('a', { class: 'brand', attrs: { href: '#/chat' } }, h('span', { class: 'brand-mark' }, mark), 'Digitalcheck-Assistent');

  const logout = me.authRequired
    ? h('button', {
        class: 'btn btn-small btn-ghost logout',
        text: 'Abmelden',
        attrs: { type: 'button' },
        on: {
          click: async () => {
            const res = await sendJson<LogoutResponse | undefined>('POST', '/api/logout').catch(() => undefined);
            // after single sign-on the provider asks whether to end its session too, then sends the browser back
            if (res?.endSessionUrl) window.location.assign(res.endSessionUrl);
            else window.location.reload();
          },
        },
      })
    : null;
  const admin = me.corpusAdmin ? h('a', { class: 'admin-link', text: ADMIN.label, attrs: { href: `#/${ADMIN.route}` } }) : null;
  if (admin) links.set(ADMIN.route, admin);
  const who = me.user?.name ?? me.user?.email;
  const user = who ? h('span', { class: 'signed-in', text: `Angemeldet: ${who}` }) : null;

  const el = h(
    'header',
    { class: 'app-header' },
    h('div', { class: 'header-bar' }, brand, nav, status),
    h(
      'div',
      { class: 'notice-bar' },
      h('strong', { text: 'Assistenz – die Entscheidung trifft der Mensch.' }),
      h('span', {
        text: 'Befunde und Vorschläge sind Prüfhinweise; die rechtliche Bewertung bleibt bei Ihnen.',
      }),
      admin,
      user,
      logout,
    ),
  );

  function setCorpus(c: HealthResponse['corpus']): void {
    render(corpus, `Korpus: ${fmtNumber(c.laws)} Gesetze · ${fmtNumber(c.provisions)} Vorschriften · ${fmtNumber(c.guidance)} Leitfäden`);
  }

  const health = getJson<HealthResponse>('/healthz')
    .then((hz) => {
      if (hz.llm === 'none') {
        badge.classList.add('is-offline');
        badge.textContent = 'Offline-Modus – kein Sprachmodell aktiv';
      } else {
        badge.textContent = `Modell: ${hz.llm}`;
      }
      setCorpus(hz.corpus);
      return hz;
    })
    .catch(() => {
      badge.classList.add('is-error');
      badge.textContent = 'Server nicht erreichbar';
      return null;
    });

  return {
    el,
    health,
    setCorpus,
    setActive(route) {
      for (const [r, a] of links) {
        if (r === route) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
    },
  };
}
