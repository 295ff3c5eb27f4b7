import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { classifyMessage, INTENTS, type IntentKind } from '../server/services/chat/classify';

/**
 * compare:intents — accuracy of the chat intent classifier on the labelled set test/fixtures/chat-intents.jsonl
 * (a development set: the classifier was written against it). With NLPJS_DIR pointing at a directory where
 * @nlpjs/nlp and @nlpjs/lang-de are installed, NLP.js is measured on the same set by 5-fold cross-validation
 * (it needs training utterances; the rule classifier does not). Both get the same context (previous turn, last
 * passage) and the same trivial check for empty messages.
 */

const Row = z.object({ text: z.string(), intent: z.enum(INTENTS), previous: z.boolean().optional(), lastPassage: z.boolean().optional() });
type Row = z.infer<typeof Row>;
const file = resolve(process.argv[2] ?? join(import.meta.dirname, '../test/fixtures/chat-intents.jsonl'));
const rows: Row[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => Row.parse(JSON.parse(l)));

type Predict = (r: Row) => IntentKind | Promise<IntentKind>;

async function score(name: string, predict: (fold: number) => Promise<Predict>, folds: number): Promise<void> {
  const per = new Map<IntentKind, { n: number; ok: number }>();
  const wrong: string[] = [];
  for (let f = 0; f < folds; f++) {
    const p = await predict(f);
    for (const [i, r] of rows.entries()) {
      if (folds > 1 && i % folds !== f) continue;
      const got = r.text.trim() === '' ? 'empty' : await p(r);
      const s = per.get(r.intent) ?? { n: 0, ok: 0 };
      s.n++;
      if (got === r.intent) s.ok++;
      else wrong.push(`  ${r.intent} → ${got}: ${JSON.stringify(r.text.slice(0, 90))}`);
      per.set(r.intent, s);
    }
  }
  const total = [...per.values()].reduce((a, s) => ({ n: a.n + s.n, ok: a.ok + s.ok }), { n: 0, ok: 0 });
  console.log(`\n${name}: accuracy ${(total.ok / total.n).toFixed(3)} (${total.ok}/${total.n})`);
  for (const k of INTENTS) {
    const s = per.get(k);
    if (s) console.log(`  ${k.padEnd(13)} ${s.ok}/${s.n}`);
  }
  if (wrong.length) console.log(`errors:\n${wrong.join('\n')}`);
}

await score('rules (classify.ts)', async () => (r) => classifyMessage(r.text, { hasPrevious: r.previous ?? false, hasPassage: r.lastPassage ?? false }).kind, 1);

const dir = process.env.NLPJS_DIR;
if (dir) {
  const req = createRequire(join(resolve(dir), 'index.js'));
  const { Nlp } = req('@nlpjs/nlp') as { Nlp: new (o: object) => NlpLike };
  const { LangDe } = req('@nlpjs/lang-de') as { LangDe: unknown };
  interface NlpLike {
    use(x: unknown): void;
    addLanguage(l: string): void;
    addDocument(l: string, t: string, i: string): void;
    train(): Promise<void>;
    process(l: string, t: string): Promise<{ intent: string }>;
  }
  // context reaches NLP.js as marker words, the only input it has
  const withContext = (r: Row) => `${r.text} ${r.previous ? 'vorherigefrage' : ''} ${r.lastPassage ? 'letztepassage' : ''}`.trim();
  const FOLDS = 5;
  await score(
    `NLP.js (@nlpjs/nlp + lang-de, ${FOLDS}-fold cross-validation)`,
    async (fold) => {
      const nlp = new Nlp({ languages: ['de'], autoSave: false, nlu: { log: false } });
      nlp.use(LangDe);
      nlp.addLanguage('de');
      rows.forEach((r, i) => {
        if (i % FOLDS !== fold && r.text.trim()) nlp.addDocument('de', withContext(r), r.intent);
      });
      await nlp.train();
      return async (r) => {
        const out = await nlp.process('de', withContext(r));
        return (INTENTS as readonly string[]).includes(out.intent) ? (out.intent as IntentKind) : 'question';
      };
    },
    FOLDS,
  );
}
