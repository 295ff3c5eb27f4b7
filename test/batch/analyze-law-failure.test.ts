import { expect, it, vi } from 'vitest';
import { analyzeLawText } from '../../server/batch/analyze-law';

// A parser defect on one file must become a skipped result, not abort a batch of thousands.
vi.mock('../../server/parser/law-markdown', () => ({
  parseLawMarkdown: () => {
    throw new Error('unexpected heading');
  },
}));

it('turns an exception of the parser into a result with a German error', () => {
  const r = analyzeLawText('## § 1 Test\n\nText.', 'x/testg/index.md');
  expect(r).toMatchObject({ law: 'testg', provisions: 0, findings: [] });
  expect(r.error).toBe('Die Datei konnte nicht analysiert werden (unexpected heading).');
});
