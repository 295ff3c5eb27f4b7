import type { OutlineEntry, ParseWarning } from '../../../server/contracts/document';
import { h } from '../dom';

/**
 * The Gliederung beside the draft text: every part and provision the parser recognised, with its number of
 * findings, so the drafter can check that nothing was lost. Parts that are not law text say that they were not
 * checked; text the parser could not place is marked, and a notice above the list says so in plain words.
 */

const KIND_LABELS: Record<OutlineEntry['kind'], string> = {
  law: 'Gesetzestext',
  amendment: 'Neue Fassung',
  begruendung: 'Begründung',
  inhaltsuebersicht: 'Inhaltsübersicht',
  vorblatt: 'Vorblatt',
  other: 'Sonstiges',
};

/** German notices for the parts that were not checked and the places the parser could not read. */
export function outlineNotices(entries: readonly OutlineEntry[], warnings: readonly ParseWarning[] = []): string[] {
  const out: string[] = [];
  const unassigned = entries.filter((e) => e.unassigned);
  if (unassigned.length > 0) {
    out.push(
      `${unassigned.length === 1 ? 'Ein Textabschnitt' : `${unassigned.length} Textabschnitte`} des Gesetzestextes konnte${unassigned.length === 1 ? '' : 'n'} keiner Vorschrift zugeordnet werden und wurde${unassigned.length === 1 ? '' : 'n'} nicht geprüft. Sie sind in der Gliederung markiert.`,
    );
  }
  const skipped = [...new Set(entries.filter((e) => !e.checked && !e.unassigned && e.kind !== 'other').map((e) => KIND_LABELS[e.kind]))];
  if (skipped.length > 0) out.push(`Nicht auf Hindernisse geprüft, weil kein Gesetzestext: ${skipped.join(', ')}.`);
  if (!entries.some((e) => e.checked)) out.push('Im Dokument wurde kein Gesetzestext erkannt; es wurde nichts geprüft.');
  for (const w of warnings) out.push(w.message);
  return out;
}

export function renderOutline(entries: readonly OutlineEntry[], onJump: (index: number) => void): HTMLElement {
  const nested = (e: OutlineEntry) => e.kind === 'amendment' || (e.article !== undefined && e.section !== undefined) || (e.kind === 'begruendung' && e.article !== undefined);
  return h(
    'nav',
    { class: 'outline-list', attrs: { 'aria-label': 'Gliederung des Dokuments' } },
    h(
      'ol',
      null,
      entries.map((e, i) =>
        h(
          'li',
          { class: `outline-item kind-${e.kind}${nested(e) ? ' is-nested' : ''}${e.checked ? '' : ' is-unchecked'}${e.unassigned ? ' is-unassigned' : ''}` },
          h(
            'button',
            { class: 'outline-jump', attrs: { type: 'button', title: e.title ? `${e.ref} – ${e.title}` : e.ref }, on: { click: () => onJump(i) } },
            h('span', { class: 'outline-ref', text: e.ref }),
            e.title && e.kind !== 'other' ? h('span', { class: 'outline-title muted small', text: e.title }) : null,
          ),
          e.unassigned
            ? h('span', { class: 'badge badge-warn', text: 'nicht zugeordnet' })
            : e.checked
              ? h('span', { class: `badge${e.findings > 0 ? ' badge-count' : ''}`, text: String(e.findings), attrs: { title: `${e.findings} Befund${e.findings === 1 ? '' : 'e'}` } })
              : h('span', { class: 'badge badge-muted', text: 'nicht geprüft' }),
        ),
      ),
    ),
  );
}
