import type { AppSocket } from '../socket';
import { h } from '../dom';

export function createBatchView(_socket: AppSocket, _navigate: (hash: string) => void) {
  const el = h('div', { class: 'view', id: 'view-screening' }, h('div', { class: 'page' }, h('h1', { text: 'Normenscreening' })));
  return { el, show: (_params: string[]) => undefined };
}
