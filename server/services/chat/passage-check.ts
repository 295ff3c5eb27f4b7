import type { Finding } from '../../contracts/finding';
import { AppError } from '../../errors';
import { CheckDeadlineError, checkText } from '../../rules/engine';

export const PASSAGE_TOO_COMPLEX =
  'Der eingefügte Text ist zu umfangreich oder zu verschachtelt, um ihn im Chat zu prüfen. Bitte laden Sie ihn über „Entwurf prüfen“ hoch; dort wird er ohne diese Grenze geprüft.';

/**
 * The rule check of a passage pasted into the chat. It runs on the request thread, where every other user waits
 * while it runs, so it gets `budgetMs` and then a German 413; a text without full stops and with thousands of
 * triggers would otherwise hold the server for minutes. Uploads are checked in the draft pool with their own budget.
 */
export function budgetedCheck(budgetMs: number): (text: string) => Finding[] {
  return (text) => {
    try {
      return checkText(text, { deadline: performance.now() + budgetMs });
    } catch (e) {
      if (!(e instanceof CheckDeadlineError)) throw e;
      throw new AppError('too_large', 'too_large:chat_check', PASSAGE_TOO_COMPLEX, `chat passage of ${text.length} chars: ${e.message}`, { cause: e });
    }
  };
}
