import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewResponse } from '../../server/contracts/api';
import { createLlmServices } from '../../server/llm/index';
import type { Answerer } from '../../server/services/chat/answerer';
import { NOTICE_FALLBACK } from '../../server/services/chat/service';
import { freeLoopbackUrl, listen, makeApp, type TestApp } from '../http/harness';
import { ROOT, buildClient, launchChromium, poll, screenshotDir, text } from './support';
import { fakeConfig } from '../llm/helpers';
import { startFakeOpenAI, type FakeReply } from '../support/fake-openai';
import { CLIENT_ID, CLIENT_SECRET, startProvider } from '../support/oidc-provider';
import { isReviewRequest, reviewAnswer } from '../support/fake-reviewer';

/**
 * End-to-end through the real server and Debian's Chromium: chat with streamed, cited answers and the
 * provision side panel; draft review of an uploaded PDF; a small batch screening. Each view is saved
 * as a screenshot: under docs/screenshots/ (shown in the README) with `npm run screenshots`, otherwise in a
 * temporary folder, so that a plain test run leaves the working tree unchanged.
 */

const SHOTS = screenshotDir();
/**
 * A whole scenario (an app with its corpus index, a page, several steps) on a loaded 2-core CI machine. Every step has
 * its own 20 s bound (below), so this only stops a hang; a CI run under load once spent over 60 s in one scenario.
 */
const SCENARIO_TIMEOUT_MS = 180_000;

let app: TestApp;
let clientDir: string;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** socket.io frames the page received, by event name. */
const frames = new Map<string, number>();
const pageErrors: string[] = [];

beforeAll(async () => {
  clientDir = await buildClient();
  app = await makeApp({}, { clientDir });
  base = await listen(app);

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  // for the pages tests open themselves too: a step that hangs fails with its own name, not the test's timeout
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    // A CSP violation shows up as a console error; the product must not need inline scripts or styles.
    // 4xx answers to the deliberately bad inputs below are expected; 5xx never are.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      // an event frame names its event ("42[\"chat:done\",…"); an ack frame is "43<id>[…]"
      const name = typeof f.payload === 'string' ? (f.payload.match(/^\d+\["([\w:]+)"/)?.[1] ?? (/^43\d+\[/.test(f.payload) ? 'ack' : undefined)) : undefined;
      if (name) frames.set(name, (frames.get(name) ?? 0) + 1);
    }),
  );
  mkdirSync(SHOTS, { recursive: true });
}, SCENARIO_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await app?.dispose();
});


async function screenshot(name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage, animations: 'disabled' });
}

describe('browser', () => {
  it('chat: cited answer; a citation opens the provision with the cited Absatz highlighted', async () => {
    await page.goto(`${base}/#/chat`);
    await page.getByText('Offline-Modus – kein Sprachmodell aktiv').waitFor();
    await poll(text(page.locator('.header-status'))).toMatch(/Korpus: [\d.]+ Gesetze/);
    await poll(() => page.locator('.example-btn').count()).toBe(3);

    await page.fill('#chat-input', 'Wo regelt das NDIG elektronische Nachweise?');
    await page.press('#chat-input', 'Enter');
    const answer = page.locator('.msg-assistant').last();
    await answer.locator('.sources .source-item').first().waitFor();

    // a composed offline answer arrives whole in one frame: the ack of chat:message, no chat:token, no chat:done
    expect(frames.get('ack')).toBe(1);
    expect(frames.get('chat:token') ?? 0).toBe(0);
    expect(frames.get('chat:done') ?? 0).toBe(0);
    await poll(text(answer.locator('.model-tag'))).toBe('Offline-Antwort');
    const sources = await answer.locator('.source-item').allTextContents();
    expect(sources.some((s) => /NDIG/.test(s) && /Stand:/.test(s))).toBe(true);
    expect(await answer.locator('.cite-marker').count(), 'answer text carries [n] citation markers').toBeGreaterThan(0);

    // The conversation got its id from the server and is listed.
    await page.waitForURL(/#\/chat\/.+/);
    await poll(text(page.locator('.conv-item.is-active .conv-title'))).not.toBe('');

    const marker = answer.locator('.cite-marker').first();
    const n = Number(await marker.getAttribute('data-cite'));
    await marker.click();
    const panel = page.locator('.side-panel');
    await panel.locator('.provision-text').waitFor();
    const cited = panel.locator('.provision-par.is-cited');
    const notFound = panel.locator('.alert-warn');
    await cited.or(notFound).first().waitFor();
    expect(await cited.count(), `cited Absatz of source [${n}] is highlighted`).toBe(1);
    const box = (await cited.boundingBox())!;
    const body = (await panel.locator('.side-panel-body').boundingBox())!;
    expect(box.y, 'highlighted Absatz is scrolled into view').toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y).toBeLessThan(body.y + body.height);
    await poll(text(panel.locator('.provision-meta'))).toMatch('Stand');

    await screenshot('chat', false);

    // Feedback per answer is stored.
    await answer.locator('[data-feedback="useful"]').click();
    await answer.getByText('Danke für Ihre Rückmeldung.').waitFor();

    // Rename the conversation in place; the export link points at the Markdown export.
    await page.getByRole('button', { name: /umbenennen$/ }).click();
    await page.fill('.conv-rename input', 'NDIG-Nachweise');
    await page.press('.conv-rename input', 'Enter');
    await poll(text(page.locator('.conv-item.is-active .conv-title'))).toBe('NDIG-Nachweise');
    const exportHref = await page.locator('.conv-item.is-active a[download]').getAttribute('href');
    const exported = await page.request.get(`${base}${exportHref}`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toMatch(/NDIG/);

    // User text is rendered as text, never as markup.
    await page.keyboard.press('Escape');
    await page.fill('#chat-input', '<img src=x onerror="window.__xss=1"> Ist „schriftlich“ digitaltauglich?');
    await page.press('#chat-input', 'Enter');
    await page.locator('.msg-assistant').nth(1).locator('.msg-footer').waitFor();
    await poll(text(page.locator('.msg-user').last())).toMatch('<img src=x');
    expect(await page.locator('.messages img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // A server-side chat:error becomes a German error line with a retry button.
    await page.goto(`${base}/#/chat/gibt-es-nicht`);
    await page.locator('.messages .alert-error').waitFor();
    await page.fill('#chat-input', 'Was regelt § 3a VwVfG?');
    await page.press('#chat-input', 'Enter');
    const error = page.locator('.msg-error');
    await error.waitFor();
    expect(await text(error)()).toMatch(/[äöüÄÖÜß]|Gespräch|nicht/);
    await error.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
  }, SCENARIO_TIMEOUT_MS);

  it('chat: a question written while the server is unreachable says so instead of looking stuck', async () => {
    const gone = await makeApp({}, { clientDir });
    let disposed = false;
    const p = await context.newPage();
    try {
      const url = await listen(gone);
      await p.goto(`${url}/#/chat`);
      await poll(() => p.locator('.example-btn').count()).toBe(3);
      await gone.dispose();
      disposed = true;
      await poll(() => p.evaluate(() => fetch('/healthz').then(() => 'up', () => 'down'))).toBe('down');
      await p.fill('#chat-input', 'Ist die Textform digitaltauglich?');
      await p.press('#chat-input', 'Enter');
      await poll(text(p.locator('.msg-assistant .msg-waiting'))).toMatch(/^Keine Verbindung zum Server – die Frage wird gesendet/);
    } finally {
      await p.close();
      if (!disposed) await gone.dispose();
    }
  }, SCENARIO_TIMEOUT_MS);

  it('draft review: uploaded PDF shows stages, highlighted findings and the grouped list; a finding can be accepted', async () => {
    // Real Artikelgesetz draft from the parser fixtures (amending instructions with quoted new wording).
    const pdf = join(ROOT, 'test/fixtures/drafts/artikelgesetz-maerkte.pdf');

    await page.goto(`${base}/#/pruefen`);
    await page.setInputFiles('#review-file', pdf);
    await page.locator('.stage[data-stage="done"].is-done').waitFor();
    await poll(() => page.locator('.stage.is-failed').count()).toBe(0);
    await page.waitForURL(/#\/pruefen\/.+/);
    const reviewId = decodeURIComponent(page.url().split('#/pruefen/')[1]!);

    const marks = page.locator('.draft-text mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    const marked = (await marks.allTextContents()).join(' ');
    expect(marked).toMatch(/schriftlich/);
    expect(await page.locator('.finding-group .group-head').first().textContent()).toMatch(/^Prinzip \d: /);
    const cards = page.locator('.findings-pane .finding-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    // The open Absatz rewrites above the cards must not squeeze the cards' scroll area to a sliver.
    expect(await page.locator('.rewrites-section[open] .rewrite-block').count()).toBeGreaterThan(0);
    const listHeight = await cards.first().evaluate((el) => {
      let box = el.parentElement;
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
      return box?.clientHeight ?? 0;
    });
    expect(listHeight).toBeGreaterThan(400);

    // Gliederung beside the text: every Artikel with its finding count; a jump scrolls the text to it.
    const outline = page.locator('.outline-list .outline-item');
    const refs = await page.locator('.outline-list .outline-ref').allTextContents();
    expect(refs).toEqual(expect.arrayContaining(['Artikel 1', 'Artikel 2', 'Artikel 3', 'Artikel 4']));
    expect(refs.some((r) => /^Artikel 1 Nummer 2 – § 5a /.test(r))).toBe(true);
    const counts = (await page.locator('.outline-list .outline-item:not(.is-unchecked) .badge').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(await cards.count());
    expect(await outline.count()).toBeGreaterThan(4);
    await page.locator('.outline-list .outline-jump', { hasText: 'Artikel 3' }).first().click();

    // Highlight → card: clicking a mark selects its finding in the list.
    await marks.first().click();
    await page.locator('.findings-pane .finding-card.is-selected').waitFor();

    const first = cards.first();
    // "Warum gemeldet?" discloses the trigger words, the guards checked and the rule's named exceptions.
    await first.locator('.finding-trace > summary').click();
    await poll(text(first.locator('.finding-trace'))).toMatch(/Auslöser: „[^“]+“ \(Regel [a-z-]+\)\.[\s\S]*Verneinung oder Verzicht/);
    // The rule's long list of exceptions stays folded until asked for, then shows their reasons in words.
    const exceptions = first.locator('.trace-exceptions');
    expect(await exceptions.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await text(exceptions.locator('summary'))()).toMatch(/^Keine der \d+ benannten Ausnahmen der Regel trifft zu/);
    await exceptions.locator('summary').click();
    await poll(() => exceptions.locator('li').count()).toBeGreaterThan(0);
    expect(await text(exceptions.locator('li').first())()).toMatch(/\s\p{L}{3,}/u);
    const findingId = (await first.getAttribute('data-finding-id'))!;
    await first.locator('.btn-accept').click();
    await poll(() => first.locator('.btn-accept').getAttribute('aria-pressed')).toBe('true');
    await poll(() => first.getAttribute('class')).toMatch(/is-accepted/);
    await poll(async () => ((await (await page.request.get(`${base}/api/reviews/${reviewId}`)).json()) as ReviewResponse).decisions[findingId])
      .toBe('accepted');
    // Feedback "falsch" with a reason on a finding.
    const second = cards.nth(1);
    await second.locator('[data-feedback="wrong"]').click();
    await second.locator('.feedback-form input').fill('Schriftform ist hier gewollt');
    await second.locator('.feedback-form button[type="submit"]').click();
    await second.getByText('Danke für Ihre Rückmeldung.').waitFor();

    const title = await text(page.locator('.review-head h2'))();
    await poll(text(page.locator('#view-pruefen .history-list li').first())).toMatch(title);
    // Law titles share long openings ("Niedersächsisches Gesetz über …"): the history shows the title whole, not cut off.
    const historyTitle = page.locator('#view-pruefen .history-list li .title').first();
    expect(await historyTitle.evaluate((e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight + 1)).toBe(true);

    await screenshot('review');

    // Wrong type is refused in the browser; a corrupt PDF fails on the server with its German reason.
    await page.setInputFiles('#review-file', { name: 'programm.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await poll(text(page.locator('#view-pruefen .section .alert-error'))).toMatch('wird nicht unterstützt');
    await page.setInputFiles('#review-file', { name: 'kaputt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 kaputt') });
    await page.locator('.stage.is-failed').first().waitFor();
    await poll(text(page.locator('.stage[data-stage="done"] .stage-label'))).toMatch('Fehlgeschlagen');
    expect(await text(page.locator('#view-pruefen .section .alert-error'))()).toMatch(/^Die Prüfung ist fehlgeschlagen: \S/);
  }, SCENARIO_TIMEOUT_MS);

  it('batch: small corpus screening reaches 100 %, fills table and charts', async () => {
    await page.goto(`${base}/#/screening`);
    for (const law of ['VwZG', 'NDIG', 'NGastG']) {
      await page.fill('#law-search', law);
      await page.locator(`#law-${law}`).check();
    }
    await page.fill('#law-search', '');
    await poll(text(page.locator('.picker-tools .muted'))).toBe('3 ausgewählt');
    await page.fill('#batch-name', 'Browser-Test');
    await page.getByRole('button', { name: 'Screening starten' }).click();
    // The started job comes into view with its heading focused: the start button sits low in the left column.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('job-heading');
    const headingTop = await page.locator('#job-heading').evaluate((e) => e.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(0);
    expect(headingTop).toBeLessThan(await page.evaluate(() => window.innerHeight));

    const bar = page.locator('.job-panel [role="progressbar"]');
    await poll(() => bar.getAttribute('aria-valuenow'), 30_000).toBe('100');
    await poll(text(page.locator('.job-status-badge'))).toBe('Fertig');
    await poll(text(page.locator('.progress-text'))).toMatch('3 von 3 Gesetzen');

    const rows = page.locator('table.results tbody tr');
    await rows.locator('td strong').first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('figure.chart').count()).toBe(3);
    expect(await page.locator('figure.chart rect.bar').count()).toBeGreaterThan(0);
    const chartText = await page.locator('figure.chart').first().textContent();
    expect(chartText).toMatch(/\d/);

    // Sorting by severity is server-side; the header reflects it.
    await page.locator('th[data-sort="severity"] button').click();
    await poll(() => page.locator('th[data-sort="severity"]').getAttribute('aria-sort')).toBe('ascending');
    await poll(text(page.locator('#view-screening .history-list li').first())).toMatch('Browser-Test');

    await screenshot('batch');
    expect(pageErrors, 'no script errors or CSP violations').toEqual([]);
  }, SCENARIO_TIMEOUT_MS);

  it('login: with ACCESS_TOKEN the page asks for the token, rejects a wrong one and opens the app with the right one', async () => {
    const secured = await makeApp({ ACCESS_TOKEN: 'geheim-12345' }, { clientDir });
    try {
      const url = await listen(secured);
      const p = await context.newPage();
      await p.goto(`${url}/#/chat`);
      await p.locator('#login-token').waitFor();
      await p.fill('#login-token', 'falsch-00000');
      await p.press('#login-token', 'Enter');
      await poll(text(p.locator('.login-card [role="alert"]'))).toMatch(/^Der Zugangsschlüssel ist nicht gültig\. Bitte prüfen Sie/);
      await p.fill('#login-token', 'geheim-12345');
      await p.press('#login-token', 'Enter');
      await p.locator('.app-header').waitFor();
      await p.getByText('Wie kann ich helfen?').waitFor();
      await p.close();
    } finally {
      await secured.dispose();
    }
  }, SCENARIO_TIMEOUT_MS);

  it('single sign-on: the login page sends the user to the Landes-Login and back; logout offers the provider logout', async () => {
    const provider = await startProvider({ sub: 'anna-4711', name: 'Anna Berger', email: 'anna.berger@mi.niedersachsen.de', roles: [] });
    const address = await freeLoopbackUrl();
    const sso = await makeApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, PUBLIC_URL: address.url }, { clientDir });
    try {
      const url = await listen(sso, address.port);
      provider.register(url);
      const p = await context.newPage();
      await p.goto(`${url}/#/chat`);
      await p.getByRole('link', { name: 'Mit Landes-Login anmelden' }).click();
      await poll(text(p.locator('.signed-in'))).toBe('Angemeldet: Anna Berger');
      await p.getByText('Wie kann ich helfen?').waitFor();
      await p.getByRole('button', { name: 'Abmelden' }).click();
      await poll(async () => new URL(p.url()).origin).toBe(provider.issuer);
      await p.close();
    } finally {
      await sso.dispose();
      await provider.close();
    }
  }, SCENARIO_TIMEOUT_MS);

  it('stop: a streaming model answer can be stopped; the partial text stays with a notice and the model name', async () => {
    const slow: Answerer = {
      answer: (_ctx, onDelta, signal) =>
        new Promise((_res, rej) => {
          onDelta('Erster Teil der Antwort ');
          signal.addEventListener('abort', () => rej(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
        }),
    };
    const withModel = await makeApp({}, { clientDir, llm: { model: 'test-model', answerer: slow } });
    let p: Page | undefined;
    try {
      const url = await listen(withModel);
      p = await context.newPage();
      await p.goto(`${url}/#/chat`);
      await poll(text(p.locator('.status-badge'))).toBe('Modell: test-model');
      await p.fill('#chat-input', 'Wie ersetze ich die Schriftform?');
      await p.press('#chat-input', 'Enter');
      const answer = p.locator('.msg-assistant').last();
      await answer.getByText('Erster Teil der Antwort').waitFor();
      const stop = p.getByRole('button', { name: 'Antwort anhalten' });
      await stop.click();
      await answer.locator('.msg-footer').waitFor();
      await poll(text(answer.locator('.model-tag'))).toBe('Modell: test-model');
      expect(await text(answer.locator('.msg-notice'))()).not.toBe('');
      expect(await text(answer.locator('.msg-body'))()).toBe('Erster Teil der Antwort');
      expect(await stop.isHidden()).toBe(true);
      expect(await p.locator('.composer button[type="submit"]').isEnabled()).toBe(true);
    } finally {
      // the page's socket first: a failed step must be reported as itself, not as a server close that waits for it
      await p?.close();
      await withModel.dispose();
    }
  }, SCENARIO_TIMEOUT_MS);
  it('model: KI findings are marked, invalid review output and a model failure show visible notices, AI batch reports tokens', async () => {
    // the fake model's behaviour, switched by the test: good answers, invalid JSON for the review, or down
    let mode: 'good' | 'invalid' | 'down' = 'good';
    const fake = await startFakeOpenAI({
      fallback: (body): FakeReply =>
        mode === 'down'
          ? { kind: 'error', status: 503 }
          : isReviewRequest(body) && mode === 'invalid'
            ? { kind: 'text', text: 'Das ist leider kein JSON.' }
            : reviewAnswer(body),
    });
    const env = { LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '5000' };
    const withModel = await makeApp(env, { clientDir, llm: createLlmServices(fakeConfig(fake.url, env))! });
    const draft = [
      'Gesetz zur Förderung von Testvorhaben',
      '',
      '§ 1 Antrag',
      '(1) Der Antrag auf Förderung ist schriftlich bei der zuständigen Behörde zu stellen.',
      '(2) Dem Antrag sind die Meldebescheinigung und der Einkommensnachweis beizufügen.',
      '',
      '§ 2 Entscheidung',
      'Die Behörde entscheidet über den Zuschuss innerhalb von drei Monaten nach Eingang des Antrags.',
      '',
    ].join('\n');
    const uploadDraft = async (p: Page) => {
      await p.setInputFiles('#review-file', { name: 'entwurf.txt', mimeType: 'text/plain', buffer: Buffer.from(draft) });
      await p.locator('.stage[data-stage="done"].is-done').waitFor();
      await p.locator('.findings-pane .finding-card').first().waitFor();
    };
    const p = await context.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && pageErrors.push(m.text()));
    try {
      const url = await listen(withModel);
      await p.goto(`${url}/#/pruefen`);
      await poll(text(p.locator('.status-badge'))).toBe('Modell: fake-model');

      // a good answer: AI findings appear beside the rule findings, marked as KI
      await uploadDraft(p);
      const kiCards = p.locator('.findings-pane .finding-card:has(.badge-ki)');
      expect(await kiCards.count()).toBeGreaterThan(0);
      expect(await text(kiCards.first().locator('.badge-ki'))()).toBe('KI-Befund');
      expect(await p.locator('.findings-pane .finding-card:not(:has(.badge-ki))').count(), 'rule findings stay').toBeGreaterThan(0);
      expect(await p.locator('.review-notices').count()).toBe(0);

      // invalid JSON twice: the AI part is dropped with a notice the user sees, also after reopening the review
      mode = 'invalid';
      await uploadDraft(p);
      const notice = p.locator('.review-notices');
      await notice.waitFor();
      expect(await text(notice)()).toMatch(/ungültig und wurde verworfen/);
      expect(await p.locator('.findings-pane .finding-card:has(.badge-ki)').count()).toBe(0);
      await p.reload();
      await p.locator('.review-notices').waitFor();

      // model down: the chat answers offline and says so
      mode = 'down';
      await p.goto(`${url}/#/chat`);
      await p.fill('#chat-input', 'Kann die Schriftform durch die elektronische Form ersetzt werden?');
      await p.press('#chat-input', 'Enter');
      const answer = p.locator('.msg-assistant').last();
      await answer.locator('.msg-footer').waitFor();
      await poll(text(answer.locator('.msg-notice'))).toBe(NOTICE_FALLBACK);
      await poll(text(answer.locator('.model-tag'))).toBe('Offline-Antwort');

      // batch with AI review: opt-in checkbox, token table, KI rows in the results
      mode = 'good';
      await p.goto(`${url}/#/screening`);
      await p.locator('#batch-ai').waitFor();
      expect(await p.locator('#batch-ai').isChecked(), 'off by default').toBe(false);
      expect(await text(p.locator('#batch-ai-hint'))()).toMatch(/Sprachmodell \(fake-model\).*dauert deutlich länger/);
      for (const law of ['VwZG', 'NDIG']) {
        await p.fill('#law-search', law);
        await p.locator(`#law-${law}`).check();
      }
      await p.locator('#batch-ai').check();
      await p.getByRole('button', { name: 'Screening starten' }).click();
      await poll(text(p.locator('.job-status-badge')), 30_000).toBe('Fertig');
      await p.locator('.job-status .badge-ki').waitFor();
      const usageRows = p.locator('.ai-usage-table tbody tr');
      await usageRows.first().waitFor();
      expect(await usageRows.count()).toBeGreaterThan(0);
      expect(await text(p.locator('.ai-usage-table tfoot'))()).toMatch(/Summe\s*\d/);
      await p.selectOption('#bf-src', 'KI');
      await poll(async () => {
        const sources = await p.locator('table.results:not(.ai-usage-table) tbody .cell-source').allTextContents();
        return sources.length > 0 && sources.every((s) => s === 'KI');
      }).toBe(true);
      expect(pageErrors, 'no script errors or CSP violations').toEqual([]);
    } finally {
      await p.close();
      await withModel.dispose();
      await fake.close();
    }
  }, SCENARIO_TIMEOUT_MS);
});
