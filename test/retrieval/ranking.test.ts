import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCitationScore } from '../../server/retrieval/engine';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { EXCERPT_GAP_TEXT } from '../../server/retrieval/index-data';
import { listSources, loadSource } from '../../server/retrieval/sources';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { TUNING } from '../../server/retrieval/tuning';

const corpus = join(__dirname, '../fixtures/retrieval-corpus');
const docs = listSources([corpus]).map(loadSource);
const index = createSearchIndexFromDocuments(docs);
const top = (q: string, k = 3) => index.search(q, { k }).map((h) => `${h.law} ${h.section}`);

describe('BM25 ranking on a small corpus (real excerpts)', () => {
  it("finds the § for a question in drafters' words", () => {
    expect(top('Darf die Behörde Bescheinigungen selbst bei der ausstellenden Stelle einholen?', 1)).toEqual(['EGovG § 5']);
    expect(top('Ab wann müssen Landesbehörden neue Akten digital führen?', 1)).toEqual(['NDIG § 10']);
    expect(top('Reicht eine E-Mail, wenn nur Textform verlangt ist?', 2)).toContain('BGB § 126b');
  });

  it('matches compounds against their parts, which the ablation cannot', () => {
    const laws = index.search('Schriftformerfordernis', { k: 8, kinds: ['law'] });
    expect(laws.map((h) => `${h.law} ${h.section}`)).toEqual(expect.arrayContaining(['BGB § 126', 'VwVfG § 3a']));
    // NDIG § 7 (title "Nachweise", text missing from the excerpt) is an equally good answer
    expect(top('Nachweispflicht elektronisch', 2)).toContain('EGovG § 5');
    const plain = createSearchIndexFromDocuments(docs, { decompound: false, synonyms: false });
    expect(plain.search('Schriftformerfordernis', { k: 5, kinds: ['law'] })).toEqual([]);
  });

  it('ranks cited provisions first, the cited Absatz before the others', () => {
    const hits = index.search('§ 3a Abs. 2 VwVfG', { k: 3 });
    expect(hits[0]).toMatchObject({ law: 'VwVfG', ref: '§ 3a Abs. 2', title: 'Elektronische Kommunikation' });
    expect(hits.slice(1).every((h) => h.section === '§ 3a')).toBe(true);
    expect(top('NDIG § 11', 1)).toEqual(['NDIG § 11']);
    expect(top('§§ 126, 126a BGB', 2)).toEqual(['BGB § 126', 'BGB § 126a']);
  });

  it('ranks a provision cited alone before the members of a cited range or list', () => {
    // the question is about NDIG § 11, the range only names what it applies to
    expect(top('Gelten die §§ 4 bis 7 NDIG nach NDIG § 11 auch für Schulen?', 1)).toEqual(['NDIG § 11']);
    expect(top('Gilt § 10 NDIG auch für die §§ 6, 7 NDIG?', 1)).toEqual(['NDIG § 10']);
    expect(top('§§ 4 bis 7 NDIG', 2)).toEqual(['NDIG § 4', 'NDIG § 6']);
  });

  it('resolves long law titles to the abbreviation', () => {
    expect(index.search('§ 35a Verwaltungsverfahrensgesetz', { k: 1 })[0]).toMatchObject({ law: 'VwVfG', section: '§ 35a' });
  });

  it('cites a § of a law named by its inflected long title before the §', () => {
    expect(top('Niedersächsisches Gesetz über digitale Verwaltung und Informationssicherheit § 10', 1)).toEqual(['NDIG § 10']);
    expect(top('Was steht in § 11 des Niedersächsischen Gesetzes über digitale Verwaltung und Informationssicherheit?', 1)).toEqual(['NDIG § 11']);
    const both = index.search('§ 3a VwVfG und § 10 des Niedersächsischen Gesetzes über digitale Verwaltung und Informationssicherheit', { k: 10 });
    expect(both.filter((h) => isCitationScore(h.score)).map((h) => `${h.law} ${h.section}`)).toEqual(expect.arrayContaining(['VwVfG § 3a', 'NDIG § 10']));
    // "Niedersachsen" alone is still a search word
    expect(index.search('Niedersachsen', { k: 3 }).length).toBeGreaterThan(0);
    // a bare § without any law named is no citation
    expect(index.search('§ 11', { k: 3 }).some((h) => isCitationScore(h.score))).toBe(false);
  });

  it('prefers Land law when the query names Niedersachsen', () => {
    const q = 'Papierdokumente nach dem Einscannen vernichten';
    const plain = top(q, 2);
    expect(plain).toContain('EGovG § 7');
    expect(top(`${q} in Niedersachsen`, 1)).toEqual(['NDIG § 11']);
    expect(top(`${q}, niedersächsische Landesbehörden`, 1)).toEqual(['NDIG § 11']);
  });

  it('returns one hit per § with Stand, excerpt flag and law title', () => {
    const hits = index.search('elektronische Akte Papier', { k: 10 });
    const sections = hits.map((h) => `${h.law} ${h.section}`);
    expect(new Set(sections).size).toBe(sections.length);
    const ndig = hits.find((h) => h.law === 'NDIG')!;
    expect(ndig).toMatchObject({ excerpt: true, jurisdiction: 'Niedersachsen', kind: 'law' });
    expect(ndig.stand).toMatch(/2019/);
  });

  it('filters by law and kind', () => {
    expect(index.search('Schriftform', { k: 10, laws: ['BGB'] }).every((h) => h.law === 'BGB')).toBe(true);
    const guidance = index.search('Schriftform ersetzen', { k: 10, kinds: ['guidance'] });
    expect(guidance.length).toBeGreaterThan(1);
    expect(guidance.every((h) => h.kind === 'guidance' && h.law === 'Leitfaden Schriftform')).toBe(true);
  });

  it('answers a repeated question the same, whatever restriction a search in between had (cached analysis)', () => {
    const q = 'Darf die Behörde Bescheinigungen selbst bei der ausstellenden Stelle einholen?';
    const first = index.search(q, { k: 5 });
    const onlyEgovg = index.search(q, { k: 5, laws: ['EGovG'] });
    expect(onlyEgovg.length).toBeGreaterThan(1);
    expect(onlyEgovg.every((h) => h.law === 'EGovG')).toBe(true);
    expect(index.search(q, { k: 5, kinds: ['guidance'] }).every((h) => h.kind === 'guidance')).toBe(true);
    expect(index.search(q, { k: 5 })).toEqual(first);
    // restricting is filtering: the restricted ranking is the unrestricted one without the other laws (a law
    // without title-only §§; those borrow their federal model's score, which a restriction leaves out)
    const wide = index.search(q, { k: 50 }).filter((h) => h.law === 'EGovG').map((h) => h.section);
    expect(onlyEgovg.map((h) => h.section)).toEqual(wide.slice(0, onlyEgovg.length));
  });

  it('never returns excerpt marker text', () => {
    for (const q of ['TEXT NICHT GEFUNDEN', 'Rest von § 1 ab Absatz 2', 'IT-Bevollmächtigte Landesregierung']) {
      for (const h of index.search(q, { k: 20 })) expect(h.text).not.toMatch(/NICHT GEFUNDEN|\[…\]/);
    }
  });

  it('finds a § of an excerpt by its title when the excerpt lacks its wording, and says so', () => {
    const hits = index.search('Wo regelt das NDIG elektronische Nachweise?', { k: 3 });
    const gap = hits.find((h) => h.law === 'NDIG' && h.section === '§ 7');
    expect(gap).toMatchObject({ ref: '§ 7', title: 'Nachweise', text: EXCERPT_GAP_TEXT, excerpt: true });
    // the notice itself is not indexed: its words find nothing
    expect(index.search('Wortlaut mitgelieferten Auszug VORIS', { k: 5 }).some((h) => h.text === EXCERPT_GAP_TEXT)).toBe(false);
  });

  it('ranks a title-only Land § by the wording of its federal model, showing the notice, not that wording', () => {
    const hits = index.search('Darf die Behörde Bescheinigungen selbst bei der ausstellenden Stelle einholen?', { k: 2 });
    expect(hits.map((h) => `${h.law} ${h.section}`).sort()).toEqual(['EGovG § 5', 'NDIG § 7']);
    expect(hits.find((h) => h.law === 'NDIG')!.text).toBe(EXCERPT_GAP_TEXT);
  });

  it('serves whole provisions and the law list', () => {
    const p = index.getProvision('Verwaltungsverfahrensgesetz', '3a')!;
    expect(p).toMatchObject({ law: 'VwVfG', section: '§ 3a', title: 'Elektronische Kommunikation', jurisdiction: 'Bund' });
    expect(p.paragraphs.map((x) => x.number)).toEqual(['1', '2', '3']);
    // NDIG § 7 exists only as a heading in the excerpt: a notice stands in for the missing wording
    expect(index.getProvision('NDIG', '§ 7')).toMatchObject({
      title: 'Nachweise',
      paragraphs: [{ number: null, text: EXCERPT_GAP_TEXT }],
      excerpt: true,
    });
    expect(index.getProvision('NDIG', '§ 99')).toBeUndefined();
    const laws = index.listLaws();
    expect(laws.map((l) => l.abbreviation).sort()).toEqual(['BGB', 'EGovG', 'Leitfaden Schriftform', 'NDIG', 'VwVfG']);
    expect(laws.find((l) => l.abbreviation === 'Leitfaden Schriftform')).toMatchObject({ kind: 'guidance', jurisdiction: 'Leitfaden' });
    expect(index.stats()).toMatchObject({ laws: 4, guidance: 1 });
  });
});

describe('law-size prior', () => {
  const law = (abbr: string, filler: number) =>
    parseLawMarkdown(
      [
        '---',
        `jurabk: ${abbr}`,
        `Title: ${abbr}-Gesetz`,
        '---',
        '',
        `# ${abbr}-Gesetz (${abbr})`,
        '',
        '## § 1 Nachweise',
        '',
        '(1) Die Behörde kann Nachweise elektronisch einholen.',
        ...Array.from({ length: filler }, (_, i) => `\n## § ${i + 2} Sonstiges ${i}\n\n(1) Gebühren für Leistung ${i} werden erhoben.`),
      ].join('\n'),
    );

  it('lets a short law win a tie against a very long law', () => {
    const tie = createSearchIndexFromDocuments([law('GROSS', 300), law('KLEIN', 0)]);
    expect(tie.search('Nachweise einholen', { k: 2 }).map((h) => h.law)).toEqual(['KLEIN', 'GROSS']);
    const reversed = createSearchIndexFromDocuments([law('KLEIN', 0), law('GROSS', 300)]);
    expect(reversed.search('Nachweise einholen', { k: 2 }).map((h) => h.law)).toEqual(['KLEIN', 'GROSS']);
  });
});

describe('length normalisation of long enumerations', () => {
  const items = Array.from({ length: 40 }, (_, i) => `${i + 1}. Anzeigen und Mitteilungen zu Vorhaben der Gruppe ${i + 1} (§ ${i + 10}),`);
  const doc = () =>
    parseLawMarkdown(
      [
        '---',
        'jurabk: BAUO',
        'Title: Bauordnung',
        '---',
        '',
        '# Bauordnung (BAUO)',
        '',
        '## § 1 Behandlung des Bauantrags',
        '',
        '(1) Der Bauantrag wird von der Behörde geprüft. Über den Bauantrag entscheidet die Behörde binnen drei Monaten.',
        '',
        '## § 2 Pflichten der Bauherren',
        '',
        `(1) Der Behörde sind\n${items.join('\n')}\nund der Bauantrag elektronisch zu übermitteln.`,
        ...Array.from({ length: 30 }, (_, i) => `\n## § ${i + 3} Sonstiges ${i}\n\n(1) Gebühren für Leistung ${i} werden erhoben.`),
      ].join('\n'),
    );
  const first = () => createSearchIndexFromDocuments([doc()]).search('Bauantrag elektronisch übermitteln', { k: 2 })[0]?.section;

  it('does not let a short Absatz that repeats one question word outrank a long list that answers', () => {
    expect(first()).toBe('§ 2');
    const cap = TUNING.textLengthCap;
    try {
      TUNING.textLengthCap = Infinity;
      expect(first()).toBe('§ 1');
    } finally {
      TUNING.textLengthCap = cap;
    }
  });
});

describe('a question word the statutes write only as a compound head', () => {
  const doc = parseLawMarkdown(
    [
      '---',
      'jurabk: BAUO',
      'Title: Bauordnung',
      '---',
      '',
      '# Bauordnung (BAUO)',
      '',
      '## § 1 Baustelle',
      '',
      '(1) Baustellen sind mit Bauzäunen abzugrenzen. Der Bau ist zu sichern.',
      '',
      '## § 2 Grundstücke',
      '',
      '(1) Grundstücke sind so zu gestalten, dass der Bau sicher ist.',
      ...Array.from({ length: 30 }, (_, i) => `\n## § ${i + 3} Sonstiges ${i}\n\n(1) Gebühren für Leistung ${i} werden erhoben.`),
    ].join('\n'),
  );

  it('finds its compounds ("Zaun" → Bauzäune), which the ablation without decompounding cannot', () => {
    const search = (decompound: boolean) =>
      createSearchIndexFromDocuments([doc], { decompound, synonyms: false, thesaurus: false, concepts: false }).search('Braucht das Grundstück einen Zaun?', { k: 3 });
    expect(search(true).map((h) => h.section)).toContain('§ 1');
    expect(search(false).map((h) => h.section)).not.toContain('§ 1');
  });
});
