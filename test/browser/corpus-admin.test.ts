import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, poll, screenshotDir, text, type BrowserSession } from './support';
import { FISH_LAW, FISH_WORD } from '../support/corpus-admin';

/**
 * "Rechtskorpus verwalten" through the real server and Debian's Chromium, as the local user without login: a
 * bad file gets a German error; a law file is uploaded, the page follows the rebuild until the law is searchable,
 * the header's figures follow, the chat cites the new law; deleting it takes it out again. The page with the
 * imported law is saved as a screenshot like the views of app.test.ts.
 */

const SHOTS = screenshotDir();

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Berlin' }, 30_000);
  ({ page, pageErrors } = session);
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
  await page.goto(`${session.base}/#/chat`);
}, 90_000);

afterAll(() => session?.close());

const lawCount = async () => Number(/Korpus: ([\d.]+) Gesetze/.exec(await text(page.locator('.corpus-size'))())?.[1]?.replace('.', '') ?? NaN);

describe('Rechtskorpus verwalten', () => {
  it('upload → searchable in chat; bad files get a German error; delete takes it out again', async () => {
    await poll(lawCount).toBeGreaterThan(0);
    const before = await lawCount();
    await page.getByRole('link', { name: 'Rechtskorpus verwalten' }).click();
    await page.getByRole('heading', { name: 'Rechtskorpus verwalten' }).waitFor();
    await page.getByText('Noch keine Gesetze importiert').waitFor();

    const result = page.locator('#view-korpus .corpus-form [aria-live]').last();
    await page.setInputFiles('#corpus-file', { name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('Nur ein Satz ohne Paragrafen.') });
    await page.getByRole('button', { name: 'Gesetz importieren' }).click();
    await poll(text(result)).toMatch(/Der Import ist fehlgeschlagen: In notiz\.txt wurde kein Gesetzestext gefunden/);

    await page.setInputFiles('#corpus-file', { name: 'fischbroetchen.txt', mimeType: 'text/plain', buffer: Buffer.from(FISH_LAW) });
    await page.selectOption('#corpus-jur', 'Niedersachsen');
    await page.getByRole('button', { name: 'Gesetz importieren' }).click();
    await poll(text(result)).toMatch(/Fertig: .*\(NFischAbgG\) ist jetzt in Chat, Suche und Normenscreening verfügbar/);
    const row = page.locator('.corpus-table tr[data-law="NFischAbgG"]');
    await poll(text(row)).toMatch(/Niedersachsen.*importiert am/);
    await poll(lawCount).toBe(before + 1);
    await page.screenshot({ path: join(SHOTS, 'korpus.png'), fullPage: true, animations: 'disabled' });

    await page.getByRole('link', { name: 'Chat' }).click();
    await page.fill('#chat-input', 'Was steht in § 1 NFischAbgG?');
    await page.press('#chat-input', 'Enter');
    const answer = page.locator('.msg-assistant').last();
    await answer.locator('.sources .source-item').first().waitFor();
    expect((await answer.locator('.source-item').allTextContents()).some((s) => s.includes('NFischAbgG'))).toBe(true);
    await poll(text(answer)).toContain(FISH_WORD);

    await page.getByRole('link', { name: 'Rechtskorpus verwalten' }).click();
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'NFischAbgG löschen' }).click();
    await page.getByText('Noch keine Gesetze importiert').waitFor();
    await poll(lawCount).toBe(before);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
