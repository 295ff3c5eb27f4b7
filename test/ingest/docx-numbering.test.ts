import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../server/ingest/extract';
import { labelNumberedParagraphs } from '../../server/ingest/docx-numbering';
import { parseDraft } from '../../server/parser/draft';
import { locate } from '../../server/parser/locate';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/drafts/${name}`, import.meta.url));

const numbering = `<w:numbering>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
const p = (text: string, numId?: string, ilvl = '0') =>
  `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const texts = (xml: string) => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('Word list numbering', () => {
  it('writes Absatz, Nummer and Buchstabe labels as printed, restarting deeper levels and honouring startOverride', () => {
    const doc = [p('Titel'), p('Erster.', '1'), p('Zweiter:', '1'), p('eins,', '2'), p('zwei:', '2'), p('erstens', '2', '1'), p('zweitens', '2', '1'), p('drei.', '2'), p('vier', '3'), p('Punkt', '4')].join('');
    expect(texts(labelNumberedParagraphs(doc, numbering))).toEqual([
      'Titel', '(1) Erster.', '(2) Zweiter:', '1. eins,', '2. zwei:', 'a) erstens', 'b) zweitens', '3. drei.', '4. vier', 'Punkt',
    ]);
  });

  it('takes numbering from the paragraph style', () => {
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Absatz"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>';
    const styled = (t: string) => `<w:p><w:pPr><w:pStyle w:val="Absatz"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    expect(texts(labelNumberedParagraphs(styled('Eins.') + styled('Zwei.'), numbering, styles))).toEqual(['(1) Eins.', '(2) Zwei.']);
  });

  it('lets a DOCX with automatic numbering be cited by Absatz, Nummer and Buchstabe', async () => {
    const { text, format } = await extractText(fixture('entwurf-nummerierung.docx'), 'entwurf.docx');
    expect(format).toBe('docx');
    const doc = parseDraft(text);
    const cite = (needle: string) => {
      const at = doc.text.indexOf(needle);
      expect(at, needle).toBeGreaterThanOrEqual(0);
      return locate(doc, at, at + needle.length).ref;
    };
    expect(doc.provisions.map((x) => [x.label, x.paragraphs.map((a) => a.number).join(',')])).toEqual([['§ 1', '1,2,3'], ['§ 2', '']]);
    expect(cite('eigenhändig zu unterzeichnen')).toBe('§ 1 Abs. 1 Satz 2');
    expect(cite('amtlich beglaubigte Kopie')).toBe('§ 1 Abs. 2 Nr. 1');
    expect(cite('Meldebescheinigung')).toBe('§ 1 Abs. 2 Nr. 2 Buchst. b');
    expect(cite('ein Lichtbild')).toBe('§ 1 Abs. 2 Nr. 3');
    expect(cite('auch elektronisch')).toBe('§ 1 Abs. 3');
  });

  it('gives no label where a hostile list would make each one megabytes long (huge start value, huge level text)', () => {
    const hostile = `<w:numbering>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="4294967295"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${'(%1)'.repeat(1000)}"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;
    expect(texts(labelNumberedParagraphs(p('Rom', '1') + p('Lang', '2') + p('Ohne'), hostile))).toEqual(['Rom', 'Lang', 'Ohne']);
  });

  it('reads lists whose elements are not closed as far as they are, and keeps self-closing paragraphs', () => {
    const broken = `${numbering.replace('</w:numbering>', '')}<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0">`;
    expect(texts(`<w:p/>${labelNumberedParagraphs(`<w:p/>${p('Erster.', '1')}<w:p/>${p('Zweiter.', '1')}`, broken)}`.replace(/<w:p\/>/g, '<w:p></w:p>'))).toEqual([
      '', '', '(1) Erster.', '', '(2) Zweiter.',
    ]);
  });
});
