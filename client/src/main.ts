import './styles/main.css';
import './styles/narrow.css';
import type { MeResponse } from '../../server/contracts/api';
import { ApiError, AUTH_REQUIRED_EVENT, getJson } from './api';
import { createConnectionBanner } from './components/connectionBanner';
import { keepConnected } from './connection';
import { h } from './dom';
import { getSocket } from './socket';
import { createBatchView } from './views/batch';
import { createChatView } from './views/chat';
import { createCorpusAdminView } from './views/corpusAdmin';
import { createHeader, navFor } from './views/header';
import { createHelpView } from './views/help';
import { renderLogin } from './views/login';
import { createReviewView } from './views/review';

interface View {
  el: HTMLElement;
  show(params: string[]): void;
}

const root = document.getElementById('app')!;

async function boot(): Promise<void> {
  let me: MeResponse;
  try {
    me = await getJson<MeResponse>('/api/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) renderLogin(root, err.code);
    else showFatal(err instanceof ApiError ? err.message : 'Der Digitalcheck-Assistent konnte nicht gestartet werden.');
    return;
  }
  window.addEventListener(AUTH_REQUIRED_EVENT, (ev) => renderLogin(root, (ev as CustomEvent<string>).detail), { once: true });
  startShell(me);
}

function showFatal(message: string): void {
  root.removeAttribute('aria-busy');
  root.replaceChildren(h('div', { class: 'app-loading' }, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: message })));
}

function startShell(me: MeResponse): void {
  const socket = getSocket();
  socket.on('connect_error', (err) => {
    // The handshake is refused without a valid session (e.g. it expired): show the login form.
    const code = (err as Error & { data?: { code?: unknown } }).data?.code;
    if (typeof code === 'string' && code.startsWith('unauthorized')) renderLogin(root, code);
    // too many windows of one session: socket.io does not retry a refused handshake, so say why nothing answers
    else if (code === 'rate_limited:sockets') showFatal(err.message);
  });
  // The server closes the sockets of a session that ended (logout in another tab, expiry, new access code) and of
  // every page when it restarts. /api/me then shows the login form (401), issues a new session (without access
  // code) or fails while the server is down, and the page tries again later.
  const banner = createConnectionBanner(() => connection.retryNow());
  const connection = keepConnected(socket, () => getJson<MeResponse>('/api/me'), (state) => banner.show(state));

  const header = createHeader(me);
  header.el.append(banner.el);
  const nav = navFor(me);
  socket.on('corpus:changed', (figures) => header.setCorpus(figures));
  let silentHash: string | null = null;
  const navigate = (hash: string, opts: { silent?: boolean } = {}) => {
    if (window.location.hash === hash) return;
    if (opts.silent) silentHash = hash;
    window.location.hash = hash;
  };

  const views: Record<string, View> = {
    chat: createChatView(socket, navigate),
    pruefen: createReviewView(socket, navigate),
    screening: createBatchView(socket, navigate, header.health),
    hilfe: { el: h('div', { class: 'view', id: 'view-hilfe' }, createHelpView(me.dataPolicy)), show: () => undefined },
    ...(me.corpusAdmin ? { korpus: createCorpusAdminView(socket) } : {}),
  };
  const main = h('main', { id: 'main', attrs: { tabindex: '-1' } });
  for (const v of Object.values(views)) {
    v.el.hidden = true;
    main.append(v.el);
  }
  const announcer = h('div', { id: 'sr-announcer', class: 'visually-hidden', attrs: { 'aria-live': 'polite', role: 'status' } });
  root.className = 'app';
  root.removeAttribute('aria-busy');
  root.replaceChildren(header.el, main, announcer);

  // The main area fills the viewport below the header; its height depends on the header's wrapping.
  const setHeaderHeight = () => document.documentElement.style.setProperty('--header-h', `${header.el.offsetHeight}px`);
  new ResizeObserver(setHeaderHeight).observe(header.el);
  setHeaderHeight();

  let current: string | null = null;
  const route = () => {
    const hash = window.location.hash;
    if (silentHash === hash) {
      silentHash = null;
      return;
    }
    const [name = '', ...params] = hash.replace(/^#\/?/, '').split('/');
    const target = nav.some((n) => n.route === name) ? name : 'chat';
    if (target !== name) {
      window.location.replace('#/chat');
      return;
    }
    for (const [key, v] of Object.entries(views)) v.el.hidden = key !== target;
    header.setActive(target);
    const label = nav.find((n) => n.route === target)?.label ?? '';
    document.title = `${label} – Digitalcheck-Assistent`;
    if (current !== target) {
      // another page starts at its top, not at the scroll position of the long page before it
      window.scrollTo(0, 0);
      main.focus({ preventScroll: true });
    }
    current = target;
    views[target]?.show(params);
  };
  window.addEventListener('hashchange', route);
  route();
}

void boot();
