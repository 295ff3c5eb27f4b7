import { describe, expect, it } from 'vitest';
import { judgeCase, leadOf } from '../../bench/lib/chat-judge';
import type { ChatCase } from '../../bench/lib/chat-cases';
import type { Citation } from '../../server/contracts/search';

const cite = (law: string, ref: string, kind: 'law' | 'guidance' = 'law'): Citation => ({ law, ref, title: '', text: '', kind });
const kase = (expect: ChatCase['expect']): ChatCase => ({ id: 'x', turns: ['?'], expect });

describe('chat case judge', () => {
  it('the lead ends at the first blank line and at 400 characters', () => {
    expect(leadOf('Ja. Erster Absatz.\n\nZweiter Absatz')).toBe('Ja. Erster Absatz.');
    expect(leadOf('x'.repeat(500))).toHaveLength(400);
  });

  it('mustCite compares laws by name key and § by prefix, not by digits', () => {
    const c = kase({ mustCite: [{ law: 'SGB I', section: '§ 3' }] });
    expect(judgeCase(c, { text: '', findings: [], citations: [cite('SGB I', '§ 3 Abs. 2')] })).toEqual([]);
    expect(judgeCase(c, { text: '', findings: [], citations: [cite('SGB I', '§ 36a Abs. 2')] })).toEqual(['mustCite § 3 SGB I']);
  });

  it('noLawCitations allows guidance but no law and no § in the lead', () => {
    const c = kase({ noLawCitations: true });
    expect(judgeCase(c, { text: 'Dazu kann ich nichts sagen.', findings: [], citations: [cite('Leitfaden Schriftform', 'x', 'guidance')] })).toEqual([]);
    expect(judgeCase(c, { text: 'Siehe § 762 BGB.', findings: [], citations: [] })).toEqual(['noLawCitations']);
  });

  it('leadMatches is case-insensitive and looks at the lead only', () => {
    const c = kase({ leadMatches: '^nein' });
    expect(judgeCase(c, { text: 'NEIN, so nicht.', findings: [], citations: [] })).toEqual([]);
    expect(judgeCase(c, { text: 'Vorweg.\n\nNein.', findings: [], citations: [] })).toEqual(['leadMatches /^nein/']);
  });
});
