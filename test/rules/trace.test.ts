import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { whyReported } from '../../client/src/components/findingCard';
import { rulesRoutes } from '../../server/http/routes/rules';
import { RuleTracesSchema } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';
import { ruleTraces } from '../../server/rules/trace';

const postal = () => {
  const [f] = checkText('Die Anzeige ist durch Einschreiben an die Behörde zu richten.');
  return { f: f!, trace: ruleTraces([f!])[f!.ruleId]! };
};

describe('rule trace ("Warum gemeldet?")', () => {
  it('carries the guards passed and the exceptions checked through the contract, once per rule', () => {
    const findings = checkText('Der Antrag ist schriftlich bei der Gemeinde zu stellen. Die Erklärung ist schriftlich abzugeben.');
    expect(findings.map((f) => f.ruleId)).toEqual(['schriftform', 'schriftform']);
    const traces = RuleTracesSchema.parse(JSON.parse(JSON.stringify(ruleTraces(findings))));
    expect(Object.keys(traces)).toEqual(['schriftform']);
    // schriftform judges opening conditions by its own exception instead of the condition guard
    expect(traces.schriftform!.guards.map((g) => g.id)).toEqual(['table', 'restatement', 'mention', 'definition', 'hedge', 'fiction', 'negation', 'electronic']);
    expect(traces.schriftform!.exceptions).toContain('jede-form-genuegt');
    expect(traces.schriftform!.exceptions).toContain('bedingung-beschreibt-fall');
  });

  it('names no trace for findings of the language model', () => {
    const [f] = checkText('Die Anzeige ist durch Einschreiben an die Behörde zu richten.');
    expect(ruleTraces([{ ...f!, source: 'KI' }])).toEqual({});
  });

  it('explains it in German on the finding card', () => {
    const { f, trace } = postal();
    const why = whyReported(f, trace)!;
    expect(why.trigger).toBe('Auslöser: „durch Einschreiben“ (Regel postalisch).');
    expect(why.guards).toContain('elektronische Alternative');
    expect(why.guards).toContain('Zugangs- oder Fristfiktion');
    expect(why.exceptions).toMatch(/^Keine der \d+ benannten Ausnahmen der Regel trifft zu: post-ohne-uebermittlung, /);
    expect(whyReported(f, undefined)).toBeNull();
  });

  it('gives the legal reason of each exception once the reasons are loaded', () => {
    const { f, trace } = postal();
    const why = whyReported(f, trace, { 'post-ohne-uebermittlung': 'Der Grund in Worten.' })!;
    expect(why.exceptions).toMatch(/^Keine der (\d+) benannten Ausnahmen der Regel trifft zu:$/);
    expect(why.exceptionReasons).toHaveLength(trace.exceptions.length);
    expect(why.exceptionReasons[trace.exceptions.indexOf('post-ohne-uebermittlung')]).toBe('Der Grund in Worten.');
  });

  it('the reasons route knows every exception id a trace can name', async () => {
    const app = express().use(rulesRoutes());
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const reasons = (await (await fetch(`http://127.0.0.1:${port}/rules/exceptions`)).json()) as Record<string, Record<string, string>>;
      const { f, trace } = postal();
      expect(trace.exceptions.length).toBeGreaterThan(0);
      for (const id of trace.exceptions) expect(reasons[f.ruleId]![id]).toMatch(/\p{L}{3,}.*\s/u);
    } finally {
      server.close();
    }
  });

  it('switched-off guards are not claimed as checked', () => {
    const [f] = checkText('Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.');
    expect(ruleTraces([f!])[f!.ruleId]!.guards.map((g) => g.id)).not.toContain('fiction');
  });
});
