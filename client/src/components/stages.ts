import type { ReviewStage } from '../../../server/contracts/api';
import { h } from '../dom';

export type StageKey = Exclude<ReviewStage['stage'], 'failed'>;
const STAGES: { key: StageKey; label: string }[] = [
  { key: 'upload', label: 'Hochladen' },
  { key: 'extract', label: 'Text extrahieren' },
  { key: 'structure', label: 'Gliederung erkennen' },
  { key: 'checks', label: 'Prüfungen' },
  { key: 'done', label: 'Fertig' },
];

/** Visible pipeline of an upload; stages only move forward, so late socket events cannot undo progress. */
export function createStages() {
  const items = STAGES.map((s) => {
    const icon = h('span', { class: 'stage-icon', attrs: { 'aria-hidden': 'true' } });
    const label = h('span', { text: s.label });
    const state = h('span', { class: 'visually-hidden' });
    const detail = h('div', { class: 'stage-detail small' });
    const li = h('li', { class: 'stage', dataset: { stage: s.key } }, h('div', { class: 'stage-label' }, icon, label, state), detail);
    return { ...s, li, icon, label, state, detail };
  });
  const bar = h('div', { class: 'progress-bar' });
  const progress = h('div', {
    class: 'progress',
    attrs: { role: 'progressbar', 'aria-label': 'Upload-Fortschritt', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 },
  }, bar);
  items[0]!.detail.append(progress);
  const el = h('ol', { class: 'stages', attrs: { 'aria-label': 'Verarbeitungsschritte' } }, items.map((i) => i.li));
  let reached = -1;
  let failed = false;

  const paint = () => {
    items.forEach((it, i) => {
      const done = i < reached || (i === reached && it.key === 'done');
      const activeNow = i === reached && !done && !failed;
      const failedHere = failed && i === Math.max(reached, 0);
      it.li.className = `stage${done ? ' is-done' : ''}${activeNow ? ' is-active' : ''}${failedHere ? ' is-failed' : ''}`;
      it.icon.textContent = done ? '✓' : failedHere ? '!' : '';
      it.state.textContent = done ? ' (erledigt)' : activeNow ? ' (läuft)' : failedHere ? ' (fehlgeschlagen)' : ' (ausstehend)';
      if (it.li.classList.contains('is-active')) it.li.setAttribute('aria-current', 'step');
      else it.li.removeAttribute('aria-current');
    });
  };

  return {
    el,
    reset() {
      reached = -1;
      failed = false;
      items.forEach((it) => {
        it.label.textContent = STAGES.find((s) => s.key === it.key)?.label ?? '';
        if (it.key !== 'upload') it.detail.replaceChildren();
      });
      this.setProgress(0);
      paint();
    },
    reach(key: StageKey) {
      const idx = items.findIndex((i) => i.key === key);
      if (failed || idx <= reached) return;
      if (reached > 0) items[reached]!.detail.replaceChildren();
      reached = idx;
      if (idx > 0) this.setProgress(100);
      paint();
    },
    /** A line under a stage that is still running (e.g. the place in the line); it goes once a later stage is reached. */
    note(key: StageKey, text: string) {
      const idx = items.findIndex((i) => i.key === key);
      if (failed || idx !== reached) return;
      items[idx]!.detail.replaceChildren(h('span', { text }));
    },
    fail(message: string) {
      failed = true;
      if (reached < 0) reached = 0;
      const at = items[reached]!;
      at.detail.replaceChildren(at.key === 'upload' ? progress : '', h('span', { text: message }));
      const last = items[items.length - 1]!;
      last.label.textContent = 'Fehlgeschlagen';
      last.li.classList.add('is-failed');
      paint();
      last.li.classList.add('is-failed');
      last.icon.textContent = '!';
      // the label already says it; "(ausstehend)" from paint() would contradict it for screen readers
      last.state.textContent = '';
    },
    setProgress(pct: number) {
      const v = Math.max(0, Math.min(100, Math.round(pct)));
      bar.style.width = `${v}%`;
      progress.setAttribute('aria-valuenow', String(v));
    },
  };
}
