/**
 * Finds a quote the model copied from the text, tolerating what models change when copying: white space and line
 * breaks, typographic vs. straight quotation marks and dashes, and the neutralised "‹" of data blocks. Returns
 * offsets into the original text, or undefined when the words are not there (the finding is then dropped).
 */

const QUOTES = `["„“”'‚‘’»«]`;
const DASHES = '[-–—]';

function pattern(quote: string): string {
  let out = '';
  for (const ch of quote.trim()) {
    if (/\s/.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (/["„“”'‚‘’»«]/.test(ch)) out += QUOTES;
    else if (/[-–—]/.test(ch)) out += DASHES;
    else if (ch === '‹' || ch === '<') out += '[<‹]';
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

export function findQuote(text: string, quote: string, within?: { start: number; end: number }): { start: number; end: number } | undefined {
  const q = quote.trim().replace(/^["„“”»«]+|["„“”»«]+$/g, '').trim();
  if (q.length < 4) return undefined;
  const from = within?.start ?? 0;
  const to = within?.end ?? text.length;
  const hay = text.slice(from, to);
  for (const flags of ['u', 'iu']) {
    const m = new RegExp(pattern(q), flags).exec(hay);
    if (m) return { start: from + m.index, end: from + m.index + m[0].length };
  }
  return undefined;
}
