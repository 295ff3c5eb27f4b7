import { describe, expect, it } from 'vitest';
import { checkDocument, checkText } from '../../server/rules/engine';
import { parseDraft } from '../../server/parser/draft';
import { parseSnippet } from '../../server/parser/snippet';
import { DocumentIndex } from '../../server/rules/context';

const categories = (text: string, law?: string) => checkText(text, law ? { law } : {}).map((f) => f.category);

describe('scope of the electronic alternative', () => {
  it('same sentence', () => {
    expect(categories('Der Antrag ist schriftlich oder in elektronischer Form zu stellen.')).toEqual([]);
  });

  // issue 8 (BSIZertV § 3 Abs. 1): "Unterlagen … elektronisch" is about other documents only where it is no alternative to the hit
  it('documents kept or sent "elektronisch oder in Papierform / schriftlich" have their electronic alternative', () => {
    expect(categories('Die eingereichten Unterlagen werden beim Bundesamt elektronisch oder in Papierform aufbewahrt.')).toEqual([]);
    expect(categories('Die Nachweise sind der Behörde elektronisch oder schriftlich vorzulegen.')).toEqual([]);
    expect(categories('Der Antrag ist schriftlich zu stellen; die Unterlagen sind auf Verlangen auch elektronisch vorzulegen.')).toEqual(['schriftform']);
  });

  it('same Absatz, another sentence', () => {
    expect(categories('Der Antrag ist schriftlich zu stellen. Er kann auch elektronisch übermittelt werden.')).toEqual([]);
  });

  it('an offer in one sentence reaches every other sentence of a long Absatz, before and after it', () => {
    const duty = 'Der Antrag ist schriftlich zu stellen. ';
    const offer = 'Er kann auch elektronisch übermittelt werden. ';
    expect(categories(duty.repeat(30) + offer + duty.repeat(30))).toEqual([]);
    expect(categories(duty.repeat(60))).toEqual(Array(60).fill('schriftform'));
  });

  it('another Absatz of the same § only when it opens the written form', () => {
    const opened = '## § 3 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.\n\n(2) Die Schriftform kann durch die elektronische Form ersetzt werden.\n';
    expect(categories(opened)).toEqual([]);
    const unrelated = '## § 3 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.\n\n(2) Die Behörde führt die Akten elektronisch.\n';
    expect(categories(unrelated)).toEqual(['schriftform']);
  });

  it('a general clause of the law suppresses written-form findings in every other §', () => {
    const law = [
      '## § 1 Antrag',
      '',
      'Der Antrag ist schriftlich zu stellen.',
      '',
      '## § 9 Elektronische Kommunikation',
      '',
      'Soweit nach diesem Gesetz die Schriftform angeordnet ist, kann sie durch die elektronische Form ersetzt werden.',
      '',
    ].join('\n');
    expect(categories(law)).toEqual([]);
    // without the general clause the same § is flagged
    expect(categories(law.split('## § 9')[0]!)).toEqual(['schriftform']);
  });

  // issue 8 drafts: an Artikelgesetz amends several laws; a general clause inserted into one law opens nothing in another
  it('a general clause inserted by one Artikel of a draft reaches only the law that Artikel amends', () => {
    const article = (n: number, law: string, wording: string) =>
      [`Artikel ${n}`, `Änderung des ${law}es`, '', `Das ${law} vom 1. Januar 2020 (Nds. GVBl. S. 1) wird wie folgt geändert:`, '', wording, ''].join('\n');
    const duty = '1. Nach § 16 Absatz 3 wird folgender Absatz 3a eingefügt:\n„(3a) Die Polizei teilt der vorgeladenen Person den Termin schriftlich mit.“';
    const clause = '1. Nach § 3 wird folgender § 3a eingefügt:\n„§ 3a\nElektronische Form\nSoweit in diesem Gesetz die Schriftform angeordnet ist, kann sie durch die elektronische Form ersetzt werden.“';
    const draft = (...articles: string[]) => ['Der Landtag hat das folgende Gesetz beschlossen:', '', ...articles, 'Artikel 9', 'Inkrafttreten', '', 'Dieses Gesetz tritt am Tag nach seiner Verkündung in Kraft.'].join('\n');
    const written = (text: string) => checkDocument(parseDraft(text)).filter((f) => f.category === 'schriftform').map((f) => f.location.article);
    expect(written(draft(article(1, 'Polizeigesetz', duty), article(2, 'Baugesetz', clause)))).toEqual(['Artikel 1']);
    // inserted into the same law, the clause opens the electronic form for the new Absatz as well
    expect(written(draft(article(1, 'Polizeigesetz', `${duty}\n\n${clause.replace(/^1\./, '2.')}`)))).toEqual([]);
    // a law enacted in Artikel 1 with its own general clause opens nothing in the law Artikel 2 amends
    const enacted = ['Artikel 1', 'Landesehrenamtsgesetz (LEhrAG)', '', '§ 1', 'Antrag', 'Der Antrag ist schriftlich zu stellen.', '', '§ 2', 'Elektronische Form', 'Soweit nach diesem Gesetz die Schriftform angeordnet ist, kann sie durch die elektronische Form ersetzt werden.', ''].join('\n');
    expect(written(draft(enacted, article(2, 'Polizeigesetz', duty)))).toEqual(['Artikel 2']);
    // a statute whose own articles are headed "Artikel" amends nothing: its general clause reaches every article
    const plain = ['Artikel 1', 'Antrag', 'Der Antrag ist schriftlich zu stellen.', '', 'Artikel 2', 'Elektronische Kommunikation', 'Soweit nach diesem Gesetz die Schriftform angeordnet ist, kann sie durch die elektronische Form ersetzt werden.', ''].join('\n');
    expect(written(plain)).toEqual([]);
  });

  // issue 8: "aber nicht elektronisch" is a strong positive; the "kann" of the authority's act does not soften it
  it('a written form that excludes the electronic form is severe even in a "kann" sentence', () => {
    const severity = (text: string) => checkText(text).find((f) => f.category === 'schriftform')?.severity;
    expect(severity('Die Befristung kann auf schriftlichen, aber nicht elektronischen, Antrag um jeweils fünf Jahre verlängert werden.')).toBe('hoch');
    expect(severity('Die Frist kann auf schriftlichen Antrag verlängert werden; die elektronische Form ist ausgeschlossen.')).toBe('hoch');
    expect(severity('Die Befristung kann auf schriftlichen Antrag um jeweils fünf Jahre verlängert werden.')).toBe('mittel');
  });

  it('a clause limited to one Absatz is not general', () => {
    const law = '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.\n\n## § 2 Anzeige\n\n(1) Die Anzeige ist schriftlich zu erstatten.\n\n(2) Die Schriftform nach Absatz 1 kann durch die elektronische Form ersetzt werden.\n';
    const found = checkText(law);
    expect(found.map((f) => f.location.section)).toEqual(['§ 1']);
  });

  it('"elektronisch" as the attribute of a thing names the object, not a route for the act', () => {
    expect(categories('Die elektronische Gesundheitskarte ist von dem Versicherten zu unterschreiben.')).toEqual(['unterschrift']);
    expect(categories('Der Antrag auf Zulassung elektronischer Zigaretten ist schriftlich zu stellen.')).toEqual(['schriftform']);
    // a form, document or route noun keeps the alternative, and so does an attribute coordinated with "schriftlich"
    expect(categories('Der Antrag ist schriftlich zu stellen. Er kann auch als elektronisches Dokument übermittelt werden.')).toEqual([]);
    expect(categories('Die Urkunde ist zu unterschreiben. Sie kann als elektronisches Wertpapier begeben werden.')).toEqual([]);
    expect(categories('Der Antrag bedarf der schriftlichen oder elektronischen Zusage der Behörde.')).toEqual([]);
  });

  it("the authority's power to demand the electronic form is no route the applicant may choose", () => {
    const demand = 'Der Antrag ist schriftlich zu stellen. Die Behörde kann verlangen, dass der Antrag in elektronischer Form übermittelt wird.';
    expect(categories(demand)).toEqual(['schriftform']);
    // a demanded "schriftlich oder elektronisch" still pairs its own written form
    expect(categories('Die Behörde kann verlangen, dass der Betreiber ihr die Beurteilung schriftlich oder elektronisch vorlegt.')).toEqual([]);
  });

  it('an excluded electronic form is no alternative', () => {
    expect(categories('Die Kündigung bedarf der Schriftform; die elektronische Form ist ausgeschlossen.')).toEqual(['schriftform']);
  });

  // issue 8, round 8: the electronic route must concern the hit's own act (GArchDVDV § 24 Abs. 4, SGleiBWV § 10 Abs. 1)
  it("another sentence's electronic thing opens nothing for the hit; a route noun, the hit's own noun or a modal opening does", () => {
    const declaration = 'In der Erklärung versichert die Anwärterin, dass die gedruckte und die elektronische Fassung übereinstimmen. Die Erklärung ist von der Anwärterin zu unterschreiben.';
    expect(categories(declaration)).toEqual(['unterschrift']);
    const notice = 'Der Wahlvorstand erlässt ein Wahlausschreiben, das von zwei Mitgliedern zu unterschreiben ist. Es muss enthalten: 1. den Hinweis auf die Briefwahl oder die Anordnung der elektronischen Wahl.';
    expect(categories(notice)).toEqual(['unterschrift']);
    // the hit's own noun, an act noun that names it (Antragstellung for Antrag), a route noun or a modal opening still relax
    expect(categories('Die Arbeit ist in einer gedruckten und einer elektronischen Fassung abzugeben. Die Fassung ist zu unterschreiben.')).toEqual([]);
    expect(categories('Der Bauantrag ist schriftlich einzureichen. Sind die technischen Voraussetzungen gegeben, ist eine elektronische Antragstellung zulässig.')).toEqual([]);
    expect(categories('Die Erklärung ist schriftlich abzugeben. Eine elektronische Übermittlung ist zulässig.')).toEqual([]);
    // BtMVV § 13 Abs. 1: the record the electronic route is for names the Formblatt of the hit
    expect(
      categories(
        'Der Nachweis ist nach amtlichem Formblatt zu führen. Die Aufzeichnung kann auch mittels elektronischer Datenverarbeitung erfolgen, sofern der Ausdruck in der Reihenfolge des amtlichen Formblattes gewährleistet ist.',
      ),
    ).toEqual([]);
    // a permission for another sentence's thing ("wobei die elektronische Namenswiedergabe genügt") is that sentence's own
    expect(
      categories('Der Prüfer hat den Vermerk zu unterzeichnen, wobei die elektronische Namenswiedergabe genügt. Andernfalls hat er unaufgefordert und schriftlich eine Erklärung zu übermitteln.'),
    ).toEqual(['schriftform']);
  });

  // OnlWahlV § 18 Abs. 3
  it('an online actor is no route for the act it is party to', () => {
    expect(categories('Der Online-Dienstleister darf die Daten erst nach schriftlicher Freigabe durch die Krankenkasse vernichten.')).toEqual(['schriftform']);
    expect(categories('Der Antrag ist schriftlich oder online zu stellen.')).toEqual([]);
  });

  // AÜG § 17b Abs. 1, SGB VII § 102, StromNEV § 32b
  it("§ 3a, § 36a or § 87a of another law is no opening of the electronic form; the VwVfG's, SGB I's or AO's is", () => {
    expect(categories('Der Entleiher hat, sofern eine Rechtsverordnung nach § 3a Anwendung findet, eine schriftliche Anmeldung zuzuleiten.', 'AÜG')).toEqual(['schriftform']);
    expect(categories('In den Fällen des § 36a Abs. 1 Satz 1 Nr. 2 des Vierten Buches wird die Entscheidung schriftlich erlassen.', 'SGB VII')).toEqual(['schriftform']);
    expect(categories('Der Antrag ist schriftlich zu stellen, § 3a des Verwaltungsverfahrensgesetzes gilt entsprechend.', 'AÜG')).toEqual([]);
    expect(categories('Die Anzeige ist schriftlich nach § 36a SGB I zu erstatten.', 'SGB VII')).toEqual([]);
    // naming no law, the citation is of the law read: the VwVfG's own § 3a, or unknown in a pasted text
    expect(categories('Der Antrag ist schriftlich zu stellen, § 3a gilt entsprechend.', 'VwVfG')).toEqual([]);
    expect(categories('Der Antrag ist schriftlich zu stellen, § 3a gilt entsprechend.')).toEqual([]);
    expect(categories('Der Antrag ist schriftlich zu stellen, § 3a gilt entsprechend.', 'StromNEV')).toEqual(['schriftform']);
  });

  // issue 8: "kann … elektronisch" in another sentence relaxes only the act it is said of
  it('another sentence of the Absatz opens the electronic route only for its own act', () => {
    // another act: the decision, a notice that is not the application, a sentence cited by number
    expect(categories('Der Antrag ist schriftlich zu stellen. Die Behörde kann den Bescheid auch elektronisch bekannt geben.')).toEqual(['schriftform']);
    expect(categories('Der Antrag ist schriftlich zu stellen. Die Anzeige kann auch elektronisch erstattet werden.')).toEqual(['schriftform']);
    expect(
      categories('Der Antrag ist schriftlich zu stellen. Die Behörde entscheidet binnen eines Monats. Die Entscheidung nach Satz 2 kann auch elektronisch bekannt gegeben werden.'),
    ).toEqual(['schriftform']);
    expect(
      categories('Die Anmeldung ist nach amtlich vorgeschriebenem Vordruck abzugeben. Das Hauptzollamt kann zulassen, dass anstelle des Lieferscheins nach Satz 3 elektronisch erstellte Übersichten beigefügt werden.'),
    ).toEqual(['papier_vordruck']);
    // KARBV § 4 Abs. 1: one of three copies electronically leaves two on paper
    expect(categories('Die Berichte sind in dreifacher Ausfertigung einzureichen. Eines dieser Exemplare ist elektronisch zu übermitteln.')).toEqual(['papier_vordruck']);
    // GasGVV § 19 Abs. 4: an electronic notice in addition to the letter is no alternative to it
    expect(
      categories('Der Beginn der Unterbrechung ist dem Kunden durch briefliche Mitteilung anzukündigen. Zusätzlich soll die Ankündigung auch auf elektronischem Wege erfolgen.'),
    ).toEqual(['postalisch']);
    // the same act: its noun or verb, a citation of the hit's Satz, a citation as subject, a list item of the lead-in
    expect(categories('Einer Person wird auf Antrag schriftlich Auskunft erteilt. Die Auskunft kann elektronisch erteilt werden.')).toEqual([]);
    expect(categories('Der Eigentümer hat dies der Behörde schriftlich zu erklären. Die Erklärung kann auch elektronisch abgegeben werden.')).toEqual([]);
    expect(categories('Die Bescheinigung ist vom Inhaber zu unterzeichnen. Die Unterzeichnung kann auch elektronisch erfolgen.')).toEqual([]);
    expect(categories('Der Beginn der Unterbrechung ist dem Kunden durch briefliche Mitteilung anzukündigen. Die Ankündigung kann auch auf elektronischem Wege erfolgen.')).toEqual([]);
    expect(categories('Die Anzeige ist schriftlich zu erstatten. Die Erklärung nach Satz 1 kann auch elektronisch abgegeben werden.')).toEqual([]);
    expect(categories('Die Bestätigung hat schriftlich zu erfolgen. Die §§ 126 und 126a des Bürgerlichen Gesetzbuchs finden entsprechende Anwendung.')).toEqual([]);
    expect(
      categories('Die Nachweise müssen folgende Angaben enthalten: 1. Name und Unterschrift des Absenders, 2. Name des Empfängers. Die Nachweise können auch in elektronischer Form erbracht werden.'),
    ).toEqual([]);
  });

  // the sentences the rewrite appends relieve the paper thing of their Absatz (check:rewrites)
  it('generic documents relieve a copy or printout, not an application; a Schriftstück as such relieves its Absatz', () => {
    expect(categories('Dem Schuldner ist auf Verlangen ein Ausdruck zu erteilen. Die Unterlagen können auch elektronisch bereitgestellt und übermittelt werden.')).toEqual([]);
    expect(categories('Der Antrag ist schriftlich zu stellen. Die Unterlagen können auch elektronisch übermittelt werden.')).toEqual(['schriftform']);
    expect(categories('Maßgebend ist das Datum des Poststempels. Das Schriftstück kann auch elektronisch übermittelt werden.')).toEqual([]);
    expect(categories('Die Bescheinigung ist vom Apotheker mit Namenszeichen zu versehen. Die Unterschrift kann durch eine elektronische Signatur ersetzt werden.')).toEqual([]);
  });

  it('a clause after a semicolon that takes up the act ("er", a citation) opens it; one with its own subject does not', () => {
    expect(categories('Der Antrag ist schriftlich zu stellen; er kann auch elektronisch gestellt werden.')).toEqual([]);
    expect(categories('Der Antrag ist schriftlich zu stellen; § 3a des Verwaltungsverfahrensgesetzes gilt entsprechend.', 'AÜG')).toEqual([]);
    expect(categories('Der Antrag ist schriftlich zu stellen; die Unterlagen sind auf Verlangen auch elektronisch vorzulegen.')).toEqual(['schriftform']);
  });
});

describe('negation, waiver and non-requirements', () => {
  it.each([
    'Die Vollmacht bedarf nicht der Schriftform.',
    'Die Mitteilung ist wirksam, ohne dass es einer Unterschrift bedarf.',
    'Eine Beglaubigung der Abschrift ist nicht erforderlich.',
    'Von dem persönlichen Erscheinen des Antragstellers kann abgesehen werden.',
    'Ein schriftlicher Verwaltungsakt, der durch die Post übermittelt wird, gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben.',
    'Die Prüfung wird praktisch, schriftlich und mündlich durchgeführt.',
  ])('%s', (text) => expect(categories(text)).toEqual([]));

  // issue 8: "ohne" negates only the noun phrase it governs (RVG § 11 Abs. 6, StPO § 81g Abs. 3, SAG § 124 Abs. 2)
  it('"ohne" with a noun of its own before an adverb negates nothing of the hit; a prohibition without the written act demands it', () => {
    expect(categories('Anträge und Erklärungen können ohne Mitwirkung eines Bevollmächtigten schriftlich eingereicht oder zu Protokoll der Geschäftsstelle abgegeben werden.')).toEqual(['schriftform']);
    expect(categories('Die Änderung ist der Behörde ohne Verzug schriftlich anzuzeigen.')).toEqual(['schriftform']);
    expect(categories('Die Entnahme der Körperzellen darf ohne schriftliche Einwilligung des Beschuldigten nur durch das Gericht angeordnet werden.')).toEqual(['schriftform']);
    expect(categories('Der übertragende Rechtsträger darf nicht ohne vorherige schriftliche Zustimmung der Abwicklungsbehörde über die Anteile verfügen.')).toEqual(['schriftform']);
    expect(categories('Eine Übertragung ohne die schriftliche Zustimmung des Eigentümers ist unwirksam.')).toEqual(['schriftform']);
    // the hit inside the phrase, a "dass" clause or an infinitive clause opened by "ohne" stay negations
    expect(categories('Das Bundessortenamt kann die Eintragung auch ohne schriftlichen Antrag erneuern.')).toEqual([]);
    expect(categories('Die Daten dürfen an Gerichte übermittelt werden, ohne dass diese schriftlich darum gebeten haben.')).toEqual([]);
    expect(categories('Der Arbeitgeber kann kündigen, ohne die Kündigung schriftlich zu begründen.')).toEqual([]);
  });

  // issue 8: a negation reaches the hit only inside its own phrase and clause (ArbZG § 7 Abs. 3, SG §§ 20, 58e)
  it('"nicht" in a finished clause or before another noun, and "auf Antrag" next to a release, negate nothing of the hit', () => {
    expect(categories('Die Regelungen können durch Betriebsvereinbarung oder, wenn ein Betriebsrat nicht besteht, durch schriftliche Vereinbarung zwischen dem Arbeitgeber und dem Arbeitnehmer übernommen werden.')).toEqual(['schriftform']);
    expect(categories('Der Disziplinarvorgesetzte kann verlangen, dass der Soldat über eine ausgeübte nicht genehmigungspflichtige Nebentätigkeit schriftlich Auskunft erteilt.')).toEqual(['schriftform']);
    expect(categories('Von der Verpflichtung nach Absatz 1 Satz 2 kann der Soldat auf schriftlichen Antrag entbunden werden.')).toEqual(['schriftform']);
    // still negations and waivers
    expect(categories('Die Erklärung muss nicht schriftlich abgegeben werden.')).toEqual([]);
    expect(categories('Der Antrag ist nicht mehr schriftlich zu stellen.')).toEqual([]);
    expect(categories('Auf die Schriftform kann verzichtet werden.')).toEqual([]);
    expect(categories('Von einer schriftlichen Begründung kann abgesehen werden.')).toEqual([]);
  });

  // issue 8, round 8: a deadline met by posting deems, it prescribes no channel
  it('"Die Frist ist gewahrt, wenn … zur Post gegeben" is a deadline rule, not a postal duty', () => {
    expect(categories('Die Frist ist gewahrt, wenn die Erklärung vor ihrem Ablauf zur Post gegeben wird.')).toEqual([]);
    expect(categories('Wird die Erklärung vor Ablauf der Frist zur Post gegeben, so ist die Frist gewahrt.')).toEqual([]);
    expect(categories('Der Bescheid ist durch die Post mit Zustellungsurkunde zuzustellen.')).toEqual(['postalisch']);
  });

  it('skips penalty catalogues and definitions that only restate duties', () => {
    expect(categories('Ordnungswidrig handelt, wer entgegen § 5 Absatz 1 eine Anzeige nicht schriftlich erstattet.')).toEqual([]);
    expect(categories('Prüfungszeugnisse im Sinne dieses Gesetzes sind die Zeugnisse, die dem Antrag beizufügen sind.')).toEqual([]);
    // a list of definitions without its § title (a pasted Absatz)
    expect(categories('Im Sinne dieser Verordnung sind: 1. Fernkommunikationsmittel: Kommunikationsmittel wie Briefe, Kataloge, Telekopien oder E-Mails.')).toEqual([]);
    // abbreviation dots in the cited offence norm do not end the catalogue's opening clause
    expect(
      categories('Ordnungswidrig im Sinne des § 15 Abs. 1 Nr. 2 des Seeaufgabengesetzes handelt, wer entgegen § 11 nicht dafür sorgt, dass ein Abdruck der Verordnung aushängt.'),
    ).toEqual([]);
  });

  it('skips blank form templates whose fields are labelled in parentheses', () => {
    expect(categories('Die Bescheinigung wird erteilt. (Ort und Datum) (Unterschrift der Vermittlungsstelle)')).toEqual([]);
    expect(categories('Ich versichere die Richtigkeit der Angaben. (Datum) (Unterschrift)')).toEqual([]);
    // a provision that demands a signature stays a finding
    expect(categories('Die Erklärung ist vom Antragsteller zu unterschreiben.')).toEqual(['unterschrift']);
  });

  it('reads numbered lists rendered as table rows when the Absatz demands the listed documents', () => {
    expect(categories('Dem Antrag sind beizufügen: * * 1. * die Geburtsurkunde, * * 2. * das polizeiliche Führungszeugnis, * * 3. * ein Lebenslauf.')).toEqual(['nachweis_vorlage', 'nachweis_vorlage']);
    expect(categories('Die schriftliche Prüfung dauert höchstens: * * 1. * im Prüfungsbereich A * 120 Minuten, * * 2. * im Prüfungsbereich B * 60 Minuten.')).toEqual([]);
  });

  it('skips repealed provisions', () => {
    expect(categories('## § 4 (weggefallen)\n\n## § 5 Antrag\n\nDer Antrag ist schriftlich zu stellen.\n')).toEqual(['schriftform']);
    expect(categories('## § 4\n\n(weggefallen)\n')).toEqual([]);
  });
});

// false-flag classes of precision sample 6 (test/fixtures/rules-precision-sample6.jsonl), each beside a wording that stays a finding
describe('mentions, reliefs and word senses (precision sample 6)', () => {
  it('rules described in a relative clause are a mention; a closed relative clause is not', () => {
    expect(
      categories('Enthalten die Gesetze Vorschriften, nach denen eine Erklärung nach amtlich vorgeschriebenem Vordruck, schriftlich oder formlos abzugeben ist, so geht Absatz 1 diesen Vorschriften vor.'),
    ).toEqual([]);
    expect(categories('Der Inhaber ist verpflichtet, einen Abdruck dieses Gesetzes mit Ausnahme der Vorschriften, die andere Betriebe betreffen, in der Verkaufsstelle auszuhängen.')).toEqual([
      'aushang_bekanntmachung',
    ]);
  });

  it('the receipt of a written document is a point in time, its demand is a form', () => {
    expect(categories('Die Polizei kann mit der Verarbeitung vor Eingang der schriftlichen Empfehlungen des Landesbeauftragten beginnen.')).toEqual([]);
    expect(categories('Die Empfehlungen des Landesbeauftragten sind schriftlich abzugeben.')).toEqual(['schriftform']);
  });

  it('data given on a form, parts of a form and a form that may still be used impose no form', () => {
    expect(categories('Alle nach § 2 und auf dem Formblatt nach der Anlage übermittelten Daten sind vertraulich zu behandeln.')).toEqual([]);
    expect(categories('Für Aufträge, die bis zum 28. Februar 2017 eingereicht werden, kann das bis zum 30. November 2016 bestimmte Formular weiter genutzt werden.')).toEqual([]);
    expect(categories('Die Mitteilung hat unter Verwendung des Formblattes nach der Anlage zu erfolgen.')).toEqual(['papier_vordruck']);
  });

  it('a structured machine-readable form and a form laid out electronically are electronic routes', () => {
    expect(categories('Die in den Formularen enthaltenen Angaben sind dem Bundesamt in strukturierter und maschinenlesbarer Form zu übermitteln.')).toEqual([]);
    expect(categories('Die Vereinigung legt Form und Inhalt des zu verwendenden Vordrucks fest. Der Vordruck soll elektronisch ausgestaltet werden.')).toEqual([]);
  });

  it('"als Ausdruck einer Gesinnung" is no printout; "als Ausdruck vorzulegen" is', () => {
    expect(categories('Es ist verboten, öffentlich Uniformen als Ausdruck einer gemeinsamen politischen Gesinnung zu tragen.')).toEqual([]);
    expect(categories('Die Liste ist der Behörde als Ausdruck einer Datei vorzulegen.')).toEqual(['papier_vordruck']);
  });

  it("a deed of honour signed by the one who confers it needs no signature of a party; the applicant's does", () => {
    expect(categories('Die Ausgezeichneten erhalten neben dem Ehrenzeichen eine Verleihungsurkunde mit der Unterschrift des Bundesministers des Innern.')).toEqual([]);
    expect(categories('Der Antrag muss enthalten: 1. die Versicherung, dass die Verleihungsurkunde verlorengegangen ist; 2. die Unterschrift des Antragstellers.')).toEqual(['unterschrift']);
  });

  it('permitted deviations from a form, an exam task and the content of a future ordinance impose nothing', () => {
    expect(categories('Folgende Abweichungen von dem in Anlage 1 bestimmten Vordruck sind zulässig: 1. Der Verwender kann das Vorblatt weglassen.')).toEqual([]);
    expect(categories('Der in Anlage 1 bestimmte Vordruck kann in einem aus Blatt 1 bis 3 bestehenden Teil des Vordrucks in einer Ausführung verwendet werden, in der die Blätter einzeln zu beschriften sind.')).toEqual([]);
    expect(categories('Die Vordrucke nach Anlage 1 können nur in Papierform verwendet werden.')).toContain('papier_vordruck');
    expect(categories('Die Situationsaufgabe findet an einem Zweirad statt. Der Arbeitsablauf ist begleitend schriftlich zu dokumentieren.')).toEqual([]);
    expect(categories('Die Bundesregierung wird ermächtigt, das Verfahren zu regeln. In der Verordnung kann auch bestimmt werden 1. das Verfahren, 1a. dass ein Angebot zum Abschluss eines notariell beurkundeten Kaufvertrages führt.')).toEqual([]);
    expect(categories('Der Kaufvertrag muss notariell beurkundet werden.')).toEqual(['original_beglaubigung']);
  });

  it('a certificate applied for or a Bescheid named as a date is no evidence to submit', () => {
    expect(categories('Wer eine Bescheinigung des Bundesamtes beantragt, muss die erforderlichen Auskünfte erteilen.')).toEqual([]);
    expect(categories('Dem Antrag ist eine Bescheinigung des Bundesamtes beizufügen.')).toEqual(['nachweis_vorlage']);
  });
});

describe('findings', () => {
  const text = '## § 5 Antrag\n\n(1) Der Antrag ist durch Einschreiben zu übersenden. Er ist schriftlich zu stellen.\n\n(2) Auf Verlangen ist eine Meldebescheinigung vorzulegen.\n';

  it('are sorted by offset with locations, quotes and HdR amendments', () => {
    const found = checkText(text);
    expect(found.map((f) => [f.category, f.location.ref, f.severity])).toEqual([
      ['postalisch', '§ 5 Abs. 1 Satz 1', 'hoch'],
      ['schriftform', '§ 5 Abs. 1 Satz 2', 'hoch'],
      ['nachweis_vorlage', '§ 5 Abs. 2', 'mittel'],
    ]);
    const [post, schrift, nachweis] = found;
    expect(text.slice(post!.location.start, post!.location.end)).toBe('durch Einschreiben');
    expect(post!.amendment).toBe('In § 5 Absatz 1 Satz 1 werden die Wörter „durch Einschreiben“ gestrichen.');
    expect(post!.suggestion).toBe('Der Antrag ist zu übersenden.');
    expect(schrift!.quote).toEqual({ match: 'schriftlich', sentence: 'Er ist schriftlich zu stellen.' });
    expect(nachweis!.principle).toBe(2);
    expect(nachweis!.amendment).toMatch(/^Dem § 5 Absatz 2 wird folgender Satz angefügt: „.+“$/);
  });

  it('merge neighbouring hits of one category into one finding', () => {
    const found = checkText('Der Antrag ist eigenhändig zu unterschreiben.');
    expect(found.filter((f) => f.category === 'unterschrift')).toHaveLength(1);
  });

  it('one finding for a category whose hits in one clause share one appended fix (§ 84 Abs. 2 BbgBO)', () => {
    const text =
      'Die Erklärung bedarf der Schriftform; die Unterschrift muss öffentlich beglaubigt oder von einer Öffentlich bestellten Vermessungsingenieurin oder von der Katasterbehörde beglaubigt sein.';
    const found = checkText(text, { land: 'bb' }).filter((f) => f.category === 'original_beglaubigung');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.location.start, found[0]!.location.end)).toBe('beglaubigt');
    expect(found[0]!.suggestion).toMatch(/Videokommunikation nach § 40a des Beurkundungsgesetzes/);
    // behind a semicolon the second hit is another clause and keeps its own finding
    const two = checkText('Die Unterschrift muss öffentlich beglaubigt sein; die Vollmacht muss öffentlich beglaubigt sein.', { land: 'bb' });
    expect(two.filter((f) => f.category === 'original_beglaubigung')).toHaveLength(2);
  });

  it('inflect the inserted alternative', () => {
    const [f] = checkText('Die Erlaubnis wird auf schriftlichen Antrag erteilt.');
    expect(f!.suggestion).toBe('Die Erlaubnis wird auf schriftlichen oder elektronischen Antrag erteilt.');
    const [g] = checkText('Die Kündigung bedarf der Schriftform.');
    expect(g!.amendment).toBe('In der Vorschrift werden nach dem Wort „Schriftform“ die Wörter „oder der elektronischen Form“ eingefügt.');
  });

  it('cite level-aware legal bases', () => {
    const [bund] = checkText('Der Antrag ist schriftlich zu stellen.', { law: 'BImSchG' });
    expect(bund!.legalBasis).toContain('§ 3a Abs. 2 und 3 VwVfG');
    const [nds] = checkText('Der Antrag ist schriftlich zu stellen.', { law: 'NBauO' });
    expect(nds!.legalBasis).toEqual(['§ 3a Abs. 2 und 3 VwVfG i. V. m. § 1 Abs. 1 NVwVfG', '§ 4 NDIG']);
    const [sozial] = checkText('Der Antrag ist schriftlich zu stellen.', { law: 'SGB 5' });
    expect(sozial!.legalBasis).toEqual(['§ 36a Abs. 2 SGB I']);
    const [privat] = checkText('Die Kündigung bedarf der Schriftform.', { law: 'BGB' });
    expect(privat!.legalBasis).toContain('§ 126b BGB');
    expect(privat!.suggestion).toBe('Die Kündigung bedarf der Textform.');
  });

  it('in telecom law flag a fax only as a channel, not as the regulated service', () => {
    const tech = (text: string) => checkText(text, { law: 'TKÜV' }).filter((f) => f.category === 'technologie_spezifisch');
    expect(tech('Die Schritte sind auch auf Grund einer vorab per Telefax übermittelten Kopie der Anordnung einzuleiten.')).toHaveLength(1);
    expect(tech('Der Anbieter hat für Telefaxdienste eine Notrufverbindung bereitzustellen.')).toEqual([]);
  });

  it('quote a prescribed template from its preposition on', () => {
    const [f] = checkText('Die Meldebehörde erstellt den Wochenbericht über die Preise nach vorgeschriebenem Muster und übersendet ihn.');
    expect(f!.quote.match).toBe('nach vorgeschriebenem Muster');
  });

  it('is deterministic and uses the document jurisdiction', () => {
    const doc = { ...parseSnippet('Der Antrag ist schriftlich zu stellen.', 'XYZ'), jurisdiction: 'Niedersachsen' as const };
    expect(checkDocument(doc)).toEqual(checkDocument(doc));
    expect(checkDocument(doc)[0]!.legalBasis).toContain('§ 4 NDIG');
  });

  it('treats a draft that amends a Niedersachsen law as Land law', () => {
    const base = parseSnippet('Der Antrag ist schriftlich zu stellen.', 'Entwurf');
    const draft = { ...base, jurisdiction: 'Entwurf' as const, provisions: base.provisions.map((p) => ({ ...p, targetLaw: 'NBauO' })) };
    expect(checkDocument(draft)[0]!.legalBasis).toContain('§ 4 NDIG');
    expect(checkDocument({ ...base, jurisdiction: 'Entwurf' as const })[0]!.legalBasis).not.toContain('§ 4 NDIG');
  });
});

describe('opening conditions', () => {
  it('a verb-first "Liegen … nicht vor" opens a condition like "Wird" or "Ist"', () => {
    expect(categories('Liegen schriftliche Unterlagen nicht vor, so hat der Arbeitgeber die Angaben auf andere Weise nachzuweisen.')).toEqual([]);
    expect(categories('Liegt ein Mangel vor, so ist dies der Behörde schriftlich mitzuteilen.')).toEqual(['schriftform']);
  });

  it('a written act as the prerequisite of a legal consequence is a form requirement, a negated one is not', () => {
    expect(categories('Hat der Betroffene schriftlich eingewilligt, so dürfen die Daten übermittelt werden.')).toEqual(['schriftform']);
    expect(categories('Ist der Name mit ihrer schriftlichen Zustimmung auf mehreren Wahlvorschlägen aufgeführt, so hat sie zu erklären, welche Bewerbung sie aufrechterhält.')).toEqual([]);
    expect(categories('Hat der Betroffene nicht schriftlich eingewilligt, so dürfen die Daten nicht übermittelt werden.')).toEqual([]);
  });
});

describe('classes of the blind-6 misses', () => {
  it('a copy stored electronically opens no route for the signed original; "oder … elektronisch" still does', () => {
    expect(
      categories('Über jede Wette ist ein Wettschein auszustellen. Ein Duplikat verbleibt beim Buchmacher und soll elektronisch gespeichert werden. Der Wettschein ist vom Buchmacher zu unterschreiben.'),
    ).toEqual(['unterschrift']);
    expect(categories('Der Notar hat eine Kopie der Berechnung zu seinen Akten zu nehmen oder die Berechnung elektronisch aufzubewahren.')).toEqual([]);
  });

  it('a declaration made "schriftlich mit dem Formblatt" uses the form; experience with forms does not', () => {
    expect(categories('Die Anmeldung erfolgt schriftlich mit dem Formblatt 302.')).toContain('papier_vordruck');
    expect(categories('Ergänzungen des Hinweisblattes sind zulässig, soweit sie mit Rücksicht auf die Erfahrungen mit den Formularen geboten sind.')).toEqual([]);
  });

  it('an endorsed Ausfertigung to be given back is the paper copy', () => {
    expect(
      categories('Nach Ablauf der Gültigkeitsdauer hat der Einführer die mit dem Bestätigungsvermerk versehene Ausfertigung der Einfuhranzeige der Bundesanstalt zurückzugeben.'),
    ).toEqual(['original_beglaubigung']);
  });

  it('a certificate template the sentence prescribes is judged, a fee table is not', () => {
    const template =
      'Die Beglaubigung wird in der folgenden Form auf der Urkunde selbst erteilt: * * Beglaubigung Diese öffentliche Urkunde ist unterschrieben von und versehen mit dem Siegel oder Stempel des * * * Siegel Unterschrift Stempel';
    expect(new Set(categories(template))).toEqual(new Set(['unterschrift', 'papier_vordruck', 'original_beglaubigung']));
    expect(categories('Gebühren: * * Nr. * Beglaubigung einer Unterschrift * 20 Euro * * Siegel * 10 Euro')).toEqual([]);
  });
});

describe('DocumentIndex.sentenceAt', () => {
  const text = '§ 1 Antrag\n\nDer Antrag ist zu stellen. Die Behörde entscheidet.\n\n§ 2 (weggefallen)\n\nDie Vorschrift galt bis 2001.\n\n§ 3 Frist\n\nDie Frist beträgt einen Monat.';
  const doc = parseSnippet(text);
  const profile = { law: 'Eingabe', level: 'bund', domain: 'verwaltung' } as const;

  it('finds the sentence of an offset, the same one every time, and none in a repealed provision', () => {
    const index = new DocumentIndex(doc, profile);
    const at = text.indexOf('Die Behörde');
    const ref = index.sentenceAt(at)!;
    expect(text.slice(ref.start, ref.end)).toBe('Die Behörde entscheidet.');
    expect(index.sentenceAt(at + 8)).toBe(ref);
    expect(index.sentenceAt(text.indexOf('Monat'))).toMatchObject({ prov: doc.provisions.length - 1 });
    expect(index.sentenceAt(text.indexOf('galt'))).toBeUndefined();
    expect(index.sentenceAt(text.indexOf('(weggefallen)'))).toBeUndefined();
  });

  it('finds sentences that the document lists out of text order', () => {
    const reversed = { ...doc, provisions: [...doc.provisions].reverse() };
    const index = new DocumentIndex(reversed, profile);
    for (const sentence of ['Der Antrag ist zu stellen.', 'Die Behörde entscheidet.', 'Die Frist beträgt einen Monat.']) {
      const ref = index.sentenceAt(text.indexOf(sentence) + 5)!;
      expect(text.slice(ref.start, ref.end)).toBe(sentence);
      expect(reversed.provisions[ref.prov]!.paragraphs[ref.para]!.sentences.some((s) => s.start === ref.start)).toBe(true);
    }
  });
});
