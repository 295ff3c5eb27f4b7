import JSZip from 'jszip';

/**
 * Reads a DOCX back the way Word shows tracked changes: per paragraph the text after "accept all" and after
 * "reject all", and every w:ins / w:del with its author and date.
 */
export interface Revision {
  kind: 'ins' | 'del';
  author: string;
  date: string;
  text: string;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function readRevisions(buf: Buffer): Promise<{ xml: string; accepted: string[]; rejected: string[]; revisions: Revision[] }> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  const accepted: string[] = [];
  const rejected: string[] = [];
  const revisions: Revision[] = [];
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    let acc = '';
    let rej = '';
    let open: Revision | undefined;
    for (const t of p[1]!.matchAll(/<w:(ins|del)\s([^>]*[^/])>|<\/w:(ins|del)>|<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:tab\/>/g)) {
      if (t[1]) {
        open = { kind: t[1] as 'ins' | 'del', author: /w:author="([^"]*)"/.exec(t[2]!)?.[1] ?? '', date: /w:date="([^"]*)"/.exec(t[2]!)?.[1] ?? '', text: '' };
        revisions.push(open);
      } else if (t[3]) open = undefined;
      else {
        const text = t[4] ? decode(t[5]!) : '\t';
        if (open) open.text += text;
        if (open?.kind !== 'del') acc += text;
        if (open?.kind !== 'ins') rej += text;
      }
    }
    accepted.push(acc);
    rejected.push(rej);
  }
  return { xml, accepted, rejected, revisions };
}
