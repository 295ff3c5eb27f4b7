import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig, type Config } from '../../server/config';
import type { SearchHit } from '../../server/contracts/search';

/**
 * Config pointing at the fake server. The default timeout is generous because a loaded machine can take seconds
 * for an answer the fake sends at once; tests of the timeout itself set a short one with a server that hangs.
 */
export function fakeConfig(url: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    OPENAI_BASE_URL: url,
    LLM_MODEL: 'fake-model',
    LLM_TIMEOUT_MS: '5000',
    LLM_MAX_RETRIES: '2',
    LLM_MAX_CONCURRENCY: '2',
    ...extra,
  });
}

/** A pino logger that writes JSON lines into an array, to assert what is (not) logged. */
export function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: pino({ level: 'info', base: undefined }, stream), lines, text: () => lines.join('') };
}

export function hit(law: string, ref: string, text: string, score = 5): SearchHit {
  return { law, ref, title: `${ref} Titel`, text, score, kind: 'law', stand: '2024-01-01' };
}

export const HITS: SearchHit[] = [
  hit('VwVfG', '§ 3a Abs. 2', 'Eine durch Rechtsvorschrift angeordnete Schriftform kann, soweit nicht durch Rechtsvorschrift etwas anderes bestimmt ist, durch die elektronische Form ersetzt werden.'),
  hit('NDIG', '§ 4 Abs. 1', 'Jede Behörde ist verpflichtet, einen Zugang für die Übermittlung elektronischer Dokumente zu eröffnen.'),
  hit('VwVfG', '§ 35a', 'Ein Verwaltungsakt kann vollständig durch automatische Einrichtungen erlassen werden, sofern dies durch Rechtsvorschrift zugelassen ist.'),
];
