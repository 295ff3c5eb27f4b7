import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../server/contracts/search';
import { relevantHits } from '../../server/services/chat/relevance';

const hit = (text: string, over: Partial<SearchHit> = {}): SearchHit => ({
  law: 'VwVfG',
  ref: '§ 3a Abs. 2',
  title: 'Elektronische Kommunikation',
  text,
  score: 10,
  kind: 'law',
  ...over,
});

const QUESTION = 'Wie wird die Schriftform durch die elektronische Signatur ersetzt?';
const ON_TOPIC = 'Die Schriftform kann durch die elektronische Form ersetzt werden; dafür ist eine qualifizierte elektronische Signatur nötig.';
const OFF_TOPIC = 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.';

describe('relevantHits', () => {
  it('keeps hits that share the question’s topic and drops the others', () => {
    const keep = hit(ON_TOPIC);
    const drop = hit(OFF_TOPIC, { law: 'BGB', ref: '§ 1', title: 'Rechtsfähigkeit', score: 9 });
    expect(relevantHits(QUESTION, [keep, drop])).toEqual([keep]);
  });

  it('judges a hit by its current text, also when the same provision was judged before with another text', () => {
    // the same law, ref and title with another wording (a corpus update) must not inherit the earlier verdict
    expect(relevantHits(QUESTION, [hit(ON_TOPIC)])).toHaveLength(1);
    expect(relevantHits(QUESTION, [hit(OFF_TOPIC)])).toHaveLength(0);
    expect(relevantHits(QUESTION, [hit(ON_TOPIC)])).toHaveLength(1);
  });

  it('gives the same answer for the same question and hits, first or repeated', () => {
    const hits = [hit(ON_TOPIC), hit(OFF_TOPIC, { law: 'BGB', ref: '§ 1', score: 9 }), hit(`${ON_TOPIC} Zustellung`, { ref: '§ 3a Abs. 3', score: 6 })];
    const first = relevantHits(QUESTION, hits);
    expect(relevantHits(QUESTION, hits)).toEqual(first);
  });
});
