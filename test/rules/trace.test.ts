import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { whyReported } from '../../client/src/components/findingCard';
import { rulesRoutes } from '../../server/http/routes/rules';
import { FindingSchema } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';

describe('finding trace ("Warum gemeldet?")', () => {
  it('carries the guards passed and the exceptions checked through the contract', () => {
    const [f] = checkText('Der Antrag ist schriftlich bei der Gemeinde zu stellen.');
    const parsed = FindingSchema.parse(JSON.parse(JSON.stringify(f)));
    // schriftform judges opening conditions by its own exception instead of the condition guard
    expect(parsed.trace?.guards.map((g) => g.id)).toEqual(['table', 'restatement', 'mention', 'definition', 'fiction', 'negation', 'electronic']);
    expect(parsed.trace?.exceptions).toContain('jede-form-genuegt');
    expect(parsed.trace?.exceptions).toContain('bedingung-beschreibt-fall');
  });

  it('explains it in German on the finding card', () => {
    const [f] = checkText('Die Anzeige ist durch Einschreiben an die Behörde zu richten.');
    const why = whyReported(f!)!;
    expect(why.trigger).toBe('Auslöser: „durch Einschreiben“ (Regel postalisch).');
    expect(why.guards).toContain('elektronische Alternative');
    expect(why.guards).toContain('Zugangs- oder Fristfiktion');
    expect(why.exceptions).toMatch(/^Keine der \d+ benannten Ausnahmen der Regel trifft zu: post-ohne-uebermittlung, /);
  });

  it('gives the legal reason of each exception once the reasons are loaded', () => {
    const [f] = checkText('Die Anzeige ist durch Einschreiben an die Behörde zu richten.');
    const why = whyReported(f!, { 'post-ohne-uebermittlung': 'Der Grund in Worten.' })!;
    expect(why.exceptions).toMatch(/^Keine der (\d+) benannten Ausnahmen der Regel trifft zu:$/);
    expect(why.exceptionReasons).toHaveLength(f!.trace!.exceptions.length);
    expect(why.exceptionReasons[f!.trace!.exceptions.indexOf('post-ohne-uebermittlung')]).toBe('Der Grund in Worten.');
  });

  it('the reasons route knows every exception id a finding can name', async () => {
    const app = express().use(rulesRoutes());
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const reasons = (await (await fetch(`http://127.0.0.1:${port}/rules/exceptions`)).json()) as Record<string, Record<string, string>>;
      const [f] = checkText('Die Anzeige ist durch Einschreiben an die Behörde zu richten.');
      expect(f!.trace!.exceptions.length).toBeGreaterThan(0);
      for (const id of f!.trace!.exceptions) expect(reasons[f!.ruleId]![id]).toMatch(/\p{L}{3,}.*\s/u);
    } finally {
      server.close();
    }
  });

  it('switched-off guards are not claimed as checked', () => {
    const [f] = checkText('Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.');
    expect(f!.trace!.guards.map((g) => g.id)).not.toContain('fiction');
  });
});
