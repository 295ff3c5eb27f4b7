import { CATEGORY_CODES, CATEGORY_LABELS, PRINCIPLE_TITLES, type Category } from '../contracts/finding';
import { normalizeWhitespace } from '../parser/structure';
import { topLaws, type BatchSummary } from './summary';

/** summary.md: the German report of a batch screening, readable as plain text and rendered Markdown. */

const TOP_LAWS = 20;
const TOP_LAWS_PER_CATEGORY = 10;
const MAX_QUOTE = 240;

export const formatNumber = (n: number) => n.toLocaleString('de-DE');

/** Table cells must not break the table: no pipes, no line breaks, bounded length. */
function cell(s: string, max = MAX_QUOTE): string {
  const flat = normalizeWhitespace(s).replace(/\|/g, '\\|');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function categorySection(s: BatchSummary, c: Category): string[] {
  const count = s.byCategory[c] ?? 0;
  if (count === 0) return [];
  const laws = topLaws(s, TOP_LAWS_PER_CATEGORY, c);
  const examples = s.examples[c] ?? [];
  return [
    `### ${CATEGORY_LABELS[c]} (\`${c}\`) – ${formatNumber(count)} Befunde`,
    '',
    ...table(
      ['Gesetz', 'Titel', 'Befunde'],
      laws.map((l) => [cell(l.law), cell(l.title, 120), formatNumber(l.byCategory[c] ?? 0)]),
    ),
    '',
    ...(examples.length > 0
      ? ['Beispiele:', '', ...examples.map((e) => `- ${cell(e.law)} ${cell(e.ref)}: „${cell(e.sentence)}“ (Treffer: „${cell(e.match, 80)}“)`), '']
      : []),
  ];
}

/** Only for batches with AI review: the token bill in total and per law, and what went wrong with the model. */
function aiSection(s: BatchSummary): string[] {
  const ai = s.ai;
  if (!ai) return [];
  const laws = Object.values(s.byLaw).filter((l) => l.ai && l.ai.provisions > 0);
  return [
    `## KI-Prüfung (Modell: ${cell(ai.model, 80)})`,
    '',
    'An das Sprachmodell gingen nur die Vorschriften, zu denen die Regelprüfung Befunde hat.',
    '',
    ...table(
      ['Kennzahl', 'Wert'],
      [
        ['Gesetze mit KI-Prüfung', formatNumber(ai.laws)],
        ['KI-Befunde (zusätzlich zu den Regelbefunden)', formatNumber(ai.findings)],
        ['Prompt-Tokens', formatNumber(ai.prompt)],
        ['Completion-Tokens', formatNumber(ai.completion)],
        ['Tokens insgesamt', formatNumber(ai.prompt + ai.completion)],
      ],
    ),
    '',
    ...(ai.estimated ? ['Einige Werte sind geschätzt (etwa vier Zeichen je Token), weil der Modellserver keine Verbrauchszahlen gemeldet hat.', ''] : []),
    '### Tokens je Gesetz',
    '',
    ...(laws.length === 0
      ? ['Kein Gesetz wurde an das Sprachmodell gegeben.']
      : table(
          ['Gesetz', 'Vorschriften an das Modell', 'KI-Befunde', 'Prompt-Tokens', 'Completion-Tokens'],
          laws.map((l) => [cell(l.law), formatNumber(l.ai!.provisions), formatNumber(l.ai!.findings), formatNumber(l.ai!.prompt), formatNumber(l.ai!.completion)]),
        )),
    '',
    ...(ai.notices.length > 0 ? ['### Hinweise zur KI-Prüfung', '', ...ai.notices.map((n) => `- ${cell(n.law)}: ${cell(n.message, 400)}`), ''] : []),
  ];
}

export function renderSummaryMarkdown(s: BatchSummary): string {
  const lines = [
    '# Digitalcheck – Reihenuntersuchung',
    '',
    '## Überblick',
    '',
    ...table(
      ['Kennzahl', 'Wert'],
      [
        ['Untersuchte Gesetze', formatNumber(s.laws)],
        ['Vorschriften (§/Artikel)', formatNumber(s.provisions)],
        ['Befunde insgesamt', formatNumber(s.findings)],
        ['Gesetze mit Befunden', formatNumber(Object.keys(s.byLaw).length)],
        ['Übersprungene Dateien', formatNumber(s.errors.length)],
        ['Laufzeit', `${s.seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s`],
      ],
    ),
    '',
    ...aiSection(s),
    '## Befunde nach Kategorie',
    '',
    ...table(
      ['Kategorie', 'Code', 'Befunde'],
      CATEGORY_CODES.filter((c) => (s.byCategory[c] ?? 0) > 0).map((c) => [CATEGORY_LABELS[c], `\`${c}\``, formatNumber(s.byCategory[c] ?? 0)]),
    ),
    '',
    '## Befunde nach Prinzip des Digitalchecks',
    '',
    ...table(
      ['Prinzip', 'Befunde'],
      Object.entries(PRINCIPLE_TITLES).map(([p, title]) => [`${p} – ${title}`, formatNumber(s.byPrinciple[p] ?? 0)]),
    ),
    '',
    '## Befunde nach Schwere',
    '',
    ...table(['Schwere', 'Befunde'], Object.entries(s.bySeverity).map(([k, v]) => [k, formatNumber(v)])),
    '',
    `## Die ${TOP_LAWS} Gesetze mit den meisten Befunden`,
    '',
    ...table(
      ['Gesetz', 'Titel', 'Vorschriften', 'Befunde'],
      topLaws(s, TOP_LAWS).map((l) => [cell(l.law), cell(l.title, 120), formatNumber(l.provisions), formatNumber(l.findings)]),
    ),
    '',
    '## Kategorien im Einzelnen',
    '',
    ...CATEGORY_CODES.flatMap((c) => categorySection(s, c)),
    '## Übersprungene Dateien',
    '',
    ...(s.errors.length === 0
      ? ['Keine – alle Dateien wurden untersucht.']
      : table(['Datei', 'Grund'], s.errors.map((e) => [cell(e.path), cell(e.message)]))),
    '',
  ];
  return lines.join('\n');
}
