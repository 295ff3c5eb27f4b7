import { ApiError, errorMessage, sendJson } from '../api';
import type { LoginBody } from '../../../server/contracts/api';
import { h } from '../dom';

function showCard(root: HTMLElement, intro: string, ...content: HTMLElement[]): void {
  root.className = '';
  root.removeAttribute('aria-busy');
  root.replaceChildren(
    h(
      'main',
      { class: 'login-wrap', id: 'main' },
      h('div', { class: 'panel login-card' }, h('h1', { text: 'Digitalcheck-Assistent' }), h('p', { id: 'login-intro', class: 'muted', text: intro }), ...content),
    ),
  );
}

/**
 * Shown when the server wants a login (401): with single sign-on (`unauthorized:oidc`) a link to the Landes-Login,
 * otherwise the access code form (ACCESS_TOKEN).
 */
export function renderLogin(root: HTMLElement, code?: string): void {
  if (code === 'unauthorized:oidc') {
    // a plain navigation: the server sends the browser on to the provider and receives it back
    const link = h('a', { class: 'btn btn-primary', text: 'Mit Landes-Login anmelden', attrs: { href: '/api/auth/login' } });
    showCard(root, 'Dieser Server ist an den Landes-Login angebunden. Bitte melden Sie sich mit Ihrem dienstlichen Konto an.', link);
    link.focus();
    return;
  }
  const input = h('input', {
    id: 'login-token',
    attrs: { type: 'password', name: 'token', autocomplete: 'current-password', required: true },
  });
  const error = h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, hidden: true });
  const submit = h('button', { class: 'btn btn-primary', text: 'Anmelden', attrs: { type: 'submit' } });
  const form = h(
    'form',
    { attrs: { 'aria-describedby': 'login-intro' } },
    h('div', { class: 'field' }, h('label', { text: 'Zugangsschlüssel', attrs: { for: 'login-token' } }), input),
    error,
    submit,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      const body: LoginBody = { token: input.value.trim() };
      await sendJson('POST', '/api/login', body);
      window.location.reload();
    } catch (err) {
      error.textContent =
        err instanceof ApiError && err.status === 401 ? 'Der Zugangsschlüssel ist nicht gültig. Bitte prüfen Sie die Eingabe; den Schlüssel erhalten Sie von der Administration.' : errorMessage(err);
      error.hidden = false;
      submit.disabled = false;
      input.focus();
    }
  });
  showCard(root, 'Dieser Server ist geschützt. Bitte geben Sie den Zugangsschlüssel ein, den Ihnen die Administration mitgeteilt hat.', form);
  input.focus();
}
