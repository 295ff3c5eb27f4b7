import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { AppError, isAppError } from '../../errors';
import type { LawDocument } from '../../contracts/document';
import { CATEGORY_LABELS, PRINCIPLE_TITLES, type Finding, type RuleTraces } from '../../contracts/finding';
import { extractText } from '../../ingest/extract';
import { parseDraft } from '../../parser/draft';
import { parseLawMarkdown } from '../../parser/law-markdown';
import { buildOutline } from '../../parser/outline';
import { type Decision, checkText, explainDocument } from '../../rules/engine';
import { inAmendedFields, rewriteFindings } from '../../rules/rewrite';
import { ruleTraces } from '../../rules/trace';

const usage = [
  'Aufruf: npm run -s cli -- check DATEI [--format text|json] [--law ABK] [--explain]',
  '        npm run -s cli -- check - [--format text|json]            (Text von der Standardeingabe)',
  '        npm run -s cli -- check --input VORSCHRIFTEN.jsonl [--format jsonl]',
  '',
  'Prüft ein Gesetz (Markdown mit Kopfdaten) oder einen Entwurf (.txt, .md, .pdf, .docx) auf Regelungen, die einer',
  'digitalen Umsetzung im Weg stehen, und nennt Rechtsgrundlage, Formulierungsvorschlag und Änderungsbefehl.',
  '',
  '  --format F     text (Standard, lesbarer Bericht), json (ein Dokument, mit „rewrites“: je Absatz eine stimmige',
  '                 Neufassung mit einem Änderungsbefehl), jsonl (eine Zeile je Eingabezeile)',
  '  --input DATEI  JSONL mit Zeilen {"id": "...", "text": "...", "law": "..."} (law optional), je eine Vorschrift;',
  '                 Ausgabe genau eine Zeile je Eingabezeile: {"id": "...", "findings": [...]}',
  '  --law ABK      Gesetzesabkürzung für Zitate und Rechtsgrundlagen (z. B. NDIG), falls nicht erkennbar',
  '  --explain      zeigt jeden Treffer eines Auslöseworts mit der Entscheidung: gemeldet, oder welche Schutzregel',
  '                 bzw. benannte Ausnahme ihn unterdrückt hat (mit Begründung); bei json im Feld „decisions“',
  '',
  'Exit-Code: 0 geprüft, 1 Datei nicht lesbar, 2 falscher Aufruf.',
].join('\n');

interface Options {
  file?: string;
  input?: string;
  format: 'text' | 'json' | 'jsonl';
  law?: string;
  explain: boolean;
}

function parse(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, input: { type: 'string' }, law: { type: 'string' }, explain: { type: 'boolean' } },
    });
  } catch (e) {
    throw new UsageError(`Unbekannte oder unvollständige Option (${e instanceof Error ? e.message : String(e)}).`);
  }
  const { positionals, values } = parsed;
  const format = values.format ?? (values.input ? 'jsonl' : 'text');
  if (format !== 'text' && format !== 'json' && format !== 'jsonl') throw new UsageError(`Unbekanntes Format „${format}“.`);
  if (values.input) {
    if (positionals.length > 0) throw new UsageError('Entweder eine DATEI oder --input angeben, nicht beides.');
    if (format !== 'jsonl') throw new UsageError('Mit --input ist nur --format jsonl möglich.');
    if (values.explain) throw new UsageError('--explain gibt es nur für eine DATEI, nicht zusammen mit --input.');
    return { input: values.input, format, law: values.law, explain: false };
  }
  if (positionals.length !== 1) throw new UsageError('Genau eine DATEI (oder „-“ für die Standardeingabe) angeben.');
  if (format === 'jsonl') throw new UsageError('--format jsonl gibt es nur zusammen mit --input.');
  return { file: positionals[0], format, law: values.law, explain: values.explain === true };
}

const unreadable = (file: string, cause: unknown) =>
  new AppError('not_found', 'not_found:file', `Die Datei „${file}“ kann nicht gelesen werden.`, `cannot read ${file}`, { cause });

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Law Markdown (front matter) goes to the statute parser, everything else is treated as a draft. */
async function loadDocument(file: string): Promise<LawDocument> {
  let buf: Buffer;
  try {
    buf = file === '-' ? await readStdin() : await readFile(file);
  } catch (e) {
    throw unreadable(file, e);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf' || ext === '.docx' || ext === '.doc') {
    const { text } = await extractText(buf, basename(file));
    return parseDraft(text);
  }
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (/^---\r?\n/.test(text)) return parseLawMarkdown(text, file === '-' ? {} : { path: file });
  return parseDraft(text);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}

const InputLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  law: z.string().min(1).max(100).optional(),
});

/** One output line per input line, in order; a broken line yields an error line, never an abort. */
async function runJsonl(input: string, law: string | undefined): Promise<void> {
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === '-') resolve();
    else {
      stream.once('open', () => resolve());
      stream.once('error', (e: unknown) => reject(unreadable(input, e)));
    }
  });
  await opened;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) await write(JSON.stringify(checkLine(line, law)) + '\n');
}

export function checkLine(line: string, law?: string): { id: string | number | null; findings: Finding[]; rules?: RuleTraces; error?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, findings: [], error: 'Zeile ist kein gültiges JSON.' };
  }
  const parsed = InputLineSchema.safeParse(raw);
  if (!parsed.success) {
    const id = raw && typeof raw === 'object' && 'id' in raw && (typeof raw.id === 'string' || typeof raw.id === 'number') ? raw.id : null;
    return { id, findings: [], error: 'Zeile muss die Felder „id“ (Text oder Zahl) und „text“ (Text) enthalten.' };
  }
  const lawName = parsed.data.law ?? law;
  const findings = checkText(parsed.data.text, lawName ? { law: lawName } : {});
  return { id: parsed.data.id, findings, rules: ruleTraces(findings) };
}

const SEVERITY_LABEL = { hoch: 'hoch', mittel: 'mittel', hinweis: 'Hinweis' } as const;

/** German report, grouped by § in document order. */
export function formatReport(file: string, doc: LawDocument, findings: Finding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const out = [
    'Digitalcheck – Prüfbericht',
    `Datei: ${file}`,
    `Gesetz: ${doc.title}${doc.abbreviation && doc.abbreviation !== doc.title ? ` (${doc.abbreviation})` : ''}`,
    `Vorschriften: ${doc.provisions.length}`,
    `Fundstellen: ${findings.length} (hoch ${count('hoch')}, mittel ${count('mittel')}, Hinweise ${count('hinweis')})`,
  ];
  if (findings.length === 0) {
    out.push('', 'Keine Digitalisierungshindernisse gefunden.');
    return out.join('\n') + '\n';
  }
  let group = '';
  for (const f of findings) {
    const prov = doc.provisions.find((p) => f.location.start >= p.start && f.location.start < p.end);
    const own = prov ? `${prov.label} ${prov.title}`.trim() : f.location.law;
    const heading = f.location.article && !own.startsWith(f.location.article) ? `${f.location.article} – ${own}` : own;
    if (heading !== group) {
      group = heading;
      out.push('', heading || 'Ohne Gliederung', '-'.repeat(Math.min(72, Math.max(8, heading.length))));
    }
    out.push(
      `• ${CATEGORY_LABELS[f.category]} [${SEVERITY_LABEL[f.severity]}] – ${f.location.ref} – Prinzip ${f.principle}: ${PRINCIPLE_TITLES[f.principle as 1]}`,
      `  Fundstelle:      „${f.quote.match}“ in: „${f.quote.sentence}“`,
      `  Erläuterung:     ${f.explanation}`,
      `  Vorschlag:       ${f.suggestion}`,
      `  Rechtsgrundlage: ${f.legalBasis.join('; ')}`,
      `  Änderungsbefehl: ${f.amendment}`,
    );
  }
  return out.join('\n') + '\n';
}

const GUARD_OR_EXCEPTION = { guard: 'Schutzregel', exception: 'Ausnahme' } as const;

/** German list of every candidate hit in document order with the engine's decision (`--explain`). */
export function formatDecisions(decisions: Decision[]): string {
  const out = ['', `Entscheidungen je Treffer (${decisions.length})`, '-'.repeat(30)];
  for (const d of decisions) {
    const verdict = d.suppressedBy
      ? `unterdrückt – ${GUARD_OR_EXCEPTION[d.suppressedBy.kind]} „${d.suppressedBy.id}“: ${d.suppressedBy.rationale}`
      : `gemeldet${d.findingId ? ` (${d.findingId})` : ''}`;
    out.push(`${d.ref.padEnd(22)} ${d.ruleId.padEnd(24)} „${d.match}“ → ${verdict}`);
  }
  return out.join('\n') + '\n';
}

export const command: CliCommand = {
  name: 'check',
  summary: 'Prüft ein Gesetz, einen Entwurf oder einzelne Vorschriften (JSONL) auf Digitalisierungshindernisse.',
  usage,
  async run(args) {
    const opts = parse(args);
    if (opts.input) {
      await runJsonl(opts.input, opts.law);
      return 0;
    }
    const file = opts.file!;
    let doc: LawDocument;
    try {
      doc = await loadDocument(file);
    } catch (e) {
      throw isAppError(e) ? e : unreadable(file, e);
    }
    const explained = explainDocument(doc, opts.law ? { law: opts.law } : {});
    const { decisions } = explained;
    const findings = inAmendedFields(doc, explained.findings, opts.law ? { law: opts.law } : {});
    if (opts.format === 'json') {
      const outline = buildOutline(doc, findings);
      const warnings = doc.warnings ?? [];
      const rewrites = rewriteFindings(doc, findings, opts.law ? { law: opts.law } : {});
      const out = {
        file,
        title: doc.title,
        law: opts.law ?? doc.abbreviation,
        provisions: doc.provisions.length,
        findings,
        // what was checked before each finding was reported, once per rule (as in the web app's answers)
        rules: ruleTraces(findings),
        outline,
        warnings,
        rewrites,
        ...(opts.explain ? { decisions } : {}),
      };
      await write(JSON.stringify(out, null, 2) + '\n');
    } else {
      await write(formatReport(file, doc, findings) + (opts.explain ? formatDecisions(decisions) : ''));
    }
    return 0;
  },
};
