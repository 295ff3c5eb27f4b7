import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../server/ingest/extract';
import { parseDraft } from '../../server/parser/draft';

/**
 * The Word drafts of test/fixtures/drafts/word (Word list numbering, footnotes, header and footer, no blank lines between
 * Absätze) and LibreOffice's PDF of each (justified, hyphenated, Absätze across page breaks, footnotes at the page
 * foot): both formats must give every Absatz of new wording at its place, word for word the same.
 */

const DIR = join(import.meta.dirname, '../fixtures/drafts/word');

/** Each Absatz of new wording: its place in the draft and the amended law, and its words. */
async function absaetze(file: string) {
  const { text } = await extractText(readFileSync(join(DIR, file)), file);
  return parseDraft(text)
    .provisions.filter((p) => p.amendedWording)
    .flatMap((p) =>
      p.paragraphs.map((a) => ({
        place: [p.article, p.number && `Nr. ${p.number}`, p.letter, `${p.label} Abs. ${a.number ?? '-'}`].filter(Boolean).join(' '),
        words: text.slice(a.start, a.end).replace(/\s+/g, ' ').trim(),
      })),
    );
}

describe.each([
  {
    draft: 'he-bauordnung',
    places: [
      'Artikel 1 Nr. 1 § 62 Abs. 5',
      'Artikel 1 Nr. 2 a § 74 Abs. 3',
      'Artikel 1 Nr. 2 b § 74 Abs. 6',
      'Artikel 1 Nr. 3 § 77 Abs. 1',
      'Artikel 1 Nr. 3 § 77 Abs. 2',
      'Artikel 1 Nr. 4 § 85 Abs. 2',
      'Artikel 1 Nr. 4 § 85 Abs. 3',
    ],
  },
  {
    draft: 'nw-polizei-brandschutz',
    places: ['Artikel 1 Nr. 1 § 48 Abs. 1', 'Artikel 1 Nr. 1 § 48 Abs. 2', 'Artikel 1 Nr. 1 § 48 Abs. 3', 'Artikel 1 Nr. 2 § 49 Abs. 2', 'Artikel 2 Nr. 1 § 12 Abs. 3', 'Artikel 2 Nr. 2 § 12 Abs. 6'],
  },
])('Word draft $draft and its PDF', ({ draft, places }) => {
  it('read every Absatz of new wording at its Artikel, Nummer, Buchstabe, § and Absatz', async () => {
    for (const format of ['docx', 'pdf']) expect((await absaetze(`${draft}.${format}`)).map((a) => a.place), format).toEqual(places);
  });

  it('give the same words for each Absatz: nothing lost or added at page breaks, line-end hyphens or footnotes', async () => {
    const [docx, pdf] = await Promise.all([absaetze(`${draft}.docx`), absaetze(`${draft}.pdf`)]);
    expect(pdf).toEqual(docx);
    for (const a of pdf) expect(a.words, a.place).not.toMatch(/[\p{L})]\d\b|\s-\s|\b\p{Ll}+- \p{Ll}/u);
  });
});
