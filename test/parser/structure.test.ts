import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../server/parser/snippet';
import { locate } from '../../server/parser/locate';
import { splitSentences, withPlainSpaces, withPlainSpacesUtf8 } from '../../server/parser/structure';

const sentencesOf = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Die Behörde entscheidet nach § 5 Abs. 2 Nr. 1. Sie hört an.', 2],
    ['Am 1. Januar 2020 tritt es in Kraft.', 1],
    ['Dies gilt z. B. für Anträge u. a. nach Art. 3 GG. Der Antrag ist zu stellen.', 2],
    ['Die Frist beträgt einen Monat. Sie beginnt mit der Bekanntgabe. Satz 1 gilt entsprechend.', 3],
    ['Das Gesetz vom 29. Juni 1990 (GBl. I Nr. 38 S. 501) gilt weiter. Es wird ergänzt.', 2],
    ['Prüfungsfächer sind allgemeine Chemie, II. Grundlagen der Pharmazie und III. Biologie.', 1],
    // an ordinal after an article is no sentence end; a number after a noun still ends one
    ['Die Rente beginnt nach Vollendung des 65. Lebensjahres. Sie wird monatlich gezahlt.', 2],
    ['Ab dem 3. Monat ist sie zu zahlen; bis zum 18. Lebensjahr gilt Satz 1.', 1],
    ['Die Frist richtet sich nach Absatz 2. Die Behörde entscheidet.', 2],
    ['Es gilt die Fassung nach § 65. Der Antrag ist zu stellen.', 2],
  ])('%s → %i sentences', (text, n) => {
    expect(sentencesOf(text)).toHaveLength(n);
  });

  it('splits at Satz numbers of the tax codes and leaves them out of the sentences', () => {
    // EStG layout: the number in a column of its own line; Land statutes: a superscript glued to the first word
    const column = '1             Das Finanzamt bildet die Merkmale.\n2             Soweit es sie bildet, teilt es sie mit.';
    expect(sentencesOf(column)).toEqual(['Das Finanzamt bildet die Merkmale.', 'Soweit es sie bildet, teilt es sie mit.']);
    const glued = '1Die Gemeinden haben hinzuwirken. 2Sie beteiligen die Träger.';
    expect(sentencesOf(glued)).toEqual(['Die Gemeinden haben hinzuwirken.', 'Sie beteiligen die Träger.']);
    // after one space a number is no Satz number: collapsed white space cannot tell it from a citation
    expect(sentencesOf('Es gilt Satz 1. 3 Monate nach der Zustellung endet die Frist.')).toHaveLength(1);
    expect(sentencesOf('5G-Netze sind auszubauen.')).toEqual(['5G-Netze sind auszubauen.']);
  });
});

describe('sentences glued without a space (Niedersachsen statute texts)', () => {
  it.each([
    // NPOG § 17b Abs. 3, § 39 Abs. 1, NRettDG § 2 Abs. 2
    ['4. eine Begründung.Die Anordnung ergeht schriftlich. Sie muss die Angaben enthalten.', ['4. eine Begründung.', 'Die Anordnung ergeht schriftlich.', 'Sie muss die Angaben enthalten.']],
    ['7. es zur Abwehr erforderlich ist.Betroffene oder Dritte sind auf Verlangen hinzuweisen.', ['7. es zur Abwehr erforderlich ist.', 'Betroffene oder Dritte sind auf Verlangen hinzuweisen.']],
    ['bedürfen (qualifizierter Krankentransport).Der Rettungsdienst kann Arzneimittel befördern.', ['bedürfen (qualifizierter Krankentransport).', 'Der Rettungsdienst kann Arzneimittel befördern.']],
    // the unit metre takes no period, glued or not (NBauO § 60 Abs. 1, § 5 Abs. 8)
    ['sonstige bauliche Anlagen mit einer Höhe von mehr als 10 m.Bauliche Anlagen nach Absatz 2 sind', ['sonstige bauliche Anlagen mit einer Höhe von mehr als 10 m.', 'Bauliche Anlagen nach Absatz 2 sind']],
    ['nicht mehr als 3 m. Satz 1 gilt entsprechend.', ['nicht mehr als 3 m.', 'Satz 1 gilt entsprechend.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    // abbreviations, URLs, e-mail addresses and chained abbreviations end no sentence
    'Es gilt § 5 Abs.Die Verordnung bleibt unberührt.',
    'Nach Satz 1 Nr.Drei ist zu verfahren.',
    'Sie ist unter https://www.voris.niedersachsen.de/jportal/portlets.jw.MainAction?p1=e abrufbar.',
    'Anträge gehen an poststelle@mi.Niedersachsen.de oder an die Behörde.',
    'Die Gemeinde Frankfurt a.Main und Neuburg a.Inn sind zuständig.',
    'Verkündet im Nds.GVBl. S. 89 und geändert i.V.m. dem Gesetz.',
    'Eingetragen unter Tgb.Nr. 12 und Kat.Gew. 3 sowie (Krfr.St) nach dem Schema.',
    'Der Zeichensatz „String.Latin“ ist zu verwenden.',
    // an address after a contact label, its "@" written "(at)" on the next line or its domain left out
    'Landesamt für Statistik\n    E-Mail: Poststelle.Hannover\n    (at)lsn.niedersachsen.de',
    'Auskunft erteilt die Stelle, Internet: Landesportal.Service und Telefon 0511 120-0.',
    // wrapped cell text of a rendered table row ("* cell") and a Markdown table row
    '*    *   12\n\n    *   Hinweis zur Kenntnisnahme der\n        Regel.Angabe der zuständigen Stelle im Register.',
    '|Nr.|Pflicht der Stelle.Angabe der Frist|Bemerkung|',
  ])('keeps one sentence: %s', (text) => {
    expect(sentencesOf(text)).toHaveLength(1);
  });

  it.each([
    // a mail word that is no contact label, and running text after a table, still end their sentence
    ['Die Nachricht geht an die Mail-Adresse.Die Behörde antwortet.', ['Die Nachricht geht an die Mail-Adresse.', 'Die Behörde antwortet.']],
    [
      '*   Zeile * Wert * Frist\n\nDie Frist beginnt mit der Zustellung.Sie endet nach einem Monat.',
      ['*   Zeile * Wert * Frist\n\nDie Frist beginnt mit der Zustellung.', 'Sie endet nach einem Monat.'],
    ],
  ])('still splits: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('reads a colon glued to the next word inside a list item as no sentence end (NBauO § 2 Abs. 3 layout)', () => {
    const text =
      '## § 4 Klassen\n\n(3) Anlagen sind in folgende Klassen eingeteilt:\n1. Klasse 1:freistehende Anlagen bis 7 m,\n2. Klasse 2:von Nummer 1 nicht erfasste Anlagen mit Räumen.Anlagen ohne Räume werden der Klasse 1 zugeordnet. Satz 1 gilt entsprechend.\n';
    const para = parseSnippet(text).provisions[0]!.paragraphs[0]!;
    expect(para.sentences.map((x) => text.slice(x.start, x.end))).toEqual([
      'Anlagen sind in folgende Klassen eingeteilt:\n1. Klasse 1:freistehende Anlagen bis 7 m,\n2. Klasse 2:von Nummer 1 nicht erfasste Anlagen mit Räumen.',
      'Anlagen ohne Räume werden der Klasse 1 zugeordnet.',
      'Satz 1 gilt entsprechend.',
    ]);
    expect(para.items.map((x) => text.slice(x.start, x.end))).toEqual([
      '1. Klasse 1:freistehende Anlagen bis 7 m,',
      '2. Klasse 2:von Nummer 1 nicht erfasste Anlagen mit Räumen.',
    ]);
  });

  it('ends the list at the glued sentence, so a finding after it is Satz 3, not Satz 2 Nr. 4', () => {
    const text =
      '## § 17b Aufenthaltsvorgabe\n\n(3) Die Maßnahme bedarf der Anordnung. Die Anordnung enthält:\n1. die Person,\n2. die Maßnahme,\n3. die Gründe,\n4. eine Begründung.Die Anordnung ergeht schriftlich. Sie ist zu befristen.\n';
    const doc = parseSnippet(text);
    const at = text.indexOf('schriftlich');
    expect(locate(doc, at, at + 11).ref).toBe('§ 17b Abs. 3 Satz 3');
    const item = text.indexOf('Begründung');
    expect(locate(doc, item, item + 10).ref).toBe('§ 17b Abs. 3 Satz 2 Nr. 4');
    const items = doc.provisions[0]!.paragraphs[0]!.items;
    expect(text.slice(items[3]!.start, items[3]!.end)).toBe('4. eine Begründung.');
  });
});

describe('Absätze with Satz numbers', () => {
  it('opens an Absatz at an "(n)" that stands alone on its line (EStG layout)', () => {
    const text =
      '## § 39e Verfahren\n\n(1)\n1             Das Bundeszentralamt bildet die Merkmale.\n2             Soweit das Finanzamt sie bildet,\nteilt es sie mit.\n\n(2)\n1             Die Meldebehörden haben die Daten mitzuteilen.\n';
    const [abs1, abs2] = parseSnippet(text).provisions[0]!.paragraphs;
    expect([abs1!.number, abs2!.number]).toEqual(['1', '2']);
    expect(abs1!.sentences.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '))).toEqual([
      'Das Bundeszentralamt bildet die Merkmale.',
      'Soweit das Finanzamt sie bildet, teilt es sie mit.',
    ]);
    expect(text.slice(abs2!.sentences[0]!.start, abs2!.sentences[0]!.end)).toBe('Die Meldebehörden haben die Daten mitzuteilen.');
  });

  it('reads "(2) 1Die …" as Absatz 2 whose first sentence starts at "Die"', () => {
    const text = '## § 3 Aufgaben\n\n(1) Die Gemeinden wirken hin.\n\n(2) 1Die Gemeinden haben hinzuwirken. 2Sie beteiligen die Träger.\n';
    const abs2 = parseSnippet(text).provisions[0]!.paragraphs[1]!;
    expect(abs2.number).toBe('2');
    expect(abs2.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Die Gemeinden haben hinzuwirken.', 'Sie beteiligen die Träger.']);
  });

  it('keeps an "(2)" inside running text with the Absatz before it', () => {
    const text = '## § 4 Frist\n\n(1) Die Frist nach Absatz\n(2)\nbeginnt mit der Zustellung.\n';
    expect(parseSnippet(text).provisions[0]!.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('parseSnippet and locate', () => {
  const text = '## § 5 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen. Beizufügen sind:\n\n1.  eine Meldebescheinigung,\n2.  ein Lichtbild.\n\n(2) Die Behörde entscheidet.';
  const doc = parseSnippet(text);

  it('finds the §, its Absätze and items', () => {
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([['§ 5', 'Antrag']]);
    const [abs1, abs2] = doc.provisions[0]!.paragraphs;
    expect(abs1!.number).toBe('1');
    expect(abs1!.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(abs2!.number).toBe('2');
  });

  it('cites a match down to Satz and Nummer', () => {
    const at = text.indexOf('Meldebescheinigung');
    expect(locate(doc, at, at + 18).ref).toBe('§ 5 Abs. 1 Satz 2 Nr. 1');
    const first = text.indexOf('schriftlich');
    expect(locate(doc, first, first + 11).ref).toBe('§ 5 Abs. 1 Satz 1');
  });

  it('hands out the items, found on first use, like a plain value (JSON, structured clone, spread)', () => {
    const abs1 = doc.provisions[0]!.paragraphs[0]!;
    const expected = [
      { label: '1', level: 1, text: 'eine Meldebescheinigung,' },
      { label: '2', level: 1, text: 'ein Lichtbild.' },
    ];
    const view = (items: { start: number; end: number; label: string; level: number }[]) => items.map((i) => ({ label: i.label, level: i.level, text: text.slice(i.start, i.end).replace(/^\d+\.\s+/, '') }));
    expect(view(JSON.parse(JSON.stringify(abs1)).items)).toEqual(expected);
    expect(view(structuredClone(abs1).items)).toEqual(expected);
    expect(view({ ...abs1 }.items)).toEqual(expected);
    expect(abs1.items).toBe(abs1.items);
  });

  it('treats text without headings as one provision', () => {
    const d = parseSnippet('Der Antrag ist schriftlich zu stellen.');
    expect(d.provisions).toHaveLength(1);
    expect(locate(d, 4, 10).ref).toBe('Eingabe');
  });
});

describe('parseSnippet headings', () => {
  it('does not split at wrapped lines that start with a citation', () => {
    const text = '§ 5 Antrag\n(1) Der Antrag ist nach\n§ 12 Abs. 2 schriftlich zu stellen; im Übrigen gilt\n§ 3a VwVfG entsprechend.\n\n§ 6 Entscheidung\nDie Behörde entscheidet.';
    expect(parseSnippet(text).provisions.map((p) => [p.label, p.title])).toEqual([['§ 5', 'Antrag'], ['§ 6', 'Entscheidung']]);
  });
});

describe('parseSnippet with no-break spaces', () => {
  it('splits pasted provisions whose headings use "§\u00a0N"', () => {
    const text = '§\u00a01 Anzeige\n(1) Die Anzeige ist schriftlich zu erstatten.\n\n§\u00a02 Erscheinen\nDie Person hat persönlich zu erscheinen.';
    const doc = parseSnippet(text);
    expect(doc.provisions.map((p) => p.label)).toEqual(['§ 1', '§ 2']);
    expect(doc.text).toHaveLength(text.length);
  });
});

describe('withPlainSpacesUtf8', () => {
  it.each([
    ['§\u00a012 Abs.\u202f2 und\u00a0\u202f\u00a0Satz 3'],
    ['\u202fam Anfang, am Ende\u00a0'],
    ['Prüfung „schriftlich“ – ohne geschützte Leerzeichen'],
    ['\u00a0'],
  ])('decodes to what withPlainSpaces makes of the text: %j', (text) => {
    const bytes = withPlainSpacesUtf8(Buffer.from(text, 'utf8'));
    expect(bytes.toString('utf8')).toBe(withPlainSpaces(text));
    expect(bytes.toString('utf8')).toHaveLength(text.length);
  });

  it('returns a text without no-break spaces as it is, without a copy', () => {
    const buf = Buffer.from('§ 1 Prüfung', 'utf8');
    expect(withPlainSpacesUtf8(buf)).toBe(buf);
  });
});

/** Uploads and chat messages may hold long runs of empty lines; the list structure around them reads as around one. */
describe('items before a long run of empty lines', () => {
  const items = (text: string) => parseSnippet(text).provisions.flatMap((p) => p.paragraphs.map((a) => (a.items ?? []).map((i) => [i.label, i.start, i.end])));

  it.each([
    ['indented Buchstaben, then indented running text', (gap: string) => `§ 1 A\n\n(1) Die Behörde prüft\n    a) den Antrag,\n    b) die Unterlagen${gap}    und entscheidet dann.`],
    ['Nummern, then running text', (gap: string) => `§ 1 A\n\n(1) Die Behörde prüft\n1. den Antrag,\n2. die Unterlagen${gap}Sie entscheidet dann.`],
  ])('%s', (_name, text) => {
    const short = items(text('\n\n'));
    expect(short.flat()).toHaveLength(2);
    expect(items(text('\n'.repeat(99_000)))).toEqual(short);
    expect(items(text(`\n${' \t\n'.repeat(33_000)}`))).toEqual(short);
  });
});
