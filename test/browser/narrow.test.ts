import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, makeApp, type TestApp } from '../http/harness';
import { ROOT, buildClient, launchChromium, poll, text } from './support';

/**
 * Drafters keep the tool in half a screen beside Word: 960 px of a 1920 screen, about 680 px of a 1366 laptop, and
 * 546 px when that laptop zooms to 125 %. Chat, draft review and screening must work there without the page
 * scrolling sideways, through the real server and Debian's Chromium.
 */

const SCENARIO_TIMEOUT_MS = 180_000;

let app: TestApp;
let base: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await makeApp({}, { clientDir: await buildClient() });
  base = await listen(app);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 960, height: 720 }, locale: 'de-DE' });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.dispose();
});

const pageOverflow = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** The element lies inside the viewport's width (not cut off at either side). */
async function withinWidth(l: Locator, width: number): Promise<boolean> {
  const box = await l.boundingBox();
  return !!box && box.x >= 0 && box.x + box.width <= width + 0.5;
}

/** The element is on screen: inside the viewport vertically as well. */
async function onScreen(l: Locator, width: number): Promise<boolean> {
  const box = await l.boundingBox();
  const height = page.viewportSize()!.height;
  return (await withinWidth(l, width)) && !!box && box.y >= 0 && box.y + box.height <= height + 0.5;
}

describe.each([960, 680, 546])('%i px wide', (width) => {
  beforeAll(async () => {
    await page.setViewportSize({ width, height: 720 });
  });

  it('chat: no sideways scrolling; the input is on screen and answers; the conversation list opens on demand', async () => {
    await page.goto(`${base}/#/chat`);
    await page.locator('.example-btn').first().waitFor();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    const input = page.locator('#chat-input');
    expect(await onScreen(input, width), 'chat input on screen').toBe(true);
    expect(await onScreen(page.getByRole('button', { name: 'Senden' }), width), 'send button on screen').toBe(true);

    await input.fill('Ist die Schriftform in § 3a VwVfG ersetzbar?');
    await input.press('Enter');
    const answer = page.locator('.msg-assistant').last();
    await answer.locator('.msg-footer').waitFor();
    await page.waitForURL(/#\/chat\/.+/);
    expect(await pageOverflow(), 'a long answer does not widen the page').toBeLessThanOrEqual(0);
    expect(await onScreen(input, width), 'the input stays on screen below the answer').toBe(true);

    // the conversation list is folded away and slides in with "Gespräche"; Escape folds it and returns the focus
    const sidebar = page.locator('.conv-sidebar');
    const toggle = page.getByRole('button', { name: 'Gespräche', exact: true });
    expect(await sidebar.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await sidebar.locator('.conv-item.is-active').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await withinWidth(sidebar, width)).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.conv-item.is-active')), 'focus moves to the open conversation').toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => sidebar.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gespräche');

    // a source opens beside the answer (960) or over it (680) and closes again
    const marker = answer.locator('.cite-marker').first();
    await marker.click();
    const panel = page.locator('.side-panel');
    await panel.locator('.provision-text').waitFor();
    expect(await withinWidth(panel, width)).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await panel.getByRole('button', { name: 'Normtext schließen' }).click();
    await poll(() => panel.isVisible()).toBe(false);
    expect(await onScreen(input, width)).toBe(true);
  }, SCENARIO_TIMEOUT_MS);

  it('draft review: the result comes into view; the findings pane and the text fit the width and work together', async () => {
    await page.goto(`${base}/#/pruefen`);
    await page.setInputFiles('#review-file', join(ROOT, 'test/fixtures/drafts/entwurf-ehrenamtskarte.txt'));
    await page.locator('.stage[data-stage="done"].is-done').waitFor();
    // after the upload the result's title has the focus and is on screen, not below the upload area
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-heading');
    expect(await onScreen(page.locator('#review-heading'), width)).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);

    const pane = page.locator('.findings-pane');
    const cards = pane.locator('.finding-card');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await withinWidth(pane, width), 'findings pane inside the window').toBe(true);
    expect(await withinWidth(page.locator('.draft-pane'), width), 'draft pane inside the window').toBe(true);
    for (const button of await page.locator('.review-head .actions a').all()) expect(await withinWidth(button, width)).toBe(true);

    // the first card is reachable and its decision sticks; "Im Text zeigen" brings its marking on screen
    const card = cards.first();
    await card.scrollIntoViewIfNeeded();
    expect(await onScreen(card.locator('.btn-accept'), width)).toBe(true);
    await card.locator('.btn-accept').click();
    await poll(() => card.locator('.btn-accept').getAttribute('aria-pressed')).toBe('true');
    await card.getByRole('button', { name: 'Im Text zeigen' }).click();
    const mark = page.locator('.draft-text mark.is-selected').first();
    await poll(() => onScreen(mark, width)).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);

    // the long page was scrolled down; the next page opens at its top, not at that position
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Hilfe' }).click();
    await page.locator('#view-hilfe h1, #view-hilfe h2').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }, SCENARIO_TIMEOUT_MS);

  it('screening: the form fits; the results table scrolls inside its own box, not the page', async () => {
    await page.goto(`${base}/#/screening`);
    await page.fill('#law-search', 'VwZG');
    await page.locator('#law-VwZG').check();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    const start = page.getByRole('button', { name: 'Screening starten' });
    expect(await withinWidth(start, width)).toBe(true);
    await start.click();
    await poll(text(page.locator('.job-status-badge')), 30_000).toBe('Fertig');
    const table = page.locator('table.results').first();
    await table.locator('tbody td strong').first().waitFor();
    expect(await pageOverflow(), 'the wide table does not widen the page').toBeLessThanOrEqual(0);
    expect(await withinWidth(page.locator('.table-wrap').first(), width)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);
});
