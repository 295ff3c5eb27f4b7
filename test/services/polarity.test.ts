import { describe, expect, it } from 'vitest';
import { conditionOf, modalOf, yesNo } from '../../server/services/chat/polarity';

describe('polarity: the yes or no a provision sentence gives', () => {
  it('reads the modal wording of a sentence', () => {
    expect(modalOf('Die Erteilung des Zeugnisses in elektronischer Form ist ausgeschlossen.')).toBe('excluded');
    expect(modalOf('Das Mieterhöhungsverlangen ist dem Mieter in Textform zu erklären.')).toBe('textform');
    expect(modalOf('Der Einspruch ist schriftlich oder elektronisch einzureichen.')).toBe('electronic');
    // words between the two ways: the electronic one still stands next to the written one
    expect(modalOf('Die Vorsitzende lädt die Mitglieder schriftlich oder durch ein elektronisches Dokument.')).toBe('electronic');
    expect(modalOf('Der Antrag ist schriftlich oder auf elektronischem Weg zu stellen.')).toBe('electronic');
    expect(yesNo('Darf die Vorsitzende per E-Mail einladen?', 'Die Vorsitzende lädt die Mitglieder schriftlich oder durch ein elektronisches Dokument.')).toBe('Ja');
    // the paper way is one of two the provision allows: no duty to it (chat dev8 cd8-10)
    expect(yesNo('Müssen die Mitglieder die Einladung per Post auf Papier bekommen?', 'Die Vorsitzende lädt die Mitglieder schriftlich oder durch ein elektronisches Dokument.')).toMatch(/^Nein, nicht zwingend/);
    expect(yesNo('Dürfen die Mitglieder die Einladung per Post bekommen?', 'Die Vorsitzende lädt die Mitglieder schriftlich oder durch ein elektronisches Dokument.')).toBe('Ja');
    expect(modalOf('Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form.')).toBe('written');
  });


  it('answers a yes/no question only as far as the sentence says', () => {
    expect(yesNo('Darf der Arbeitgeber das Zeugnis per E-Mail erteilen?', 'Die Erteilung des Zeugnisses in elektronischer Form ist ausgeschlossen.')).toBe('Nein');
    expect(yesNo('Reicht eine E-Mail?', 'Das Verlangen ist in Textform zu erklären.')).toMatch(/^Ja, die Textform genügt/);
    expect(yesNo('Darf ein Mieter per E-Mail kündigen?', 'Die Kündigung bedarf der schriftlichen Form.')).toMatch(/^Nicht per einfacher E-Mail/);
    // only the quoted provision is a source of this lead: it names no other §
    expect(yesNo('Darf ein Mieter per E-Mail kündigen?', 'Die Kündigung bedarf der schriftlichen Form.')).not.toMatch(/§/);
    expect(yesNo('Muss ein Bevollmächtigter immer eine Vollmacht vorlegen?', 'Der Bevollmächtigte hat auf Verlangen seine Vollmacht schriftlich nachzuweisen.')).toBe(
      'Nicht immer, nur auf Verlangen seine Vollmacht schriftlich nachzuweisen',
    );
    // the question itself makes the demand: the rule "auf Verlangen … vorzulegen" answers it without a condition
    const books = 'Die Beteiligten haben der Finanzbehörde auf Verlangen Bücher und Geschäftspapiere zur Einsicht und Prüfung vorzulegen.';
    expect(yesNo('Darf das Finanzamt verlangen, dass eine Firma ihre Geschäftspapiere vorlegt?', books)).toBe('Ja');
    expect(yesNo('Muss eine Firma dem Finanzamt ihre Geschäftspapiere vorlegen?', books)).toMatch(/^Es kommt darauf an: auf Verlangen/);
    expect(yesNo('Gilt der Antrag als genehmigt?', 'Die Genehmigung gilt als erteilt, wenn dies durch Rechtsvorschrift angeordnet ist.')).toBe(
      'Es kommt darauf an: wenn dies durch Rechtsvorschrift angeordnet ist',
    );
    expect(yesNo('Kann man das elektronisch einreichen?', 'Der Antragsteller kann Nachweise elektronisch einreichen, es sei denn, dass die Behörde das Original verlangt.')).toBe(
      'Ja, es sei denn, dass die Behörde das Original verlangt',
    );
    // the asked way is one of those the provision names: its condition is that of the measure, not of the way
    expect(yesNo('Darf die Behörde jemanden auch telefonisch laden?', 'Die Behörde kann eine Person schriftlich oder telefonisch laden, wenn dies zur Aufklärung erforderlich ist.')).toBe(
      'Ja, die Vorschrift nennt „schriftlich oder telefonisch“ nebeneinander; für jeden dieser Wege gilt: wenn dies zur Aufklärung erforderlich ist',
    );
    expect(yesNo('Darf die Behörde jemanden persönlich laden?', 'Die Behörde kann eine Person schriftlich oder telefonisch laden, wenn dies zur Aufklärung erforderlich ist.')).toMatch(/^Es kommt darauf an/);
    expect(yesNo('Gilt das Gesetz auch für Schulen?', 'Dieser Teil gilt nicht für die Schulen.')).toBe('Nein');
    // a statute states in the indicative what an authority does: the question's own verb, split, answers it
    expect(yesNo('Darf die Rettungsleitstelle die Notrufgespräche aufzeichnen?', 'Die Rettungsleitstelle zeichnet die einsatzbedingte Telekommunikation auf und fertigt über jeden Einsatz ein Protokoll.')).toBe('Ja');
    expect(yesNo('Darf die Rettungsleitstelle die Notrufgespräche aufzeichnen?', 'Die Rettungsleitstelle ist die Einsatzzentrale für den Rettungsdienst.')).toBeUndefined();
    expect(yesNo('Darf die Behörde die Sperre aufheben?', 'Die Behörde hebt die Sperre nicht auf.')).toBeUndefined();
    // a question in the indicative asks whether it is done; a statute saying so answers it, also when a numbered list
    // stands between the verb and its particle (chat blind 8 cb8-12, NDIG § 12 "stellt … Basisdienste 1. … bereit")
    expect(yesNo('Stellt der Landkreis den Gemeinden ein Portal bereit?', 'Der Landkreis stellt den Gemeinden ein Portal 1. für Anträge, 2. für Bescheide bereit.')).toBe('Ja');
    expect(yesNo('Prüft die Behörde die Angaben?', 'Die Behörde prüft die Angaben auf Vollständigkeit.')).toBe('Ja');
    expect(yesNo('Prüft die Behörde die Angaben?', 'Die Behörde prüft die Angaben nicht.')).toBeUndefined();
    expect(yesNo('Stellt der Landkreis ein Portal bereit?', 'Der Landkreis ist Träger der Aufgabe.')).toBeUndefined();
    // "Gilt …?" asks what applies, which a sentence using "gilt" need not decide
    expect(yesNo('Gilt das Gesetz für Schulen?', 'Das Gesetz gilt für Behörden.')).toBeUndefined();
    // the asked act closes the clause before an example set off by "etwa", inflected in the statute (cb8-11, NRettDG § 6)
    expect(
      yesNo('Muss die Leitstelle Anrufe auch per Video beantworten können, etwa für gehörlose Menschen?', 'Die Leitstelle stellt sicher, dass Anrufe über dasselbe Kommunikationsmittel beantwortet werden.'),
    ).toBe('Ja');
    expect(yesNo('Muss die Leitstelle Anrufe auch per Video beantworten können, etwa für gehörlose Menschen?', 'Die Leitstelle stellt das Personal.')).toBeUndefined();
    // a sentence that only states a fact decides nothing
    expect(yesNo('Ist das erlaubt?', 'Die Kommune erstellt eine Schätzung der Kosten.')).toBeUndefined();
    // a condition inside a listed item is what the list names, not a condition of the rule (chat dev5 cd5-20)
    const listed = 'Wer Sozialleistungen beantragt, hat 1. alle Tatsachen anzugeben und auf Verlangen des Leistungsträgers der Erteilung von Auskünften zuzustimmen, 2. Beweisurkunden vorzulegen.';
    expect(conditionOf(listed)).toBeUndefined();
    expect(conditionOf('Die Behörde kann nur auf Antrag entscheiden.')).toBe('nur auf Antrag entscheiden');
    expect(conditionOf('Der Antrag ist nur auf Verlangen der Behörde 1. schriftlich, 2. elektronisch zu stellen.')).toBe('nur auf Verlangen der Behörde …');
    // a messenger is a digital way as an e-mail is
    expect(yesNo('Kann man per WhatsApp kündigen?', 'Die Kündigung bedarf der schriftlichen Form.')).toMatch(/^Nicht per einfacher E-Mail/);
  });
});

describe('conditionOf on long runs of blanks', () => {
  it('ends a condition before a list after many blanks, and keeps one without a list', () => {
    expect(conditionOf(`Der Antrag ist nur auf Verlangen der Behörde${' '.repeat(99_000)}1. schriftlich, 2. elektronisch zu stellen.`)).toBe('nur auf Verlangen der Behörde …');
    expect(conditionOf(`Der Antrag ist nur auf Verlangen der Behörde zu stellen${' '.repeat(99_000)}x.`)).toBe('nur auf Verlangen der Behörde zu stellen');
  });
});

describe('a subsidiarity clause is no condition (chat blind 11 cb11-06)', () => {
  const rule =
    'Soweit das Fachrecht keine Regelung enthält, wird die Erstattung auf das benannte Konto überwiesen oder, wenn die Antragstellerin es verlangt, per Scheck an ihre Anschrift geschickt.';

  it('skips "soweit … keine Regelung / nichts anderes" and reads the condition after it', () => {
    expect(conditionOf(rule)).toBe('wenn die Antragstellerin es verlangt');
    expect(conditionOf('Sofern nichts anderes bestimmt ist, wird die Bescheinigung elektronisch erteilt.')).toBeUndefined();
    expect(conditionOf('Soweit durch Gesetz nicht abweichend geregelt, ergeht der Bescheid elektronisch.')).toBeUndefined();
    // a real "soweit" condition stays one
    expect(conditionOf('Die Behörde darf Daten abrufen, soweit dies zur Prüfung des Antrags erforderlich ist.')).toBe('soweit dies zur Prüfung des Antrags erforderlich ist');
    // "soweit nicht … eine andere Form vorgeschrieben ist" says which rule comes first (chat blind 12 cb12-02)
    expect(conditionOf('Ein öffentlich-rechtlicher Vertrag ist schriftlich zu schließen, soweit nicht durch Rechtsvorschrift eine andere Form vorgeschrieben ist.')).toBeUndefined();
    expect(yesNo('Muss der Vertrag schriftlich geschlossen werden?', 'Ein Vertrag ist schriftlich zu schließen, soweit nicht durch Rechtsvorschrift eine andere Form vorgeschrieben ist.')).toBe('Ja');
    // a "soweit nicht" that names the circumstance is one
    expect(yesNo('Muss der Antrag schriftlich gestellt werden?', 'Der Antrag ist schriftlich zu stellen, soweit nicht der Antragsteller eine elektronische Übermittlung wählt.')).toBe(
      'Es kommt darauf an: soweit nicht der Antragsteller eine elektronische Übermittlung wählt',
    );
  });

  it('reads a date as a date, not as the start of a numbered list', () => {
    expect(conditionOf('Nach der Verordnung vom 14. März 2012 wird der Betrag ausgezahlt, wenn der Empfänger es beantragt.')).toBe('wenn der Empfänger es beantragt');
    expect(conditionOf('Der Antrag enthält 1. den Namen, 2. die Anschrift, wenn vorhanden.')).toBeUndefined();
  });

  it('"Kann sie das verlangen?" is answered yes where the demand is the rule\'s condition; another condition still decides', () => {
    expect(yesNo('Die Antragstellerin hat kein Konto. Kann sie das verlangen?', rule)).toBe('Ja, wenn die Antragstellerin es verlangt');
    expect(yesNo('Kann die Behörde die Erstattung per Scheck schicken?', 'Die Erstattung wird per Scheck geschickt, wenn kein Konto benannt ist.')).toBe(
      'Es kommt darauf an: wenn kein Konto benannt ist',
    );
  });
});
describe('a right to act and a legal fiction decide a yes/no question', () => {
  it('reads "ist berechtigt" as a permission, not a duty, and its negation as excluded', () => {
    const right = 'Die Zulassungsstelle ist berechtigt, die beim früheren Wohnsitz gespeicherten Fahrzeugdaten anzufordern.';
    expect(modalOf(right)).toBe('permission');
    expect(yesNo('Darf die Zulassungsstelle die Fahrzeugdaten beim früheren Wohnsitz anfordern?', right)).toBe('Ja');
    expect(yesNo('Muss die Zulassungsstelle die Fahrzeugdaten anfordern?', right)).toBe('Nicht zwingend');
    const club = 'Der Verein ist insoweit befugt, Beiträge im Lastschriftverfahren einzuziehen.';
    expect(yesNo('Kann der Verein Beiträge per Lastschrift einziehen?', club)).toBe('Ja');
    expect(modalOf('Die Kammer ist nicht berechtigt, die Mitgliederliste zu veröffentlichen.')).toBe('excluded');
    expect(yesNo('Darf die Kammer die Mitgliederliste veröffentlichen?', 'Die Kammer ist nicht berechtigt, die Mitgliederliste zu veröffentlichen.')).toBe('Nein');
    // a duty stays a duty
    expect(modalOf('Der Betreiber ist verpflichtet, die Anlage jährlich zu prüfen.')).toBe('obligation');
  });

  it('answers "Gilt … als …?" from a sentence that states the fiction, with its condition where it has one', () => {
    expect(yesNo('Gilt die Anzeige als eingegangen, wenn sie im Portal hochgeladen ist?', 'Die Anzeige gilt mit dem Hochladen im Portal als eingegangen.')).toBe('Ja');
    expect(yesNo('Gilt das Schreiben als zugestellt?', 'Das Schreiben gilt am vierten Tag nach der Aufgabe zur Post als zugestellt.')).toBe('Ja');
    expect(yesNo('Gilt das Schreiben als zugestellt?', 'Das Schreiben gilt nicht als zugestellt, solange der Empfänger es nicht abgerufen hat.')).toBe('Nein');
    expect(yesNo('Gilt die Erlaubnis als erteilt?', 'Die Erlaubnis gilt als erteilt, wenn die Behörde nicht binnen drei Monaten entscheidet.')).toBe(
      'Es kommt darauf an: wenn die Behörde nicht binnen drei Monaten entscheidet',
    );
    // a sentence without a fiction decides nothing about it
    expect(yesNo('Gilt die Anzeige als eingegangen?', 'Die Anzeige wird im Portal gespeichert.')).toBeUndefined();
  });
});

describe('a lifted duty and a question to do without (after blind 13)', () => {
  it('reads "bedarf es nicht" and "ist nicht erforderlich" as exemptions, not duties', () => {
    const listed = 'Einer Anhörung bedarf es nicht, 1. wenn Gefahr im Verzug ist, 2. wenn der Antragsteller zugestimmt hat.';
    expect(modalOf(listed)).toBe('exempt');
    // blind 13 cb13-12 was the trigger: „… immer eine Begründung haben?“ got „Ja“ from the exceptions of § 121 Abs. 2 AO
    expect(yesNo('Muss die Kammer den Antragsteller immer anhören?', listed)).toBe('Nicht immer');
    expect(yesNo('Muss die Kammer den Antragsteller anhören?', listed)).toBe('Nicht in jedem Fall');
    const conditioned = 'Eine Unterschrift ist nicht erforderlich, soweit der Bescheid maschinell erstellt wird.';
    expect(modalOf(conditioned)).toBe('exempt');
    expect(yesNo('Braucht der Gebührenbescheid stets eine Unterschrift?', conditioned)).toBe('Nicht immer');
    expect(yesNo('Muss der Bescheid einen Stempel tragen?', 'Eines Dienstsiegels bedarf es nicht.')).toBe('Nein');
    // a duty that is not lifted stays a duty
    expect(yesNo('Muss die Kammer den Antragsteller anhören?', 'Die Kammer hat den Antragsteller vor der Entscheidung anzuhören.')).toBe('Ja');
  });

  it('answers "Darf …, ohne X?" with no where the sentence makes X a duty', () => {
    // blind 13 cb13-06 was the trigger („…, ohne irgendwelche Gründe?“ against „ist mit einer Begründung zu versehen“)
    expect(yesNo('Darf der Verein das Mitglied ausschließen, ohne irgendeine Anhörung?', 'Vor dem Ausschluss ist das Mitglied anzuhören; die Anhörung ist zu protokollieren.')).toBe('Nein');
    expect(yesNo('Kann das Amt die Genehmigung widerrufen, ohne jede Frist?', 'Der Widerruf ist nur binnen einer Frist von einem Jahr zu erklären.')).toBe('Nein');
    // the duty must name what the question leaves out; another duty decides nothing of the kind
    expect(yesNo('Darf der Verein das Mitglied ausschließen, ohne irgendeine Anhörung?', 'Der Ausschluss ist dem Mitglied schriftlich mitzuteilen.')).not.toBe('Nein');
  });
});
