import type { Span } from '../contracts/document';

/**
 * Top-level quotations of a draft, as amendment instructions use them for old and new wording:
 * German „…“ (closing “ or ”, nested „…“ counted), else guillemets »…« (Bavarian and publishers' style), else
 * English “…”, else straight "…" pairs.
 * Spans include the quote marks. An opening quote without a close within MAX_QUOTE is ignored.
 */

const MAX_QUOTE = 60_000;

function pairs(text: string, start: number, end: number, open: string, close: string[]): Span[] {
  const out: Span[] = [];
  let i = text.indexOf(open, start);
  while (i >= 0 && i < end) {
    let depth = 1;
    let j = i + 1;
    const limit = Math.min(end, i + MAX_QUOTE);
    for (; j < limit; j++) {
      const ch = text[j]!;
      if (ch === open && open !== close[0]) depth++;
      else if (close.includes(ch) && --depth === 0) break;
    }
    if (depth === 0 && j < limit) {
      out.push({ start: i, end: j + 1 });
      i = text.indexOf(open, j + 1);
    } else {
      i = text.indexOf(open, i + 1);
    }
  }
  return out;
}

export function findQuotes(text: string, start = 0, end = text.length): Span[] {
  const german = pairs(text, start, end, '„', ['“', '”']);
  if (german.length > 0) return german;
  const guillemets = pairs(text, start, end, '»', ['«']);
  if (guillemets.length > 0) return guillemets;
  const english = pairs(text, start, end, '“', ['”']);
  if (english.length > 0) return english;
  return pairs(text, start, end, '"', ['"']);
}

/** Index of the quote containing `offset` in sorted, disjoint `quotes`, or -1. */
export function quoteAt(quotes: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Quotation marks of the kind the draft uses („…“, else “…”) that belong to no pair: an opening mark whose close
 * is missing, or a closing mark without an opening one. The wording after such a mark cannot be told apart from
 * the instruction, so the user is told where it is.
 */
export function unbalancedQuoteMarks(text: string, quotes: readonly Span[], start = 0, end = text.length): number[] {
  const german = text.indexOf('„', start) >= 0 && text.indexOf('„', start) < end;
  const marks = german ? /[„“]/g : /[“”]/g;
  if (!german && !text.slice(start, end).includes('“')) return [];
  const out: number[] = [];
  marks.lastIndex = start;
  for (let m = marks.exec(text); m && m.index < end; m = marks.exec(text)) if (quoteAt(quotes, m.index) < 0) out.push(m.index);
  return out;
}
