import { describe, expect, it } from 'vitest';
import { Analyzer, infinitiveOfTForm, nounsOfVerb, participleBase, prefixedVerbs, splitCompoundCandidates, strongParticipleBases } from '../../server/retrieval/analyzer';
import { Decompounder } from '../../server/retrieval/decompound';
import { fold, stem, tokenize } from '../../server/retrieval/normalize';

const terms = (a: Analyzer, text: string) => a.analyzeQuery(text).map((t) => t.term);

describe('German normalisation', () => {
  it('folds umlauts and ß, so spelled-out umlauts meet', () => {
    expect(fold('straße')).toBe('strasse');
    expect(stem('behörde')).toBe(stem('behoerde'));
    expect(stem('Bürger'.toLowerCase())).toBe(stem('buerger'));
  });

  it('stems inflected forms to one term', () => {
    expect(stem('nachweise')).toBe(stem('nachweis'));
    expect(stem('elektronischen')).toBe(stem('elektronisch'));
    expect(stem('anträge')).toBe(stem('antrag'));
    expect(stem('kündigung')).toBe(stem('kündigen'));
  });

  it('splits hyphenated words and drops punctuation', () => {
    expect(tokenize('De-Mail-Gesetz, § 3a!')).toEqual(['de', 'mail', 'gesetz', '3a']);
  });

  it('keeps "E-Mail" as one word, apart from the "Mail" of De-Mail', () => {
    expect(tokenize('per E-Mail oder E-Mails')).toEqual(['per', 'email', 'oder', 'email']);
    expect(tokenize('De-Mail')).toEqual(['de', 'mail']);
  });

  it('drops contracted prepositions, whose stem is a stop word ("aufs Handy")', () => {
    const a = new Analyzer(new Set(), { decompound: false, synonyms: false, thesaurus: false, concepts: false });
    expect(terms(a, 'kurz aufs Handy ans Amt')).toEqual(['kurz', 'handy', 'amt']);
  });

  it('maps past participles to the verb', () => {
    expect(participleBase('gekündigt')).toBe('kündigen');
    expect(participleBase('zugestellt')).toBe('zustellen');
    expect(participleBase('bereitgestellt')).toBe('bereitstellen');
    expect(participleBase('behörde')).toBeNull();
  });

  it('proposes the infinitive of strong participles and zu-infinitives', () => {
    expect(strongParticipleBases('versprochen')).toContain('versprechen');
    expect(strongParticipleBases('aufgebrochen')).toContain('aufbrechen');
    expect(strongParticipleBases('geschrieben')).toContain('schreiben');
    expect(strongParticipleBases('angerufen')).toContain('anrufen');
    expect(strongParticipleBases('anzunehmen')).toEqual(['annehmen']);
    expect(strongParticipleBases('verfahren')).not.toContain('verfahren');
    expect(strongParticipleBases('antrag')).toEqual([]);
  });

  it('searches the infinitive of a strong participle below the typed form, only when it is known', () => {
    const a = new Analyzer(new Set(), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    const corpus = new Set([stem('versprochen'), stem('versprechen')]);
    const w = (q: string, x: string, c = corpus) => a.analyzeQuery(q, (t) => c.has(t)).find((t) => t.term === stem(x))?.weight ?? 0;
    expect(w('fest versprochen', 'versprechen')).toBeGreaterThan(0.5);
    expect(w('fest versprochen', 'versprechen')).toBeLessThan(1);
    expect(w('fest versprochen', 'versprechen', new Set([stem('versprochen')]))).toBe(0);
  });

  it('joins a -t verb form without "ge" to its infinitive when the corpus uses the infinitive', () => {
    expect(infinitiveOfTForm('ersetzt')).toBe('ersetzen');
    expect(infinitiveOfTForm('verwendet')).toBe('verwenden');
    expect(infinitiveOfTForm('antrag')).toBeNull();
    const a = new Analyzer(new Set(['ersetzen']), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    // the statute's "ersetzt" also carries the term of the question's "ersetzen", below its own form
    expect(a.analyzeWord('ersetzt')).toEqual([
      { term: stem('ersetzt'), weight: 1 },
      { term: stem('ersetzen'), weight: expect.any(Number) },
    ]);
    expect(a.analyzeWord('ersetzt')[1]!.weight).toBeLessThan(1);
    // a noun in -t whose "infinitive" the corpus never writes stays alone
    expect(a.analyzeWord('arbeit')).toEqual([{ term: stem('arbeit'), weight: 1 }]);
  });

  it('derives the -ung noun of a verb form, which the stemmer keeps apart', () => {
    expect(nounsOfVerb('verlängern')).toContain('verlängerung');
    expect(nounsOfVerb('prüft')).toContain('prüfung');
    expect(nounsOfVerb('bearbeitet')).toContain('bearbeitung');
    expect(nounsOfVerb('amt')).toEqual([]);
    // the stemmer alone does not join them (else this bridge would be pointless)
    expect(stem('verlängern')).not.toBe(stem('verlängerung'));
  });

  it('adds the noun of a question verb only when the corpus uses it, below the typed word', () => {
    const a = new Analyzer(new Set(), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    const corpus = new Set([stem('frist'), stem('verlängern'), stem('verlängerung')]);
    const terms = a.analyzeQuery('Frist verlängern', (t) => corpus.has(t));
    const w = (x: string) => terms.find((t) => t.term === stem(x))?.weight;
    expect(w('verlängerung')).toBeGreaterThan(0);
    expect(w('verlängerung')!).toBeLessThan(1);
    expect(a.analyzeQuery('Frist verlängern', (t) => t !== stem('verlängerung')).some((t) => t.term === stem('verlängerung'))).toBe(false);
  });

  it('lets the noun carry a verb the statutes never use, also for loanword verbs in -ieren', () => {
    expect(nounsOfVerb('quittieren')).toContain('quittung');
    const a = new Analyzer(new Set(), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    const corpus = new Set([stem('frist'), stem('verlängerung'), stem('quittung')]);
    const w = (q: string, x: string) => a.analyzeQuery(q, (t) => corpus.has(t)).find((t) => t.term === stem(x))?.weight ?? 0;
    // "verlängern" unknown here: its noun weighs more than beside a known verb (previous test), still below typed words
    expect(w('Frist verlängern', 'verlängerung')).toBeGreaterThan(0.5);
    expect(w('Frist verlängern', 'verlängerung')).toBeLessThan(1);
    expect(w('Geld quittieren', 'quittung')).toBeGreaterThan(0.5);
  });
});

describe('decompounding against the corpus vocabulary', () => {
  const dict = new Set(['schriftform', 'erfordernis', 'nachweis', 'pflicht', 'land', 'daten', 'netz', 'schule', 'gesetz', 'amt', 'blatt']);
  const d = new Decompounder(dict);

  it('splits legal compounds with and without linking morphemes', () => {
    expect(d.split('schriftformerfordernis')).toEqual(['schriftform', 'erfordernis']);
    expect(d.split('nachweispflicht')).toEqual(['nachweis', 'pflicht']);
    expect(d.split('landesdatennetz')).toEqual(['land', 'daten', 'netz']);
    expect(d.split('amtsblatt')).toEqual(['amt', 'blatt']);
    expect(d.split('schulgesetz')).toEqual(['schul', 'gesetz']);
  });

  it('leaves words alone that are not made of known words', () => {
    expect(d.split('verwaltung')).toBeNull();
    expect(d.split('pflicht')).toBeNull();
  });

  it('splits with general nouns a compound whose parts the corpus never writes alone, at a lower weight', () => {
    // "feld" stands alone in no statute of this dictionary: only the general nouns know it
    const a = new Analyzer(new Set(['unterschrift']));
    const parts = a.analyzeWord('unterschriftsfeld');
    expect(parts.map((t) => t.term)).toEqual([stem('unterschriftsfeld'), stem('unterschrift'), stem('feld')]);
    const corpusPart = new Analyzer(dict).analyzeWord('nachweispflicht')[1]!.weight;
    expect(parts[2]!.weight).toBeLessThan(corpusPart);
    expect(new Analyzer(new Set(['unterschrift']), { decompound: false, synonyms: false }).analyzeWord('unterschriftsfeld')).toHaveLength(1);
  });

  it('splits with general nouns only noun compounds, not adjectives or derived words', () => {
    const a = new Analyzer(new Set(['frei', 'elektron']));
    expect(a.analyzeWord('barrierefrei')).toHaveLength(1);
    expect(a.analyzeWord('elektronische')).toHaveLength(1);
  });

  it('takes general-noun parts into a question only for a compound the statutes do not use', () => {
    const a = new Analyzer(new Set(['unterschrift']), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    const feld = stem('feld');
    expect(a.analyzeQuery('Unterschriftsfeld', () => false).map((t) => t.term)).toContain(feld);
    expect(a.analyzeQuery('Unterschriftsfeld', () => true).map((t) => t.term)).not.toContain(feld);
  });

  it('adds compound parts as query terms, so "Schriftformerfordernis" finds "Schriftform"', () => {
    const a = new Analyzer(dict);
    expect(terms(a, 'Schriftformerfordernis')).toEqual(expect.arrayContaining([stem('schriftform'), stem('erfordernis')]));
    const off = new Analyzer(dict, { decompound: false, synonyms: false });
    expect(terms(off, 'Schriftformerfordernis')).not.toContain(stem('schriftform'));
  });
});

describe('query analysis', () => {
  const a = new Analyzer(new Set());

  it('drops stop words and question scaffolding', () => {
    expect(terms(new Analyzer(new Set(), { decompound: true, synonyms: false }), 'Welche Vorschrift regelt die Zustellung?')).toEqual([stem('zustellung')]);
    // (the only other term is the -ung noun of "wenden", which a corpus without "Wendung" would not add)
    expect(terms(new Analyzer(new Set(), { decompound: true, synonyms: false, concepts: false }), 'Wohin kann man sich wenden, reicht das denn schon?')).toEqual([stem('wenden'), stem('wendung')]);
  });

  it('keeps "woran", which guidance headings use ("Woran man das Hindernis erkennt")', () => {
    expect(terms(new Analyzer(new Set(), { decompound: true, synonyms: false }), 'Woran erkenne ich das?')).toContain(stem('woran'));
  });

  it('maps drafters\' words to statute vocabulary', () => {
    const has = (q: string, w: string) => expect(a.analyzeQuery(q).map((t) => t.term)).toContain(stem(w));
    has('Koordinaten', 'georeferenzierung');
    has('Schadsoftware', 'schadprogramm');
    has('beaufsichtigt', 'aufsicht');
    has('Ratsmitglied', 'vertretung');
    has('E-Mail', 'telekommunikativ');
    has('einholen', 'abrufen');
    expect(a.analyzeQuery('E-Mail').map((t) => t.term)).not.toContain(stem('mail'));
  });

  it('expands domain synonyms with a lower weight than the typed word', () => {
    const q = a.analyzeQuery('digital');
    const typed = q.find((t) => t.term === stem('digital'))!;
    const syn = q.find((t) => t.term === stem('elektronisch'))!;
    expect(typed.weight).toBe(1);
    expect(syn.weight).toBeGreaterThan(0);
    expect(syn.weight).toBeLessThan(1);
    expect(a.analyzeQuery('Bescheinigung').map((t) => t.term)).toContain(stem('nachweis'));
    expect(a.analyzeQuery('unterzeichnen').map((t) => t.term)).toContain(stem('unterschrift'));
  });
});

describe('analyzer slips on verbs (issue 10)', () => {
  it('never splits a verb inside its separable particle ("weitergibt" is not weit + ergibt)', () => {
    const d = new Decompounder(new Set(['weit', 'weiter', 'ergibt', 'gibt', 'ergeben']));
    expect(d.split('weitergibt')).not.toContain('ergibt');
    expect(d.split('weitergeben') ?? []).not.toContain('ergeben');
  });

  it('names the act of a strong verb by its changed stem (Weitergabe, Annahme, Entgegennahme, Entzug)', () => {
    expect(nounsOfVerb('weitergibt')).toEqual(['weitergabe']);
    expect(nounsOfVerb('weitergegeben')).toEqual(['weitergabe']);
    expect(nounsOfVerb('annehmen')).toEqual(['annahme']);
    expect(nounsOfVerb('entgegennehmen')).toEqual(['entgegennahme']);
    expect(nounsOfVerb('entziehen')).toEqual(['entzug']);
    // the bare verb's noun is no statute word
    expect(nounsOfVerb('geben')).not.toContain('gabe');
  });

  it('bridges a rare bare verb to its prefixed statute verb ("weigern" → verweigern, Verweigerung)', () => {
    expect(prefixedVerbs('weigern')).toContain('verweigern');
    expect(prefixedVerbs('verweigern')).toEqual([]);
    const a = new Analyzer(new Set(), { decompound: false, synonyms: false, thesaurus: false, concepts: false });
    const corpus = new Set([stem('weigern'), stem('verweigern'), stem('verweigerung')]);
    const w = (idf: number, x: string) => a.analyzeQuery('sich weigern', (t) => corpus.has(t), [], () => idf).find((t) => t.term === stem(x))?.weight ?? 0;
    expect(w(8, 'verweigern')).toBeGreaterThan(0);
    expect(w(8, 'verweigern')).toBeLessThan(1);
    expect(w(8, 'verweigerung')).toBeGreaterThan(0);
    // a common bare verb ("halten" → verhalten, behalten, erhalten) gets none: its prefixed verbs mean other things
    expect(w(2, 'verweigern')).toBe(0);
  });
});

describe('short compound heads the statutes never or rarely write alone (issue 10)', () => {
  const a = new Analyzer(new Set(['bau', 'grenze', 'anlage', 'zaun']), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
  const index = [stem('bauzäune'), stem('grenzzaun'), stem('anlage'), stem('zaunkönig'), stem('lage')];
  const idf = (t: string) => (t === stem('bauzäune') ? 5 : 7);

  it('finds the compounds whose head is the word and whose front is a known modifier', () => {
    // "bauzäune" stems to the head of "Zaun" although its plural changes the vowel
    expect(a.compoundsWithHead(stem('zaun'), index, idf)).toEqual([stem('bauzäune'), stem('grenzzaun')]);
    // "an" is no modifier: "Anlage" is no compound of "Lage"
    expect(a.compoundsWithHead(stem('lage'), index, idf)).toEqual([]);
    // a stem as short as "amt" ends too many words to be looked up
    expect(a.compoundsWithHead('amt', ['bauamt'], idf)).toEqual([]);
    expect(new Analyzer(new Set(['bau']), { decompound: false, synonyms: false }).compoundsWithHead(stem('zaun'), index, idf)).toEqual([]);
  });

  it('adds them to a question below the typed word, only for a word the statutes never or rarely use alone', () => {
    const heads = (t: string) => a.compoundsWithHead(t, index, idf);
    // the compounds are rarer than this (idf 8)
    const weightOf = (known: boolean, wordIdf: number) =>
      a
        .analyzeQuery('ein Zaun', () => known, [], (t) => (t === stem('zaun') ? wordIdf : 8), [], new Map(), heads)
        .find((t) => t.term === stem('grenzzaun'))?.weight ?? 0;
    expect(weightOf(false, Infinity)).toBeGreaterThan(0);
    expect(weightOf(false, Infinity)).toBeLessThan(1);
    // as rare alone as in its compounds: written mostly inside them
    expect(weightOf(true, 8)).toBeGreaterThan(0);
    // a word the statutes write alone more often than in its compounds ("Wand", "Standard") keeps its own sense
    expect(weightOf(true, 5)).toBe(0);
    // … and a common word ("Frist", "Antrag") is not even looked up
    expect(weightOf(true, 2)).toBe(0);
  });
});

describe('compounds a question spells out with a preposition or genitive (issue 10, round 8)', () => {
  const candidates = (q: string) => splitCompoundCandidates(tokenize(q)).flatMap((c) => c.stems);

  it('joins "X über/für/von/auf/zur (der) Y" and "X des/der Y" into Y+X with the German linking forms', () => {
    expect(candidates('ein Vertrag übers Erbe')).toContain(stem('erbvertrag'));
    expect(candidates('die Kosten für die Hilfe')).toContain(stem('hilfekosten'));
    expect(candidates('die Frist für meinen Antrag')).toContain(stem('antragsfrist'));
    expect(candidates('der Leiter der Behörde')).toContain(stem('behördenleiter'));
    expect(candidates('eine Pflicht zur Begründung')).toContain(stem('begründungspflicht'));
    expect(candidates('das Geld für die Ausbildung')).toContain(stem('ausbildungsgeld'));
  });

  it('joins nothing across other words, question scaffolding or numbers', () => {
    expect(candidates('ein Vertrag mit dem Erben')).toEqual([]);
    expect(candidates('Welche Vorschrift über Erbe')).toEqual([]);
    expect(candidates('die Frist von 14 Tagen')).toEqual([]);
  });

  it('adds a compound the index knows, below the typed words, and none the index lacks', () => {
    const a = new Analyzer(new Set(), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    const corpus = new Set([stem('vertrag'), stem('erbe'), stem('erbvertrag')]);
    const q = a.analyzeQuery('Kann ich einen Vertrag übers Erbe aufheben?', (t) => corpus.has(t));
    const joined = q.find((t) => t.term === stem('erbvertrag'))?.weight ?? 0;
    expect(joined).toBeGreaterThan(0);
    expect(joined).toBeLessThan(q.find((t) => t.term === stem('vertrag'))!.weight);
    expect(a.analyzeQuery('Kann ich einen Vertrag übers Erbe aufheben?', (t) => t !== stem('erbvertrag')).map((t) => t.term)).not.toContain(stem('erbvertrag'));
    // without decompounding (the BM25 ablation) the join is off as well
    const plain = new Analyzer(new Set(), { decompound: false, synonyms: false, thesaurus: false, concepts: false });
    expect(plain.analyzeQuery('ein Vertrag übers Erbe', (t) => corpus.has(t)).map((t) => t.term)).not.toContain(stem('erbvertrag'));
  });
});

describe('field of law of a question (Analyzer.fieldLaws)', () => {
  const a = new Analyzer(new Set(), { decompound: true, synonyms: true });

  it('takes no field from an aside that excludes it', () => {
    expect(a.fieldLaws('Wann wird der Bescheid wirksam, wenn das Finanzamt ihn schickt?')).toEqual(['AO']);
    expect(a.fieldLaws('Wann wird der Bescheid wirksam (Bundesamt, nicht das Finanzamt)?')).toEqual([]);
  });
});
