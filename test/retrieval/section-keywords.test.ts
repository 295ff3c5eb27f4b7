import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { readManifest } from '../../server/retrieval/manifest';
import { KEYWORDS_DIR, readSectionKeywords } from '../../server/retrieval/section-keywords';
import { listSources, loadSource } from '../../server/retrieval/sources';

const corpusDir = join(__dirname, '../../corpus');

describe('lay keywords per § (corpus/keywords)', () => {
  it('names only laws of the manifest and §§ that exist in them', () => {
    const ids = new Set(readManifest(corpusDir).documents.map((d) => d.id));
    const files = readdirSync(join(corpusDir, KEYWORDS_DIR)).filter((f) => f.endsWith('.tsv'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) expect(ids.has(f.replace(/\.tsv$/, '')), f).toBe(true);
    const sources = listSources([corpusDir]).filter((s) => s.keywordsPath);
    expect(sources.length).toBe(files.length);
    for (const s of sources) {
      const doc = loadSource(s);
      const labels = new Set(doc.doc.provisions.map((p) => p.label));
      for (const label of doc.sectionKeywords!.keys()) expect(labels.has(label), `${s.entry.id} ${label}`).toBe(true);
    }
  });

  it('gives every § of every shipped law a keyword row, except repealed and untitled ones', () => {
    // blind questions draw their §§ at random from the corpus: a § without a row is found only by the statute's words
    const repealed = /weggefallen|aufgehoben|keine Überschrift|^(bis|und) /;
    for (const s of listSources([corpusDir]).filter((x) => x.entry.kind === 'law')) {
      const doc = loadSource(s);
      const missing = doc.doc.provisions.filter(
        (p) => p.label.startsWith('§') && p.title && p.title !== s.entry.abbreviation && !repealed.test(p.title) && !doc.sectionKeywords?.has(p.label),
      );
      expect(missing.map((p) => p.label), s.entry.id).toEqual([]);
    }
  });

  it('names the matter of every § of the procedural and e-government laws in more than four words', () => {
    // a row that only restates the title adds nothing the title field lacks: drafters' paraphrases miss such §§
    const core = new Set(['vwvfg', 'egovg', 'ozg', 'ndig', 'vwzg', 'nvwzg', 'sgb-x', 'sgb-i', 'pauswg', 'vdg', 'de-mail-g', 'bgg', 'bdsg', 'nkomvg', 'nbauo', 'npog']);
    for (const s of listSources([corpusDir]).filter((x) => core.has(x.entry.id))) {
      const thin = [...loadSource(s).sectionKeywords!].filter(([, words]) => words.join(' ').split(/\s+/).length <= 4).map(([label]) => label);
      expect(thin, s.entry.id).toEqual([]);
    }
  });

  it('rejects a malformed line with the file and line number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-'));
    const file = join(dir, 'x.tsv');
    writeFileSync(file, '# Kommentar\n§ 38\tZusage\nParagraph 39 Begründung\n');
    expect(() => readSectionKeywords(file)).toThrow(/x\.tsv:3/);
  });

  it('lets a lay word find the § whose text uses only the legal term', () => {
    const md = [
      '---',
      'jurabk: TG',
      'Title: Testgesetz',
      '---',
      '',
      '# Testgesetz (TG)',
      '## § 1 Zusicherung',
      'Eine von der zuständigen Behörde erteilte Zusage, einen bestimmten Verwaltungsakt später zu erlassen, bedarf der Form.',
      '## § 2 Ermessen',
      'Ist die Behörde ermächtigt, nach ihrem Ermessen zu handeln, so hat sie es zweckentsprechend auszuüben.',
    ].join('\n\n');
    const doc = parseLawMarkdown(md);
    // a word no synonym or thesaurus entry links to the statute: only the keyword field can bridge it
    const literal = { decompound: false, synonyms: false };
    const plain = createSearchIndexFromDocuments([doc], literal);
    expect(plain.search('Bauchgefühl').length).toBe(0);
    const withKeywords = createSearchIndexFromDocuments(
      [{ doc, kind: 'law', jurisdiction: 'Bund', path: '', sectionKeywords: new Map([['§ 2', ['nach Bauchgefühl', 'Spielraum']]]) }],
      literal,
    );
    expect(withKeywords.search('Darf die Behörde nach Bauchgefühl entscheiden?')[0]?.section).toBe('§ 2');
  });

  it('a § without an official heading is titled by its keyword row (NVwVfG, NVwZG)', () => {
    const doc = parseLawMarkdown(['# Testgesetz (TG)', '## § 1', 'Dieses Gesetz gilt für die Behörden.', '## § 2 Kirchen', 'Dieses Gesetz gilt für die Behörden.'].join('\n\n'));
    const index = createSearchIndexFromDocuments(
      [{ doc, kind: 'law', jurisdiction: 'Bund', path: '', sectionKeywords: new Map([['§ 1', ['Kirchen']]]) }],
      { decompound: false, synonyms: false },
    );
    const hits = index.search('Kirchen', { k: 2 });
    // the same word in the same field: the untitled § scores like the titled one
    expect(hits.map((h) => h.section).sort()).toEqual(['§ 1', '§ 2']);
    expect(hits[0]!.score).toBeCloseTo(hits[1]!.score, 3);
  });

  it("keeps a law's scores when another law's rows grow (fixed keyword reference length)", () => {
    const law = (abbr: string, titles: string[]) =>
      parseLawMarkdown([`# Testgesetz ${abbr} (${abbr})`, ...titles.flatMap((t, i) => [`## § ${i + 1} ${t}`, 'Die Behörde entscheidet.'])].join('\n\n'));
    const a = law('TA', ['Zusage', 'Ermessen']);
    const b = law('TB', ['Kauf', 'Miete']);
    const rowsA = new Map([['§ 1', ['Versprechen der Behörde']], ['§ 2', ['Spielraum']]]);
    const search = (rowsB: Map<string, string[]>) =>
      createSearchIndexFromDocuments(
        [
          { doc: a, kind: 'law', jurisdiction: 'Bund', path: '', sectionKeywords: rowsA },
          { doc: b, kind: 'law', jurisdiction: 'Bund', path: '', sectionKeywords: rowsB },
        ],
        { decompound: false, synonyms: false },
      ).search('Versprechen', { k: 1 })[0]!;
    const short = search(new Map([['§ 1', ['Ware']], ['§ 2', ['Wohnung']]]));
    // TB's rows grow tenfold with words TA's row does not use: the average row length rises, TA's score must not
    const long = search(new Map([['§ 1', ['Ware kaufen beim Händler, Kassenzettel, Umtausch, Garantie, Lieferung nach Hause']], ['§ 2', ['Wohnung mieten, Vermieter, Nebenkosten, Kaution, Kündigung, Auszug, Schlüssel']]]));
    expect(short.law).toBe('TA');
    expect(long.score).toBeCloseTo(short.score, 6);
  });
});
