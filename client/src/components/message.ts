import type { Citation } from '../../../server/contracts/search';
import type { Finding, RuleTraces } from '../../../server/contracts/finding';
import { h, render } from '../dom';
import { modelLabel } from '../labels';
import { renderMarkdown } from '../markdown';
import { createFeedback } from './feedback';
import { copyButton, createFindingCard } from './findingCard';

export interface FinalAnswer {
  messageId: string;
  conversationId: string;
  text: string;
  citations: Citation[];
  findings: Finding[];
  /** The traces of the rules behind `findings` (the answer's or the conversation's). */
  rules?: RuleTraces;
  model?: string;
  notice?: string;
}

export type CitationHandler = (citation: Citation, trigger: HTMLElement) => void;

export function createUserMessage(text: string): HTMLElement {
  return h(
    'div',
    { class: 'msg msg-user' },
    h('div', { class: 'msg-bubble' }, h('span', { class: 'visually-hidden', text: 'Ihre Frage: ' }), text),
  );
}

/**
 * One assistant answer: streamed text first (rendered as it grows), then replaced by the final text
 * with citation markers, the sources list, finding cards and feedback.
 */
export function createAssistantMessage(onCitation: CitationHandler) {
  const meta = h('div', { class: 'msg-meta' }, h('span', { class: 'model-tag', text: 'Antwort wird erstellt …' }));
  const body = h('div', { class: 'msg-body is-streaming' });
  const extras = h('div');
  const el = h('div', { class: 'msg msg-assistant' }, h('div', { class: 'msg-card', attrs: { 'aria-label': 'Antwort des Assistenten', role: 'article' } }, meta, body, extras));
  let pending = '';
  let frame = 0;

  const paint = () => {
    frame = 0;
    render(body, renderMarkdown(pending, { citations: 0 }));
  };
  let model: string | undefined;
  const renderMeta = (m: string | undefined, notice: string | undefined) => {
    model = m;
    render(meta, h('span', { class: 'model-tag', text: modelLabel(m) }), notice ? h('span', { class: 'msg-notice', text: notice }) : null);
  };

  return {
    el,
    /** Streaming text so far; repaints at most once per animation frame. */
    setStreamingText(text: string) {
      pending = text;
      if (!frame) frame = requestAnimationFrame(paint);
    },
    /** The server changed the notice after the answer was done (a late model answer arrived or failed). */
    setNotice(notice: string) {
      renderMeta(model, notice);
    },
    markStopped() {
      if (frame) cancelAnimationFrame(frame);
      paint();
      body.classList.remove('is-streaming');
      render(meta, h('span', { class: 'model-tag', text: 'Abgebrochen' }), h('span', { text: 'Die Antwort wurde auf Ihren Wunsch angehalten.' }));
    },
    finalize(answer: FinalAnswer) {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      el.dataset.messageId = answer.messageId;
      body.classList.remove('is-streaming');
      renderMeta(answer.model, answer.notice);
      const citations = answer.citations;
      render(
        body,
        renderMarkdown(answer.text, {
          citations: citations.length,
          onCitation: (n, btn) => {
            const c = citations[n - 1];
            if (c) onCitation(c, btn);
          },
        }),
      );
      render(
        extras,
        citations.length ? renderSources(citations, onCitation) : null,
        answer.findings.length
          ? h(
              'section',
              { class: 'msg-findings', attrs: { 'aria-label': 'Befunde' } },
              h('h3', { text: answer.findings.length === 1 ? '1 Befund' : `${answer.findings.length} Befunde` }),
              answer.findings.map((f) => createFindingCard(f, { contextId: answer.conversationId, trace: answer.rules?.[f.ruleId] }).el),
            )
          : null,
        h(
          'div',
          { class: 'msg-footer' },
          // the rendered text, not the Markdown source: drafters paste it into Word or an e-mail
          copyButton(() => answerAsText(body, citations), 'Antwort kopieren'),
          createFeedback({ targetType: 'message', targetId: answer.messageId, contextId: answer.conversationId }),
        ),
      );
    },
  };
}

export type AssistantMessage = ReturnType<typeof createAssistantMessage>;

/**
 * "VwVfG § 3a Abs. 2 – Elektronische Kommunikation". A guide section's law ("Leitfaden Schriftform") and title repeat
 * its ref ("Schriftform: Ersatzformulierungen"), so it is named by the ref alone; its badge says it is a guide.
 */
function sourceLabel(c: Citation): string {
  if (c.kind === 'guidance') return `„${c.ref}“`;
  return `${c.law} ${c.ref}${c.title && c.title !== c.ref ? ` – ${c.title}` : ''}`;
}

/** The answer as plain text with its numbered sources, so that the [n] markers still resolve after pasting. */
function answerAsText(body: HTMLElement, citations: Citation[]): string {
  const sources = citations.map((c, i) => `[${i + 1}] ${c.kind === 'guidance' ? 'Leitfaden ' : ''}${sourceLabel(c)}${c.stand ? ` (Stand: ${c.stand})` : ''}`);
  return [body.innerText.trim(), sources.length ? `Quellen:\n${sources.join('\n')}` : ''].filter(Boolean).join('\n\n');
}

function renderSources(citations: Citation[], onCitation: CitationHandler): HTMLElement {
  return h(
    'section',
    { class: 'sources', attrs: { 'aria-label': 'Quellen' } },
    h('h3', { text: 'Quellen' }),
    h(
      'ol',
      null,
      citations.map((c, i) => {
        const link = h('button', {
          class: 'source-link',
          attrs: { type: 'button' },
          text: sourceLabel(c),
        });
        link.addEventListener('click', () => onCitation(c, link));
        return h(
          'li',
          { class: 'source-item', dataset: { source: String(i + 1) } },
          h('span', { class: 'source-num', text: `[${i + 1}]` }),
          h(
            'span',
            null,
            link,
            ' ',
            c.stand ? h('span', { class: 'source-stand', text: `Stand: ${c.stand}` }) : null,
            c.excerpt ? [' ', h('span', { class: 'badge badge-excerpt', text: 'Auszug' })] : null,
            c.kind === 'guidance' ? [' ', h('span', { class: 'badge', text: 'Leitfaden' })] : null,
          ),
        );
      }),
    ),
  );
}
