import { readFileSync } from 'node:fs';
import type { LawDocument } from '../contracts/document';
import type { Finding, Severity } from '../contracts/finding';
import { isUtf8 } from 'node:buffer';
import { withoutXmlInvalid } from '../ingest/normalize';
import { parseLawMarkdown } from '../parser/law-markdown';
import { withPlainSpacesUtf8 } from '../parser/structure';
import { CheckDeadlineError, checkDocument } from '../rules/engine';
import { logger } from '../logger';
import { skippedResult, type LawResult } from './law-result';
import { withAbsatzRewrites } from './absatz-fixes';

export type { LawResult } from './law-result';

/** Larger than any federal law (SGB V is about 2 MB) but small enough that one file cannot exhaust a worker. */
export const MAX_LAW_BYTES = 20 * 1024 * 1024;

/** Decodes a law file; expected defects (empty, binary, not UTF-8, too large) are values, not exceptions. */
export function decodeLawFile(buf: Buffer): { text: string } | { error: string } {
  if (buf.length > MAX_LAW_BYTES) {
    return { error: `Die Datei ist zu groß (${(buf.length / 1048576).toFixed(1)} MB, höchstens ${MAX_LAW_BYTES / 1048576} MB).` };
  }
  if (buf.indexOf(0) !== -1) return { error: 'Die Datei enthält Binärdaten und ist keine Textdatei.' };
  if (!isUtf8(buf)) return { error: 'Die Datei ist nicht UTF-8-kodiert.' };
  // no-break spaces become plain ones here, as the parser would make them, where it is cheap (structure.ts)
  const text = withoutXmlInvalid(withPlainSpacesUtf8(buf).toString('utf8').replace(/^\uFEFF/, ''));
  if (text.trim() === '') return { error: 'Die Datei ist leer.' };
  return { text };
}

const SEVERITY_RANK: Record<Severity, number> = { hoch: 2, mittel: 1, hinweis: 0 };

/**
 * Screening counts hindrances per provision: a § that says "schriftlich" in three sentences has one written-form
 * requirement to fix, not three. Keeps the most severe finding of each category per provision (the first on a tie).
 */
export function onePerProvisionAndCategory(doc: LawDocument, findings: Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  let p = 0;
  for (const f of findings) {
    // findings are sorted by offset, so the provision index only moves forward
    while (p < doc.provisions.length - 1 && f.location.start >= doc.provisions[p]!.end) p++;
    const key = `${p}:${f.category}`;
    const prev = kept.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) kept.set(key, f);
  }
  return [...kept.values()].sort((a, b) => a.location.start - b.location.start || a.category.localeCompare(b.category));
}

/**
 * How long the rule check of one law may run. The largest federal laws (SGB V, 2 MB) take under a second; a file
 * without full stops and with a trigger every few words costs hours (the check is quadratic in the sentence), and
 * would hold the job and every job queued behind it.
 */
export const LAW_CHECK_BUDGET_MS = 60_000;

const TOO_SLOW_LAW = 'Die Datei ist zu komplex, um sie in angemessener Zeit zu prüfen (Zeitgrenze der Analyse überschritten).';

/** Parses a law (federal or Niedersachsen Markdown) and runs the rule engine; never throws. */
export function analyzeLawText(text: string, path: string, budgetMs = LAW_CHECK_BUDGET_MS): LawResult {
  try {
    const doc = parseLawMarkdown(text, { path });
    const findings = checkDocument(doc, { deadline: performance.now() + budgetMs });
    return {
      path,
      law: doc.abbreviation,
      title: doc.title,
      jurisdiction: doc.jurisdiction,
      provisions: doc.provisions.length,
      findings: withAbsatzRewrites(doc, findings, onePerProvisionAndCategory(doc, findings)),
    };
  } catch (e) {
    if (e instanceof CheckDeadlineError) return skippedResult(path, TOO_SLOW_LAW);
    logger.warn({ path, err: e }, 'law analysis failed');
    return skippedResult(path, `Die Datei konnte nicht analysiert werden (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/**
 * Reads and analyses one file; I/O errors become a skipped result with a German reason. Reads synchronously:
 * it runs in a worker thread of its own, and fs.promises.readFile costs ten times the CPU of a sync read
 * (about a second over the federal corpus).
 */
export function analyzeLawFile(path: string): LawResult {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'Die Datei existiert nicht (mehr).'
      : code === 'EACCES' || code === 'EPERM' ? 'Keine Leseberechtigung für die Datei.'
      : code === 'EISDIR' ? 'Der Pfad ist ein Verzeichnis, keine Datei.'
      : `Die Datei konnte nicht gelesen werden (${code ?? 'unbekannter Fehler'}).`;
    return skippedResult(path, reason);
  }
  const decoded = decodeLawFile(buf);
  return 'error' in decoded ? skippedResult(path, decoded.error) : analyzeLawText(decoded.text, path);
}
