import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../server/contracts/search';
import { MAX_SUPPORTING, supportingHits } from '../../server/services/chat/supporting';

const hit = (over: Partial<SearchHit>): SearchHit => ({ law: 'XG', ref: '§ 1', title: '', text: '', score: 10, kind: 'law', ...over });
const nothingQuoted = () => false;

// own examples: a question whose card answers on the form, while retrieval brings the provision on its point
const question = 'Wir verschicken Bescheide elektronisch. Muss ein Widerspruchsbescheid eine Rechtsbehelfsbelehrung enthalten?';
const onPoint = hit({ ref: '§ 73 Abs. 3', title: 'Widerspruchsbescheid', text: 'Der Widerspruchsbescheid ist zu begründen, mit einer Rechtsbehelfsbelehrung zu versehen und zuzustellen.', score: 30 });
const secondOnPoint = hit({ law: 'YG', ref: '§ 58 Abs. 1', title: 'Rechtsbehelfsbelehrung', text: 'Die Frist beginnt nur, wenn der Widerspruchsbescheid eine Rechtsbehelfsbelehrung enthält.', score: 26 });
const offPoint = hit({ law: 'ZG', ref: '§ 3a Abs. 2', title: 'Elektronische Kommunikation', text: 'Bescheide können elektronisch erlassen werden.', score: 29 });

describe('supporting citations: strong retrieved provisions on the asked point', () => {
  it('names the top hits that cover the nouns of the asked sentence', () => {
    expect(supportingHits(question, [onPoint, offPoint, secondOnPoint], nothingQuoted)).toEqual([onPoint, secondOnPoint]);
  });

  it('leaves out a strong hit that shares only the told case (Bescheide, elektronisch), not the asked point', () => {
    expect(supportingHits(question, [offPoint], nothingQuoted)).toEqual([]);
  });

  it('leaves out what the answer already quotes, by its §', () => {
    const quoted = (law: string, section: string) => law === 'XG' && section === '§ 73';
    expect(supportingHits(question, [onPoint, secondOnPoint], quoted)).toEqual([secondOnPoint]);
  });

  it('takes only hits close to the best law hit, and only among the first ones', () => {
    const weak = { ...secondOnPoint, score: 12 };
    expect(supportingHits(question, [onPoint, weak], nothingQuoted)).toEqual([onPoint]);
    const filler = (n: number) => hit({ law: `F${n}`, ref: '§ 1', text: 'Die Behörde handelt zügig.', score: 29 });
    expect(supportingHits(question, [filler(1), filler(2), filler(3), secondOnPoint], nothingQuoted)).toEqual([]);
  });

  it('reads guidance as no provision, and names at most a few', () => {
    const guidance = { ...onPoint, kind: 'guidance' as const, law: 'Leitfaden' };
    expect(supportingHits(question, [guidance], nothingQuoted)).toEqual([]);
    const many = [onPoint, secondOnPoint, { ...onPoint, law: 'WG', score: 28 }];
    expect(supportingHits(question, many, nothingQuoted).length).toBe(MAX_SUPPORTING);
  });

  it('names nothing for a question without a noun of its own to cover', () => {
    expect(supportingHits('Geht das auch elektronisch?', [onPoint], nothingQuoted)).toEqual([]);
  });
});
