import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../server/retrieval/build';
import { readManifest } from '../../server/retrieval/manifest';
import { listSources, loadSource } from '../../server/retrieval/sources';

const corpusDir = join(__dirname, '../../corpus');
const manifest = readManifest(corpusDir);

describe('shipped corpus manifest', () => {
  it('is valid and every entry exists with its metadata', () => {
    expect(manifest.documents.length).toBeGreaterThanOrEqual(40);
    for (const d of manifest.documents) {
      expect(existsSync(join(corpusDir, d.file)), d.file).toBe(true);
      expect(d.source.length).toBeGreaterThan(3);
    }
    const abbrs = manifest.documents.map((d) => d.abbreviation);
    for (const a of ['NDIG', 'EGovG', 'OZG', 'VwVfG', 'VwZG', 'PAuswG', 'VDG', 'De-Mail-G', 'SGB I', 'SGB X', 'AO', 'BGB', 'BDSG', 'BGG', 'BITV 2.0'])
      expect(abbrs).toContain(a);
  });

  it('marks a Niedersachsen law as an excerpt exactly when its file says so or lacks text, and gives every federal law its Stand', () => {
    for (const d of manifest.documents) {
      const md = readFileSync(join(corpusDir, d.file), 'utf8');
      if (d.jurisdiction === 'Niedersachsen') expect(d.excerpt, d.id).toBe(/^complete: false$/m.test(md) || /NICHT GEFUNDEN/.test(md));
      if (d.jurisdiction === 'Bund') expect(d.stand, d.id).toMatch(/März 2022/);
    }
    const complete = manifest.documents.filter((d) => d.jurisdiction === 'Niedersachsen' && !d.excerpt).map((d) => d.abbreviation);
    expect(complete.sort()).toEqual(['NBrandSchG', 'NPOG', 'NRettDG']);
  });

  it('ships the complete Niedersachsen laws as laws, counted apart from the guides', () => {
    const nds = listSources([corpusDir]).filter((s) => s.entry.jurisdiction === 'Niedersachsen').map(loadSource);
    const sections = (abbr: string) => nds.find((d) => d.doc.abbreviation === abbr)!.doc.provisions.length;
    // complete texts, not the former excerpts of two or three §§
    expect(sections('NPOG')).toBeGreaterThan(100);
    expect(sections('NBauO')).toBeGreaterThan(90);
    expect(sections('NBrandSchG')).toBeGreaterThan(40);
    expect(sections('NRettDG')).toBeGreaterThan(30);
    for (const d of nds) expect(d.doc.title, d.doc.abbreviation).not.toMatch(/\(N[A-Za-z]+\)$/);
  });

  it('indexes no excerpt marker as law text', () => {
    const nds = listSources([corpusDir]).filter((s) => s.entry.jurisdiction === 'Niedersachsen');
    expect(nds.some((s) => readFileSync(s.path, 'utf8').includes('TEXT NICHT GEFUNDEN'))).toBe(true);
    const data = buildIndexData(nds.map(loadSource));
    const text = new TextDecoder().decode(data.textBlob);
    expect(text).not.toMatch(/NICHT GEFUNDEN|\[…\]|\[\.\.\.\]/);
    expect(data.sections.map((s) => s.title).join('|')).not.toMatch(/NICHT GEFUNDEN/);
  });
});
