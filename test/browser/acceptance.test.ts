import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, openSession, poll, text, type BrowserSession } from './support';

/**
 * Defects a drafter tripped over in the acceptance walk-through, pinned through the real server and Debian's
 * Chromium: composer errors, copying an answer, chart legibility and totals, a failed upload's stages.
 */


let session: BrowserSession | undefined;
let base: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1280, height: 720 } });
  ({ base, page, pageErrors } = session);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
}, 60_000);

afterAll(() => session?.close());


describe('acceptance', () => {
  it('chat: an input error is shown once at the composer and goes away when typing', async () => {
    await page.goto(`${base}/#/chat`);
    await page.locator('.example-btn').first().waitFor();
    await page.press('#chat-input', 'Enter');
    await page.press('#chat-input', 'Enter');
    const alerts = page.locator('[role="alert"]:visible');
    await poll(() => alerts.count()).toBe(1);
    expect(await alerts.first().textContent()).toMatch('Bitte geben Sie eine Frage');
    expect(await page.locator('.messages [role="alert"]').count(), 'not part of the conversation').toBe(0);
    expect(await page.getAttribute('#chat-input', 'aria-invalid')).toBe('true');

    await page.type('#chat-input', 'S');
    await poll(() => alerts.count()).toBe(0);
    expect(await page.getAttribute('#chat-input', 'aria-invalid')).toBeNull();
  });

  it('chat: a pasted provision names its place once, and the answer copies as plain text with its sources', async () => {
    await page.fill('#chat-input', 'Die Polizei kann eine Person schriftlich oder mündlich vorladen, wenn Tatsachen dies rechtfertigen.');
    await page.press('#chat-input', 'Enter');
    const answer = page.locator('.msg-assistant').last();
    await answer.locator('.msg-footer').waitFor();
    const ref = await answer.locator('.finding-ref strong').first().textContent();
    expect(ref).toBeTruthy();
    expect(ref, 'no "Eingabe (Eingabe)"').not.toMatch(/^(.+) \(\1\)$/);

    const sources = await answer.locator('.source-item').count();
    expect(sources).toBeGreaterThan(0);
    await answer.getByRole('button', { name: 'Antwort kopieren' }).click();
    await poll(text(answer.getByRole('button', { name: 'Antwort kopieren' }))).toBe('Kopiert');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain((await answer.locator('.msg-body p').first().innerText()).trim());
    expect(copied, 'rendered text, not Markdown').not.toMatch(/\*\*/);
    const listed = copied.split('Quellen:\n')[1] ?? '';
    expect(listed.split('\n').filter((l) => /^\[\d+\] /.test(l))).toHaveLength(sources);

    // a guide source names its section once, in the list and in the side panel
    const guides = answer.locator('.source-item', { has: page.locator('.badge', { hasText: 'Leitfaden' }) });
    expect(await guides.count(), 'precondition: the answer cites a guide section (retrieval may have changed)').toBeGreaterThan(0);
    const guide = guides.first().locator('.source-link');
    const section = (await guide.textContent())!.replace(/[„“]/g, '');
    await guide.click();
    const head = page.locator('.side-panel-head');
    await poll(text(head)).toContain(section);
    expect((await head.textContent())!.split(section)).toHaveLength(2);
    await page.keyboard.press('Escape');
  });

  it('chat: a numbered list with indented details stays one list, so the second finding is numbered 2', async () => {
    await page.goto(`${base}/#/chat`);
    await page.fill('#chat-input', 'Der Antrag ist schriftlich bei der Behörde einzureichen; die Unterlagen sind im Original vorzulegen.');
    await page.press('#chat-input', 'Enter');
    const body = page.locator('.msg-assistant').last().locator('.msg-body');
    await page.locator('.msg-assistant').last().locator('.msg-footer').waitFor();
    const items = body.locator(':scope > ol > li');
    expect(await items.count(), 'precondition: the answer lists two findings').toBeGreaterThanOrEqual(2);
    expect(await body.locator(':scope > ol').count(), 'one list, not one per finding').toBe(1);
    expect(await items.nth(1).locator(':scope > ul > li').count(), 'details nested under their finding').toBeGreaterThan(0);
  });

  it('screening: chart labels are readable text and the totals agree with the header', async () => {
    await page.goto(`${base}/#/screening`);
    await page.selectOption('#law-jur', 'Niedersachsen');
    await page.check('#law-all');
    await page.getByRole('button', { name: 'Screening starten' }).click();
    await poll(text(page.locator('.job-status-badge')), 30_000).toBe('Fertig');
    const chart = page.locator('figure.chart').first();
    await chart.locator('.bar-row').first().waitFor();

    // HTML text keeps its computed size on screen; SVG text in a viewBox was scaled down with the panel
    const fontPx = await chart.locator('.bar-label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx, 'at least 12 px on screen').toBeGreaterThanOrEqual(12);

    const total = Number((await page.locator('.kpi', { hasText: 'Befunde' }).locator('.kpi-value').textContent())!.replace(/\./g, ''));
    const byCategory = (await chart.locator('.bar-value').allTextContents()).reduce((n, v) => n + Number(v.replace(/\./g, '')), 0);
    expect(total).toBeGreaterThan(0);
    expect(byCategory).toBe(total);
    const count = page.locator('#results-heading + [role="status"]');
    await poll(text(count)).toMatch(new RegExp(`von ${total.toLocaleString('de-DE')} Befunden`));
    await page.fill('#bf-q', 'kein-solches-wort');
    await poll(text(count)).toBe('Keine Befunde');
  }, 60_000);

  it('review: a failed upload marks the failed step and does not call the end "ausstehend"', async () => {
    await page.goto(`${base}/#/pruefen`);
    await page.setInputFiles('#review-file', { name: 'kaputt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 kaputt') });
    const last = page.locator('.stages .stage').last();
    await poll(() => last.getAttribute('class')).toMatch('is-failed');
    expect(await last.textContent()).toMatch(/^!?Fehlgeschlagen$/);
    expect(await page.locator('.stages .stage.is-failed').first().textContent()).toMatch('fehlgeschlagen');
  });

  it('review by keyboard: no invisible tab stop, the draft text is reachable, a finding is dismissed and stays legible', async () => {
    await page.goto(`${base}/#/pruefen`);
    await page.setInputFiles('#review-file', join(ROOT, 'test/fixtures/drafts/entwurf-nummerierung.docx'));
    await page.locator('.review-head').waitFor();
    const active = () => page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      return { id: e.id, cls: e.className, label: e.getAttribute('aria-label') ?? '', visible: e.getBoundingClientRect().width > 1 };
    });

    await page.getByRole('button', { name: 'Datei auswählen …' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect((await active()).id, 'the hidden file input is no tab stop').not.toBe('review-file');

    const tabTo = async (found: (a: Awaited<ReturnType<typeof active>>) => boolean) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const a = await active();
        expect(a.visible, `tab stop ${a.cls} is visible`).toBe(true);
        if (found(a)) return;
      }
      throw new Error('not reached by Tab');
    };
    await tabTo((a) => a.label === 'Text des Entwurfs');
    await tabTo((a) => a.cls.includes('btn-dismiss'));
    await page.keyboard.press('Enter');
    const card = page.locator('.findings-pane .finding-card.is-dismissed');
    await card.first().waitFor();
    expect(await card.first().evaluate((el) => getComputedStyle(el).opacity), 'not faded below readable contrast').toBe('1');
    expect(await card.first().locator('.btn-dismiss').getAttribute('aria-pressed')).toBe('true');
  });

  it('review: many parser notices fold away behind one disclosure, so the result stays in view', async () => {
    // Definitions opened with „ and closed with a straight quote, as in many published Landesgesetze: each is a
    // parser notice. If the parser learns to pair them, this draft needs another source of notices.
    const words = ['Markt', 'Stand', 'Händler', 'Aufsicht', 'Platz', 'Zeit', 'Gebühr', 'Messe', 'Kirmes', 'Börse', 'Halle', 'Tag', 'Ware', 'Preis'];
    const draft = ['Gesetz über Märkte', '', '§ 1 Begriffe', '', '(1) Im Sinne dieses Gesetzes bezeichnen',
      ...words.map((w, i) => `${i + 1}. „${w}" den Ort des Handels;`), '', '§ 2 Antrag', '', 'Der Antrag ist schriftlich zu stellen.'].join('\n');
    await page.goto(`${base}/#/pruefen`);
    await page.setInputFiles('#review-file', { name: 'maerkte.txt', mimeType: 'text/plain', buffer: Buffer.from(draft) });
    const box = page.locator('.review-structure');
    await box.waitFor();
    const all = await box.locator('li').count();
    expect(all, 'precondition: the draft yields more notices than are shown').toBeGreaterThan(5);
    expect(await box.locator('li:visible').count()).toBeLessThan(all);
    await box.locator('summary').click();
    await poll(() => box.locator('li:visible').count()).toBe(all);
  });

  it('a link to a deleted review, conversation or screening says what to do instead', async () => {
    for (const [hash, hint] of [
      ['#/pruefen/geloescht', 'Frühere Prüfungen'],
      ['#/chat/geloescht', 'neues'],
      ['#/screening/geloescht', 'Frühere Aufträge'],
    ] as const) {
      await page.goto(`${base}/${hash}`);
      const alert = page.locator('.view:not([hidden]) [role="alert"]', { hasText: 'nicht gefunden' });
      await poll(text(alert)).toContain(hint);
    }
    expect(pageErrors).toEqual([]);
  });
});
