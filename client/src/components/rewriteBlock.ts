import { CATEGORY_LABELS, type Finding } from '../../../server/contracts/finding';
import type { AbsatzRewrite, RewriteEdit } from '../../../server/contracts/rewrite';
import { h, type Child } from '../dom';
import { copyButton } from './findingCard';

/**
 * One Absatz's coherent rewrite: old → new wording with the changes marked, its one Änderungsbefehl, the findings it
 * resolves and the notes for the drafter. Replaces the per-finding suggestions of the Absatz's cards.
 */

export interface RewriteBlockOptions {
  findings: Map<string, Finding>;
  /** Jumps to a finding's card. */
  onFinding?: (id: string) => void;
}

/** The Absatz with deletions and insertions marked, built from the rewrite's edits (offsets in the old Absatz). */
export function diffParts(w: AbsatzRewrite): Child[] {
  const out: Child[] = [];
  const ordered = [...w.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let cur = 0;
  const keep = (to: number) => {
    if (to > cur) out.push(w.original.slice(cur, to));
    cur = Math.max(cur, to);
  };
  const ins = (s: string) => out.push(h('ins', { text: s }));
  const del = (s: string) => out.push(h('del', { text: s }));
  for (const e of ordered as RewriteEdit[]) {
    if (e.start < cur) continue;
    keep(e.start);
    switch (e.kind) {
      case 'insertAfter':
        keep(e.end);
        ins(` ${e.new}`);
        break;
      case 'insertBefore':
        ins(`${e.new} `);
        break;
      case 'replace':
        del(w.original.slice(e.start, e.end));
        ins(e.new);
        cur = e.end;
        break;
      case 'delete':
        del(w.original.slice(e.start, e.end));
        cur = e.end;
        break;
      case 'repeal':
        del(w.original.slice(e.start, e.end));
        if (e.new) ins(e.new);
        cur = e.end;
        break;
      case 'appendSentence':
        break;
    }
  }
  const body = w.original.trimEnd();
  keep(body.length);
  for (const e of ordered) if (e.kind === 'appendSentence') ins(` ${e.new}`);
  return out;
}

export function createRewriteBlock(w: AbsatzRewrite, opts: RewriteBlockOptions): HTMLElement {
  const resolved = w.findingIds.filter((id) => !w.unresolved.includes(id));
  const findingButton = (id: string) => {
    const f = opts.findings.get(id);
    const label = f ? `${CATEGORY_LABELS[f.category]} („${f.quote.match}“)` : id;
    return opts.onFinding
      ? h('button', { class: 'btn-link', text: label, attrs: { type: 'button' }, on: { click: () => opts.onFinding?.(id) } })
      : h('span', { text: label });
  };
  return h(
    'article',
    { class: 'rewrite-block', dataset: { rewriteStart: String(w.start) }, attrs: { 'aria-label': `Neufassung ${w.ref}` } },
    // a draft's own provisions are "des Entwurfs"; new wording of an amended law names that law
    h('h4', { class: 'rewrite-title', text: `Neufassung ${w.ref} ${!w.law || w.law === 'Entwurf' ? 'des Entwurfs' : w.law}` }),
    w.edits.length
      ? h('p', { class: 'rewrite-diff', attrs: { 'aria-label': 'Bisherige und neue Fassung, Änderungen markiert' } }, diffParts(w))
      : h('p', { class: 'muted small', text: 'Keine Änderung am Wortlaut vorgeschlagen (siehe Hinweise).' }),
    w.command
      ? h('div', { class: 'amendment' }, h('div', { class: 'amendment-text rewrite-command', text: w.command }), copyButton(w.command))
      : null,
    resolved.length
      ? h('p', { class: 'rewrite-resolves small' }, `Behebt ${resolved.length === 1 ? 'den Befund' : `${resolved.length} Befunde`}: `, joinWith(resolved.map(findingButton)))
      : null,
    w.notes.length ? h('ul', { class: 'rewrite-notes small' }, w.notes.map((n) => h('li', { text: n }))) : null,
    w.legalBasis.length ? h('p', { class: 'muted small', text: `Rechtsgrundlage: ${w.legalBasis.join('; ')}` }) : null,
  );
}

function joinWith(items: HTMLElement[]): Child[] {
  return items.flatMap((el, i) => (i === 0 ? [el] : [i === items.length - 1 ? ' und ' : ', ', el]));
}
