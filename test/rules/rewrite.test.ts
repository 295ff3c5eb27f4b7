import { describe, expect, it } from 'vitest';
import type { LawDocument } from '../../server/contracts/document';
import { parseDraft } from '../../server/parser/draft';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { parseSnippet } from '../../server/parser/snippet';
import { checkDocument, checkText } from '../../server/rules/engine';
import type { RewriteEdit } from '../../server/contracts/rewrite';
import { inAmendedFields, newDefects, rewriteAbsatz, rewriteFindings } from '../../server/rules/rewrite';
import { absatzCommand } from '../../server/rules/rewrite/command';
import { sameNormalised } from '../../server/rules/rewrite/wellformed';
import { acceptChanges, rewriteChanges } from '../../server/services/review/changes';

/** Coherent rewrites of real provisions (federal corpus and the rules sets); one Absatz each unless said otherwise. */
function rewrite(law: string, text: string, doc: LawDocument = parseSnippet(text, law, law)) {
  const findings = checkDocument(doc, { law });
  expect(findings.length).toBeGreaterThan(0);
  return rewriteFindings(doc, findings, { law });
}

describe('rewriteFindings: several findings of one Absatz', () => {
  it.each([
    {
      name: 'VermVerMiV § 4 Abs. 2: Telefax beside "schriftlich", Postweg, handwritten signature → one command with a), b), c)',
      law: 'VermVerMiV',
      text: '## § 4 Mitteilung\n\n(2) Die Mitteilung und im Falle einer Bevollmächtigung ein Nachweis über die Vollmacht sind schriftlich mittels Telefax an die Bundesanstalt zu übersenden. Die Bundesanstalt richtet hierfür eine gesonderte Telefaxnummer ein. Auf Verlangen der Bundesanstalt ist die eigenhändig unterschriebene Mitteilung auf dem Postweg nachzureichen.\n',
      wording: 'sind schriftlich oder elektronisch an die Bundesanstalt zu übersenden',
      command: [
        '§ 4 Absatz 2 wird wie folgt geändert:',
        'a) In Satz 1 werden die Wörter „schriftlich mittels Telefax“ durch die Wörter „schriftlich oder elektronisch“ ersetzt.',
        'b) In Satz 3 werden die Wörter „auf dem Postweg“ gestrichen.',
        'c) Folgender Satz wird angefügt: „Die Unterschrift kann durch eine elektronische Form nach § 3a Absatz 2 oder 3 des Verwaltungsverfahrensgesetzes ersetzt werden.“',
      ].join('\n'),
    },
    {
      name: 'SVWO § 24 Abs. 3: "schriftlich oder per Telefax" gets one electronic alternative, not two',
      law: 'SVWO',
      text: '## § 24 Beschwerde\n\n(3) Die Beschwerde ist bei dem Beschwerdewahlausschuß schriftlich oder per Telefax einzulegen und zu begründen. Der Wahlausschuß legt seine Akten unverzüglich dem Beschwerdewahlausschuß vor.\n',
      wording: 'schriftlich oder elektronisch einzulegen',
      command: 'In § 24 Absatz 3 Satz 1 werden die Wörter „per Telefax“ durch das Wort „elektronisch“ ersetzt.',
    },
    {
      name: '12. BImSchV § 18 Abs. 4: the same insertion twice in one Satz is one "jeweils" command',
      law: 'BImSchV 12',
      text: '## § 18 Genehmigungsbescheid\n\n(4) Der Genehmigungsbescheid ist schriftlich zu erlassen, schriftlich zu begründen und dem Antragsteller und den Personen, die Einwendungen erhoben haben, zuzustellen.\n',
      wording: 'schriftlich oder elektronisch zu erlassen, schriftlich oder elektronisch zu begründen',
      command: 'In § 18 Absatz 4 werden jeweils nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.',
    },
  ])('$name', ({ law, text, wording, command }) => {
    const [r, ...rest] = rewrite(law, text);
    expect(rest).toEqual([]);
    expect(r!.text).toContain(wording);
    expect(r!.command).toBe(command);
    expect(r!.unresolved).toEqual([]);
    expect(r!.text).not.toMatch(/elektronisch\w*,?\s+(?:oder\s+)?elektronisch/);
    expect(newDefects(r!.original, r!.text)).toEqual([]);
  });

  it('a deletion that would empty the rule keeps the channel as the second way (VwZG-style service)', () => {
    const [r] = rewrite('VwVfG', '## § 21 Kaduzierung\n\n(2) Die Erklärung erfolgt mittels eingeschriebenen Briefes.\n');
    expect(r!.text).toBe('(2) Die Erklärung erfolgt elektronisch oder mittels eingeschriebenen Briefes.');
    expect(r!.command).toBe('In § 21 Absatz 2 werden vor den Wörtern „mittels eingeschriebenen Briefes“ die Wörter „elektronisch oder“ eingefügt.');
  });

  it('in private law the registered letter gives way to the text form the rewrite cites (§ 126b BGB)', () => {
    const [r] = rewrite('GmbHG', '## § 21 Kaduzierung\n\n(2) Die Erklärung erfolgt mittels eingeschriebenen Briefes.\n');
    expect(r!.text).toBe('(2) Die Erklärung erfolgt in Textform.');
    expect(r!.command).toBe('In § 21 Absatz 2 werden die Wörter „mittels eingeschriebenen Briefes“ durch die Wörter „in Textform“ ersetzt.');
    expect(r!.legalBasis).toEqual(['§ 126b BGB']);
  });
});

describe('rewriteFindings: consistent with the rest of the Absatz', () => {
  it.each([
    {
      name: 'ATA-OTA-G § 26 Abs. 1: Satz 3 excludes the electronic form',
      law: 'ATA-OTA-G',
      text: '## § 26 Ausbildungsvertrag\n\n(1) Zwischen dem Ausbildungsträger und der oder dem Auszubildenden ist ein Ausbildungsvertrag zu schließen. Der Abschluss und jede Änderung des Ausbildungsvertrages bedürfen der Schriftform. Die schriftliche Form kann nicht durch die elektronische Form ersetzt werden.\n',
      note: 'Satz 3 schließt die elektronische Form ausdrücklich aus',
    },
    {
      name: 'BGB § 623: the same Satz excludes it',
      law: 'BGB',
      text: '## § 623 Schriftform der Kündigung\n\nDie Beendigung von Arbeitsverhältnissen durch Kündigung oder Auflösungsvertrag bedürfen zu ihrer Wirksamkeit der Schriftform; die elektronische Form ist ausgeschlossen.\n',
      note: 'Der Satz schließt die elektronische Form ausdrücklich aus',
    },
    {
      name: 'PAG (Thüringen) § 26 Abs. 4: the exclusion is the flagged words themselves',
      law: 'PAG',
      text: '## § 26 Verfahren bei der Durchsuchung von Wohnungen\n\n(4) Über die Durchsuchung ist eine Niederschrift, aber nicht in elektronischer Form, zu fertigen. Sie muß die verantwortliche Dienststelle, Grund, Zeit und Ort der Durchsuchung und das Ergebnis der Durchsuchung enthalten.\n',
      note: 'Satz 1 schließt die elektronische Form ausdrücklich aus',
    },
  ])('$name → no re-allowing edit, a note for the drafter', ({ law, text, note }) => {
    const [r] = rewrite(law, text);
    expect(r!.text).toBe(r!.original);
    expect(r!.edits).toEqual([]);
    expect(r!.command).toBe('');
    expect(r!.notes.join(' ')).toContain(note);
    expect(r!.unresolved).toEqual(r!.findingIds);
  });

  it.each([
    {
      name: 'LKrO BW § 33 Abs. 1: the excluding clause goes with its comma',
      law: 'LKrO',
      text: '## § 33 Niederschrift\n\n(1) Über den wesentlichen Inhalt der Verhandlungen des Kreistags ist eine Niederschrift zu fertigen, dabei findet § 3 a des Landesverwaltungsverfahrensgesetzes keine Anwendung; sie muß insbesondere den Namen des Vorsitzenden enthalten.\n',
      wording: 'ist eine Niederschrift zu fertigen; sie muß',
    },
    {
      name: 'VermG § 36 Abs. 3: the excluding sentence goes as a whole',
      law: 'VermG',
      text: '## § 36 Widerspruchsverfahren\n\n(3) Der Widerspruchsbescheid ist zu begründen, mit einer Rechtsmittelbelehrung zu versehen und zuzustellen. § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung.\n',
      wording: 'zu versehen und zuzustellen.',
    },
  ])('$name → the exclusion of § 3a is deleted', ({ law, text, wording }) => {
    const [r] = rewrite(law, text);
    expect(r!.text).toContain(wording);
    expect(r!.text).not.toMatch(/§ 3 ?a/);
    expect(r!.unresolved).toEqual([]);
  });

  it('deleting a member of an enumeration keeps the list grammatical (VSVgV § 19 Abs. 1)', () => {
    const [r] = rewrite(
      'VSVgV',
      '## § 19 Informationsübermittlung\n\n(1) Die Auftraggeber geben in der Bekanntmachung oder den Vergabeunterlagen an, ob Informationen auf dem Postweg, mittels Telefax, elektronisch, telefonisch oder durch eine Kombination dieser Kommunikationsmittel zu übermitteln sind.\n',
    );
    expect(r!.text).toContain('ob Informationen auf dem Postweg, elektronisch, telefonisch oder durch eine Kombination');
    expect(r!.command).toBe('In § 19 Absatz 1 werden die Wörter „mittels Telefax,“ gestrichen.');
    expect(newDefects(r!.original, r!.text)).toEqual([]);
  });

  it('a technology in a phrase without verb becomes an attribute (VSVgV § 34 Abs. 1: "Bei Übermittlung durch Telefax")', () => {
    const [r] = rewrite(
      'VSVgV',
      '## § 34 Zuschlag\n\n(1) Die Annahme eines Angebots (Zuschlag) erfolgt in Schriftform oder elektronisch mindestens mittels einer fortgeschrittenen elektronischen Signatur oder mindestens mittels eines fortgeschrittenen elektronischen Siegels. Bei Übermittlung durch Telefax genügt die Unterschrift auf der Telefaxvorlage.\n',
    );
    expect(r!.text).toContain('Bei elektronischer Übermittlung genügt');
    expect(r!.command).toBe('In § 34 Absatz 1 Satz 2 werden die Wörter „Übermittlung durch Telefax“ durch die Wörter „elektronischer Übermittlung“ ersetzt.');
  });

  it('an appended sentence the Absatz already contains is not added again', () => {
    const first = '(2) Die Bescheinigung ist mit dem Dienstsiegel zu versehen.';
    const findings = checkText(first);
    expect(findings.map((f) => f.edit?.kind)).toEqual(['appendSentence']);
    const absatz = `${first} An die Stelle des Siegels oder Stempels kann ein qualifiziertes elektronisches Siegel treten.`;
    const r = rewriteAbsatz(absatz, findings, { unit: { section: '§ 7', paragraph: '2' }, offset: 0 });
    expect(r.text).toBe(absatz);
    expect(r.command).toBe('');
  });
});

describe('rewriteFindings: repealed units (HdR: units are repealed, words struck)', () => {
  const law = (absatz: string) => `# Testgesetz (TestG)\n\n## § 5 Antrag\n\n(1) Der Antrag ist bei der Behörde zu stellen.\n\n${absatz}\n`;
  const rewriteLaw = (text: string) => {
    const doc = parseLawMarkdown(text);
    return rewriteFindings(doc, checkDocument(doc, {}));
  };

  it('an Absatz the fix empties is repealed as a whole', () => {
    const [r, ...rest] = rewriteLaw(law('(3) § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung.'));
    expect(rest).toEqual([]);
    expect(r!.command).toBe('§ 5 Absatz 3 wird aufgehoben.');
    expect(r!.text).toBe('(3) (weggefallen)');
    expect(r!.unresolved).toEqual([]);
    expect(r!.edits.map((e) => [e.kind, e.old, e.new, e.sentence])).toEqual([['repeal', '§ 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung.', '(weggefallen)', undefined]]);
    // the repealed Absatz gives no finding when read again, and reads as well-formed
    expect(checkText(r!.text)).toEqual([]);
    expect(newDefects(r!.original, r!.text)).toEqual([]);
    expect(newDefects(r!.original, '(3) (weg').length).toBeGreaterThan(0);
  });

  it('a whole Satz the fix deletes is repealed by its number', () => {
    const [r] = rewriteLaw(law('(2) Der Antrag ist schriftlich zu begründen. § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung. Die Behörde entscheidet binnen eines Monats.'));
    expect(r!.command).toBe('In § 5 Absatz 2 wird Satz 2 aufgehoben.');
    expect(r!.text).toBe('(2) Der Antrag ist schriftlich zu begründen. Die Behörde entscheidet binnen eines Monats.');
    expect(r!.edits.map((e) => [e.kind, e.sentence])).toEqual([['repeal', 2]]);
  });

  it('as tracked changes of the draft, accepted, gives the repealed wording', () => {
    for (const absatz of [
      '(3) § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung.',
      '(2) Der Antrag ist schriftlich zu begründen. § 3a des Verwaltungsverfahrensgesetzes findet keine Anwendung. Die Behörde entscheidet binnen eines Monats.',
    ]) {
      const text = law(absatz);
      const doc = parseLawMarkdown(text);
      const rewrites = rewriteFindings(doc, checkDocument(doc, {}));
      const changes = rewriteChanges(doc.text, rewrites);
      expect(changes.length).toBe(rewrites.flatMap((r) => r.edits).length);
      const accepted = acceptChanges(doc.text, changes);
      for (const r of rewrites) expect(accepted.replace(/\s+/g, ' ')).toContain(r.text);
    }
  });

  it('names a repealed Satz in a list of changes and in an amending draft', () => {
    const unit = { section: '§ 5', paragraph: '2' };
    const repealSatz: RewriteEdit = { kind: 'repeal', start: 40, end: 80, old: '§ 3a VwVfG findet keine Anwendung.', new: '', sentence: 2, findingIds: ['a'], categories: ['schriftform'] };
    const insert: RewriteEdit = { kind: 'insertAfter', start: 0, end: 11, old: 'schriftlich', new: 'oder elektronisch', sentence: 1, findingIds: ['b'], categories: ['schriftform'] };
    expect(absatzCommand(unit, [insert, repealSatz], '')).toBe(
      '§ 5 Absatz 2 wird wie folgt geändert:\na) In Satz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.\nb) Satz 2 wird aufgehoben.',
    );
    expect(absatzCommand(unit, [repealSatz], '', 'Artikel 1 Nummer 3')).toBe('In Artikel 1 Nummer 3 wird in § 5 Absatz 2 Satz 2 aufgehoben.');
    const repealAbsatz: RewriteEdit = { ...repealSatz, sentence: undefined, new: '(weggefallen)' };
    expect(absatzCommand(unit, [repealAbsatz], '(2) (weggefallen)', 'Artikel 1 Nummer 3')).toBe('In Artikel 1 Nummer 3 wird § 5 Absatz 2 aufgehoben.');
  });
});

describe('rewriteFindings: enabling provision of the field of law', () => {
  const antrag = '## § 9 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen und eigenhändig zu unterschreiben.\n';
  it.each([
    { law: 'ZPO', basis: '§ 130a ZPO', not: 'VwVfG', sentence: 'nach § 130a der Zivilprozessordnung' },
    { law: 'SGB X', basis: '§ 36a Abs. 2 SGB I', not: 'VwVfG', sentence: '§ 36a Absatz 2 des Ersten Buches Sozialgesetzbuch' },
    { law: 'AO', basis: '§ 87a Abs. 3 und 4 AO', not: 'VwVfG', sentence: '§ 87a Absatz 3 und 4 der Abgabenordnung' },
    { law: 'BGB', basis: '§ 126a BGB', not: 'VwVfG', sentence: '§ 126a des Bürgerlichen Gesetzbuchs' },
    { law: 'NBauO', basis: '§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 NVwVfG', not: 'EGovG', sentence: 'in Verbindung mit § 1 Absatz 1 des Niedersächsischen Verwaltungsverfahrensgesetzes' },
  ])('$law → $basis', ({ law, basis, not, sentence }) => {
    const [r] = rewrite(law, antrag);
    expect(r!.legalBasis).toContain(basis);
    expect(r!.legalBasis.join(' ')).not.toContain(not);
    expect(r!.text).toContain(sentence);
  });

  it('new wording in a draft amending the ZPO cites § 130a ZPO, not § 3a VwVfG', () => {
    const draft = [
      'Entwurf eines Gesetzes zur Änderung der Zivilprozessordnung',
      '',
      'Artikel 1',
      'Änderung der Zivilprozessordnung',
      '',
      'Die Zivilprozessordnung in der Fassung der Bekanntmachung vom 5. Dezember 2005 (BGBl. I S. 3202), die zuletzt durch Artikel 1 des Gesetzes vom 10. März 2023 geändert worden ist, wird wie folgt geändert:',
      '',
      '1. § 1067 wird wie folgt gefasst:',
      '„§ 1067 Zustellung',
      '(1) Der Antrag ist schriftlich zu stellen und eigenhändig zu unterschreiben.“',
      '',
      'Artikel 2',
      'Inkrafttreten',
      '',
      'Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.',
      '',
    ].join('\n');
    const doc = parseDraft(draft, {});
    const findings = checkDocument(doc);
    // the engine reads the draft as administrative law; the rewrite takes the amended law's field
    expect(findings.some((f) => f.legalBasis.some((b) => b.includes('VwVfG')))).toBe(true);
    const [r] = rewriteFindings(doc, findings);
    expect(r!.law).toBe('Zivilprozessordnung');
    expect(r!.legalBasis).toEqual(['§ 130a ZPO']);
    expect(r!.text).toContain('elektronisches Dokument nach § 130a der Zivilprozessordnung');
  });
});

describe('rewriteFindings: the notice goes online where the one who must post it can put it', () => {
  it.each([
    // OffshoreBergV § 48 Abs. 9: the operator's plan for the staff on the platform
    ['OffshoreBergV', 'Der Unternehmer hat den internen Notfalleinsatzplan auf der Plattform an geeigneter Stelle zur Einsichtnahme auszuhängen.', 'in der im Betrieb üblichen Informations- und Kommunikationstechnik'],
    // TrinkwV § 16 Abs. 4: the operator informs the consumers
    ['TrinkwV', 'Der Betreiber hat die Verbraucher durch Aushang über den Zusatz zu unterrichten.', 'auf einer Internetseite des Verpflichteten'],
    ['ZPO', 'Die öffentliche Bekanntmachung erfolgt durch Aushang an der Gerichtstafel.', 'auf der Internetseite des Gerichts'],
    ['VwVfG', 'Die Behörde hat das Vorhaben durch Aushang bekannt zu machen.', 'auf der Internetseite der zuständigen Behörde'],
  ])('%s: %s', (law, text, online) => {
    const [r] = rewrite(law, text);
    expect(r!.text).toContain(online);
    if (!online.includes('Behörde')) expect(r!.text).not.toContain('zuständigen Behörde');
    // the online route resolves the finding: the engine no longer reports the notice
    expect(checkText(r!.text, { law }).filter((f) => f.category === 'aushang_bekanntmachung')).toEqual([]);
  });
});

describe('rewriteFindings: a registered letter in private law becomes the text form', () => {
  it('UmwG § 262: "durch eingeschriebenen Brief Widerspruch erhoben" keeps a form', () => {
    const [r] = rewrite('UmwG', 'Er bedarf einer Mehrheit von neun Zehnteln der abgegebenen Stimmen, wenn mindestens 100 Mitglieder durch eingeschriebenen Brief Widerspruch gegen den Formwechsel erhoben haben.');
    expect(r!.text).toContain('in Textform Widerspruch');
    expect(r!.legalBasis).toContain('§ 126b BGB');
    expect(checkText(r!.text, { law: 'UmwG' }).filter((f) => f.category === 'postalisch')).toEqual([]);
  });
  it('outside private law the channel is struck', () => {
    const [r] = rewrite('VwVfG', 'Der Bescheid ist durch eingeschriebenen Brief zu übermitteln.');
    expect(r!.text).not.toContain('Textform');
  });
});

describe('inAmendedFields: findings in new wording take the amended law’s field', () => {
  const draft = [
    'Entwurf eines Gesetzes zur Änderung des Bürgerlichen Gesetzbuchs und des Wettbewerbsregistergesetzes',
    '',
    'Artikel 1',
    'Änderung des Bürgerlichen Gesetzbuchs',
    'Das Bürgerliche Gesetzbuch in der Fassung der Bekanntmachung vom 2. Januar 2002 (BGBl. I S. 42) wird wie folgt geändert:',
    'Nach § 556g wird folgender § 556h eingefügt:',
    '„§ 556h Auskunft',
    'Der Vermieter hat dem Mieter die Auskunft schriftlich zu erteilen.“',
    '',
    'Artikel 2',
    'Änderung des Wettbewerbsregistergesetzes',
    'Das Wettbewerbsregistergesetz vom 18. Juli 2017 (BGBl. I S. 2739) wird wie folgt geändert:',
    'Dem § 5 Absatz 1 wird folgender Satz angefügt:',
    '„Der Antrag auf Auskunft ist schriftlich bei der Registerbehörde zu stellen.“',
    '',
  ].join('\n');

  it('cites §§ 126 ff. BGB in the BGB Artikel and keeps the VwVfG in the administrative one', () => {
    const doc = parseDraft(draft, {});
    const findings = checkDocument(doc);
    const [bgb, wregg] = inAmendedFields(doc, findings);
    expect(bgb!.location.section).toBe('§ 556h');
    expect(bgb!.legalBasis.join(' ')).toContain('BGB');
    expect(bgb!.legalBasis.join(' ')).not.toContain('VwVfG');
    // edit, suggestion and command say the same thing as the basis: text form, not "oder elektronisch"
    expect(bgb!.suggestion).toContain('Textform');
    expect(bgb!.amendment).toContain('Textform');
    expect(doc.text.slice(bgb!.edit!.at, bgb!.edit!.at + 'schriftlich'.length)).toBe('schriftlich');
    expect(wregg).toEqual(findings[1]);
    expect(wregg!.legalBasis.join(' ')).toContain('VwVfG');
  });
});

describe('rewriteFindings: the appended sentence names the paper document it opens', () => {
  it.each([
    ['LBO', '## § 77 Fliegende Bauten\n\n(6) Das Ergebnis der Abnahme ist in das Prüfbuch einzutragen.\n', 'Das Prüfbuch kann auch elektronisch geführt werden'],
    ['LKrO', '## § 32 Wahlen\n\n(7) Wahlen werden geheim mit Stimmzetteln vorgenommen; es kann offen gewählt werden, wenn kein Mitglied widerspricht.\n', 'Statt mit Stimmzetteln kann auch elektronisch gewählt werden'],
  ])('%s: the rewritten Absatz no longer holds the papier_vordruck finding', (law, text, sentence) => {
    const [r] = rewrite(law, text);
    expect(r!.text).toContain(sentence);
    expect(checkText(r!.text, { law }).filter((f) => f.category === 'papier_vordruck')).toEqual([]);
  });
});

describe('rewriteFindings: the rewritten sentence no longer states the hindrance it fixes', () => {
  const CASHLESS = 'die Zahlung ist auch unbar, insbesondere über ein im elektronischen Geschäftsverkehr übliches und hinreichend sicheres Zahlungsverfahren, möglich';
  it.each([
    {
      name: 'a cash duty loses "bar" and says that cashless payment is open (no appended "kann auch" after "bar zu entrichten")',
      text: '## § 3 Gebühr\n\n(1) Die Gebühr ist bar bei der Kasse zu entrichten.\n',
      wording: `(1) Die Gebühr ist bei der Kasse zu entrichten; ${CASHLESS}.`,
      // only the changed words are quoted: the struck cash word and the added clause
      command: `§ 3 Absatz 1 wird wie folgt geändert:\na) Das Wort „bar“ wird gestrichen.\nb) Nach dem Wort „entrichten“ werden ein Semikolon und die Wörter „${CASHLESS}“ eingefügt.`,
    },
    {
      name: '"nur in bar" goes with the cash word',
      text: '## § 3 Gebühr\n\n(2) Das Verwarnungsgeld ist nur in bar zu zahlen.\n',
      wording: `(2) Das Verwarnungsgeld ist zu zahlen; ${CASHLESS}.`,
      command: `§ 3 Absatz 2 wird wie folgt geändert:\na) Die Wörter „nur in bar“ werden gestrichen.\nb) Nach dem Wort „zahlen“ werden ein Semikolon und die Wörter „${CASHLESS}“ eingefügt.`,
    },
    {
      name: 'a clause after the payment verb keeps its place: "bar" becomes "bar oder unbar"',
      text: '## § 3 Gebühr\n\n(1) Die Gebühr ist bar zu entrichten, wenn der Antrag gestellt wird.\n',
      wording: '(1) Die Gebühr ist bar oder unbar zu entrichten, wenn der Antrag gestellt wird.',
      command: 'In § 3 Absatz 1 werden nach dem Wort „bar“ die Wörter „oder unbar“ eingefügt.',
    },
    {
      name: '"in zweifacher Ausfertigung" gets the electronic way in place',
      text: '## § 5 Antrag\n\n(1) Die Anträge sind in zweifacher Ausfertigung einzureichen.\n',
      wording: '(1) Die Anträge sind in zweifacher Ausfertigung oder elektronisch einzureichen.',
      command: 'In § 5 Absatz 1 werden nach den Wörtern „in zweifacher Ausfertigung“ die Wörter „oder elektronisch“ eingefügt.',
    },
    {
      name: 'the copies get their own edit when the hit starts at the Vordruck',
      text: '## § 5 Antrag\n\n(1) Der Antrag ist auf dem amtlichen Vordruck in dreifacher Ausfertigung einzureichen.\n',
      wording: '(1) Der Antrag ist auf dem amtlichen Vordruck in dreifacher Ausfertigung oder elektronisch einzureichen.',
      command: 'In § 5 Absatz 1 werden nach den Wörtern „in dreifacher Ausfertigung“ die Wörter „oder elektronisch“ eingefügt.',
    },
    {
      name: 'copies behind a bracket after the Formblatt are one phrase with it (AltgAATVDBest § 1)',
      text: '## § 1 Antrag\n\n(1) Die Tilgung der Anteilrechte ist durch den Inhaber oder dessen Erben auf amtlichem Formblatt (Anlage) in zweifacher Ausfertigung zu beantragen.\n',
      wording: '(1) Die Tilgung der Anteilrechte ist durch den Inhaber oder dessen Erben auf amtlichem Formblatt (Anlage) in zweifacher Ausfertigung oder elektronisch zu beantragen.',
      command: 'In § 1 Absatz 1 werden nach den Wörtern „in zweifacher Ausfertigung“ die Wörter „oder elektronisch“ eingefügt.',
    },
    {
      name: '"in jeweils doppelter Ausfertigung" (BerVersV § 20)',
      text: '## § 20 Zwischenberichte\n\nDie Zwischenberichte sind der Bundesanstalt in jeweils doppelter Ausfertigung spätestens bis zum Ende des Monats einzureichen.\n',
      wording: 'Die Zwischenberichte sind der Bundesanstalt in jeweils doppelter Ausfertigung oder elektronisch spätestens bis zum Ende des Monats einzureichen.',
      command: 'In § 20 werden nach den Wörtern „in jeweils doppelter Ausfertigung“ die Wörter „oder elektronisch“ eingefügt.',
    },
    {
      name: '"schriftlich in doppelter Ausfertigung": one electronic way after the whole paper phrase',
      text: '## § 5 Antrag\n\n(2) Die Bestellung ist der überwachenden Stelle schriftlich in doppelter Ausfertigung anzuzeigen.\n',
      wording: '(2) Die Bestellung ist der überwachenden Stelle schriftlich in doppelter Ausfertigung oder elektronisch anzuzeigen.',
      command: 'In § 5 Absatz 2 werden nach den Wörtern „in doppelter Ausfertigung“ die Wörter „oder elektronisch“ eingefügt.',
    },
  ])('$name', ({ text, wording, command }) => {
    const [r, ...rest] = rewrite('GebG', text);
    expect(rest).toEqual([]);
    expect(r!.text).toBe(wording);
    expect(r!.command).toBe(command);
    expect(r!.unresolved).toEqual([]);
    expect(checkText(r!.text, { law: 'GebG' }).filter((f) => f.severity !== 'hinweis')).toEqual([]);
    expect(newDefects(r!.original, r!.text)).toEqual([]);
  });

  it('a stamp or paper slip keeps the appended sentence: it does not contradict "wird … entrichtet"', () => {
    const [r] = rewrite('GebG', '## § 3 Gebühr\n\n(1) Die Gebühr wird durch Verwendung von Gebührenmarken entrichtet.\n');
    expect(r!.command).toBe(
      'Dem § 3 Absatz 1 wird folgender Satz angefügt: „Die Zahlung kann auch über ein im elektronischen Geschäftsverkehr übliches und hinreichend sicheres Zahlungsverfahren erfolgen.“',
    );
  });
});

describe('rewriteFindings: idempotent', () => {
  it.each([
    ['VermVerMiV', '## § 4 Mitteilung\n\n(2) Die Mitteilung ist schriftlich mittels Telefax an die Bundesanstalt zu übersenden. Auf Verlangen ist die eigenhändig unterschriebene Mitteilung auf dem Postweg nachzureichen.\n'],
    ['GmbHG', '## § 21 Kaduzierung\n\n(2) Die Erklärung erfolgt mittels eingeschriebenen Briefes.\n'],
    ['BImSchV 12', '## § 18 Genehmigungsbescheid\n\n(4) Der Genehmigungsbescheid ist schriftlich zu erlassen, schriftlich zu begründen und zuzustellen.\n'],
  ])('%s: rewriting the rewritten Absatz changes nothing', (law, text) => {
    const [r] = rewrite(law, text);
    expect(r!.edits.length).toBeGreaterThan(0);
    const again = checkText(r!.text, { law });
    const doc = parseSnippet(r!.text, law, law);
    expect(rewriteFindings(doc, again, { law }).every((x) => x.text === x.original)).toBe(true);
  });
});

describe('absatzCommand: addressed in an amending draft', () => {
  const edit = (kind: RewriteEdit['kind'], old: string, now: string, extra: Partial<RewriteEdit> = {}): RewriteEdit => ({
    kind,
    start: 0,
    end: old.length,
    old,
    new: now,
    findingIds: ['f'],
    categories: ['schriftform'],
    ...extra,
  });
  const unit = { section: '§ 5', paragraph: '2' };

  it('names the draft part first and the amended Absatz after it', () => {
    const one = absatzCommand(unit, [edit('insertAfter', 'schriftlich', 'oder elektronisch', { sentence: 1 })], '', 'Artikel 1 Nummer 3');
    expect(one).toBe('In Artikel 1 Nummer 3 werden in § 5 Absatz 2 Satz 1 nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.');
    const appended = absatzCommand(unit, [edit('appendSentence', '', 'Die Unterschrift kann entfallen.')], '', 'Artikel 1 Nummer 3');
    expect(appended).toBe('In Artikel 1 Nummer 3 wird dem § 5 Absatz 2 folgender Satz angefügt: „Die Unterschrift kann entfallen.“');
  });

  it('gives several changes of the Absatz one command with a list, as without a draft part', () => {
    const edits = [edit('insertAfter', 'schriftlich', 'oder elektronisch', { sentence: 1 }), edit('appendSentence', '', 'Die Unterschrift kann entfallen.')];
    expect(absatzCommand(unit, edits, '', 'Artikel 2')).toBe(
      'In Artikel 2 wird § 5 Absatz 2 wie folgt geändert:\na) In Satz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.\nb) Folgender Satz wird angefügt: „Die Unterschrift kann entfallen.“',
    );
    expect(absatzCommand(unit, edits, '')).toMatch(/^§ 5 Absatz 2 wird wie folgt geändert:\na\) In Satz 1 /);
  });
});

describe('rewriteFindings: a long Absatz', () => {
  it('rewrites each of 500 sentences as it rewrites one alone', () => {
    const sentence = 'Der Antrag ist schriftlich zu stellen, per Telefax oder per E-Mail.';
    const [one] = rewrite('TestG', `## § 1 Antrag\n\n(1) ${sentence}\n`);
    const [long] = rewrite('TestG', `## § 1 Antrag\n\n(1) ${Array(500).fill(sentence).join(' ')}\n`);
    const fixed = one!.text.replace(/^\(1\) /, '');
    expect(long!.text).toBe(`(1) ${Array(500).fill(fixed).join(' ')}`);
    expect(long!.findingIds).toHaveLength(500);
    expect(long!.unresolved).toEqual([]);
  });
});

describe('newDefects: doubled words', () => {
  const doubled = (original: string, rewritten: string) => newDefects(original, rewritten).filter((d) => d.kind === 'doubled-word').map((d) => d.detail);

  it('finds a word repeated directly, after "oder"/"bzw." and after a comma, in any case', () => {
    expect(doubled('Der Antrag ist zu stellen.', 'Der Antrag ist ist zu stellen.')).toEqual(['ist ist']);
    expect(doubled('Er ist elektronisch zu stellen.', 'Er ist elektronisch oder elektronisch zu stellen.')).toEqual(['elektronisch oder elektronisch']);
    expect(doubled('Er ist schriftlich zu stellen.', 'Er ist Schriftlich bzw. schriftlich zu stellen.')).toEqual(['Schriftlich bzw. schriftlich']);
    expect(doubled('Er ist zu stellen.', 'Er ist zu stellen, stellen.')).toEqual(['stellen, stellen']);
  });

  it('ignores repetitions inside longer words or numbers and those already in the original', () => {
    expect(doubled('Es gilt Nr. 3.', 'Es gilt die dieselbe Nr. 3a 3a.')).toEqual([]);
    expect(doubled('Die Zahl ab ab-c gilt.', 'Die Zahl ab ab-c gilt.')).toEqual([]);
    expect(doubled('Die die Regel gilt.', 'Die die Regel gilt stets.')).toEqual([]);
  });

  it('reads an edit in a long Absatz together with the words around it, and names the repetitions of the whole text', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `Satz ${i + 1} gilt.`).join(' ');
    const original = `${filler} Der Antrag bzw. der Bescheid ist zu stellen. ${filler} Es gilt die die Regel.`;
    // the repetition spans the edit and the unchanged "bzw." before it
    expect(doubled(original, original.replace('der Bescheid ist', 'Antrag ist'))).toEqual(['Antrag bzw. Antrag']);
    expect(doubled(original, original.replace('Der Antrag bzw.', 'Der Antrag oder Antrag bzw.'))).toEqual(['Antrag oder Antrag']);
    // one "die die" more than before: the last one of the text is the one beyond the original's count
    expect(doubled(original, original.replace('ist zu stellen.', 'ist zu stellen. Die die Regel gilt.'))).toEqual(['die die']);
    expect(doubled(original, original.replace('Satz 100 gilt.', 'Satz 100 gilt stets.'))).toEqual([]);
  });
});

describe('sameNormalised: sentences equal up to white space', () => {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('treats every character \\s matches as a space, and no other', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(sameNormalised(`a${ch}b`, 'a b'), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
    }
  });

  it('agrees with comparing the normalised texts', () => {
    const pairs: [string, string][] = [
      ['Der Antrag ist zu stellen.', 'Der Antrag ist zu stellen.'],
      ['Der Antrag\nist  zu stellen. ', ' Der Antrag ist zu\tstellen.'],
      ['Der Antrag ist zu stellen.', 'Der Antrag ist zu stellen'],
      ['Der Antrag ist zu stellen.', 'Der Antragist zu stellen.'],
      ['x y', 'x'],
      ['x  ', 'x '],
      ['', '   '],
      ['a', ' b'],
    ];
    for (const [a, b] of pairs) {
      expect(sameNormalised(a, b), `${a} | ${b}`).toBe(norm(a) === norm(b));
      expect(sameNormalised(b, a), `${b} | ${a}`).toBe(norm(a) === norm(b));
    }
  });
});
