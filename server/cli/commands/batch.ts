import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { AppError } from '../../errors';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../contracts/finding';
import { listLawFiles } from '../../batch/files';
import { skippedResult } from '../../batch/law-result';
import { screenLaws } from '../../batch/screen';
import { freeCoreThreads } from '../../batch/run-batch';
import { SummaryAccumulator, topLaws, type BatchSummary } from '../../batch/summary';
import { openBatchOutputs } from '../../batch/writers';
import { createProgress } from '../../batch/progress';
import { formatNumber } from '../../batch/summary-markdown';
import type { AiLawResult } from '../../batch/law-ai';
import type { LawResult } from '../../batch/law-result';
import { ConfigError, llmEnabled, loadConfig } from '../../config';
import { logger } from '../../logger';

const usage = [
  'Aufruf: npm run -s cli -- batch VERZEICHNIS --out AUSGABEVERZEICHNIS [--jobs N] [--ai]',
  '',
  'Untersucht jede Gesetzesdatei (*.md oder *.txt, Bundesrecht und Landesrecht) unterhalb von VERZEICHNIS',
  'und schreibt findings.jsonl, findings.csv (für Excel), summary.json, summary.md und rules.json (was je Regel',
  'vor einem Befund geprüft wurde: Schutzregeln und benannte Ausnahmen) nach AUSGABEVERZEICHNIS.',
  '',
  '  --out, -o DIR   Ausgabeverzeichnis (wird angelegt)',
  `  --jobs, -j N    Anzahl Worker-Threads (Standard: ein Thread je freiem Kern, Kerne minus Systemlast, hier ${freeCoreThreads()})`,
  '  --ai            zusätzlich KI-Prüfung der Vorschriften mit Regelbefunden durch das konfigurierte',
  '                  Sprachmodell (LLM_MODEL, OPENAI_BASE_URL/OPENAI_API_KEY); Tokens je Gesetz in summary.*',
  '',
  'Nicht lesbare oder fehlerhafte Dateien werden gemeldet und übersprungen.',
  'Exit-Code: 0 fertig (auch mit übersprungenen Dateien), 1 Verzeichnis fehlt, 2 falscher Aufruf.',
].join('\n');

function parse(args: string[]): { dir: string; out: string; jobs?: number; ai: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' }, ai: { type: 'boolean' } },
    });
  } catch (e) {
    throw new UsageError(`Unbekannte oder unvollständige Option (${e instanceof Error ? e.message : String(e)}).`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError('Bitte genau ein Eingabeverzeichnis angeben.');
  if (!values.out) throw new UsageError('Das Ausgabeverzeichnis fehlt (--out).');
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError('--jobs muss eine ganze Zahl von 1 bis 256 sein.');
  }
  return { dir: positionals[0]!, out: values.out, ...(jobs ? { jobs } : {}), ai: Boolean(values.ai) };
}

const NO_MODEL =
  'Für --ai muss ein Sprachmodell konfiguriert sein: bitte LLM_MODEL und OPENAI_BASE_URL (oder OPENAI_API_KEY) setzen, siehe .env.example.';

/** The AI review of one law, from the environment's model; a clear German error when none is configured. */
async function aiReviewer(): Promise<{ model: string; parallel: number; review: (r: LawResult) => Promise<AiLawResult> }> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    throw new AppError('bad_request', 'bad_request:config', `Ungültige Konfiguration für --ai:\n${e.issues.join('\n')}`);
  }
  if (!llmEnabled(config)) throw new AppError('bad_request', 'bad_request:no_llm', NO_MODEL);
  // JSON log lines would land between the report lines on stdout; warnings stay visible as notices in summary.*
  if (!process.env.LOG_LEVEL) logger.level = 'error';
  const { createLlmServices } = await import('../../llm/index');
  const llm = createLlmServices(config)!;
  return { model: llm.model, parallel: config.LLM_MAX_CONCURRENCY, review: (r) => llm.reviewLaw(r) };
}

function aiReport(ai: NonNullable<BatchSummary['ai']>): string[] {
  return [
    `KI-Prüfung (${ai.model}): ${formatNumber(ai.laws)} Gesetz(e), ${formatNumber(ai.findings)} KI-Befunde, ` +
      `Tokens: ${formatNumber(ai.prompt)} Prompt + ${formatNumber(ai.completion)} Completion = ${formatNumber(ai.prompt + ai.completion)}${ai.estimated ? ' (teils geschätzt)' : ''}.`,
    ...(ai.notices.length > 0 ? [`Hinweise zur KI-Prüfung: ${formatNumber(ai.notices.length)} (siehe summary.md).`] : []),
  ];
}

function report(s: BatchSummary, files: string[], out: string, threads: string): string {
  const top = topLaws(s, 5)
    .map((l) => `${l.law} (${formatNumber(l.findings)})`)
    .join(', ');
  return [
    `Reihenuntersuchung abgeschlossen in ${s.seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s (${threads}).`,
    `Gesetze untersucht: ${formatNumber(s.laws)}, Vorschriften: ${formatNumber(s.provisions)}, Befunde: ${formatNumber(s.findings)}.`,
    ...(s.ai ? aiReport(s.ai) : []),
    ...(s.errors.length > 0
      ? [`Übersprungen: ${formatNumber(s.errors.length)} Datei(en):`, ...s.errors.map((e) => `  - ${e.path}: ${e.message}`)]
      : ['Übersprungen: keine Datei.']),
    '',
    'Befunde nach Kategorie:',
    ...CATEGORY_CODES.filter((c) => (s.byCategory[c] ?? 0) > 0).map(
      (c) => `  ${CATEGORY_LABELS[c].padEnd(34)} ${formatNumber(s.byCategory[c] ?? 0).padStart(8)}`,
    ),
    ...(top ? ['', `Meiste Befunde: ${top}`] : []),
    '',
    `Ergebnisse: ${files.map(displayPath).join(', ')}`,
    `Übersicht: ${displayPath(resolve(out, 'summary.md'))}`,
  ].join('\n');
}

/** Short paths below the working directory, absolute ones elsewhere (no "../../tmp/…"). */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
}

export const command: CliCommand = {
  name: 'batch',
  summary: 'Reihenuntersuchung: alle Gesetzesdateien eines Verzeichnisses prüfen (Worker-Threads, CSV/JSONL/Übersicht).',
  usage,
  async run(args) {
    const parsed = parse(args);
    const { dir, out, ai } = parsed;
    // decided once: the load changes while the batch runs, and the report names the count the run had
    const jobs = parsed.jobs ?? freeCoreThreads();
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) {
      throw new AppError('not_found', 'not_found:batch_dir', `Das Verzeichnis „${dir}“ existiert nicht oder ist kein Verzeichnis.`);
    }
    const reviewer = ai ? await aiReviewer() : undefined;
    const { files, unreadable } = await listLawFiles(dir, [out]);
    const outputs = await openBatchOutputs(out, { source: ai }).catch((e: unknown) => {
      const code = (e as NodeJS.ErrnoException).code ?? 'Fehler';
      throw new AppError('bad_request', 'bad_request:batch_out', `Das Ausgabeverzeichnis „${out}“ kann nicht angelegt oder beschrieben werden (${code}).`, String(e));
    });
    const summary = new SummaryAccumulator(reviewer ? { aiModel: reviewer.model } : {});
    const display = (p: string) => relative(dir, p) || p;
    const progress = createProgress(process.stderr, 'Prüfe');
    for (const u of unreadable) {
      progress.note(`Übersprungen: ${display(u.path)}: ${u.message}`);
      summary.add(skippedResult(display(u.path), u.message));
    }
    let run;
    try {
      // the pipeline of the web batch jobs; with --ai laws wait for the model in order behind the rule engine
      run = await screenLaws({
        files,
        jobs,
        ...(reviewer ? { ai: { review: (r) => reviewer.review(r), parallel: reviewer.parallel } } : {}),
        ordered: true,
        deliver: async (r) => {
          const rel = { ...r, path: display(r.path) };
          if (rel.error) progress.note(`Übersprungen: ${rel.path}: ${rel.error}`);
          summary.add(rel);
          await outputs.add(rel);
        },
        onProgress: (done, total) => progress.update(done, total),
      });
    } catch (e) {
      await outputs.abort();
      throw e;
    } finally {
      progress.end();
    }
    const s = summary.toSummary(run.seconds);
    await outputs.finish(s);
    const threads = run.mode === 'threads' ? `${Math.min(jobs, files.length)} Worker-Threads` : 'ohne Worker-Threads';
    process.stdout.write(report(s, Object.values(outputs.files), out, threads) + '\n');
    return 0;
  },
};
