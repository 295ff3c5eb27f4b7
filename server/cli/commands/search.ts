import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { loadConfig } from '../../config';
import { AppError } from '../../errors';
import { logger } from '../../logger';
import type { SearchHit } from '../../contracts/search';
import { indexOptions } from '../../retrieval/corpus-index';
import { openSearchIndex, type SearchIndex } from '../../retrieval/index';
import { readWebImports } from '../../storage/index';

const usage = [
  'Aufruf: npm run -s cli -- search "FRAGE" [--k 10] [--format json|text]',
  '        npm run -s cli -- search --input FRAGEN.jsonl [--k 10] [--format jsonl]',
  '',
  'Sucht die passenden Vorschriften (Absätze) im Gesetzeskorpus; Zitate wie „§ 3a Abs. 2 VwVfG“ stehen vorn.',
  '',
  '  --k N            Anzahl Treffer (Standard 10, höchstens 200)',
  '  --format F       text (Standard, lesbare Liste), json (Feld), jsonl (eine Zeile je Frage bei --input)',
  '  --input DATEI    JSONL mit Zeilen {"id": "...", "query": "..."}; Ausgabe {"id": "...", "results": [...]}',
  '  --corpus DIR     ein ganzes Verzeichnis mit Gesetzes-Markdown durchsuchen (z. B. das Bundesrecht)',
  '  --cache DIR      Ablage des Suchindex (Standard DATA_DIR/index)',
  '',
  'Ohne --corpus: dasselbe Korpus wie der Server – mitgeliefertes Korpus (CORPUS_DIR), über die Kommandozeile',
  'importierte Gesetze (DATA_DIR/corpus) und über die Weboberfläche importierte (Datenbank: DATABASE_URL oder',
  'DATA_DIR/app.db).',
].join('\n');

const InputLineSchema = z.object({ id: z.union([z.string(), z.number()]), query: z.string().min(1).max(2000) });

interface Options {
  query?: string;
  k: number;
  format: 'text' | 'json' | 'jsonl';
  input?: string;
  corpus?: string;
  cache?: string;
}

function parse(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        k: { type: 'string' },
        format: { type: 'string' },
        input: { type: 'string' },
        corpus: { type: 'string' },
        cache: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(`Unbekannte oder unvollständige Option (${e instanceof Error ? e.message : String(e)}).`);
  }
  const { positionals, values } = parsed;
  const k = values.k === undefined ? 10 : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 200) throw new UsageError('--k muss eine ganze Zahl von 1 bis 200 sein.');
  const format = values.format ?? (values.input ? 'jsonl' : 'text');
  if (format !== 'text' && format !== 'json' && format !== 'jsonl') throw new UsageError('--format muss text, json oder jsonl sein.');
  const query = positionals.join(' ').trim();
  if (!values.input && !query) throw new UsageError('Bitte eine Frage oder --input DATEI angeben.');
  if (values.input && query) throw new UsageError('Entweder eine Frage oder --input DATEI angeben, nicht beides.');
  if (values.corpus && !existsSync(values.corpus)) throw new UsageError(`Korpusverzeichnis nicht gefunden: ${values.corpus}`);
  return {
    k,
    format,
    ...(query ? { query } : {}),
    ...(values.input ? { input: values.input } : {}),
    ...(values.corpus ? { corpus: values.corpus } : {}),
    ...(values.cache ? { cache: values.cache } : {}),
  };
}

/** The CLI result shape of the issue contract. */
const contract = (h: SearchHit) => ({ law: h.law, ref: h.ref, title: h.title, text: h.text, score: h.score });

function readable(query: string, hits: SearchHit[]): string {
  if (hits.length === 0) return `Keine Treffer für „${query}“.\n`;
  const lines = [`Treffer für „${query}“:`, ''];
  hits.forEach((h, i) => {
    const head = `${i + 1}. ${h.law} ${h.ref}${h.title && h.title !== h.ref ? ` – ${h.title}` : ''}`;
    const meta = [h.lawTitle, h.stand ? `Stand: ${h.stand}` : '', h.excerpt ? 'Auszug (nicht vollständig)' : '', h.kind === 'guidance' ? 'Leitfaden, keine Rechtsnorm' : '']
      .filter(Boolean)
      .join(' · ');
    const text = h.text.length > 400 ? `${h.text.slice(0, 400)} …` : h.text;
    lines.push(head, `   ${meta}`, `   ${text}`, '');
  });
  return lines.join('\n');
}

async function runInput(index: SearchIndex, file: string, k: number, format: 'json' | 'jsonl' | 'text'): Promise<void> {
  if (!existsSync(file)) throw new AppError('bad_request', 'bad_request:input', `Eingabedatei nicht gefunden: ${file}`);
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: unknown;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      raw = undefined;
    }
    const parsed = InputLineSchema.safeParse(raw);
    if (!parsed.success) {
      const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
      out = { id, results: [], error: raw === undefined ? 'Zeile ist kein gültiges JSON.' : 'Zeile braucht "id" und "query" (Text).' };
    } else {
      const hits = index.search(parsed.data.query, { k });
      out = { id: parsed.data.id, results: hits.map(contract) };
      if (format === 'text') {
        process.stdout.write(readable(parsed.data.query, hits));
        continue;
      }
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

export const command: CliCommand = {
  name: 'search',
  summary: 'Vorschriften und Leitfäden zu einer Frage oder einem Zitat suchen',
  usage,
  async run(args) {
    const opts = parse(args);
    // logs would interleave with the JSON on stdout
    if (!process.env.LOG_LEVEL) logger.level = 'silent';
    const config = loadConfig(process.env);
    // without --corpus the server's corpus state, so that the CLI shares (and reuses) the server's index cache
    const corpus = opts.corpus
      ? { corpusDir: opts.corpus, cacheDir: join(config.DATA_DIR, 'index') }
      : indexOptions({ corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR }, await readWebImports(config, (c) => c.all()));
    const index = await openSearchIndex({ ...corpus, ...(opts.cache ? { cacheDir: opts.cache } : {}) });
    if (opts.input) {
      await runInput(index, opts.input, opts.k, opts.format);
      return 0;
    }
    const hits = index.search(opts.query!, { k: opts.k });
    if (opts.format === 'text') process.stdout.write(readable(opts.query!, hits));
    else if (opts.format === 'json') process.stdout.write(JSON.stringify(hits.map(contract), null, 2) + '\n');
    else process.stdout.write(JSON.stringify({ id: null, results: hits.map(contract) }) + '\n');
    return 0;
  },
};
