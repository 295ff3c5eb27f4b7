import { describe, expect, it } from 'vitest';
import { closeSpacedPdfBreaks } from '../../server/ingest/normalize';
import { stripFootnotes } from '../../server/ingest/pdf-footnotes';

describe('stripFootnotes', () => {
  it('takes the footnote block out of an Absatz that runs across the page break, and the glued reference marks', () => {
    const pages = [
      [
        'Das Polizeigesetz vom 25. Juli 2003 (GV. NRW. S. 441)2, das zuletzt geändert worden ist, wird wie folgt geändert:',
        '„(3) Sie können von ihrem Amt aus persönlichen Gründen',
        '2Zuletzt geändert durch Artikel 1 des Gesetzes vom 19. Dezember 2023 (GV. NRW.',
        'S. 1400).',
      ].join('\n'),
      'vorzeitig zurücktreten.“',
    ];
    expect(stripFootnotes(pages).join('\n')).toBe(
      'Das Polizeigesetz vom 25. Juli 2003 (GV. NRW. S. 441), das zuletzt geändert worden ist, wird wie folgt geändert:\n„(3) Sie können von ihrem Amt aus persönlichen Gründen\nvorzeitig zurücktreten.“',
    );
  });

  it('removes several footnotes of one page, also one whose reference is set apart from its word', () => {
    const page = ['Gesetz zur Änderung der Hessischen Bauordnung1', 'Die Erklärung ist geschützt.4 Der Bezug, 5 gewinnt Bedeutung.', '4 vgl. dazu BVerfG, Rn. 72.', '5Vgl. BVerfG, Rn. 74.'].join('\n');
    expect(stripFootnotes([page])).toEqual(['Gesetz zur Änderung der Hessischen Bauordnung1\nDie Erklärung ist geschützt. Der Bezug, 5 gewinnt Bedeutung.']);
  });

  it.each([
    ['a wrapped reference to an Artikel, with no footnote mark above', ['Die Ausnahme gilt nach Artikel', '5 Absatz 2 des Abkommens.']],
    ['numbered lines that do not count up', ['Die Gebühr beträgt für den Antrag', '3 Euro1 und für die Ausfertigung', '7 Euro je Seite.']],
    ['a line that opens with a number and a full stop (a Nummer)', ['Antragsberechtigt sind Personen,', '1. die im Land wohnen1, und']],
  ])('keeps law text: %s', (_, lines) => {
    expect(stripFootnotes([lines.join('\n')])).toEqual([lines.join('\n')]);
  });
});

describe('closeSpacedPdfBreaks', () => {
  it('joins the hyphen a justified PDF line sets apart from its syllable, not an elided word or a dash before a capital', () => {
    expect(closeSpacedPdfBreaks('eine Ausferti -\ngung der Bauvorlagen')).toBe('eine Ausferti-\ngung der Bauvorlagen');
    expect(closeSpacedPdfBreaks('des Bundes -\nund der Länder')).toBe('des Bundes -\nund der Länder');
    expect(closeSpacedPdfBreaks('die Frist -\nSatz 2 gilt')).toBe('die Frist -\nSatz 2 gilt');
  });
});
