import { describe, expect, it } from 'vitest';
import { whyReported } from '../../client/src/components/findingCard';
import { FindingSchema } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';

describe('finding trace ("Warum gemeldet?")', () => {
  it('carries the guards passed and the exceptions checked through the contract', () => {
    const [f] = checkText('Der Antrag ist schriftlich bei der Gemeinde zu stellen.');
    const parsed = FindingSchema.parse(JSON.parse(JSON.stringify(f)));
    expect(parsed.trace?.guards.map((g) => g.id)).toEqual(['table', 'restatement', 'mention', 'definition', 'condition', 'fiction', 'negation', 'electronic']);
    expect(parsed.trace?.exceptions).toContain('jede-form-genuegt');
  });

  it('explains it in German on the finding card', () => {
    const [f] = checkText('Die Anzeige ist durch Einschreiben an die Behörde zu richten.');
    const why = whyReported(f!)!;
    expect(why.trigger).toBe('Auslöser: „durch Einschreiben“ (Regel postalisch).');
    expect(why.guards).toContain('elektronische Alternative');
    expect(why.guards).toContain('Zugangs- oder Fristfiktion');
    expect(why.exceptions).toMatch(/^Keine der \d+ benannten Ausnahmen der Regel trifft zu: post-ohne-uebermittlung, /);
  });

  it('switched-off guards are not claimed as checked', () => {
    const [f] = checkText('Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.');
    expect(f!.trace!.guards.map((g) => g.id)).not.toContain('fiction');
  });
});
