/**
 * Clean-up of text extracted from PDF/DOCX so that the parser sees the law text as written: one Unicode form,
 * words re-joined across soft line-break hyphens, line breaks kept (a "§ 5" heading must stay on its own line).
 * Page headers and footers are removed per page before (page-furniture.ts).
 */

/** Words after a hyphen that show it stands for an elided word ("Bundes- und Landesrecht"), not for a break. */
const ELIDED = '(?!(?:und|oder|bzw|sowie|bis)\\b)';
/** "Schrift-\nform" → "Schriftform"; not "Bundes-\nund Landesrecht", where the hyphen stands for an elided word. */
const SOFT_BREAK = new RegExp(`([a-zäöüß])-[ \\t]*\\n[ \\t]*${ELIDED}([a-zäöüß])`, 'g');
/**
 * A PDF of justified text sets the hyphen of a line-end break apart from its syllable, and pdf.js reads the gap as a
 * space ("Ausferti -\ngung"). Only for PDFs: in typed text a spaced hyphen at a line end is a dash.
 */
const SPACED_PDF_BREAK = new RegExp(`([a-zäöüß]) -(?=[ \\t]*\\n[ \\t]*${ELIDED}[a-zäöüß])`, 'g');
export const closeSpacedPdfBreaks = (text: string): string => text.replace(SPACED_PDF_BREAK, '$1-');

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates):
 * no law text holds them, and one of them in a quote makes a DOCX or XLSX export a file Word and Excel refuse to open.
 */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character XML_INVALID can remove: one plain class scan, about half the cost of the lookaround regex. */
const XML_SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

// nearly every text is clean, and XML_INVALID's lookarounds cost about 2 % of batch screening
export const withoutXmlInvalid = (text: string): string => (XML_SUSPECT.test(text) ? text.replace(XML_INVALID, '') : text);

/**
 * `s` without trailing spaces and tabs, read from the end. /[ \t]+$/ tries every position of a run of spaces and reads
 * the rest of the run from each: a line of 100,000 spaces took 16 s, one of a few MB days.
 */
export function trimSpacesEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(0, end);
}

export function normalizeExtracted(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(XML_INVALID, '')
    .replace(/\u00a0/g, ' ')
    .replace(SOFT_BREAK, '$1$2')
    .split('\n')
    .map(trimSpacesEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
