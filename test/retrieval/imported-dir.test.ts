import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeImportedCorpus } from '../../server/retrieval/imported-dir';
import { listSources, loadSource } from '../../server/retrieval/sources';
import type { ImportedLaw } from '../../server/storage/corpus';

/** Web imports as a corpus folder: named by content, written once, readable as a corpus; old states go after a day. */

const root = mkdtempSync(join(tmpdir(), 'dc-imports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const law = (id: string, abbreviation: string): ImportedLaw => ({
  id,
  abbreviation,
  title: `Gesetz ${abbreviation}`,
  jurisdiction: 'Niedersachsen',
  kind: 'law',
  source: `Import ${id}.txt`,
  stand: 'importiert am 2026-03-01',
  excerpt: false,
  fileName: `${id}.txt`,
  importedBy: 'lokal',
  importedAt: '2026-03-01T10:00:00.000Z',
  markdown: `# Gesetz ${abbreviation} (${abbreviation})\n\n## § 1 Zweck\n\nDieses Gesetz regelt ${abbreviation}.\n`,
});

describe('writeImportedCorpus', () => {
  it('writes nothing without imports; the same state twice is one folder; it reads back as a corpus', () => {
    expect(writeImportedCorpus(root, [])).toBeUndefined();
    const first = writeImportedCorpus(root, [law('ag', 'AG'), law('bg', 'BG')])!;
    expect(writeImportedCorpus(root, [law('ag', 'AG'), law('bg', 'BG')])).toBe(first);
    expect(readdirSync(root)).toHaveLength(1);
    const sources = listSources([first]);
    expect(sources.map((s) => s.entry.abbreviation).sort()).toEqual(['AG', 'BG']);
    const doc = loadSource(sources.find((s) => s.entry.abbreviation === 'AG')!);
    expect(doc.doc.stand).toBe('importiert am 2026-03-01');
    expect(doc.doc.provisions.map((p) => p.label)).toEqual(['§ 1']);
  });

  it('a new state gets a new folder; the previous one stays, older ones go after a day', () => {
    const day = 24 * 3600;
    const a = writeImportedCorpus(root, [law('cg', 'CG')])!;
    const b = writeImportedCorpus(root, [law('dg', 'DG')])!;
    const daysAgo = (n: number) => Date.now() / 1000 - n * day;
    for (const d of readdirSync(root)) utimesSync(join(root, d), daysAgo(4), daysAgo(4));
    utimesSync(a, daysAgo(3), daysAgo(3));
    utimesSync(b, daysAgo(2), daysAgo(2));
    const c = writeImportedCorpus(root, [law('eg', 'EG')])!;
    // b was the state before c and stays, however old; a and the first test's folder are older than a day
    expect([c, b].every((d) => existsSync(d))).toBe(true);
    expect(existsSync(a)).toBe(false);
    expect(readdirSync(root)).toHaveLength(2);
  });
});
