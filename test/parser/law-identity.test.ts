import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLawText } from '../../server/batch/analyze-law';
import { canonicalAbbreviation, landStand, titleWithoutAbbreviation } from '../../server/parser/law-identity';

const corpus = join(__dirname, '../../corpus/laws');

describe('one name per law in every view', () => {
  it('cites the federal laws the way drafters do', () => {
    expect(canonicalAbbreviation('AO 1977')).toBe('AO');
    expect(canonicalAbbreviation('SGB 10')).toBe('SGB X');
    expect(canonicalAbbreviation('BDSG 2018')).toBe('BDSG');
    expect(canonicalAbbreviation('BITV 2.0')).toBe('BITV 2.0');
  });

  it('shows the title without the abbreviation appended, and dates Land laws by their validity', () => {
    expect(titleWithoutAbbreviation('Niedersächsische Bauordnung (NBauO)', 'NBauO')).toBe('Niedersächsische Bauordnung');
    expect(titleWithoutAbbreviation('Gesetz über Personalausweise (Entwurf)', 'PAuswG')).toBe('Gesetz über Personalausweise (Entwurf)');
    expect(landStand({ valid_from: '2025-06-25' })).toBe('Fassung ab 25.06.2025');
  });

  it('gives batch results and exports the same abbreviation and title as the search', () => {
    expect(analyzeLawText(readFileSync(join(corpus, 'ao.md'), 'utf8'), 'ao.md').law).toBe('AO');
    expect(analyzeLawText(readFileSync(join(corpus, 'sgb-x.md'), 'utf8'), 'sgb-x.md').law).toBe('SGB X');
    const npog = analyzeLawText(readFileSync(join(corpus, 'npog.md'), 'utf8'), 'npog.md');
    expect([npog.law, npog.title, npog.jurisdiction]).toEqual(['NPOG', 'Niedersächsisches Polizei- und Ordnungsbehördengesetz', 'Niedersachsen']);
  });

  it('does not call a statute of another Land a Niedersachsen law', () => {
    const md = '---\ntitle: "Bayerisches Katastrophenschutzgesetz (BayKSG)"\nabbreviation: BayKSG\njurisdiction: Bayern\ncomplete: true\n---\n## Art. 1 Aufgabe\n\n(1) Die Katastrophenschutzbehörden haben die Aufgabe, Katastrophen abzuwehren.\n';
    const r = analyzeLawText(md, 'BayKSG.md');
    expect([r.law, r.title, r.jurisdiction]).toEqual(['BayKSG', 'Bayerisches Katastrophenschutzgesetz', 'Sonstige']);
  });
});
