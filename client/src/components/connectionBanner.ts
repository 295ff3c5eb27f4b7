import type { ConnectionState } from '../connection';
import { announce, h } from '../dom';

/** How long "Verbindung wiederhergestellt" stays after a reconnect. */
const RECOVERED_MS = 4000;

export interface ConnectionBanner {
  el: HTMLElement;
  show(state: ConnectionState): void;
}

/**
 * The connection's state in words under the header. The countdown changes every second, so it is not a live region;
 * screen readers hear the loss and the recovery once each.
 */
export function createConnectionBanner(retryNow: () => void): ConnectionBanner {
  const message = h('span', { class: 'connection-message' });
  const retry = h('button', { class: 'btn btn-small', text: 'Jetzt erneut verbinden', attrs: { type: 'button' }, on: { click: retryNow } });
  const el = h('div', { class: 'connection-banner', hidden: true }, message, retry);
  let hideTimer: number | undefined;
  let down = false;

  function show(state: ConnectionState): void {
    window.clearTimeout(hideTimer);
    if (state.kind === 'stopped') {
      el.hidden = true;
      return;
    }
    if (state.kind === 'connected') {
      if (!state.recovered) return;
      el.className = 'connection-banner is-ok';
      message.textContent = 'Verbindung wiederhergestellt.';
      retry.hidden = true;
      el.hidden = false;
      if (down) announce('Die Verbindung zum Server ist wiederhergestellt.');
      down = false;
      hideTimer = window.setTimeout(() => (el.hidden = true), RECOVERED_MS);
      return;
    }
    if (!down) announce('Die Verbindung zum Server ist unterbrochen. Der Assistent verbindet sich automatisch neu; Ihre Eingaben bleiben erhalten.');
    down = true;
    el.className = 'connection-banner is-down';
    message.textContent =
      state.kind === 'waiting' ? `Verbindung unterbrochen – neuer Versuch in ${state.seconds} s` : 'Verbindung unterbrochen – neuer Versuch läuft …';
    retry.hidden = state.kind === 'trying';
    el.hidden = false;
  }

  return { el, show };
}
