import { CATEGORY_LABELS, PRINCIPLE_TITLES, type Finding, type RuleTrace } from '../../../server/contracts/finding';
import type { Decision, RuleExceptionsResponse } from '../../../server/contracts/api';
import { getJson } from '../api';
import { copyText, h, type Child } from '../dom';
import { icon } from '../icons';
import { SEVERITY_LABELS } from '../labels';
import { createFeedback } from './feedback';

export interface FindingCardOptions {
  /** Conversation or review id for feedback; no feedback buttons without it. */
  contextId?: string;
  /** Shown with accept/dismiss buttons when given (draft review). */
  decision?: Decision;
  onDecision?: (decision: Decision) => Promise<void>;
  /** Card click (outside its buttons) selects the finding, e.g. to scroll to its highlight. */
  onSelect?: () => void;
  /**
   * The finding is resolved in the coherent rewrite of its Absatz: the card points there instead of showing its own
   * suggestion and command, which could contradict another finding of the Absatz.
   */
  rewrite?: { ref: string; onShow: () => void };
  /** What the engine checked for the finding's rule, from the answer's `rules` ("Warum gemeldet?"); AI findings have none. */
  trace?: RuleTrace;
}

export interface FindingCard {
  el: HTMLElement;
  setDecision(decision: Decision): void;
  flash(): void;
}

export function findingRef(f: Finding): string {
  // a pasted text is both ref and law ("Eingabe"); naming it twice reads like an error
  const where = [f.location.law, f.location.article].filter((p) => p && p !== f.location.ref).join(', ');
  return where ? `${f.location.ref} (${where})` : f.location.ref;
}

/** The sentence with the matched words marked, built from text nodes only. */
export function quoteWithMatch(sentence: string, match: string): Child[] {
  const at = match ? sentence.indexOf(match) : -1;
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), h('mark', { text: match }), sentence.slice(at + match.length)];
}

export function severityBadge(sev: Finding['severity']): HTMLElement {
  return h('span', { class: `badge sev-badge sev-${sev}`, text: SEVERITY_LABELS[sev] });
}

export function createFindingCard(f: Finding, opts: FindingCardOptions = {}): FindingCard {
  const titleId = `finding-${f.id}`.replace(/[^\w-]/g, '_');
  const amendmentBlock = f.amendment
    ? h(
        'div',
        { class: 'amendment' },
        h('div', { class: 'amendment-text', text: f.amendment }),
        copyButton(f.amendment),
      )
    : null;

  const rewrite = opts.rewrite;
  const fields: Child[] = [
    h('dt', { text: 'Erläuterung' }),
    h('dd', { text: f.explanation }),
    rewrite
      ? [
          h('dt', { text: 'Vorschlag' }),
          h(
            'dd',
            { class: 'finding-rewrite-link' },
            h(
              'span',
              { class: 'rw-in' },
              `Behoben in der Neufassung von ${rewrite.ref} – ein Änderungsbefehl für alle Befunde des Absatzes. `,
              h('button', { class: 'btn btn-small', text: 'Neufassung zeigen', attrs: { type: 'button' }, on: { click: rewrite.onShow } }),
            ),
            // shown once the finding is dismissed (the review view toggles it after the Absatz is rewritten)
            h('span', { class: 'rw-out', text: `Verworfen – die Neufassung von ${rewrite.ref} ändert hierfür nichts am Wortlaut.`, attrs: { hidden: '' } }),
          ),
        ]
      : f.suggestion
        ? [h('dt', { text: 'Vorschlag' }), h('dd', { text: f.suggestion })]
        : null,
    f.legalBasis.length ? [h('dt', { text: 'Rechtsgrundlage' }), h('dd', { text: f.legalBasis.join('; ') })] : null,
    amendmentBlock && !rewrite ? [h('dt', { text: 'Änderungsbefehl' }), h('dd', null, amendmentBlock)] : null,
  ];

  let acceptBtn: HTMLButtonElement | null = null;
  let dismissBtn: HTMLButtonElement | null = null;
  const el = h(
    'article',
    { class: `finding-card sev-${f.severity}`, attrs: { 'aria-labelledby': titleId }, dataset: { findingId: f.id } },
    h(
      'div',
      { class: 'finding-head' },
      h('h4', { class: 'finding-title', id: titleId, text: CATEGORY_LABELS[f.category] }),
      severityBadge(f.severity),
      h('span', { class: 'chip', text: `Prinzip ${f.principle}`, attrs: { title: PRINCIPLE_TITLES[f.principle] } }),
      f.source === 'KI' ? h('span', { class: 'badge badge-ki', text: 'KI-Befund' }) : null,
    ),
    h(
      'div',
      { class: 'finding-ref' },
      h('strong', { text: findingRef(f) }),
      ' · ',
      h('span', { text: PRINCIPLE_TITLES[f.principle] }),
    ),
    h('blockquote', { class: 'finding-quote' }, quoteWithMatch(f.quote.sentence || f.quote.match, f.quote.match)),
    h('dl', { class: 'finding-fields' }, fields),
    traceDisclosure(f, opts.trace),
  );

  const actions: Child[] = [];
  if (opts.onDecision) {
    const decide = (d: Decision) => async () => {
      const next: Decision = card.decision === d ? 'open' : d;
      const prev = card.decision;
      card.setDecision(next);
      try {
        await opts.onDecision?.(next);
      } catch {
        card.setDecision(prev);
      }
    };
    acceptBtn = h('button', {
      class: 'btn btn-small btn-accept',
      text: '✓ Übernehmen',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      on: { click: decide('accepted') },
    });
    dismissBtn = h('button', {
      class: 'btn btn-small btn-dismiss',
      text: '✕ Verwerfen',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      on: { click: decide('dismissed') },
    });
    actions.push(acceptBtn, dismissBtn);
  }
  if (opts.contextId) {
    actions.push(h('span', { class: 'spacer' }), createFeedback({ targetType: 'finding', targetId: f.id, contextId: opts.contextId }));
  }
  if (actions.length) el.append(h('div', { class: 'finding-actions' }, actions));

  if (opts.onSelect) {
    el.addEventListener('click', (ev) => {
      if ((ev.target as HTMLElement).closest('button, a, input, form, summary')) return;
      opts.onSelect?.();
    });
  }

  const card = {
    el,
    decision: opts.decision ?? ('open' as Decision),
    setDecision(d: Decision) {
      card.decision = d;
      el.classList.toggle('is-accepted', d === 'accepted');
      el.classList.toggle('is-dismissed', d === 'dismissed');
      acceptBtn?.setAttribute('aria-pressed', String(d === 'accepted'));
      dismissBtn?.setAttribute('aria-pressed', String(d === 'dismissed'));
    },
    flash() {
      el.classList.remove('flash');
      void el.offsetWidth; // restart the CSS animation
      el.classList.add('flash');
    },
  };
  card.setDecision(card.decision);
  return card;
}

/**
 * "Warum gemeldet?": which words triggered the rule, which default guards it passed and which named exceptions of
 * the rule were checked and did not apply (`trace`, the rule's entry in the answer's `rules`) — with their legal
 * reasons once they are loaded (`reasons`: exception id → reason of this rule), by id until then. Rule findings only;
 * AI findings have no trace.
 */
export function whyReported(
  f: Finding,
  trace: RuleTrace | undefined,
  reasons?: Readonly<Record<string, string>>,
): { trigger: string; guards: string[]; exceptions: string; exceptionReasons: string[] } | null {
  if (!trace) return null;
  const n = trace.exceptions.length;
  return {
    trigger: `Auslöser: „${f.quote.match}“ (Regel ${f.ruleId}).`,
    guards: trace.guards.map((g) => g.label),
    exceptions: n
      ? reasons
        ? `Keine der ${n} benannten Ausnahmen der Regel trifft zu:`
        : `Keine der ${n} benannten Ausnahmen der Regel trifft zu: ${trace.exceptions.join(', ')}.`
      : 'Die Regel hat keine benannten Ausnahmen.',
    exceptionReasons: reasons ? trace.exceptions.map((id) => reasons[id] ?? id) : [],
  };
}

/** The reasons of all exceptions, fetched once for every card of the page. */
let exceptionReasons: Promise<RuleExceptionsResponse> | undefined;
const loadReasons = () => (exceptionReasons ??= getJson<RuleExceptionsResponse>('/api/rules/exceptions').catch((e: unknown) => {
  exceptionReasons = undefined;
  throw e;
}));

function traceDisclosure(f: Finding, trace: RuleTrace | undefined): HTMLElement | null {
  const why = whyReported(f, trace);
  if (!why || !trace) return null;
  const n = trace.exceptions.length;
  const reasonList = h('div', null, h('p', { text: why.exceptions }));
  // A rule names up to ~40 exceptions; listed openly they bury trigger and guards under a page of text, so they
  // get their own disclosure and their reasons are fetched only when a drafter opens it.
  const exceptions = n
    ? h('details', { class: 'trace-exceptions' }, h('summary', { text: `Keine der ${n} benannten Ausnahmen der Regel trifft zu – Gründe anzeigen` }), reasonList)
    : h('p', { text: why.exceptions });
  const details = h(
    'details',
    { class: 'finding-trace' },
    h('summary', { text: 'Warum gemeldet?' }),
    h('p', { text: why.trigger }),
    h('p', { text: 'Geprüft und nicht einschlägig:' }),
    h('ul', null, why.guards.map((g) => h('li', { text: g }))),
    exceptions,
  );
  // the ids stay readable if the reasons cannot be loaded; the legal reasons replace them when they arrive
  exceptions.addEventListener('toggle', () => {
    if (!(exceptions as HTMLDetailsElement).open) return;
    loadReasons()
      .then((all) => {
        const withReasons = whyReported(f, trace, all[f.ruleId] ?? {})!;
        reasonList.replaceChildren(h('ul', null, withReasons.exceptionReasons.map((r) => h('li', { text: r }))));
      })
      .catch(() => undefined);
  });
  return details;
}

/** `text` may be a function for content that is only complete when clicked (e.g. a rendered answer). */
export function copyButton(text: string | (() => string), ariaLabel = 'Änderungsbefehl kopieren'): HTMLButtonElement {
  const label = h('span', { text: 'Kopieren' });
  const btn = h('button', { class: 'btn btn-small', attrs: { type: 'button', 'aria-label': ariaLabel } }, icon('copy'), label);
  btn.addEventListener('click', async () => {
    const ok = await copyText(typeof text === 'function' ? text() : text);
    label.textContent = ok ? 'Kopiert' : 'Kopieren fehlgeschlagen';
    setTimeout(() => (label.textContent = 'Kopieren'), 2000);
  });
  return btn;
}
