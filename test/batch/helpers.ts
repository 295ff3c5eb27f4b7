import { fileURLToPath } from 'node:url';
import { FindingSchema, type Finding } from '../../server/contracts/finding';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/batch/laws', import.meta.url));

/** A schema-valid finding whose texts can be overridden, for writer and summary tests. */
export function makeFinding(over: Partial<Finding> & { ref?: string } = {}): Finding {
  const { ref = '§ 3 Abs. 1', ...rest } = over;
  return FindingSchema.parse({
    id: 'schriftform-1-10',
    ruleId: 'schriftform',
    category: 'schriftform',
    principle: 1,
    severity: 'hoch',
    source: 'Regel',
    location: { law: 'TestG', section: '§ 3', paragraph: '1', ref, start: 1, end: 10 },
    quote: { match: 'schriftlich', sentence: 'Der Antrag ist schriftlich zu stellen.' },
    explanation: 'Schriftform verlangt eine eigenhändige Unterschrift.',
    suggestion: 'schriftlich oder elektronisch',
    legalBasis: ['§ 3a VwVfG', '§ 4 NDIG'],
    amendment: 'In § 3 Absatz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.',
    ...rest,
  });
}
