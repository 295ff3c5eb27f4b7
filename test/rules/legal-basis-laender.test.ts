import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../server/parser/draft';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { checkDocument, checkText } from '../../server/rules/engine';
import { LAND_CODES, landEntry } from '../../server/rules/laender';

/** Every Land law cites its own Land's procedure law, never the federal one alone and never Niedersachsen's. */
const basis = (text: string, category: string, opts: { law?: string; land?: string }) => {
  const f = checkText(text, opts).find((x) => x.category === category);
  expect(f, `${opts.law ?? opts.land}: no ${category} finding`).toBeDefined();
  return f!;
};

const WRITTEN = 'Der Antrag ist schriftlich zu stellen.';

describe('legal basis per Land', () => {
  it.each([
    ['bw', '§ 3a Abs. 2 und 3 LVwVfG', '§ 15d EGovG BW'],
    ['by', 'Art. 3a Abs. 2 und 3 BayVwVfG', '§ 2 EGovG (entsprechend: BayDiG)'],
    ['be', '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 VwVfG Bln', '§ 2 EGovG (entsprechend: EGovG Bln)'],
    ['bb', '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 VwVfGBbg', '§ 2 EGovG (entsprechend: BbgEGovG)'],
    ['hb', '§ 3a Abs. 2 und 3 BremVwVfG', '§ 2 EGovG (entsprechend: E-Government-Gesetz des Landes Bremen)'],
    ['hh', '§ 3a Abs. 2 und 3 HmbVwVfG', '§ 2 EGovG (entsprechend: HmbEGovG)'],
    ['he', '§ 3a Abs. 2 und 3 HVwVfG', '§ 2 EGovG (entsprechend: HEGovG)'],
    ['mv', '§ 3a Abs. 2 und 3 VwVfG M-V', '§ 2 EGovG (entsprechend: EGovG M-V)'],
    ['nds', '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 NVwVfG', '§ 4 NDIG'],
    ['nw', '§ 3a Abs. 2 und 3 VwVfG NRW', '§ 2 EGovG (entsprechend: EGovG NRW)'],
    ['rp', '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 LVwVfG RP', '§ 2 EGovG (entsprechend: EGovGRP)'],
    ['sh', '§ 3a Abs. 2 und 3 VwVfG (entsprechend: LVwG SH)', '§ 2 EGovG (entsprechend: E-Government-Gesetz Schleswig-Holstein)'],
    ['sl', '§ 3a Abs. 2 und 3 SVwVfG', '§ 2 EGovG (entsprechend: E-Government-Gesetz Saarland)'],
    ['sn', '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 SächsVwVfZG', '§ 2 EGovG (entsprechend: SächsEGovG)'],
    ['st', '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 VwVfG LSA', '§ 2 EGovG (entsprechend: EGovG LSA)'],
    ['th', '§ 3a Abs. 2 und 3 ThürVwVfG', '§ 2 EGovG (entsprechend: ThürEGovG)'],
  ])('schriftform in a law of %s cites %s and %s', (land, vwvfg, egov) => {
    const b = basis(WRITTEN, 'schriftform', { law: 'XG', land }).legalBasis;
    expect(b).toContain(vwvfg);
    expect(b).toContain(egov);
    if (land !== 'nds') expect(b.join(' ')).not.toMatch(/NDIG|NVwVfG/);
  });

  it('cites a norm of a Land law with its own numbering only where the table knows it; otherwise the federal norm "entsprechend"', () => {
    // § 27c (video hearing) is new in the federal VwVfG: not assumed for the Bavarian law
    expect(basis('Die Behörde kann das persönliche Erscheinen anordnen.', 'persoenliches_erscheinen', { land: 'by' }).legalBasis).toEqual([
      '§ 18 PAuswG',
      '§ 27c VwVfG (entsprechend: BayVwVfG)',
    ]);
    expect(basis('Dem Antrag ist die Urschrift der Bescheinigung beizufügen.', 'original_beglaubigung', { land: 'by' }).legalBasis).toEqual([
      'Art. 23 BayDiG',
      'Art. 33 BayVwVfG',
    ]);
    for (const code of LAND_CODES) {
      for (const cite of basis('Die Entscheidung ist mittels Zustellungsurkunde zuzustellen.', 'postalisch', { land: code }).legalBasis) {
        // a Land service law is never given a § the table does not name
        if (!/NVwZG|VwZG\b/.test(cite)) continue;
        expect(cite).toMatch(/^§ 1 NVwZG i\. V\. m\. § 5 VwZG$|^§ 5 VwZG \(entsprechend: .+\)$/);
      }
    }
  });

  it('finds the Land in the file front matter, the abbreviation or a Land title, never in federal law', () => {
    const landFile = (jurisdiction: string, abbreviation: string, title: string) =>
      parseLawMarkdown(`---\ntitle: "${title}"\nabbreviation: ${abbreviation}\njurisdiction: ${jurisdiction}\n---\n## § 1 Antrag\n\n(1) ${WRITTEN}\n`);
    const cite = (doc: ReturnType<typeof landFile>) => checkDocument(doc).find((f) => f.category === 'schriftform')!.legalBasis[0];
    expect(cite(landFile('Baden-Württemberg', 'SchG', 'Schulgesetz'))).toBe('§ 3a Abs. 2 und 3 LVwVfG');
    expect(cite(landFile('Thüringen', 'ThürBO', 'Thüringer Bauordnung (ThürBO)'))).toBe('§ 3a Abs. 2 und 3 ThürVwVfG');
    expect(cite(landFile('Niedersachsen', 'NBauO', 'Niedersächsische Bauordnung'))).toBe('§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 NVwVfG');
    for (const [law, vwvfg] of [
      ['BayKSG', 'BayVwVfG'],
      ['PolG NRW', 'VwVfG NRW'],
      ['LBO Saar', 'SVwVfG'],
      ['SächsPBG', 'SächsVwVfZG'],
      ['RDG Bln', 'VwVfG Bln'],
      ['EGovG BW', 'LVwVfG'],
    ] as const) {
      expect(basis(WRITTEN, 'schriftform', { law }).legalBasis.join(' '), law).toContain(vwvfg);
    }
    // a federal corpus file stays federal even where its abbreviation names a Land ("LFGG BW" is federal law)
    const federal = parseLawMarkdown(`---\nTitle: Landesfinanzgesetz\njurabk: LFGG BW\nslug: lfgg_bw\n---\n\n# Landesfinanzgesetz (LFGG BW)\n\n## § 1\n\n(1) ${WRITTEN}\n`);
    expect(cite(federal)).toBe('§ 3a Abs. 2 und 3 VwVfG');
    // federal abbreviations that contain a Land's name stay federal
    for (const law of ['BerlinFG', 'VwVfG', 'BerlinFGDV']) {
      expect(basis(WRITTEN, 'schriftform', { law }).legalBasis, law).toEqual(['§ 3a Abs. 2 und 3 VwVfG', '§ 2 EGovG']);
    }
  });

  it('writes the signature substitute with the Land procedure law in drafting prose', () => {
    const f = basis('Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.', 'unterschrift', { land: 'by' });
    expect(f.amendment).toContain('Artikel 3a Absatz 2 oder 3 des Bayerischen Verwaltungsverfahrensgesetzes');
    const g = basis('Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.', 'unterschrift', { land: 'sh' });
    expect(g.amendment).toContain('der § 3a Absatz 2 oder 3 des Verwaltungsverfahrensgesetzes entsprechenden Vorschrift des Landesverwaltungsgesetzes Schleswig-Holstein');
  });

  it('has one row with a source note for every Land', () => {
    for (const code of LAND_CODES) {
      const row = landEntry(code);
      expect(row, code).toBeDefined();
      expect(row!.quelle.length).toBeGreaterThan(10);
    }
  });
});

describe('legal basis of an amending draft that does not name its Land', () => {
  const draft = (citation: string, more = '') =>
    [
      'Gesetz zur Änderung des Bestattungsgesetzes',
      'Der Landtag hat das folgende Gesetz beschlossen:',
      'Artikel 1',
      'Änderung des Bestattungsgesetzes',
      `Das Bestattungsgesetz vom 21. Juli 1970 (${citation}), das zuletzt durch Artikel 1 des Gesetzes vom 2. Februar 2021 geändert worden ist, wird wie folgt geändert:`,
      '§ 15 Absatz 6 wird wie folgt gefasst:',
      '„(6) Der Händler hat eine schriftliche Erklärung vorzulegen.“',
      more,
      'Artikel 2',
      'Inkrafttreten',
      'Dieses Gesetz tritt am Tag nach seiner Verkündung in Kraft.',
    ].join('\n');
  const schriftform = (text: string) => checkDocument(parseDraft(text)).find((f) => f.category === 'schriftform')!.legalBasis.join('; ');

  it.each([
    ['GBl. S. 395', 'LVwVfG'],
    ['GVBl. I Nr. 39', 'VwVfGBbg'],
    ['GVBl. LSA S. 440', 'VwVfG LSA'],
    ['GVBl. S. 431), BS 225-1 (', 'LVwVfG RP'],
    ['GV. NRW. S. 12', 'VwVfG NRW'],
    ['SächsGVBl. S. 5', 'SächsVwVfZG'],
  ])('takes the Land from the gazette its intro cites: %s → %s', (citation, vwvfg) => {
    expect(schriftform(draft(citation))).toContain(vwvfg);
  });

  it('takes the Land from the amended law\'s name when the gazette decides nothing (Hessen cites a bare "GVBl.")', () => {
    const hessen = draft('GVBl. S. 198').replace(/Bestattungsgesetz(es)?\b/g, 'Hessische Bauordnung').replace('Das Hessische Bauordnung', 'Die Hessische Bauordnung');
    expect(schriftform(hessen)).toContain('HVwVfG');
  });

  it('stays federal on the Bundesgesetzblatt, a bare "GVBl." or the gazettes of two Länder', () => {
    for (const citation of ['BGBl. I S. 2739', 'GVBl. S. 46']) expect(schriftform(draft(citation))).toBe('§ 3a Abs. 2 und 3 VwVfG; § 2 EGovG');
    expect(schriftform(draft('GBl. S. 395', 'Das Wassergesetz vom 3. Mai 2010 (GVBl. LSA S. 5) wird wie folgt geändert:'))).toBe('§ 3a Abs. 2 und 3 VwVfG; § 2 EGovG');
  });
});
