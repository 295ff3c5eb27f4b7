import type { FeedbackBody } from '../../../server/contracts/api';
import { errorMessage, sendJson } from '../api';
import { h, render } from '../dom';
import { icon } from '../icons';

type Target = Pick<FeedbackBody, 'targetType' | 'targetId' | 'contextId'>;

/**
 * "Nützlich / Falsch" feedback. "Nützlich" is sent at once; "Falsch" asks for an optional reason first,
 * because a reason is what makes a wrong-report actionable for the rule authors.
 */
export function createFeedback(target: Target): HTMLElement {
  const wrap = h('div', { class: 'feedback', attrs: { role: 'group', 'aria-label': 'Rückmeldung' } });

  const send = async (rating: FeedbackBody['rating'], reason?: string) => {
    const body: FeedbackBody = { ...target, rating, ...(reason ? { reason } : {}) };
    try {
      await sendJson('POST', '/api/feedback', body);
      render(wrap, h('span', { class: 'feedback-thanks', attrs: { role: 'status' }, text: 'Danke für Ihre Rückmeldung.' }));
    } catch (err) {
      render(wrap, h('span', { class: 'error-text', attrs: { role: 'alert' }, text: errorMessage(err) }), ...buttons());
    }
  };

  const reasonForm = () => {
    const id = `fb-${target.targetType}-${target.targetId}`.replace(/[^\w-]/g, '_');
    const input = h('input', {
      id,
      attrs: { type: 'text', maxlength: 2000, placeholder: 'Was ist falsch? (optional)' },
    });
    const form = h(
      'form',
      { class: 'feedback-form' },
      h('label', { class: 'visually-hidden', text: 'Begründung (optional)', attrs: { for: id } }),
      input,
      h('button', { class: 'btn btn-small btn-primary', text: 'Senden', attrs: { type: 'submit' } }),
      h('button', {
        class: 'btn btn-small btn-ghost',
        text: 'Abbrechen',
        attrs: { type: 'button' },
        on: { click: () => render(wrap, ...buttons()) },
      }),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void send('wrong', input.value.trim() || undefined);
    });
    render(wrap, form);
    input.focus();
  };

  const buttons = () => [
    h('span', { text: target.targetType === 'message' ? 'Antwort hilfreich?' : 'Befund hilfreich?' }),
    h(
      'button',
      { class: 'btn btn-small', attrs: { type: 'button', 'data-feedback': 'useful' }, on: { click: () => void send('useful') } },
      icon('thumbsUp'),
      'Nützlich',
    ),
    h('button', { class: 'btn btn-small', attrs: { type: 'button', 'data-feedback': 'wrong' }, on: { click: reasonForm } }, icon('thumbsDown'), 'Falsch'),
  ];

  render(wrap, ...buttons());
  return wrap;
}
