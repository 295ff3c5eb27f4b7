import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { CATEGORY_LABELS, PRINCIPLE_TITLES, SEVERITY_LABELS, type Finding, type RuleTraces } from '../contracts/finding';
import { ruleTraces } from '../rules/trace';
import type { LawResult } from './law-result';
import type { BatchSummary } from './summary';
import { renderSummaryMarkdown } from './summary-markdown';

/** One finding together with the law it was found in: a row of findings.jsonl / .csv / the XLSX export. */
export interface FindingRow {
  law: string;
  title: string;
  path: string;
  finding: Finding;
}

export interface ExportColumn {
  header: string;
  value: (row: FindingRow) => string;
}

/** Column definitions shared by the CSV writer here and the XLSX export of the web app. */
export const FINDING_COLUMNS: readonly ExportColumn[] = [
  { header: 'Gesetz', value: (r) => r.law },
  { header: 'Titel', value: (r) => r.title },
  { header: 'Fundstelle', value: (r) => r.finding.location.ref },
  { header: 'Kategorie', value: (r) => CATEGORY_LABELS[r.finding.category] },
  { header: 'Prinzip', value: (r) => `${r.finding.principle} – ${PRINCIPLE_TITLES[r.finding.principle] ?? ''}` },
  { header: 'Schwere', value: (r) => SEVERITY_LABELS[r.finding.severity] },
  { header: 'Zitat', value: (r) => r.finding.quote.match },
  { header: 'Satz', value: (r) => r.finding.quote.sentence },
  { header: 'Erläuterung', value: (r) => r.finding.explanation },
  { header: 'Vorschlag', value: (r) => r.finding.suggestion },
  { header: 'Rechtsgrundlage', value: (r) => r.finding.legalBasis.join('; ') },
  { header: 'Änderungsbefehl', value: (r) => r.finding.amendment },
];

/** "Regel" or "KI": only in outputs of batches with AI review, so plain batches keep their columns. */
export const SOURCE_COLUMN: ExportColumn = { header: 'Quelle', value: (r) => r.finding.source };

export function exportColumns(opts: { source: boolean }): readonly ExportColumn[] {
  return opts.source ? [...FINDING_COLUMNS, SOURCE_COLUMN] : FINDING_COLUMNS;
}

/** Excel in German locale splits on ";" when the file is opened by double click. */
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

/**
 * A leading = + - @ (or a tab or carriage return before one) would make Excel evaluate the cell as a formula:
 * formula injection from untrusted law text, defused with a leading '. For CSV and XLSX alike.
 */
export const defuseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Quotes a CSV field when needed (RFC 4180: separator, quote, line break), after defusing formulas. */
export function csvField(value: string): string {
  const v = defuseFormula(value);
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(CSV_SEPARATOR) + '\r\n';
}

export function findingRows(r: LawResult): FindingRow[] {
  return r.findings.map((finding) => ({ law: r.law, title: r.title, path: r.path, finding }));
}

/** findings.jsonl: the finding with its law in front, so every line stands alone (`jq 'select(.law=="AEG")'`). */
export function jsonlLine(row: FindingRow): string {
  return JSON.stringify({ law: row.law, lawTitle: row.title, file: row.path, ...row.finding }) + '\n';
}

/** Writes with back-pressure: resolves only when the stream can take more, so a slow disk slows the batch down. */
async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function end(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** Lines are handed to a stream in chunks of about this size (see chunked()). */
const CHUNK_CHARS = 256 * 1024;

/**
 * A stream fed in large chunks: one write per law cost a system call per law and file (a tenth of the main thread's
 * CPU over the federal corpus, where most laws have a few short lines). Back-pressure applies per chunk.
 */
function chunked(stream: WriteStream) {
  let pending = '';
  return {
    async write(text: string): Promise<void> {
      pending += text;
      if (pending.length < CHUNK_CHARS) return;
      const chunk = pending;
      pending = '';
      await write(stream, chunk);
    },
    /** Hands over what is pending and closes the stream. */
    async end(): Promise<void> {
      if (pending) await write(stream, pending);
      pending = '';
      await end(stream);
    },
  };
}

export interface BatchOutputs {
  files: { jsonl: string; csv: string; summaryJson: string; summaryMd: string; rulesJson: string };
  /** Appends the findings of one law (call in delivery order). */
  add(r: LawResult): Promise<void>;
  /** Closes the streams and writes summary.json, summary.md and rules.json. */
  finish(summary: BatchSummary): Promise<void>;
  /** Closes the streams after a failure without writing the summaries. */
  abort(): Promise<void>;
}

export async function openBatchOutputs(outDir: string, opts: { source?: boolean } = {}): Promise<BatchOutputs> {
  const columns = exportColumns({ source: Boolean(opts.source) });
  await mkdir(outDir, { recursive: true });
  const files = {
    jsonl: join(outDir, 'findings.jsonl'),
    csv: join(outDir, 'findings.csv'),
    summaryJson: join(outDir, 'summary.json'),
    summaryMd: join(outDir, 'summary.md'),
    // "Warum gemeldet?" of every rule with findings, once for the batch instead of on each findings.jsonl line
    rulesJson: join(outDir, 'rules.json'),
  };
  const rules: RuleTraces = {};
  const jsonl = createWriteStream(files.jsonl, 'utf8');
  const csv = createWriteStream(files.csv, 'utf8');
  // surface I/O errors at the next write/end instead of as an unhandled 'error' event
  let failure: Error | undefined;
  for (const s of [jsonl, csv]) s.on('error', (e) => (failure ??= e));
  const check = () => {
    if (failure) throw failure;
  };
  const jsonlOut = chunked(jsonl);
  const csvOut = chunked(csv);
  await csvOut.write(CSV_BOM + csvLine(columns.map((c) => c.header)));
  return {
    files,
    async add(r) {
      check();
      if (r.findings.length === 0) return;
      const rows = findingRows(r);
      Object.assign(rules, ruleTraces(r.findings));
      await jsonlOut.write(rows.map(jsonlLine).join(''));
      await csvOut.write(rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join(''));
    },
    async finish(summary) {
      check();
      await Promise.all([jsonlOut.end(), csvOut.end()]);
      check();
      await writeFile(files.summaryJson, JSON.stringify(summary, null, 2) + '\n', 'utf8');
      await writeFile(files.summaryMd, renderSummaryMarkdown(summary), 'utf8');
      await writeFile(files.rulesJson, JSON.stringify(rules, null, 2) + '\n', 'utf8');
    },
    async abort() {
      // the laws delivered so far stay in the files, as they did when every law was written at once; a stream that
      // failed would never finish
      if (!failure) await Promise.all([jsonlOut.end(), csvOut.end()]).catch(() => undefined);
      jsonl.destroy();
      csv.destroy();
    },
  };
}
