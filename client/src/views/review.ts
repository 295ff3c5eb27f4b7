import type { AppSocket } from '../socket';
import { h } from '../dom';

export function createReviewView(_socket: AppSocket, _navigate: (hash: string) => void) {
  const el = h('div', { class: 'view', id: 'view-pruefen' }, h('div', { class: 'page' }, h('h1', { text: 'Entwurf prüfen' })));
  return { el, show: (_params: string[]) => undefined };
}
