import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, poll, type BrowserSession } from './support';
import { TWO_FINDINGS_DRAFT } from '../support/review';

/**
 * The review shows one coherent rewrite per Absatz: an Absatz with two findings gets one block with the old and new
 * wording marked and one Änderungsbefehl; the findings' cards point to it; dismissing one finding reworks it.
 */

const DRAFT = TWO_FINDINGS_DRAFT;

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1440, height: 900 } });
  ({ page, pageErrors } = session);
  await page.goto(`${session.base}/#/pruefen`);
}, 90_000);

afterAll(() => session?.close());

describe('review: one rewrite per Absatz', () => {
  it('shows one rewrite with one command for an Absatz with two findings, and reworks it when one is dismissed', async () => {
    await page.setInputFiles('#review-file', { name: 'entwurf.txt', mimeType: 'text/plain', buffer: Buffer.from(DRAFT) });
    await page.waitForURL(/#\/pruefen\/.+/);
    const cards = page.locator('.findings-pane .finding-card');
    await poll(() => cards.count()).toBe(2);

    const blocks = page.locator('.rewrites-section .rewrite-block');
    expect(await blocks.count()).toBe(1);
    const block = blocks.first();
    expect(await block.locator('.rewrite-title').textContent()).toBe('Neufassung § 1 Abs. 1 des Entwurfs');
    // old → new: the inserted words and the appended sentence are marked as insertions, nothing is deleted
    expect(await block.locator('.rewrite-diff ins').allTextContents()).toEqual([' oder elektronisch', expect.stringMatching(/^ Die Unterschrift kann durch eine elektronische Form/)]);
    expect(await block.locator('.rewrite-diff del').count()).toBe(0);
    expect(await block.locator('.rewrite-diff').textContent()).toContain('(1) Der Antrag ist schriftlich oder elektronisch bei der Behörde');
    // one Änderungsbefehl for both findings
    const commands = await page.locator('.rewrite-command').allTextContents();
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/^§ 1 Absatz 1 wird wie folgt geändert:\na\) .*„oder elektronisch“.*\nb\) Folgender Satz wird angefügt: „Die Unterschrift/s);
    expect(await block.locator('.rewrite-resolves').textContent()).toMatch(/Behebt 2 Befunde: Schriftform \(„schriftlich“\) und Eigenhändige Unterschrift/);

    // the cards point to the rewrite instead of bringing their own command
    expect(await cards.locator('.finding-rewrite-link').count()).toBe(2);
    expect(await cards.locator('.amendment-text').count()).toBe(0);

    // dismissing the signature finding reworks the Absatz: only the written-form change is left
    const signature = cards.filter({ hasText: 'Eigenhändige Unterschrift' });
    await signature.locator('.btn-dismiss').click();
    await poll(async () => (await page.locator('.rewrite-command').allTextContents()).join('|')).toBe(
      'In § 1 Absatz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.',
    );
    expect(await page.locator('.rewrite-block .rewrite-diff ins').allTextContents()).toEqual([' oder elektronisch']);
    // the dismissed finding's card no longer claims the rewrite resolves it
    expect(await signature.locator('.rw-out').isVisible()).toBe(true);
    expect(await signature.locator('.rw-in').isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
