import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, makeApp, type TestApp } from '../http/harness';
import { buildClient, launchChromium, poll, text } from './support';

/**
 * A server restart under an open page: the server closes every socket and /api/me fails until it is back. The page
 * keeps trying with growing pauses, says so in German, keeps the conversation and the half-typed message, and carries
 * on without a reload once the server answers again (same DATA_DIR, same port, so the session is still valid).
 */

const SCENARIO_TIMEOUT_MS = 180_000;

let clientDir: string;
let browser: Browser;
let page: Page;
const apps: TestApp[] = [];

beforeAll(async () => {
  clientDir = await buildClient();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const a of apps) await a.dispose();
});

describe('reconnect', () => {
  it('after a restart the page retries with a countdown, keeps conversation and typed text, and recovers without a reload', async () => {
    const first = await makeApp({}, { clientDir });
    let firstOpen = true;
    try {
      const url = await listen(first);
      const port = Number(new URL(url).port);
      await page.goto(`${url}/#/chat`);
      await page.fill('#chat-input', 'Wo regelt das NDIG elektronische Nachweise?');
      await page.press('#chat-input', 'Enter');
      await page.locator('.msg-assistant .msg-footer').waitFor();
      await page.waitForURL(/#\/chat\/.+/);
      const conversationUrl = page.url();
      // a reload would lose this mark
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      await page.fill('#chat-input', 'Und wie steht es mit der Schriftform?');

      const failedMe: string[] = [];
      page.on('requestfailed', (r) => new URL(r.url()).pathname === '/api/me' && failedMe.push(r.url()));
      await first.dispose({ keepData: true });
      firstOpen = false;

      const banner = page.locator('.connection-banner');
      await poll(text(banner)).toMatch(/^Verbindung unterbrochen – neuer Versuch in \d+ s/);
      // /api/me failed at least twice, and the page still waits for the next attempt instead of giving up
      await poll(async () => failedMe.length).toBeGreaterThanOrEqual(2);
      await poll(text(banner)).toMatch(/^Verbindung unterbrochen – neuer Versuch in \d+ s/);
      expect(await banner.getByRole('button', { name: 'Jetzt erneut verbinden' }).isVisible()).toBe(true);

      const second = await makeApp({}, { clientDir, dataDir: first.dataDir });
      apps.push(second);
      await listen(second, port);
      await poll(() => banner.isVisible().then(async (v) => !v || /wiederhergestellt/.test(await text(banner)())), 60_000).toBe(true);

      expect(page.url()).toBe(conversationUrl);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await page.inputValue('#chat-input'), 'the typed message is kept').toBe('Und wie steht es mit der Schriftform?');
      expect(await page.locator('.msg-user').count(), 'the conversation is kept').toBe(1);

      // the socket works again: the kept message is answered in the same conversation
      await page.press('#chat-input', 'Enter');
      await poll(() => page.locator('.msg-assistant .msg-footer').count()).toBe(2);
      expect(page.url()).toBe(conversationUrl);
      expect(await page.locator('.msg-error').count()).toBe(0);
    } finally {
      if (firstOpen) await first.dispose();
    }
  }, SCENARIO_TIMEOUT_MS);
});
