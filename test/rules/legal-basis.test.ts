import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { parseSnippet } from '../../server/parser/snippet';
import { checkDocument, checkText } from '../../server/rules/engine';
import { profileFor } from '../../server/rules/profile';

/** The cited enabling provision follows the procedure type of the law the finding is in. */
const basisOf = (text: string, law: string, category: string) => {
  const f = checkText(text, { law }).find((x) => x.category === category);
  expect(f, `${law}: no ${category} finding`).toBeDefined();
  return f!;
};

describe('legal basis by procedure type', () => {
  it.each([
    ['VwVfG', '§ 3a Abs. 2 und 3 VwVfG'],
    ['SGB 10', '§ 36a Abs. 2 SGB I'],
    ['AO 1977', '§ 87a Abs. 3 und 4 AO'],
    ['BGB', '§ 126a BGB'],
    ['NBauO', '§ 4 NDIG'],
    ['ZPO', '§ 130a ZPO'],
    ['VwGO', '§ 55a VwGO'],
    ['FGO', '§ 52a FGO'],
    ['InsO', '§ 130a ZPO'],
  ])('schriftform in %s cites %s', (law, norm) => {
    expect(basisOf('Der Antrag ist schriftlich zu stellen.', law, 'schriftform').legalBasis).toContain(norm);
  });

  it.each([
    ['GmbHG', '§ 126b BGB'],
    ['ZPO', '§ 173 ZPO'],
    ['VwVfG', '§ 41 Abs. 2a VwVfG'],
  ])('a registered letter in %s cites %s', (law, norm) => {
    expect(basisOf('Die Erklärung erfolgt mittels eingeschriebenen Briefes.', law, 'postalisch').legalBasis).toContain(norm);
  });

  it('proposes the electronic document of the court procedure for a signature in court', () => {
    const f = basisOf('Die Beschwerdeschrift ist von dem Beschwerdeführer zu unterzeichnen.', 'SGG', 'unterschrift');
    expect(f.legalBasis).toEqual(['§ 65a SGG']);
    expect(f.amendment).toContain('als elektronisches Dokument nach § 65a des Sozialgerichtsgesetzes');
  });

  it('cites the BeurkG for notarial acts and public certification, whatever the law', () => {
    expect(basisOf('Der Übertragungsvertrag muss notariell beurkundet werden.', 'PfandBG', 'original_beglaubigung').legalBasis).toContain('§§ 16a bis 16e BeurkG');
    expect(basisOf('Die Erklärung ist in öffentlich beglaubigter Form abzugeben.', 'HöfeO', 'original_beglaubigung').legalBasis).toContain('§ 40a BeurkG');
    expect(basisOf('Dem Antrag ist die Urschrift der Bescheinigung beizufügen.', 'VwVfG', 'original_beglaubigung').legalBasis).toContain('§ 5 Abs. 1 EGovG');
  });
});

/** A federal law whose abbreviation opens with "N" and a capital is no Niedersachsen law (NLPosV, NABEG, NDÜV). */
describe('federal laws that look like Niedersachsen abbreviations', () => {
  const federal = (jurabk: string) =>
    parseLawMarkdown(`---\nTitle: Verordnung\njurabk: ${jurabk}\n---\n\n## § 6 Zulassung\n\n(1) Das Formular ist zu unterzeichnen.\n`, { path: 'x/index.md' });

  it.each(['NLPosV 2012', 'NABEG', 'NDÜV'])('%s from the federal corpus cites federal law', (jurabk) => {
    const doc = federal(jurabk);
    expect(doc.jurisdiction).toBe('Bund');
    const f = checkDocument(doc).find((x) => x.category === 'unterschrift');
    expect(f).toBeDefined();
    expect(f!.legalBasis.join(' ')).not.toMatch(/NDIG|NVwVfG/);
    expect(f!.legalBasis).toContain('§ 3a Abs. 2 und 3 VwVfG');
  });

  it.each([
    ['NLPosV 2012', 'bund'],
    ['NSGBefV', 'bund'],
    ['NBauO', 'land'],
    ['NKomVG 2010', 'land'],
  ])('a snippet read as %s is %s law', (law, level) => {
    expect(profileFor(parseSnippet('Der Antrag ist schriftlich zu stellen.', law, law), law).level).toBe(level);
  });
});

/** Each field of law cites its own enabling provisions, never the VwVfG or the EGovG where they do not apply. */
describe('enabling provisions of the field of law', () => {
  it.each([
    ['UStDV', 'original_beglaubigung', 'Die Vorsteuerbeträge sind durch Vorlage von Rechnungen im Original nachzuweisen.', '§ 87a Abs. 1 AO'],
    ['ZVG', 'original_beglaubigung', 'Der Antrag ist durch Vorlage der Urkunde im Original nachzuweisen.', '§ 130a ZPO'],
    ['SGB 10', 'original_beglaubigung', 'Der Antrag ist durch Vorlage der Urkunde im Original nachzuweisen.', '§ 29 SGB X'],
    ['UStDV', 'nachweis_vorlage', 'Dem Antrag ist eine Bescheinigung des Finanzamts beizufügen.', '§ 93c AO'],
    ['BewG', 'unterschrift', 'Der Nutzer hat die Steuererklärung eigenhändig zu unterschreiben.', '§ 87a Abs. 3 AO'],
    ['VwGO', 'persoenliches_erscheinen', 'Das Gericht kann das persönliche Erscheinen eines Beteiligten anordnen.', '§ 102a VwGO'],
    ['ZPO', 'aushang_bekanntmachung', 'Die öffentliche Bekanntmachung erfolgt durch Aushang an der Gerichtstafel.', '§ 186 Abs. 2 ZPO'],
  ])('%s: %s cites %s', (law, category, text, norm) => {
    const f = basisOf(text, law, category);
    expect(f.legalBasis).toContain(norm);
    expect(f.legalBasis.join(' ')).not.toMatch(/VwVfG|EGovG/);
  });

  it.each(['PStG', 'BeamtStG', 'ParlStG'])('%s is no tax law', (law) => {
    expect(profileFor(parseSnippet('Der Antrag ist schriftlich zu stellen.', law, law), law).domain).not.toBe('steuer');
  });
});

/** Rewrite defects read by a lawyer (rules-eng, left open): each act cites the law that governs it. */
describe('the law that governs the act', () => {
  it.each(['InvZulG 2010', 'EigZulG', 'FZulG', 'WoPG', 'InvZulG2005DV'])('%s (allowance paid out under the AO) is tax law', (law) => {
    expect(profileFor(parseSnippet('Der Antrag ist schriftlich zu stellen.', law, law), law).domain).toBe('steuer');
    expect(basisOf('Der Antrag ist schriftlich zu stellen.', law, 'schriftform').legalBasis).toContain('§ 87a Abs. 3 und 4 AO');
  });

  it('public evidence in court procedure is filed as an electronic document, not fetched under the EGovG (ZVG § 75)', () => {
    const text = 'Das Verfahren wird eingestellt, wenn der Schuldner im Versteigerungstermin eine öffentliche Urkunde vorlegt, aus der sich die Zahlung ergibt.';
    const f = basisOf(text, 'ZVG', 'nachweis_vorlage');
    expect(f.legalBasis).toEqual(['§ 130a ZPO', '§ 371a Abs. 3 ZPO']);
    expect(f.amendment).toContain('als elektronisches Dokument der ausstellenden öffentlichen Stelle nach § 130a der Zivilprozessordnung');
    expect(f.amendment).not.toContain('zuständige Behörde');
    // the appended sentence resolves the finding
    const fixed = `${text} Der Nachweis kann auch als elektronisches Dokument der ausstellenden öffentlichen Stelle nach § 130a der Zivilprozessordnung eingereicht werden.`;
    expect(checkText(fixed, { law: 'ZVG' }).filter((x) => x.category === 'nachweis_vorlage')).toEqual([]);
    // outside court procedure the authority still fetches the document
    expect(basisOf('Dem Antrag ist eine Meldebescheinigung beizufügen.', 'BMG', 'nachweis_vorlage').legalBasis).toContain('§ 5 Abs. 2 EGovG');
  });

  it('the signature of an ordinance cites no § 3a VwVfG (NPOG § 58: law-making, not administrative procedure)', () => {
    const text = 'Eine Verordnung muss 1. eine ihren Inhalt kennzeichnende Überschrift tragen, 2. die Rechtsgrundlage angeben, 3. unterzeichnet sein und das Datum der Ausfertigung enthalten.';
    const f = checkText(text, { law: 'NPOG', land: 'nds' }).find((x) => x.category === 'unterschrift');
    expect(f).toBeDefined();
    expect(f!.legalBasis).toEqual(['Art. 25 Abs. 2 eIDAS-VO']);
    expect(f!.amendment).not.toMatch(/VwVfG/);
    expect(f!.explanation).toContain('Rechtsetzung');
    // an applicant's signature in the same law keeps the Land's administrative-procedure basis
    const g = checkText('Der Antrag ist vom Antragsteller zu unterzeichnen.', { law: 'NPOG', land: 'nds' }).find((x) => x.category === 'unterschrift');
    expect(g!.legalBasis.join(' ')).toMatch(/VwVfG/);
  });

  it('a court order in a police law cites the court procedure (NPOG § 17b Abs. 3: Amtsgericht, FamFG)', () => {
    const text = 'Maßnahmen nach Absatz 1 bedürfen der Anordnung durch das Amtsgericht, in dessen Bezirk die Polizeidienststelle ihren Sitz hat. Die Anordnung ergeht schriftlich.';
    const f = checkText(text, { law: 'NPOG', land: 'nds' }).find((x) => x.category === 'schriftform');
    expect(f).toBeDefined();
    expect(f!.legalBasis).toEqual(['§ 14 Abs. 3 FamFG', '§ 130b ZPO']);
    expect(f!.legalBasis.join(' ')).not.toMatch(/NDIG|VwVfG/);
    // the police's own written order stays administrative procedure
    const g = checkText('Die Polizei kann die Maßnahme anordnen. Die Anordnung ergeht schriftlich.', { law: 'NPOG', land: 'nds' }).find((x) => x.category === 'schriftform');
    expect(g!.legalBasis.join(' ')).toMatch(/NDIG|VwVfG/);
    // a court named only for a later extension, or the police ordering at Gefahr im Verzug: the police's order
    for (const other of [
      'Die Anordnung einer Meldeauflage ist auf höchstens drei Monate zu befristen. Die Anordnung bedarf der Schriftform. Eine Verlängerung darüber hinaus bedarf der Anordnung durch das Amtsgericht.',
      'Die Maßnahme bedarf der richterlichen Anordnung. Bei Gefahr im Verzug kann die Polizei die Maßnahme anordnen. Die Anordnung ergeht schriftlich.',
    ]) {
      const h = checkText(other, { law: 'NPOG', land: 'nds' }).find((x) => x.category === 'schriftform');
      expect(h, other).toBeDefined();
      expect(h!.legalBasis.join(' '), other).not.toMatch(/FamFG/);
    }
  });

  const schriftform = (text: string) => checkText(text, { law: 'NPOG', land: 'nds' }).find((x) => x.category === 'schriftform');

  it.each([
    // the court named by its competence, its decision after a condition (NPOG § 19 Abs. 3, Freiheitsentziehung)
    'Für die Entscheidung über die Durchsuchung ist das Amtsgericht zuständig, in dessen Bezirk die Wohnung liegt. Wird die Durchsuchung auf § 24 gestützt, so ergeht die Entscheidung schriftlich.',
    'Für die Entscheidung ist das Landgericht zuständig. Die Entscheidung ergeht schriftlich und ist zu begründen.',
  ])('a court decision named by the court competent for it cites the court procedure: %s', (text) => {
    const f = schriftform(text);
    expect(f?.legalBasis).toEqual(['§ 14 Abs. 3 FamFG', '§ 130b ZPO']);
    expect(f!.explanation + f!.suggestion).not.toMatch(/NDIG/);
  });

  it('a court decision written down afterwards is a documentation duty of the court (PolG BW § 33 Abs. 4 layout)', () => {
    const f = schriftform('Über den Gewahrsam entscheidet das Amtsgericht. Die Entscheidung kann auch mündlich ergehen; in diesem Fall ist sie unverzüglich schriftlich niederzulegen.');
    expect(f?.severity).toBe('mittel');
    expect(f!.legalBasis).toEqual(['§ 14 Abs. 3 FamFG', '§ 130b ZPO']);
    // the authority's own record keeps the administrative basis and the documentation note
    const g = schriftform('Die Polizei kann die Person in Gewahrsam nehmen. Die Gründe sind unverzüglich schriftlich niederzulegen.');
    expect(g?.severity).toBe('mittel');
    expect(g!.legalBasis.join(' ')).toMatch(/NDIG|VwVfG/);
  });

  it.each([
    'Die Durchsuchung bedarf der Anordnung durch das Amtsgericht. Der Antrag ist von der Leitung der Polizeidirektion schriftlich zu stellen.',
    'Eine Verlängerung bedarf der Entscheidung des Amtsgerichts. Der Antrag ist schriftlich zu stellen und zu begründen.',
  ])('the authority’s application for the court order is filed with the court (§ 14b FamFG): %s', (text) => {
    expect(schriftform(text)?.legalBasis).toEqual(['§ 14 Abs. 2 FamFG', '§ 14b FamFG', '§ 130a ZPO']);
  });

  it('an application the sentence addresses to an authority, or with no court in the Absatz, stays administrative', () => {
    for (const text of [
      'Die Durchsuchung bedarf der Anordnung durch das Amtsgericht. Der Antrag ist bei der Polizeidirektion schriftlich zu stellen.',
      'Die Erlaubnis wird auf Antrag erteilt. Der Antrag ist schriftlich zu stellen.',
    ]) {
      expect(schriftform(text)?.legalBasis.join(' '), text).toMatch(/NDIG|VwVfG/);
    }
  });
});
