import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, openSession, poll, screenshotDir, text, type BrowserSession } from './support';

/**
 * Drafters keep the tool in half a screen beside Word: 960 px of a 1920 screen, about 680 px of a 1366 laptop, and
 * 546 px when that laptop zooms to 125 %. Chat, draft review and screening must work there without the page
 * scrolling sideways, through the real server and Debian's Chromium. Up to 780 px the review shows its text and its
 * findings as two tabs; the view with tabs is saved as a screenshot like the views of app.test.ts.
 */

const SCENARIO_TIMEOUT_MS = 180_000;
/** Up to this width the review's text and findings are tabs (client/src/components/paneTabs.ts). */
const TABS_WIDTH = 780;
const DRAFT = join(ROOT, 'test/fixtures/drafts/entwurf-ehrenamtskarte.txt');

let session: BrowserSession | undefined;
let base: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openSession({ viewport: { width: 960, height: 720 } });
  ({ base, page, pageErrors } = session);
}, 60_000);

afterAll(() => session?.close());

const pageOverflow = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
/**
 * Resolves once the window's scroll position holds for two frames: "Im Text zeigen" scrolls smoothly, and its
 * animation can still move the window after the mark is on screen (one loaded CI run read scrollY 1 on the next page).
 */
const scrollSettled = () =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        const tick = () => (window.scrollY === last ? resolve() : ((last = window.scrollY), requestAnimationFrame(() => requestAnimationFrame(tick))));
        tick();
      }),
  );
const focusedIn = (selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);
const tabs = () => page.getByRole('tablist', { name: 'Ansicht der Prüfung' });
const textTab = () => tabs().getByRole('tab', { name: 'Text', exact: true });
const findingsTab = () => tabs().getByRole('tab', { name: /^Befunde/ });

async function uploadDraft(): Promise<void> {
  await page.goto(`${base}/#/pruefen`);
  await page.setInputFiles('#review-file', DRAFT);
  await page.locator('.stage[data-stage="done"].is-done').waitFor();
}

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

  it('chat: the conversation list closes on a click beside it and on Escape, and leaves the chat scrollable behind it', async () => {
    await page.goto(`${base}/#/chat`);
    const input = page.locator('#chat-input');
    // two answers, so that the messages overflow their box
    for (const [i, question] of ['Ist die Schriftform in § 3a VwVfG ersetzbar?', 'Wo regelt das NDIG elektronische Nachweise?'].entries()) {
      await input.fill(question);
      await input.press('Enter');
      await page.locator('.msg-assistant .msg-footer').nth(i).waitFor();
    }
    const sidebar = page.locator('.conv-sidebar');
    const toggle = page.getByRole('button', { name: 'Gespräche', exact: true });
    const messages = page.locator('.messages');
    const open = async () => {
      await toggle.click();
      await sidebar.locator('.conv-item.is-active').waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    };
    const closed = async () => {
      await poll(() => sidebar.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    };

    // a click on empty space beside the drawer closes it; the focus returns to "Gespräche"
    await open();
    const drawer = (await sidebar.boundingBox())!;
    const bar = (await page.locator('.chat-toolbar').boundingBox())!;
    const beside = { x: bar.x + bar.width - 8, y: bar.y + bar.height / 2 };
    expect(beside.x, 'the click lands beside the drawer').toBeGreaterThan(drawer.x + drawer.width);
    await page.mouse.click(beside.x, beside.y);
    await closed();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gespräche');

    // a click on a control beside it closes it and reaches the control
    await open();
    const box = (await input.boundingBox())!;
    expect(box.x + box.width - 12).toBeGreaterThan(drawer.x + drawer.width);
    await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
    await closed();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-input');

    // Escape closes it wherever the focus is, here on the toggle itself
    await open();
    await toggle.focus();
    await page.keyboard.press('Escape');
    await closed();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gespräche');

    // closed, it leaves the place it covered to the chat: the wheel there scrolls the messages
    const box2 = (await messages.boundingBox())!;
    const spot = { x: drawer.x + drawer.width / 2, y: box2.y + box2.height / 2 };
    const inMessages = () => page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.messages'), spot);
    expect(await inMessages()).toBe(true);
    expect(await messages.evaluate((m) => m.scrollHeight > m.clientHeight + 100), 'two answers overflow the message box').toBe(true);
    const before = await messages.evaluate((m) => m.scrollTop);
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.wheel(0, -300);
    await poll(() => messages.evaluate((m) => m.scrollTop)).toBeLessThan(before);
    // open, the drawer lies over that place
    await open();
    expect(await inMessages()).toBe(false);
    await page.keyboard.press('Escape');
    await closed();
  }, SCENARIO_TIMEOUT_MS);

  it('draft review: the result comes into view; the findings pane and the text fit the width and work together', async () => {
    await uploadDraft();
    // after the upload the result's title has the focus and is on screen, not below the upload area
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-heading');
    expect(await onScreen(page.locator('#review-heading'), width)).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);

    const pane = page.locator('.findings-pane');
    const draftPane = page.locator('.draft-pane');
    const cards = pane.locator('.finding-card');
    expect(await cards.count()).toBeGreaterThan(0);
    // up to 780 px one pane at a time behind its tab; wider, both side by side as before and no tabs
    if (width <= TABS_WIDTH) {
      await textTab().click();
      expect(await withinWidth(draftPane, width), 'draft pane inside the window').toBe(true);
      expect(await pane.isVisible()).toBe(false);
      await findingsTab().click();
      expect(await draftPane.isVisible()).toBe(false);
    } else {
      expect(await tabs().isVisible()).toBe(false);
      expect(await withinWidth(draftPane, width), 'draft pane inside the window').toBe(true);
    }
    expect(await withinWidth(pane, width), 'findings pane inside the window').toBe(true);
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
    if (width > TABS_WIDTH) expect(await pane.isVisible(), 'wide: the findings stay beside the text').toBe(true);

    // the long page was scrolled down; the next page opens at its top, not at that position
    await scrollSettled();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Hilfe' }).click();
    await page.locator('#view-hilfe h1, #view-hilfe h2').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }, SCENARIO_TIMEOUT_MS);

  it('screening: the form fits; the results table scrolls inside its own box, not the page', async () => {
    await page.goto(`${base}/#/screening`);
    await page.fill('#law-search', 'VwZG');
    await page.locator('#law-VwZG').check();
    const start = page.getByRole('button', { name: 'Screening starten' });
    // Boxes are judged once the layout has settled: loaded runs read them mid-layout (cause not pinned down).
    await poll(() => withinWidth(start, width)).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await start.click();
    await poll(text(page.locator('.job-status-badge')), 30_000).toBe('Fertig');
    const table = page.locator('table.results').first();
    await table.locator('tbody td strong').first().waitFor();
    expect(await pageOverflow(), 'the wide table does not widen the page').toBeLessThanOrEqual(0);
    await poll(() => withinWidth(page.locator('.table-wrap').first(), width)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);
});

describe(`review below ${TABS_WIDTH} px: text and findings as tabs`, () => {
  const width = 700;
  const textPane = () => page.locator('#review-pane-text');
  const findingsPane = () => page.locator('#review-pane-findings');
  const selectedTab = () => tabs().locator('[role="tab"][aria-selected="true"]').textContent();

  beforeAll(async () => {
    await page.setViewportSize({ width, height: 720 });
  });

  /** The tab is selected, it alone is a tab stop, and its pane alone is shown as the tab panel. */
  async function showing(tab: 'text' | 'findings'): Promise<void> {
    const [on, off] = tab === 'text' ? [textTab(), findingsTab()] : [findingsTab(), textTab()];
    const [shown, hidden] = tab === 'text' ? [textPane(), findingsPane()] : [findingsPane(), textPane()];
    await poll(() => on.getAttribute('aria-selected')).toBe('true');
    expect(await off.getAttribute('aria-selected')).toBe('false');
    expect([await on.getAttribute('tabindex'), await off.getAttribute('tabindex')]).toEqual(['0', '-1']);
    expect(await shown.isVisible()).toBe(true);
    expect(await hidden.isVisible()).toBe(false);
    expect(await shown.getAttribute('role')).toBe('tabpanel');
    expect(await on.getAttribute('aria-controls')).toBe(await shown.getAttribute('id'));
    expect(await withinWidth(shown, width)).toBe(true);
  }

  it('tabs switch by click and arrow keys, keep their choice across the breakpoint, and "Im Text zeigen" opens the text at the finding', async () => {
    await uploadDraft();
    await textTab().click();
    await showing('text');
    const cards = page.locator('.finding-card');
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    expect(await findingsTab().textContent()).toBe(`Befunde (${n})`);

    // keyboard: the arrow keys move and select, wrapping at both ends; Home and End; the focus is visible
    await textTab().focus();
    await page.keyboard.press('ArrowRight');
    await showing('findings');
    expect(await focusedIn('[role="tab"][aria-selected="true"]')).toBe(true);
    expect(await page.evaluate(() => {
      const tab = document.activeElement!;
      return tab.matches(':focus-visible') && getComputedStyle(tab).outlineStyle !== 'none';
    }), 'the focused tab shows its focus').toBe(true);
    await page.keyboard.press('ArrowRight');
    await showing('text');
    await page.keyboard.press('ArrowLeft');
    await showing('findings');
    await page.keyboard.press('Home');
    await showing('text');
    await page.keyboard.press('End');
    await showing('findings');
    expect(await selectedTab()).toBe(`Befunde (${n})`);
    // one tab stop: Tab leaves the list for the shown pane
    await page.keyboard.press('Tab');
    expect(await focusedIn('#review-pane-findings')).toBe(true);

    // wider than 780 px: no tabs, both panes side by side and no tab panels; narrow again, the chosen tab is back
    await page.setViewportSize({ width: 1000, height: 720 });
    await poll(() => tabs().isVisible()).toBe(false);
    expect(await textPane().isVisible()).toBe(true);
    expect(await findingsPane().isVisible()).toBe(true);
    expect(await page.locator('[role="tabpanel"]').count()).toBe(0);
    const [left, right] = [(await textPane().boundingBox())!, (await findingsPane().boundingBox())!];
    expect(right.x).toBeGreaterThanOrEqual(left.x + left.width);
    await page.setViewportSize({ width, height: 720 });
    await poll(() => tabs().isVisible()).toBe(true);
    await showing('findings');

    // a click on a card's text marks its place without leaving the list
    const card = cards.first();
    await card.locator('.finding-title').click();
    await poll(() => card.getAttribute('class')).toMatch(/is-selected/);
    await showing('findings');

    // "Im Text zeigen": the text tab comes forward with the finding's marking on screen and the focus in the text
    await card.getByRole('button', { name: 'Im Text zeigen' }).click();
    await showing('text');
    const mark = page.locator('.draft-text mark.is-selected').first();
    await poll(() => onScreen(mark, width)).toBe(true);
    expect(await focusedIn('#review-pane-text')).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshotDir(), 'review-schmal.png'), animations: 'disabled' });

    // and back: a click on the marking brings its card forward with the focus on it
    await mark.click();
    await showing('findings');
    await poll(() => focusedIn('.finding-card.is-selected')).toBe(true);
    expect(await onScreen(page.locator('.finding-card.is-selected'), width)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, SCENARIO_TIMEOUT_MS);
});
