import { describe, expect, it } from 'vitest';
import { codes } from './check-codes';

/** Classes fixed after the dev-14 sweep (README-rules-dev.md, "Dev set 14"), each flagged and accepted. */
describe('dev 14: attaching in the indicative ("legt … bei", "fügt … bei")', () => {
  it('reads the separable verb as the duty to hand in, also before a list (MessEG § 13)', () => {
    expect(
      codes(
        'Dem Antrag legt die Stelle Folgendes bei: 1. eine Beschreibung ihrer Tätigkeiten, 2. eine Akkreditierungsurkunde im Original oder in Kopie, die von einer nationalen Akkreditierungsstelle ausgestellt wurde.',
      ),
    ).toEqual(['nachweis_vorlage', 'original_beglaubigung']);
    expect(codes('Der Antragsteller fügt dem Antrag die Geburtsurkunde bei.')).toEqual(['nachweis_vorlage']);
  });

  it('leaves "bei" as a preposition alone', () => {
    expect(codes('Die Stelle legt bei Bedarf die Einzelheiten fest.')).toEqual([]);
    expect(codes('Die Behörde legt die Gebühr bei der Festsetzung fest.')).toEqual([]);
  });
});

describe('dev 14: documents that must be there before an act ("wenn die folgenden Unterlagen vorliegen:")', () => {
  it('takes the condition as the demand and the original of a court decision as public evidence (IRG § 87a)', () => {
    expect(
      codes(
        'Die Vollstreckung ist nur zulässig, wenn die folgenden Unterlagen vorliegen: 1. das Original der zu vollstreckenden Entscheidung oder eine beglaubigte Abschrift hiervon, 2. eine Übersetzung.',
      ),
    ).toEqual(['nachweis_vorlage', 'original_beglaubigung']);
  });

  it('does not read "the authority of the requesting state" as the authority requesting the document', () => {
    expect(
      codes('Vorzulegen ist die von der zuständigen Behörde des ersuchenden Staates ausgestellte beglaubigte Abschrift des Urteils.'),
    ).toContain('nachweis_vorlage');
  });
});

describe('dev 14: a right to appear and an item about appearing', () => {
  it('accepts a right or possibility to appear in person and an entry in a certificate (IRG §§ 87b, 88b)', () => {
    expect(codes('Die Vollstreckung ist zulässig, wenn die Person nach Unterrichtung über die Möglichkeit, bei der Verhandlung persönlich zu erscheinen, verzichtet hat.')).toEqual([]);
    expect(codes('Die Bescheinigung enthält die Auskunft über das persönliche Erscheinen der betroffenen Person zu der Verhandlung.')).toEqual([]);
  });

  it('still flags the duty and the order to appear', () => {
    expect(codes('Der Antragsteller hat persönlich bei der Behörde zu erscheinen.')).toEqual(['persoenliches_erscheinen']);
    expect(codes('Das Gericht kann das persönliche Erscheinen des Betroffenen anordnen.')).toEqual(['persoenliches_erscheinen']);
  });
});

describe('dev 14: a deeming rule that makes the registered letter the condition of the effect', () => {
  it('flags the letter without which the notice has no effect (PatG § 23 Abs. 3)', () => {
    expect(
      codes('Die Anzeige gilt als bewirkt, wenn sie durch Aufgabe eines eingeschriebenen Briefes an den eingetragenen Patentinhaber abgesandt worden ist.'),
    ).toEqual(['postalisch']);
  });

  it('keeps the date a posted item is deemed to arrive a fiction', () => {
    expect(codes('Ein mit eingeschriebenem Brief übermittelter Bescheid gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben.')).toEqual([]);
  });
});

describe('dev 14: recognised foreign documents and documents sent to a party', () => {
  it('accepts a recognition rule and a court sending documents to the applicant', () => {
    expect(
      codes('Fahrtauglichkeitsbescheinigungen von Fahrzeugen aus anderen Mitgliedstaaten werden anerkannt, wenn nachgewiesen ist, dass Bau und Ausrüstung den Vorschriften entsprechen.'),
    ).toEqual([]);
    expect(codes('Dem Antragsteller sind eine beglaubigte Abschrift des Beschlusses und eine Bescheinigung über die Zustellung zu übersenden.')).not.toContain(
      'nachweis_vorlage',
    );
  });

  it('still flags a vessel certificate to be presented and a court decision the applicant hands in', () => {
    expect(codes('Der Eigner hat dabei die Fahrtauglichkeitsbescheinigung zur Eintragung der Änderung vorzulegen.')).toEqual(['nachweis_vorlage']);
    expect(codes('Der Antragsteller hat eine beglaubigte Abschrift des Beschlusses vorzulegen.')).toEqual(['nachweis_vorlage', 'original_beglaubigung']);
  });
});

describe('dev 14: a duty to use the form after the empowerment to introduce it', () => {
  it('flags the user’s duty in the sentence after the empowerment (InsO § 13 Abs. 4)', () => {
    expect(
      codes(
        'Das Bundesministerium wird ermächtigt, durch Rechtsverordnung für die Antragstellung ein Formular einzuführen. Soweit nach Satz 1 ein Formular eingeführt ist, muss der Schuldner dieses benutzen.',
      ),
    ).toEqual(['papier_vordruck']);
  });

  it('keeps the empowerment alone unflagged', () => {
    expect(codes('Das Bundesministerium wird ermächtigt, durch Rechtsverordnung für die Antragstellung ein Formular einzuführen. Die Formulare können sich unterscheiden.')).toEqual([]);
  });
});

describe('dev 14: what the decision diff showed (an authority attaching its own document, a form recording proof)', () => {
  it('accepts the authority attaching its certificate to its decision and a checkbox of a blank form', () => {
    expect(codes('Ist die Laufbahnprüfung bestanden, so fügt das Prüfungsamt dem Bescheid das Abschlusszeugnis bei.')).toEqual([]);
    expect(codes('Die Fahrtauglichkeit wurde nachgewiesen durch --- Fahrtauglichkeitsbescheinigung --- Abnahmeprotokoll.')).toEqual([]);
  });

  it('still flags the applicant attaching the certificate and proof that is still to be given', () => {
    expect(codes('Dem Antrag legt der Antragsteller das Abschlusszeugnis des Prüfungsamts bei.')).toEqual(['nachweis_vorlage']);
    expect(codes('Die Fahrtauglichkeit ist durch eine Fahrtauglichkeitsbescheinigung nachzuweisen.')).toEqual(['nachweis_vorlage']);
  });
});

describe('dev 14b: classes of the fresh draw', () => {
  it('reads the separable "weist … durch … nach" as proof by the document (ZVG § 144, InsO § 347)', () => {
    expect(
      codes('Weist der Ersteher dem Gericht durch öffentliche oder öffentlich beglaubigte Urkunden nach, dass er die Berechtigten befriedigt hat, so sind die Urkunden niederzulegen.'),
    ).toContain('nachweis_vorlage');
    expect(codes('Weist der Steuerpflichtige durch eine Bescheinigung der auszahlenden Stelle nach, dass sie die Korrektur nicht vorgenommen hat, kann er sie geltend machen.')).toEqual([]);
  });

  it('accepts a rule on the evidentiary value of a certified copy and a form other media are equal to', () => {
    expect(codes('Eine beglaubigte Abschrift der Eintragung der Ehe in das Standesregister erbringt vollen Beweis der Eheschließung.')).toEqual([]);
    expect(codes('Die Liste ist auf dem Formblatt zu erstellen. Andere Datenträger sind dem Formblatt gleichgestellt, wenn sie inhaltlich übereinstimmen.')).toEqual([]);
    expect(codes('Die Liste ist auf dem Formblatt zu erstellen.')).toEqual(['papier_vordruck']);
  });

  it('reads "durch besonderen Anschlag" as a posting and leaves an attack alone', () => {
    expect(codes('Am Eingang des Gebäudes ist durch besonderen Anschlag auf die Eintragungszeiten hinzuweisen.')).toEqual(['aushang_bekanntmachung']);
    expect(codes('Durch den Anschlag auf das Gebäude entstand ein Schaden.')).toEqual([]);
  });
});

describe('dev 14c: a registered letter beside any other form that proves receipt', () => {
  it('accepts the open alternative and still flags the letter alone or beside a handover against receipt', () => {
    expect(codes('Die Entscheidung ist dem Anmelder durch eingeschriebenen Brief gegen Rückschein oder in einer anderen Form, die den Zeitpunkt des Eingangs beweist, mitzuteilen.')).toEqual([]);
    expect(codes('Die Entscheidung ist dem Anmelder durch eingeschriebenen Brief gegen Rückschein mitzuteilen.')).toEqual(['postalisch']);
    expect(codes('Der Wahlvorstand beruft die Delegierten gegen Empfangsbekenntnis oder durch eingeschriebenen Brief ein.')).toEqual(['postalisch']);
  });
});
