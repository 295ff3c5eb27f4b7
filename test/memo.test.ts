import { describe, expect, it } from 'vitest';
import { memoByText } from '../server/memo';

describe('memoByText', () => {
  it('computes a text once and answers the same text from memory', () => {
    const seen: string[] = [];
    const length = memoByText((t) => (seen.push(t), t.length));
    expect([length('Schriftform'), length('Schriftform'), length('Form')]).toEqual([11, 11, 4]);
    expect(seen).toEqual(['Schriftform', 'Form']);
  });

  it('forgets everything when full, so memory stays bounded', () => {
    const seen: string[] = [];
    const upper = memoByText((t) => (seen.push(t), t.toUpperCase()), 2);
    upper('a');
    upper('b');
    upper('c'); // full: cleared, then c is kept
    upper('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
