import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect, inject } from 'vitest';
import { listen, makeApp, tempDir } from '../http/harness';

/** What every browser test needs: Debian's Chromium with the workplace's flags, the client built once per run. */

export const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** docs/screenshots with UPDATE_SCREENSHOTS=1 (`npm run screenshots`, shown in the README), otherwise a temporary folder. */
export function screenshotDir(): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : tempDir('dc-shots-');
}

/**
 * The client built once per test run (the server under test serves it). The first file to ask builds it in a folder of
 * its own and moves that into the run's cache folder in one rename; a file that loses the race to it drops its build.
 */
export async function buildClient(): Promise<string> {
  const shared = join(inject('runCacheDir'), 'client');
  if (existsSync(shared)) return shared;
  const built = tempDir('dc-client-');
  await build({ configFile: join(ROOT, 'client/vite.config.ts'), logLevel: 'warn', build: { outDir: built, emptyOutDir: true } });
  try {
    renameSync(built, shared);
  } catch (e) {
    if (!existsSync(shared)) throw e;
    rmSync(built, { recursive: true, force: true });
  }
  return shared;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium: run \`apt-get install -y chromium\` (CI: .ci/run installs it) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The app with the built client behind a real server, and one German page on it in Debian's Chromium. */
export interface BrowserSession {
  base: string;
  page: Page;
  /** Uncaught errors of the page, for tests that assert there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openSession(context: BrowserContextOptions, timeoutMs = 20_000): Promise<BrowserSession> {
  const app = await makeApp({}, { clientDir: await buildClient() });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app.dispose();
  };
  try {
    const base = await listen(app);
    browser = await launchChromium();
    const page = await (await browser.newContext({ locale: 'de-DE', ...context })).newPage();
    page.setDefaultTimeout(timeoutMs);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { base, page, pageErrors, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Retries a read until it satisfies the matcher (Playwright's locator assertions are not part of playwright-core). */
export const poll = <T>(read: () => Promise<T>, timeout = 20_000) => expect.poll(read, { timeout, interval: 100 });
export const text = (l: Locator) => async () => ((await l.textContent()) ?? '').trim();
