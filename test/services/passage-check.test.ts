import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { CheckDeadlineError, checkText } from '../../server/rules/engine';
import { budgetedCheck } from '../../server/services/chat/passage-check';

const passage = 'Der Antrag ist schriftlich zu stellen und '.repeat(100);

describe('budgeted rule check of a chat passage', () => {
  it('the engine stops at a deadline that has passed and checks fully without one', () => {
    expect(() => checkText(passage, { deadline: performance.now() - 1 })).toThrow(CheckDeadlineError);
    expect(checkText(passage).length).toBeGreaterThan(0);
  });

  it('a passage past its budget is a German 413, a short one is checked', () => {
    let e: unknown;
    try {
      budgetedCheck(-1)(passage);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(413);
    expect((e as AppError).userMessage).toContain('Entwurf prüfen');
    expect(budgetedCheck(60_000)('Der Antrag ist schriftlich zu stellen.').map((f) => f.category)).toEqual(['schriftform']);
  });
});
