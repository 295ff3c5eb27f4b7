import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { listSources, loadSource } from '../../server/retrieval/sources';
import { askedField, parallelGroups, titleKey } from '../../server/retrieval/parallel-laws';
import { TUNING } from '../../server/retrieval/tuning';

const defaults = { ...TUNING };
afterEach(() => Object.assign(TUNING, defaults));

describe('parallel §§ by title', () => {
  it('compares titles as stems up to the first semicolon', () => {
    expect(titleKey('Wirksamkeit des Verwaltungsaktes')).toBe(titleKey('Wirksamkeit des Verwaltungsakts'));
    expect(titleKey('Bestimmtheit und Form des Verwaltungsaktes; Rechtsbehelfsbelehrung')).toBe(titleKey('Bestimmtheit und Form des Verwaltungsakts'));
    expect(titleKey('Amtshilfepflicht')).not.toBe(titleKey('Kosten der Amtshilfe'));
  });

  it('groups same-titled §§ of the laws of one family, not of unrelated laws', () => {
    const laws = ['VwVfG', 'SGB X', 'AO', 'BGB', 'BDSG'];
    const sections = [
      { law: 0, title: 'Amtshilfepflicht', count: 1 },
      { law: 1, title: 'Amtshilfepflicht', count: 1 },
      { law: 2, title: 'Amtshilfepflicht', count: 1 },
      // same title, but the BGB is no parallel of the procedure laws
      { law: 3, title: 'Gesamtschuldner', count: 1 },
      { law: 2, title: 'Gesamtschuldner', count: 1 },
      // data protection: BDSG, SGB X and AO; the procedure family does not repeat the SGB X/AO pair
      { law: 4, title: 'Auskunftsrecht der betroffenen Person', count: 1 },
      { law: 1, title: 'Auskunftsrecht der betroffenen Person', count: 1 },
      { law: 2, title: 'Auskunftsrecht der betroffenen Person', count: 1 },
    ];
    expect(parallelGroups(sections, laws)).toEqual([
      { sections: [0, 1, 2], fields: ['general', 'social', 'tax'] },
      { sections: [5, 6, 7], fields: ['general', 'social', 'tax'] },
    ]);
  });
});

describe('the field a question asks about', () => {
  it('is the field of a named law, else of the field words, else the general law', () => {
    expect(askedField(['SGB X'], [], false, false)).toBe('social');
    expect(askedField(['VwVfG'], ['SGB I', 'SGB X'], false, false)).toBe('general');
    expect(askedField([], ['AO'], false, false)).toBe('tax');
    // "Sachbearbeiterin bei der Krankenkasse": the office word names no special field
    expect(askedField([], ['VwVfG', 'SGB I', 'SGB X'], false, false)).toBe('social');
    expect(askedField([], [], false, false)).toBe('general');
    expect(askedField([], [], true, false)).toBe('land');
  });

  it('is undecided when the question names two fields', () => {
    expect(askedField([], ['AO', 'SGB X'], false, false)).toBeUndefined();
    expect(askedField([], [], true, true)).toBeUndefined();
  });
});

describe('parallel §§ in the search', () => {
  const law = (abbr: string, title: string, sections: [string, string][]) =>
    parseLawMarkdown(['---', `jurabk: ${abbr}`, `Title: ${title}`, '---', '', `# ${title} (${abbr})`, ...sections.map(([h, t]) => `\n## ${h}\n\n(1) ${t}`)].join('\n'));
  const rule = 'Jede Behörde leistet anderen Behörden auf Ersuchen ergänzende Hilfe (Amtshilfe).';
  // the same rule in three laws; the SGB X's § adds its own word (Leistungsträger), whose stem the question's
  // "leisten" shares, and so scores a little above the VwVfG's
  const docs = [
    law('VwVfG', 'Verwaltungsverfahrensgesetz', [['§ 4 Amtshilfepflicht', `${rule} Sie ist Pflicht.`], ['§ 9 Begriff des Verwaltungsverfahrens', 'Das Verwaltungsverfahren ist die Tätigkeit der Behörden.']]),
    law('SGB X', 'Sozialgesetzbuch Zehntes Buch', [['§ 3 Amtshilfepflicht', `${rule} Das gilt auch für jeden Leistungsträger.`], ['§ 67 Sozialdaten', 'Sozialdaten sind Daten, die ein Leistungsträger im Hinblick auf seine Aufgaben verarbeitet.']]),
    law('AO', 'Abgabenordnung', [['§ 111 Amtshilfepflicht', rule], ['§ 1 Anwendungsbereich', 'Dieses Gesetz gilt für alle Steuern.']]),
  ];
  const index = createSearchIndexFromDocuments(docs);
  const first = (q: string) => {
    const hit = index.search(q, { k: 3 })[0]!;
    return `${hit.law} ${hit.section}`;
  };
  const question = 'Muss eine Behörde Amtshilfe leisten?';

  it('with no field named, the general law leads when its § scores close to the best', () => {
    TUNING.parallelGeneralShare = Infinity;
    expect(first(question)).toBe('SGB X § 3');
    Object.assign(TUNING, defaults);
    expect(first(question)).toBe('VwVfG § 4');
  });

  it('the field the question names decides between parallel §§ of equal wording', () => {
    expect(first('Muss die Krankenkasse Amtshilfe leisten?')).toBe('SGB X § 3');
    // the AO's § scores lowest of the three without its field named (the area boost alone does not lift it)
    expect(first('Muss das Finanzamt Amtshilfe leisten?')).toBe('AO § 111');
  });

  it('leaves a special law first that its own words win clearly', () => {
    expect(first('Muss ein Leistungsträger Amtshilfe leisten?')).toBe('SGB X § 3');
  });
});

describe('parallel §§ in the shipped corpus', () => {
  const shipped = createSearchIndexFromDocuments(listSources([resolve(__dirname, '../../corpus')]).map(loadSource));
  const ranked = (q: string) => shipped.search(q, { k: 5 }).map((h) => `${h.law} ${h.section}`);

  it('puts the general law first without a field word, the SGB X with one, also when the word is misspelt', () => {
    const asked = (who: string) => `Ab wann ist ein Bescheid ${who} wirksam, und wie lange bleibt er wirksam?`;
    expect(ranked(asked('der Behörde')).slice(0, 2)).toEqual(['VwVfG § 43', 'SGB X § 39']);
    expect(ranked(asked('meiner Krankenkasse'))[0]).toBe('SGB X § 39');
    expect(ranked(asked('meiner Krankenkase'))[0]).toBe('SGB X § 39');
  });
});
