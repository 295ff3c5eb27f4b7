import { afterEach, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { Analyzer } from '../../server/retrieval/analyzer';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { TUNING } from '../../server/retrieval/tuning';

const defaults = { ...TUNING };
afterEach(() => Object.assign(TUNING, defaults));

describe('kind of provision a question asks for (Analyzer.roleTitles, vorschriftsarten.tsv)', () => {
  const a = new Analyzer(new Set(), { decompound: true, synonyms: true });

  it('reads who regulates the details as a question for the authorisation to issue ordinances', () => {
    expect(a.roleTitles('Wer legt im Einzelnen fest, wie Anbieter ihre Siegel prüfen lassen müssen?')).toContain('Verordnungsermächtigung');
    expect(a.roleTitles('Kann die Bundesregierung das selbst regeln, ohne ein Gesetz des Bundestags?')).toContain('Verordnungsermächtigung');
  });

  it('reads a fine as a question for the fines provision and „gilt das Gesetz für …“ for the scope', () => {
    expect(a.roleTitles('Droht mir ein Bußgeld, wenn ich mich zu spät anmelde?')).toEqual(['Bußgeldvorschriften', 'Ordnungswidrigkeiten', 'Zuwiderhandlungen']);
    expect(a.roleTitles('Gilt das Datenschutzgesetz auch für Vereine?')).toEqual(['Anwendungsbereich', 'Geltungsbereich']);
  });

  it('reads whether a Land may rule for itself beside a federal law as a question for the opening clause (after blind set 14)', () => {
    expect(a.roleTitles('Darf unser Landtag selbst bestimmen, wer die Vertreter bestellt?')).toContain('Landesgesetzliche');
    expect(a.roleTitles('Lässt das Bundesgesetz eine Öffnungsklausel für die Länder?')).toContain('Regelungsbefugnisse');
    expect(a.roleTitles('Der Landtag berät heute über den Haushalt')).toEqual([]);
  });

  it('asks for no kind when the question only tells a story, or when the map is switched off', () => {
    expect(a.roleTitles('Welche Regeln gelten für die Zustellung eines Bescheids per Post?')).toEqual([]);
    expect(a.roleTitles('Muss ich den Antrag unterschreiben?')).toEqual([]);
    expect(new Analyzer(new Set(), { decompound: true, synonyms: true, roles: false }).roleTitles('Droht mir ein Bußgeld?')).toEqual([]);
  });
});

describe('a § of the kind asked for in the search', () => {
  // the authorisation names the duties of the other §§ only by number, as statutes do
  const doc = parseLawMarkdown(
    [
      '---',
      'jurabk: SIEGG',
      'Title: Siegelgesetz',
      '---',
      '',
      '# Siegelgesetz (SIEGG)',
      '\n## § 1 Anbieter von Siegeln\n\n(1) Ein Anbieter elektronischer Siegel muss seine Dienste barrierefrei anbieten.',
      '\n## § 2 Haftung der Anbieter\n\n(1) Der Anbieter haftet für Schäden aus fehlerhaften Siegeln und hält eine Deckungsvorsorge vor.',
      '\n## § 3 Aufsicht\n\n(1) Die Aufsichtsstelle prüft die Anbieter regelmäßig.',
      '\n## § 4 Verordnungsermächtigung\n\n(1) Das Bundesministerium wird ermächtigt, durch Rechtsverordnung Näheres zu den §§ 1 bis 3 zu bestimmen.',
      '\n## § 5 Bußgeldvorschriften\n\n(1) Ordnungswidrig handelt, wer entgegen § 2 keine Deckungsvorsorge vorhält.',
      '\n## § 6 Gebühren\n\n(1) Für Prüfungen der Aufsichtsstelle werden Gebühren erhoben.',
    ].join('\n'),
  );
  const other = parseLawMarkdown(
    ['---', 'jurabk: WEGG', 'Title: Wegegesetz', '---', '', '# Wegegesetz (WEGG)', '\n## § 1 Verordnungsermächtigung\n\n(1) Die Landesregierung regelt durch Verordnung die Breite der Wege.'].join('\n'),
  );
  const index = createSearchIndexFromDocuments([doc, other]);
  const ranked = (q: string) => index.search(q, { k: 5 }).map((h) => `${h.law} ${h.section}`);

  it('places the authorisation of the law the question is about right behind that law’s best §', () => {
    const hits = ranked('Wer legt im Einzelnen fest, wie viel Deckungsvorsorge ein Anbieter von Siegeln für Schäden vorhalten muss?');
    expect(hits.slice(0, 2)).toEqual(['SIEGG § 2', 'SIEGG § 4']);
    // the authorisation of a law the question is not about stays where its words put it
    expect(hits.indexOf('WEGG § 1')).not.toBe(1);
  });

  it('lifts nothing when the question asks for no kind of provision', () => {
    const hits = ranked('Wie viel Deckungsvorsorge muss ein Anbieter von Siegeln für Schäden vorhalten?');
    expect(hits[0]).toBe('SIEGG § 2');
    expect(hits.slice(0, 2)).not.toContain('SIEGG § 4');
  });

  it('finds the fines provision of the law for „was droht mir“', () => {
    expect(ranked('Was droht mir, wenn ich als Anbieter von Siegeln keine Deckungsvorsorge für Schäden habe?').slice(0, 2)).toEqual(['SIEGG § 2', 'SIEGG § 5']);
  });

  it('leaves the order as BM25 gives it with the kinds map switched off', () => {
    const off = createSearchIndexFromDocuments([doc, other], { decompound: true, synonyms: true, roles: false });
    const hits = off.search('Wer legt im Einzelnen fest, wie viel Deckungsvorsorge ein Anbieter von Siegeln für Schäden vorhalten muss?', { k: 5 });
    expect(hits.map((h) => `${h.law} ${h.section}`)[1]).not.toBe('SIEGG § 4');
  });
});

describe('a federal authority as the actor of the question', () => {
  const law = (front: string[], abbr: string, heading: string, text: string) =>
    parseLawMarkdown(['---', ...front, '---', '', `# Verfahrensgesetz (${abbr})`, `\n## ${heading}\n\n(1) ${text}`].join('\n'));
  const land = law(['abbreviation: LVWG', 'Title: Verfahrensgesetz', 'jurisdiction: Niedersachsen'], 'LVWG', '§ 1 Zeugen', 'Die Behörde kann Zeugen vernehmen.');
  const federal = law(['jurabk: BVWG', 'Title: Verfahrensgesetz'], 'BVWG', '§ 26 Beweismittel', 'Die Behörde kann Zeugen vernehmen und den Augenschein einnehmen.');
  const index = createSearchIndexFromDocuments([land, federal]);
  /** Score of the federal § over the Land §. */
  const federalLead = (q: string) => {
    const score = Object.fromEntries(index.search(q, { k: 2 }).map((h) => [h.law, h.score]));
    return score.BVWG! / score.LVWG!;
  };

  it('weighs federal law up when a federal office acts, and only then', () => {
    const actor = 'Darf das Bundesamt Zeugen vernehmen?';
    const plain = 'Darf die Behörde Zeugen vernehmen?';
    const [withActor, withoutActor] = [federalLead(actor), federalLead(plain)];
    TUNING.authorityJurisdictionBoost = 1;
    expect(withActor / federalLead(actor)).toBeCloseTo(defaults.authorityJurisdictionBoost, 1);
    expect(withoutActor / federalLead(plain)).toBeCloseTo(1, 5);
  });
});
