import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../server/retrieval/index';

const work = mkdtempSync(join(tmpdir(), 'dc-index-'));
const corpusDir = join(work, 'corpus');
const cacheDir = join(work, 'cache');
cpSync(join(__dirname, '../fixtures/retrieval-corpus'), corpusDir, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('persisted index', () => {
  it('is built once, then loaded; a changed corpus file triggers a rebuild', async () => {
    const first = await openSearchIndex({ corpusDir, cacheDir });
    expect(first.rebuilt).toBe(true);
    const before = first.search('elektronische Aktenführung', { k: 5 });

    const second = await openSearchIndex({ corpusDir, cacheDir });
    expect(second.rebuilt).toBe(false);
    expect(second.search('elektronische Aktenführung', { k: 5 })).toEqual(before);
    // the corpus casing the chat recases lower-case messages by is built with the index and loaded with it
    expect(first.casing().nouns.has('schriftform')).toBe(true);
    expect(first.casing().nouns.has('elektronische')).toBe(false);
    expect(second.casing()).toEqual(first.casing());
    expect(second.getProvision('VwVfG', '§ 3a')).toEqual(first.getProvision('VwVfG', '§ 3a'));

    const file = join(corpusDir, 'laws/egovg.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n## § 99 Testvorschrift\n\n(1) Quarkbrötchen werden elektronisch bestellt.\n');
    const third = await openSearchIndex({ corpusDir, cacheDir });
    expect(third.rebuilt).toBe(true);
    expect(third.search('Quarkbrötchen', { k: 1 })[0]).toMatchObject({ law: 'EGovG', section: '§ 99' });
    // the stale index file of the old corpus state is removed
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  });

  it('lets an extra directory replace a shipped law of the same abbreviation', async () => {
    const extra = join(work, 'user');
    const { addToCorpus } = await import('../../server/retrieval/corpus-import');
    const src = join(work, 'ndig-voll.txt');
    writeFileSync(src, 'Niedersächsisches Gesetz über digitale Verwaltung und Informationssicherheit (NDIG)\n\n§ 7 Nachweise\n\n(1) Die Behörde ruft Nachweise selbst ab.\n');
    const [entry] = await addToCorpus(extra, [src], { jurisdiction: 'Niedersachsen' });
    expect(entry).toMatchObject({ abbreviation: 'NDIG', excerpt: false, jurisdiction: 'Niedersachsen', file: 'laws/ndig.md' });
    const index = await openSearchIndex({ corpusDir, cacheDir, extraDirs: [extra] });
    expect(index.getProvision('NDIG', '§ 7')!.paragraphs).toEqual([{ number: '1', text: 'Die Behörde ruft Nachweise selbst ab.' }]);
    expect(index.listLaws().filter((l) => l.abbreviation === 'NDIG')).toHaveLength(1);
  });
});
