import { afterEach, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { TUNING } from '../../server/retrieval/tuning';

const defaults = { ...TUNING };
afterEach(() => Object.assign(TUNING, defaults));

describe('coverage of the question within one Absatz', () => {
  const law = (sections: [string, string][]) =>
    parseLawMarkdown(['---', 'jurabk: KG', 'Title: Kontogesetz', '---', '', '# Kontogesetz (KG)', ...sections.map(([h, t]) => `\n## ${h}\n\n(1) ${t}`)].join('\n'));
  const index = createSearchIndexFromDocuments([
    law([
      ['§ 1 Eröffnung', 'Der Anbieter eröffnet das Konto nach Prüfung der Identität.'],
      // the neighbour: one question word, repeated
      ['§ 2 Freigabe', 'Ein gesperrtes Konto bleibt gesperrt; gesperrt bleibt es, bis die Sperre endet.'],
      // the answer: four of the question's words in one Absatz
      ['§ 3 Dokumentation', 'Der Anbieter muss jede Änderung am Konto dokumentieren.'],
      ['§ 4 Gebühren', 'Für das Konto werden Gebühren erhoben.'],
    ]),
  ]);
  const question = 'Muss der Anbieter jede Änderung am Konto dokumentieren, auch wenn das Konto gesperrt ist?';
  const scores = () => new Map(index.search(question, { k: 4 }).map((h) => [h.section, h.score]));

  it('raises the § that holds more of the question’s words more than the neighbour that repeats one of them', () => {
    TUNING.coverageWeight = 0;
    const off = scores();
    Object.assign(TUNING, defaults);
    const on = scores();
    const gain = (s: string) => on.get(s)! / off.get(s)!;
    expect(gain('§ 3')).toBeGreaterThan(gain('§ 2'));
    expect(gain('§ 2')).toBeGreaterThan(1);
  });

  it('counts typed words only: a question of one word leaves the order as BM25 has it', () => {
    const order = () => index.search('Konto', { k: 4 }).map((h) => h.section);
    const on = order();
    TUNING.coverageWeight = 0;
    expect(order()).toEqual(on);
  });
});
