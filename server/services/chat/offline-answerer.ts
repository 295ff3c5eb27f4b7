import { CATEGORY_LABELS, PRINCIPLE_TITLES, type Finding } from '../../contracts/finding';
import type { Citation, SearchHit } from '../../contracts/search';
import type { AnswerContext, AnswerResult, Answerer } from './answerer';
import { relevantHits, sectionOf } from './relevance';
import { streamText } from './stream';

const MAX_LAW_QUOTES = 4;
const MAX_SECTIONS_PER_LAW = 2;
const MAX_GUIDANCE_QUOTES = 3;
const MAX_FINDINGS = 12;
const QUOTE_CHARS = 600;

export const OFFLINE_MODEL = 'offline';

export function toCitation(h: SearchHit): Citation {
  return {
    law: h.law,
    ref: h.ref,
    title: h.title,
    text: h.text,
    ...(h.stand ? { stand: h.stand } : {}),
    ...(h.lawTitle ? { lawTitle: h.lawTitle } : {}),
    ...(h.kind ? { kind: h.kind } : {}),
    ...(h.excerpt !== undefined ? { excerpt: h.excerpt } : {}),
  };
}

function clip(text: string, max = QUOTE_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  return `${end > max * 0.5 ? cut.slice(0, end + 1) : cut.replace(/\s+\S*$/, '')} […]`;
}

/** "§ 3a Abs. 2 VwVfG" for laws, "Leitfaden Schriftform – Ersatz der Schriftform" for guidance. */
function label(h: SearchHit): string {
  if (h.kind === 'guidance') return h.ref && h.ref !== h.law ? `${h.law} – ${h.ref}` : h.law;
  return `${h.ref} ${h.law}`.trim();
}

function meta(h: SearchHit): string {
  const parts = [h.title && h.kind !== 'guidance' ? h.title : '', h.stand ? `Stand: ${h.stand}` : '', h.excerpt ? 'Auszug' : '']
    .filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

const quoteBlock = (text: string) =>
  clip(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

function findingBlock(f: Finding, i: number): string {
  const where = f.location.ref ? ` in ${f.location.ref}` : '';
  const lines = [
    `${i + 1}. **${CATEGORY_LABELS[f.category]}**${where} (${f.severity}, Prinzip ${f.principle}: ${PRINCIPLE_TITLES[f.principle]}) – „${f.quote.match}“`,
    `   - Warum: ${f.explanation}`,
    `   - Vorschlag: ${f.suggestion}`,
  ];
  if (f.legalBasis.length) lines.push(`   - Rechtsgrundlage: ${f.legalBasis.join('; ')}`);
  if (f.amendment) lines.push(`   - Änderungsbefehl: ${f.amendment}`);
  return lines.join('\n');
}

function findingsSection(findings: Finding[]): string[] {
  if (findings.length === 0) {
    return [
      'In der eingefügten Passage habe ich keine typischen Digitalisierungshindernisse gefunden (geprüft u. a. Schriftform, eigenhändige Unterschrift, persönliches Erscheinen, Original/Beglaubigung, Vordrucke, Aushang, Postweg, technologiespezifische Vorgaben und Nachweispflichten).',
    ];
  }
  const shown = findings.slice(0, MAX_FINDINGS);
  const n = findings.length;
  const out = [
    `Die eingefügte Passage enthält ${n === 1 ? 'eine Stelle' : `${n} Stellen`}, die eine durchgängig digitale Abwicklung behindern ${n === 1 ? 'kann' : 'können'}:`,
    shown.map(findingBlock).join('\n'),
  ];
  if (n > shown.length) out.push(`… und ${n - shown.length} weitere Befunde (siehe Befundliste).`);
  return out;
}

/**
 * The default answerer: builds an extractive German answer from the retrieved provisions, the guidance and
 * the rule findings, without any language model. Every quote is a retrieved hit and is cited by number.
 */
export function createOfflineAnswerer(): Answerer {
  return {
    async answer(ctx: AnswerContext, onDelta, signal): Promise<AnswerResult> {
      const hits = relevantHits(ctx.question, ctx.hits);
      // several laws say more than a third § of the same law; Absätze of one § stay together
      const admitted = new Map<string, string[]>();
      const laws = hits
        .filter((h) => h.kind !== 'guidance')
        .filter((h) => {
          const sections = admitted.get(h.law) ?? [];
          if (sections.includes(sectionOf(h))) return true;
          if (sections.length >= MAX_SECTIONS_PER_LAW) return false;
          admitted.set(h.law, [...sections, sectionOf(h)]);
          return true;
        })
        .slice(0, MAX_LAW_QUOTES);
      const guidance = hits.filter((h) => h.kind === 'guidance').slice(0, MAX_GUIDANCE_QUOTES);
      const cited = [...laws, ...guidance];
      const num = (h: SearchHit) => `[${cited.indexOf(h) + 1}]`;
      const pasted = ctx.passage !== undefined;

      const parts: string[] = [];
      if (pasted) parts.push(...findingsSection(ctx.findings));
      if (cited.length === 0) {
        if (!pasted) {
          parts.push(
            'Dazu habe ich im Korpus keine passende Vorschrift und keinen passenden Hinweis gefunden. Bitte formulieren Sie die Frage mit anderen Fachbegriffen (z. B. „Schriftform“, „elektronischer Zugang“, „Nachweis“) oder fügen Sie den Wortlaut einer Vorschrift ein, damit ich ihn prüfen kann.',
          );
        }
      } else {
        const lead = laws.length
          ? `${pasted ? 'Einschlägig' : 'Am einschlägigsten'} ${laws.length === 1 ? 'ist' : 'sind'} ${laws.map((h) => `${label(h)} ${num(h)}`).join(', ')}.`
          : `Dazu gibt es Hinweise in ${guidance.map((h) => `${h.law} ${num(h)}`).join(', ')}.`;
        parts.push(lead);
        if (laws.length) {
          parts.push('**Vorschriften**');
          for (const h of laws) parts.push(`${num(h)} **${label(h)}**${meta(h)}\n${quoteBlock(h.text)}`);
        }
        if (guidance.length) {
          parts.push('**Hinweise zur Umsetzung**');
          for (const h of guidance) parts.push(`${num(h)} **${label(h)}**${meta(h)}\n${quoteBlock(h.text)}`);
        }
      }
      const text = parts.join('\n\n');
      await streamText(text, onDelta, signal);
      return { text, citations: cited.map(toCitation), model: OFFLINE_MODEL };
    },
  };
}
