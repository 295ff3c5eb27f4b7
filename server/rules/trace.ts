import type { Finding, RuleTrace, RuleTraces } from '../contracts/finding';
import { GUARD_IDS, GUARDS } from './guards';
import { RULES } from './index';
import type { Rule } from './types';

/**
 * "Warum gemeldet?" of a rule: the default guards it keeps on, in the order the engine applies them, and its named
 * exceptions. Every hit the engine reports has passed all of them, so the trace belongs to the rule, not the hit.
 */
function ruleTrace(rule: Rule): RuleTrace {
  return {
    guards: GUARD_IDS.filter((id) => rule.guards?.[id] !== false).map((id) => ({ id, label: GUARDS[id].label })),
    exceptions: rule.exceptions.map((e) => e.id),
  };
}

const TRACES = new Map(RULES.map((r) => [r.id, ruleTrace(r)]));

/**
 * The traces of the rules behind the rule findings among `findings`, each rule once. Read from the catalogue that
 * answers, which is the one that checked unless the review was stored before a new catalogue was deployed.
 */
export function ruleTraces(findings: readonly Finding[]): RuleTraces {
  const traces: RuleTraces = {};
  for (const f of findings) {
    const trace = f.source === 'Regel' ? TRACES.get(f.ruleId) : undefined;
    if (trace) traces[f.ruleId] = trace;
  }
  return traces;
}
