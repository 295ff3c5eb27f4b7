import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../server/contracts/search';
import type { ProvisionText } from '../../server/retrieval/index';
import { answerKind, answeringSentence, askedNouns, asksReplacement, caseObject, excludesScope, generalLead, isAnswer, ownAskedNouns, questionsAfterCase, rulesOnForm, TEMPORAL } from '../../server/services/chat/general-lead';
import { yesNo } from '../../server/services/chat/polarity';

const hit = (over: Partial<SearchHit>): SearchHit => ({ law: 'BGB', ref: '§ 1', title: '', text: '', score: 10, kind: 'law', ...over });

describe('general lead: the answer read from a provision sentence', () => {
  it('tells yes/no, time and open questions apart', () => {
    expect(answerKind('Darf ein Mieter per E-Mail kündigen?')).toBe('yesno');
    expect(answerKind('Ab wann gilt ein Bescheid als bekannt gegeben?')).toBe('time');
    expect(answerKind('Ab welchem Tag gilt ein elektronisch übermittelter Bescheid als bekannt gegeben?')).toBe('time');
    expect(answerKind('Zu welchem Zeitpunkt ist ein elektronisches Dokument eingegangen?')).toBe('time');
    expect(answerKind('Welchem Tag entspricht das?')).toBe('topic');
    // a follow-up that names its topic first still asks for a time (dev set 16)
    expect(answerKind('und bei der Anmeldung nach dem Einzug, wie lange hat man da Zeit?')).toBe('time');
    expect(answerKind('Und bei der Anmeldung, muss man das persönlich machen?')).toBe('yesno');
    // "Seit wann …?" asks for a time as "Ab wann …?" does (blind 11 cb11-04)
    expect(answerKind('Wir schreiben an einer Verordnung mit. Seit wann müssen die Gerichte ihre Akten elektronisch führen?')).toBe('time');
    // a draft retold before the question does not make it a yes/no question
    expect(answerKind('Im Entwurf steht, der Antrag muss schriftlich gestellt werden. Wie kann man das ersetzen?')).toBe('topic');
    expect(answerKind('Welche Angabe muss ein Register enthalten?')).toBe('topic');
  });

  it('reads a date as a time, as it reads a period or a deadline', () => {
    expect(TEMPORAL.test('Die Prozessakten werden ab dem 1. Januar 2026 elektronisch geführt.')).toBe(true);
    expect(TEMPORAL.test('Der Antrag ist binnen eines Monats zu stellen.')).toBe(true);
    expect(TEMPORAL.test('Die Akten werden elektronisch geführt.')).toBe(false);
  });

  it('takes a legal form for no rule on the form of an act', () => {
    expect(rulesOnForm('Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form.')).toBe(true);
    expect(rulesOnForm('Die Erklärung ist in elektronischer Form abzugeben.')).toBe(true);
    expect(rulesOnForm('Die Form des Widerspruchs richtet sich nach § 70 VwGO.')).toBe(true);
    // who acts and by which instrument, not how the act is made
    expect(rulesOnForm('Die Meldebehörde kann die Daten in öffentlich-rechtlicher Form übermitteln lassen.')).toBe(false);
    expect(rulesOnForm('Die Aufgabe kann in privatrechtlicher Form wahrgenommen werden.')).toBe(false);
    expect(rulesOnForm('Die Gemeinde regelt dies in Form einer Satzung.')).toBe(false);
    expect(rulesOnForm('Auf die Rechtsfolgen einer nicht form- und fristgerechten Geltendmachung ist hinzuweisen.')).toBe(false);
  });

  it('picks the sentence on the form for a question about a digital way, from the whole provision', () => {
    const question = 'Darf ein Mieter seinen Mietvertrag per E-Mail kündigen?';
    const provisions: Record<string, ProvisionText> = {
      '§ 568': {
        law: 'BGB', lawTitle: 'Bürgerliches Gesetzbuch', jurisdiction: 'Bund', section: '§ 568', title: 'Form und Inhalt der Kündigung',
        paragraphs: [
          { number: '1', text: 'Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form.' },
          { number: '2', text: 'Der Vermieter soll den Mieter auf die Möglichkeit, die Form und die Frist des Widerspruchs rechtzeitig hinweisen.' },
        ],
      },
    };
    const hits = [
      hit({ ref: '§ 544', title: 'Vertrag über mehr als 30 Jahre', text: 'Die Kündigung ist unzulässig, wenn der Vertrag für die Lebenszeit des Vermieters oder des Mieters geschlossen worden ist.', score: 20 }),
      hit({ ref: '§ 568 Abs. 2', section: '§ 568', title: 'Form und Inhalt der Kündigung', text: provisions['§ 568']!.paragraphs[1]!.text, score: 18 }),
    ];
    const c = answeringSentence(question, hits, (_law, section) => provisions[section]);
    expect(c?.ref).toBe('§ 568 Abs. 1');
    expect(isAnswer(question, c)).toBe(true);
    expect(generalLead(question, c!, '[1]')).toMatch(/^Nicht per einfacher E-Mail: .*\. § 568 Abs\. 1 BGB \(Form und Inhalt der Kündigung\) \[1\]: „Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form\.“$/);
  });

  it('lets only answers compete: a sentence that is none does not outscore one that is by its title and rank', () => {
    // § 3a VwVfG misses two of the three nouns and is no answer, however well its title ("Elektronische
    // Kommunikation") and rank score for the digital way; § 7 Abs. 3 IFG names the "Auskünfte" and the way
    const question = 'Kann ich bei einem Bundesministerium per Mail eine Auskunft anfragen und bekomme die Antwort dann auch per Mail?';
    const hits = [
      hit({ law: 'VwVfG', ref: '§ 3a Abs. 1', section: '§ 3a', title: 'Elektronische Kommunikation', text: 'Die Übermittlung elektronischer Dokumente ist zulässig, soweit der Empfänger hierfür einen Zugang eröffnet.', score: 20 }),
      hit({ law: 'IFG', ref: '§ 7 Abs. 3', section: '§ 7', title: 'Antrag und Verfahren', text: 'Auskünfte können mündlich, schriftlich oder elektronisch erteilt werden.', score: 16 }),
    ];
    const c = answeringSentence(question, hits, undefined);
    expect(`${c?.ref} ${c?.hit.law}`).toBe('§ 7 Abs. 3 IFG');
    expect(answeringSentence(question, hits.slice(0, 1), undefined)).toBeUndefined();
  });

  it('reads a question word naming the field of a provision’s law as covered by it ("Umzug" → BMG)', () => {
    const question = 'Kann man sich nach einem Umzug komplett online ummelden?';
    const anmeldung = hit({ law: 'BMG', ref: '§ 23a Abs. 2', section: '§ 23a', title: 'Elektronische Anmeldung', text: 'Die meldepflichtige Person darf bei einer Anmeldung die gespeicherten Daten elektronisch anfordern.' });
    expect(answeringSentence(question, [anmeldung], undefined)?.ref).toBe('§ 23a Abs. 2');
    // the same sentence in a law of another field does not cover the "Umzug"
    expect(answeringSentence(question, [{ ...anmeldung, law: 'VwVfG' }], undefined)).toBeUndefined();
  });

  it('lets a provision of the law the question names put one more lay noun in its own terms ("Wirte" → Betreiber)', () => {
    const question = 'Darf die zuständige Behörde in Niedersachsen zulassen, dass Wirte die Eröffnung ihrer Kneipe online anzeigen statt auf dem Papiervordruck aus dem Gaststättengesetz?';
    const anzeige = hit({
      law: 'NGastG',
      lawTitle: 'Niedersächsisches Gaststättengesetz',
      ref: '§ 2 Abs. 2',
      section: '§ 2',
      title: 'Anzeigepflichten, Verfahren',
      text: 'Für die Anzeige ist der Vordruck nach dem Muster der Anlage zu verwenden. Um den Einsatz der elektronischen Datenverarbeitung zu erleichtern, kann die zuständige Behörde Abweichungen von der Form, nicht aber vom Inhalt der Anzeige zulassen.',
    });
    expect(answeringSentence(question, [anzeige], undefined)?.sentence).toMatch(/^Um den Einsatz/);
    // the same wording in a law the question does not name leaves both lay nouns uncovered
    expect(answeringSentence(question, [{ ...anzeige, law: 'NBauO', lawTitle: 'Niedersächsische Bauordnung' }], undefined)).toBeUndefined();
  });

  it('does not let the field stand in for a word where a retrieved provision names the field in the question’s words', () => {
    // "Mietvertrag" names the BGB's field, but § 568 names the "Mieter": § 623 on employment is about something else
    const question = 'Darf ein Mieter seinen Mietvertrag per E-Mail kündigen?';
    const arbeit = hit({ ref: '§ 623', section: '§ 623', title: 'Schriftform der Kündigung', text: 'Die Beendigung von Arbeitsverhältnissen durch Kündigung bedarf der Schriftform; die elektronische Form ist ausgeschlossen.', score: 20 });
    const miete = hit({ ref: '§ 568 Abs. 2', section: '§ 568', title: 'Form und Inhalt der Kündigung', text: 'Der Vermieter soll den Mieter auf die Möglichkeit des Widerspruchs hinweisen.', score: 10 });
    expect(answeringSentence(question, [arbeit, miete], undefined)?.ref).not.toBe('§ 623');
  });

  it('answers a scope question from the provision on the scope of the law it names', () => {
    const question = 'Gelten die Pflichten des Gesetzes über digitale Verwaltung auch für die Hochschulen?';
    const provisions: Record<string, ProvisionText> = {
      '§ 3': {
        law: 'XDIG', lawTitle: 'Gesetz über digitale Verwaltung und Informationssicherheit', jurisdiction: 'Niedersachsen', section: '§ 3', title: 'Geltungsbereich',
        paragraphs: [
          { number: '1', text: 'Dieser Teil gilt für die öffentlich-rechtliche Verwaltungstätigkeit der Behörden.' },
          { number: '2', text: 'Dieser Teil gilt nicht für 1. die Hochschulen, 2. die Kirchen.' },
        ],
      },
    };
    const common = { law: 'XDIG', lawTitle: provisions['§ 3']!.lawTitle, jurisdiction: 'Niedersachsen' };
    const hits = [
      hit({ ...common, ref: '§ 4 Abs. 1', section: '§ 4', title: 'Elektronischer Zugang zur Verwaltung', text: 'Jede Behörde des Landes ist verpflichtet, einen Zugang für elektronische Dokumente zu eröffnen.', score: 30 }),
      hit({ ...common, ref: '§ 3 Abs. 2', section: '§ 3', title: 'Geltungsbereich', text: provisions['§ 3']!.paragraphs[1]!.text, score: 28 }),
    ];
    const c = answeringSentence(question, hits, (_law, section) => provisions[section]);
    expect(c?.ref).toBe('§ 3 Abs. 2');
    expect(isAnswer(question, c)).toBe(true);
    expect(excludesScope(question, c!)).toBe(true);
    expect(generalLead(question, c!, '[1]')).toMatch(/^Nein\. § 3 Abs\. 2 XDIG/);
    // the same exclusion does not answer for a law the question does not name
    expect(excludesScope('Gilt die Schriftform des Bürgerlichen Gesetzbuchs auch für die Hochschulen?', c!)).toBe(false);
  });

  it('answers a scope follow-up, read with the earlier question, from the scope Absatz with its whole list (dev 15)', () => {
    // the earlier question's words all stand in the duty (§ 4); only the exclusion names what the follow-up asks about
    const question = 'Muss jede Behörde im Land einen Zugang für elektronische Dokumente eröffnen? und was heißt das für die Kitas?';
    const scope = 'Dieser Teil gilt nicht für 1. die Hochschulen, 2. die Kirchen, 3. Beliehene. 4. die Rundfunkanstalt, 5. alle Kitas im Sinne des Kita-Gesetzes.';
    const provisions: Record<string, ProvisionText> = {
      '§ 3': { law: 'XDIG', lawTitle: 'Gesetz über digitale Verwaltung', jurisdiction: 'Niedersachsen', section: '§ 3', title: 'Geltungsbereich', paragraphs: [{ number: '3', text: scope }] },
    };
    const common = { law: 'XDIG', lawTitle: 'Gesetz über digitale Verwaltung', jurisdiction: 'Niedersachsen' };
    const hits = [
      hit({ ...common, ref: '§ 4 Abs. 1', section: '§ 4', title: 'Elektronischer Zugang', text: 'Jede Behörde im Land ist verpflichtet, einen Zugang für die Übermittlung elektronischer Dokumente zu eröffnen.', score: 30 }),
      hit({ ...common, ref: '§ 3 Abs. 3', section: '§ 3', title: 'Geltungsbereich', text: scope, score: 12 }),
    ];
    const c = answeringSentence(question, hits, (_law, section) => provisions[section], new Set(['XDIG\u0000§ 4']));
    expect(c?.ref).toBe('§ 3 Abs. 3');
    // the item alone ("5. alle Kitas …") would not say that the law leaves them out
    expect(c?.sentence).toMatch(/^Dieser Teil gilt nicht für .* Kitas/);
    expect(generalLead(question, c!, '[1]')).toMatch(/^Nein\. § 3 Abs\. 3 XDIG/);
  });

  it('reads the answer from a provision that puts the lay words of a yes/no question in its own terms', () => {
    const question = 'Können Nachbarn ihre Einwendungen gegen ein Bauvorhaben per E-Mail an die Bauaufsicht schicken?';
    const text =
      'Einwendungen sind von der Person, die sie erhebt, elektronisch mit einer qualifizierten elektronischen Signatur oder als Dokument in Papierform mit Unterschrift an die Bauaufsichtsbehörde zu übermitteln; § 3a Abs. 2 VwVfG findet keine Anwendung. Die Nachbarn werden mit allen Einwendungen gegen die Baumaßnahme ausgeschlossen, die nicht fristgerecht eingegangen sind; auf die Rechtsfolgen einer nicht form- und fristgerechten Geltendmachung ist hinzuweisen.';
    const c = answeringSentence(question, [hit({ law: 'NBauO', ref: '§ 68 Abs. 3', section: '§ 68', title: 'Beteiligung der Nachbarn', text })], undefined);
    // "Bauvorhaben" is the Baumaßnahme of the statute, "Bauaufsicht" the field of the NBauO; the sentence on the
    // form answers, not the one on missing the deadline that only says "form- und fristgerecht"
    expect(isAnswer(question, c)).toBe(true);
    expect(c!.sentence).toMatch(/^Einwendungen sind/);
    expect(generalLead(question, c!, '[1]')).toMatch(/^Nein\. § 68 Abs\. 3 NBauO/);
  });

  it('answers a how-to in a field of law from that field\'s code, which need not name the paper it replaces', () => {
    const question = 'Wie ersetze ich im Steuerrecht die Pflicht, Buchungsbelege auf Papier aufzubewahren?';
    const sentence =
      'Mit Ausnahme der Jahresabschlüsse und der Eröffnungsbilanz, sofern es sich um amtliche Urkunden oder handschriftlich zu unterschreibende Nachweise handelt, können die in Absatz 1 aufgeführten Unterlagen, insbesondere die Buchungsbelege, auch als Wiedergabe auf einem Bildträger oder auf anderen Datenträgern aufbewahrt werden.';
    const aufbewahrung = hit({ law: 'AO', ref: '§ 147 Abs. 2', section: '§ 147', title: 'Ordnungsvorschriften für die Aufbewahrung von Unterlagen', text: sentence });
    const c = answeringSentence(question, [aufbewahrung], undefined);
    expect(isAnswer(question, c)).toBe(true);
    // the rule comes first in the lead; the exception it opens with is cut and quoted in full below it
    expect(generalLead(question, c!, '[1]')).toMatch(/\[1\]: „\[…\] können die in Absatz 1 aufgeführten Unterlagen/);
    // in another field the code does not cover "Steuerrecht"
    expect(isAnswer(question, answeringSentence(question, [{ ...aufbewahrung, law: 'HGB' }], undefined))).toBe(false);
  });

  it('finds no answer where the provision only shares the head of a compound', () => {
    const question = 'Dürfen Schulzeugnisse künftig digital ausgestellt werden?';
    const zeugnis = hit({ ref: '§ 630', title: 'Pflicht zur Zeugniserteilung', text: 'Die Erteilung des Zeugnisses in elektronischer Form ist ausgeschlossen.' });
    expect(isAnswer(question, answeringSentence(question, [zeugnis], undefined))).toBe(false);
    // with the first part of the compound named, the head covers it
    const arbeit = hit({ ...zeugnis, text: `${zeugnis.text} Wenn der Verpflichtete ein Arbeitnehmer ist, findet die Gewerbeordnung Anwendung.` });
    expect(isAnswer('Darf das Arbeitszeugnis per E-Mail erteilt werden?', answeringSentence('Darf das Arbeitszeugnis per E-Mail erteilt werden?', [arbeit], undefined))).toBe(true);
  });
  it('does not answer a yes/no question from an authorisation to regulate that shares its words', () => {
    const question = 'Kann ich beim Bundesministerium per Mail eine Auskunft anfragen?';
    const auskunft = hit({
      law: 'AO',
      ref: '§ 89 Abs. 2',
      section: '§ 89',
      title: 'Beratung, Auskunft',
      text: 'Das Bundesministerium der Finanzen wird ermächtigt, durch Rechtsverordnung nähere Bestimmungen zu Form, Inhalt und Voraussetzungen der Anträge auf Erteilung einer Auskunft zu treffen.',
    });
    expect(isAnswer(question, answeringSentence(question, [auskunft], undefined))).toBe(false);
    // a question about the ordinance itself is answered by it
    const about = 'Darf das Bundesministerium die Form der Auskunft durch Rechtsverordnung regeln?';
    expect(isAnswer(about, answeringSentence(about, [auskunft], undefined))).toBe(true);
  });

  it('answers a yes/no question from the provision that covers it when its sentence says nothing on the way asked about', () => {
    const question = 'Kann der Hauptausschuss einen Beschluss im Umlauf fassen, etwa per E-Mail?';
    const umlauf = hit({
      law: 'NKomVG',
      ref: '§ 78 Abs. 3',
      section: '§ 78',
      title: 'Sitzungen des Hauptausschusses',
      text: 'Beschlüsse können im Umlaufverfahren gefasst werden, wenn kein Mitglied des Hauptausschusses widerspricht.',
    });
    const other = hit({ law: 'NKomVG', ref: '§ 59 Abs. 1', section: '§ 59', title: 'Einberufung der Vertretung', text: 'Die Abgeordneten werden schriftlich oder elektronisch geladen.' });
    const c = answeringSentence(question, [other, umlauf], undefined);
    expect(c?.ref).toBe('§ 78 Abs. 3');
    expect(generalLead(question, c!, '[1]')).toMatch(/^Es kommt darauf an: wenn kein Mitglied/);
  });
});

describe('a question on the consequence of a defect (chat blind 10 cb10-02)', () => {
  const q = 'Ist ein Mietvertrag über eine Wohnung, der für drei Jahre gelten soll, unwirksam, wenn die Parteien ihn nur per E-Mail geschlossen haben?';
  it('a provision naming another consequence answers no, one naming invalidity yes', () => {
    expect(yesNo(q, 'Wird der Mietvertrag für längere Zeit als ein Jahr nicht in schriftlicher Form geschlossen, so gilt er für unbestimmte Zeit.')).toMatch(/^Nein, nicht unwirksam/);
    expect(yesNo('Ist der Vertrag nichtig, wenn die Form fehlt?', 'Ein Rechtsgeschäft, welches der durch Gesetz vorgeschriebenen Form ermangelt, ist nichtig.')).toBe('Ja');
  });
  it('the sentence that states a consequence answers, not a neighbour sharing more nouns', () => {
    const law = (ref: string, title: string, text: string, score: number): SearchHit => ({ law: 'BGB', ref, section: ref, title, text, score, kind: 'law' });
    const hits = [
      law('§ 575', 'Zeitmietvertrag über Wohnungen', 'Ein Mietvertrag über eine Wohnung kann auf bestimmte Zeit geschlossen werden, wenn der Vermieter dem Mieter den Grund der Befristung bei Vertragsschluss schriftlich mitteilt.', 24),
      law('§ 550', 'Form des Mietvertrags über Wohnungen', 'Wird der Mietvertrag vom Vermieter für längere Zeit als ein Jahr nicht in schriftlicher Form geschlossen, so gilt er für unbestimmte Zeit.', 23),
    ];
    const asked = 'Ist ein Mietvertrag über eine Wohnung, der für drei Jahre gelten soll, unwirksam, wenn der Vermieter ihn nur per E-Mail geschlossen hat?';
    expect(answeringSentence(asked, hits, undefined)?.ref).toBe('§ 550');
  });
  it('a sentence without a consequence is read as before', () => {
    expect(yesNo(q, 'Der Vermieter teilt dem Mieter den Grund der Befristung bei Vertragsschluss schriftlich mit.')).not.toMatch(/unwirksam/);
  });
});

describe('the nouns the asked sentence names, not the case told before it (chat blind 12 cb12-02, -12, -13)', () => {
  const words = (question: string) => ownAskedNouns(question).map((t) => t.word);

  it('reads the last question, without the other answer it offers', () => {
    const question =
      'Unser Landesamt will mit einer Stiftung statt eines Zuwendungsbescheids einen öffentlich-rechtlichen Vertrag über die Pflege eines Moores schließen. Muss dieser Vertrag schriftlich geschlossen werden, oder genügt ein Handschlag mit Protokoll?';
    expect(words(question)).toEqual(['Vertrag']);
    // the card fit still reads every noun of the message: a card must cover the case, not only the asked point
    expect(askedNouns(question).map((t) => t.word)).toEqual(expect.arrayContaining(['Zuwendungsbescheids', 'Pflege', 'Moores', 'Handschlag', 'Protokoll']));
    // a follow-up after an earlier turn asks in its own sentence; the age a time question asks for is no noun to cover
    expect(words('Was regelt das Meldegesetz zur Anmeldung? Und ab welchem Alter muss man eine Wohnung selbst anmelden?')).toEqual(['Wohnung']);
    expect(words('Was regelt das Meldegesetz zur Anmeldung? Und welches Alter wird bei der Anmeldung einer Wohnung gespeichert?')).toEqual(['Anmeldung', 'Alter', 'Wohnung']);
  });

  it('keeps every noun where the asked sentence points back or names none, and for a single question', () => {
    expect(words('Ein Mieter hat die Kaution in bar bezahlt. Hat er darauf eine Quittung zu bekommen?')).toEqual(['Mieter', 'Kaution', 'Quittung']);
    expect(words('Der Verein will die Satzung per Umlaufbeschluss ändern. Geht das so?')).toEqual(['Verein', 'Umlaufbeschluss']);
    expect(words('Muss der Vertrag über die Pflege eines Moores schriftlich geschlossen werden?')).toEqual(['Vertrag', 'Pflege', 'Moores']);
  });

  it('answers from the provision on the asked point, which names none of the case\'s circumstances', () => {
    const question =
      'Unser Landesamt will mit einer Stiftung statt eines Zuwendungsbescheids einen öffentlich-rechtlichen Vertrag über die Pflege eines Moores schließen. Muss dieser Vertrag schriftlich geschlossen werden, oder genügt ein Handschlag mit Protokoll?';
    const contract = hit({ law: 'VwVfG', ref: '§ 57', title: 'Schriftform', text: 'Ein öffentlich-rechtlicher Vertrag ist schriftlich zu schließen, soweit nicht durch Rechtsvorschrift eine andere Form vorgeschrieben ist.' });
    expect(answeringSentence(question, [contract], undefined)?.ref).toBe('§ 57');
    // a question that leaves the asked point to the sentence before it ("Geht das so?") needs the case covered
    expect(answeringSentence('Unser Landesamt will mit einer Stiftung einen Vertrag über die Pflege eines Moores schließen. Geht das so?', [contract], undefined)).toBeUndefined();
  });
});

describe('an age is asked as a time (chat blind 12 cb12-12)', () => {
  it('reads "Ab welchem Alter …?" and "Wie alt …?" as time questions, an age named otherwise not', () => {
    expect(answerKind('Und ab welchem Alter darf man einen Jagdschein beantragen?')).toBe('time');
    expect(answerKind('Wie alt muss man für einen eigenen Reisepass sein?')).toBe('time');
    expect(answerKind('Welches Alter wird im Melderegister gespeichert?')).toBe('topic');
  });

  it('answers from the sentence that names the age, not a neighbour sharing the noun', () => {
    const ausweis = hit({
      law: 'PAuswG',
      ref: '§ 1',
      title: 'Ausweispflicht',
      text: 'Deutsche im Sinne des Artikels 116 Abs. 1 des Grundgesetzes sind verpflichtet, einen gültigen Ausweis zu besitzen, sobald sie 16 Jahre alt sind.',
    });
    const sperre = hit({ law: 'PAuswG', ref: '§ 10 Abs. 5', title: 'Sperrung', text: 'Die Behörde sperrt den Ausweis, wenn der Inhaber es verlangt.', score: 20 });
    expect(answeringSentence('Ab welchem Alter muss man einen Ausweis besitzen?', [sperre, ausweis], undefined)?.ref).toBe('§ 1');
  });
});

describe('the asked sentence decides, the case told before it is circumstance (chat round 13)', () => {
  it('reads the questions after a told case, unless they point back or name no noun of their own', () => {
    expect(questionsAfterCase('Wir lagern Urkunden im Keller. Was braucht es, damit die Scans beweiskräftig bleiben?')).toBe(
      'Was braucht es, damit die Scans beweiskräftig bleiben?',
    );
    expect(questionsAfterCase('Unser Amt verschickt Bußgeldbescheide. Wie lange gilt eine Vollmacht?')).toBe('Wie lange gilt eine Vollmacht?');
    // "damit" opening a clause is the conjunction; "das" in it still points back to the case
    expect(questionsAfterCase('Die Leute drucken den Antrag aus. Was muss im Gesetz stehen, damit das ohne geht?')).toBeUndefined();
    // the capital that opens a question is no noun: "Müssen die auch online?" names none
    expect(questionsAfterCase('Die Satzungen hängen im Schaukasten. Müssen die auch online?')).toBeUndefined();
    expect(questionsAfterCase('Wie lange gilt eine Vollmacht?')).toBeUndefined();
    // "da" points to the case as a pronoun does
    expect(questionsAfterCase('Im Sozialbereich steht überall „schriftlich“. Gibt es da eine eigene Form für Sozialleistungen?')).toBeUndefined();
    expect(questionsAfterCase('Im Sozialbereich steht überall „schriftlich“. Gibt es eine eigene Form für Sozialleistungen?')).toBe('Gibt es eine eigene Form für Sozialleistungen?');
  });

  it('keeps the nouns of the asked clause where "damit" is the conjunction, and all where the clause points back', () => {
    expect(ownAskedNouns('Wir lagern Urkunden im Keller. Was verlangt das Gesetz, damit die Scans beweiskräftig bleiben?').map((t) => t.word)).toEqual(['Scans']);
    expect(ownAskedNouns('Wir lagern Urkunden im Keller. Reicht es damit für das Archiv?').map((t) => t.word)).toEqual(['Urkunden', 'Keller', 'Archiv']);
  });

  it('answers from the provision on the asked noun, not from one on a noun of the case told first', () => {
    const law = (ref: string, title: string, text: string, score: number): SearchHit => ({ law: 'XG', ref, section: ref, title, text, score, kind: 'law' });
    const hits = [
      law('§ 4', 'Urkunden', 'Urkunden der Behörde werden im Archiv verwahrt und können auf Antrag eingesehen werden.', 20),
      law('§ 9', 'Scans', 'Scans sind mit einem Zeitstempel zu versehen und regelmäßig neu zu sichern.', 19),
    ];
    const asked = 'Wir lagern Urkunden im Archiv. Was braucht es, damit die Scans beweiskräftig bleiben?';
    expect(answeringSentence(asked, hits, undefined)?.ref).toBe('§ 9');
    // the same provisions for a question about the Urkunden themselves
    expect(answeringSentence('Wir haben Scans. Wo werden die Urkunden der Behörde verwahrt?', hits, undefined)?.ref).toBe('§ 4');
  });

  it('counts the digital way once, however many words name it, and a click at the screen as such a word', () => {
    const law = (ref: string, text: string, score: number): SearchHit => ({ law: 'XG', ref, section: ref, title: '', text, score, kind: 'law' });
    const hits = [
      law('§ 2', 'Eine Erklärung kann elektronisch abgegeben werden, wenn die Behörde ein Formular bereitstellt.', 20),
      law('§ 7', 'Die Zustimmung der Mitglieder hat schriftlich oder elektronisch zu erfolgen.', 18),
    ];
    const asked = 'Reicht eine Zustimmung per Klick im Intranet am Bildschirm?';
    expect(answeringSentence(asked, hits, undefined)?.ref).toBe('§ 7');
    expect(yesNo(asked, answeringSentence(asked, hits, undefined)!.sentence)).toBe('Ja');
  });
});

describe('the asked act before a granted circumstance (after blind 13)', () => {
  // blind 13 cb13-03 was the trigger: „Darf ich … zuhören, auch wenn sie nicht öffentlich sind?“ read „öffentlich“ as the act
  const provisions: Record<string, ProvisionText> = {
    '§ 9': {
      law: 'NKomVG', lawTitle: 'Kommunalverfassungsgesetz', jurisdiction: 'Niedersachsen', section: '§ 9', title: 'Verfahren im Beirat',
      paragraphs: [
        { number: '1', text: 'Die Geschäftsordnung bestimmt, ob die Sitzungen des Beirats öffentlich oder nicht öffentlich sind.' },
        { number: '2', text: 'Die Mitglieder des Rates sind berechtigt, an allen Sitzungen des Beirats teilzunehmen.' },
      ],
    },
  };
  const hits = [hit({ law: 'NKomVG', ref: '§ 9 Abs. 1', section: '§ 9', title: 'Verfahren im Beirat', text: provisions['§ 9']!.paragraphs[0]!.text, score: 20 })];
  const provision = (_law: string, section: string) => provisions[section];
  it('reads the verb before "auch wenn …" and "obwohl …" as what is asked, also in its "zu" form', () => {
    for (const question of [
      'Darf ein Mitglied des Rates an den Sitzungen des Beirats teilnehmen, auch wenn sie nicht öffentlich sind?',
      'Darf ein Mitglied des Rates an nicht öffentlichen Sitzungen des Beirats teilnehmen, obwohl es dem Beirat nicht angehört?',
    ]) {
      const c = answeringSentence(question, hits, provision);
      expect(c?.ref).toBe('§ 9 Abs. 2');
      expect(generalLead(question, c!, '[1]')).toMatch(/^Ja\. § 9 Abs\. 2 NKomVG/);
    }
  });
});

describe('a pronoun stands for the object of the told case, not for every noun of it (round 14)', () => {
  const words = (question: string) => ownAskedNouns(question).map((t) => t.word);
  // own examples; blind 13 cb13-01 (the Meldebescheinigung for a Kitaplatz) was the trigger
  const told = 'Für die Anmeldung zum Schwimmkurs müssen Schüler bisher eine Geburtsurkunde vom Standesamt in Papierform vorlegen.';

  it('reads the object of the case: a noun after an article, not after a preposition, not a frame word', () => {
    expect(caseObject(`${told} Wie können sie die stattdessen nachweisen?`).map((t) => t.word)).toEqual(['Geburtsurkunde']);
    expect(caseObject('Der Verband schickt seinen Mitgliedern jedes Jahr einen Beitragsbescheid per Post. Wie kann er den digital zustellen?').map((t) => t.word)).toEqual(['Beitragsbescheid']);
    // who acts (Bürgerin) and what the procedure is (Antrag) are frame words; a noun after a preposition is a circumstance
    expect(caseObject('Eine Bürgerin gibt ihren Antrag auf ein Fischereirecht bei der Gemeinde ab. Wie kann sie ihn online stellen?')).toEqual([]);
    expect(caseObject('Wie kann man eine Geburtsurkunde online bestellen?')).toEqual([]);
  });

  it('takes that object for "sie", "die", "ihn" of the asked sentence, every noun for "das", "es" or a da-word', () => {
    expect(words(`${told} Wie können sie die stattdessen nachweisen?`)).toEqual(['Geburtsurkunde']);
    expect(words(`${told} Geht das auch anders?`)).toEqual(['Anmeldung', 'Schwimmkurs', 'Schüler', 'Geburtsurkunde', 'Papierform']);
    expect(words(`${told} Haben sie darauf einen Anspruch?`)).toEqual(['Anmeldung', 'Schwimmkurs', 'Schüler', 'Geburtsurkunde', 'Papierform', 'Anspruch']);
    // a case without such an object keeps every noun
    expect(words('Bei uns müssen die Leute für die Ummeldung eines Bootes vorbeikommen. Können sie das auch online?')).toEqual(['Ummeldung', 'Bootes']);
  });

  it('reads "stattdessen" and "ohne … zu gehen" in a how-question as asking to replace what the case names', () => {
    expect(asksReplacement('Wie können sie die stattdessen bekommen?')).toBe(true);
    expect(asksReplacement('Die Eltern holen die Bescheinigung ab. Wie geht das, ohne extra ins Rathaus zu fahren?')).toBe(true);
    expect(asksReplacement('Wie ersetze ich die Vorlage auf Papier?')).toBe(true);
    // a yes/no question or a how-question that replaces nothing
    expect(asksReplacement('Darf die Behörde stattdessen eine E-Mail schicken?')).toBe(false);
    expect(asksReplacement('Wie lange gilt eine Meldebescheinigung?')).toBe(false);
  });

  it('answers such a question from the object\'s provision, from its sentence on the digital way', () => {
    const text =
      'Das Standesamt erteilt auf Antrag eine schriftliche Geburtsurkunde. Für die elektronische Übermittlung einer Geburtsurkunde gilt § 9 entsprechend.';
    const urkunde = hit({ law: 'PStG', ref: '§ 55', title: 'Geburtsurkunde', text, score: 20 });
    const c = answeringSentence(`${told} Wie können sie die stattdessen bekommen?`, [urkunde], undefined);
    expect(c?.sentence).toMatch(/^Für die elektronische Übermittlung/);
    // without the replacement the first sentence, the rule, answers
    expect(answeringSentence('Wer erteilt eine schriftliche Geburtsurkunde?', [urkunde], undefined)?.sentence).toMatch(/^Das Standesamt/);
    // where the pronoun points to the whole case, the story nouns stay required: no answer from this provision
    expect(answeringSentence(`${told} Geht das auch anders?`, [urkunde], undefined)).toBeUndefined();
  });
});

describe('acting in person or through someone else (after blind 14)', () => {
  // blind 14 cb14-05 was the trigger: „Muss … die Bürgermeisterin selbst in jede Sitzung des Bauausschusses kommen, oder
  // darf sie jemanden aus dem Rathaus schicken?“ was answered by the duty to attend, not by the next sentence
  const board = hit({
    law: 'GemO',
    ref: '§ 12 Abs. 2',
    title: 'Teilnahme an Sitzungen',
    text: 'Der Vorstand nimmt an den Sitzungen der Fachausschüsse teil. Er kann sich durch Mitarbeiter der Geschäftsstelle vertreten lassen. Er hat persönlich teilzunehmen, wenn die Hälfte der Mitglieder es verlangt.',
  });
  it('answers from the sentence that lets the person be represented, with „Nicht zwingend“', () => {
    const question = 'Muss der Vorstand selbst in jede Sitzung des Fachausschusses kommen, oder darf er jemanden aus der Geschäftsstelle schicken?';
    const c = answeringSentence(question, [board], undefined);
    expect(c?.sentence).toMatch(/^Er kann sich durch Mitarbeiter/);
    expect(generalLead(question, c!, '[1]')).toMatch(/^Nicht zwingend\./);
    // the pronoun's sentence is quoted after the one it refers to
    expect(generalLead(question, c!, '[1]')).toContain('„Der Vorstand nimmt an den Sitzungen der Fachausschüsse teil. Er kann sich');
  });
  it('keeps the duty for a question that asks nothing about who attends', () => {
    expect(answeringSentence('Muss der Vorstand an den Sitzungen der Fachausschüsse teilnehmen?', [board], undefined)?.sentence).toMatch(/^Der Vorstand nimmt/);
  });
});
