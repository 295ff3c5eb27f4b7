import { describe, expect, it } from 'vitest';
import { conceptWords, shippedExpansion } from '../../server/retrieval/expansion';
import { tokenize } from '../../server/retrieval/normalize';

/**
 * Classes of lay words with no lexical link to the statutes (docs/retrieval-lexical-classes.md): the shipped concept
 * map (rechtsbegriffe.tsv, weltwissen.tsv) bridges each class, and stays silent where the same words mean something else.
 */
const words = (q: string) => conceptWords(shippedExpansion().concepts, tokenize(q));

describe('question words that ask for a kind of content', () => {
  it('reads "bis wann" and "wie lange habe ich Zeit" as a question for a Frist', () => {
    expect(words('Bis wann muss ich beim Verwaltungsgericht sein?')).toEqual(expect.arrayContaining(['frist', 'binnen']));
    expect(words('Wie lange habe ich Zeit, dagegen vorzugehen?')).toEqual(expect.arrayContaining(['frist', 'binnen']));
    expect(words('Innerhalb welcher Frist muss der Widerspruch da sein?')).toContain('binnen');
  });

  it('leaves validity, keeping records and the start of an effect to their own rows', () => {
    // "ab wann" asks when something takes effect; "wie lange gültig" and "wie lange aufheben" are no deadline to act
    expect(words('Ab wann gilt der Bescheid als zugegangen?')).not.toContain('binnen');
    expect(words('Wie lange ist mein Ausweis gültig?')).not.toContain('binnen');
    expect(words('Wie lange muss ich die Belege aufheben?')).not.toContain('binnen');
  });

  it('reads "wer zahlt" and "wer trägt die Kosten" as a question for the cost rule', () => {
    expect(words('Wer zahlt den Dolmetscher?')).toEqual(expect.arrayContaining(['kosten', 'kostenerstattung']));
    expect(words('Darf das Ministerium eingreifen, und wer trägt die Kosten?')).toContain('kostenerstattung');
    expect(words('Muss der Nachbarort uns das bezahlen?')).toContain('kostenerstattung');
    // paying a fee online is the payment channel, not who bears the costs
    expect(words('Kann ich die Gebühr online bezahlen?')).not.toContain('kostenerstattung');
    expect(words('Was muss eine Gemeinde anbieten, damit Leute ihre Gebühren online bezahlen können?')).not.toContain('kostenerstattung');
  });

  it('reads a late claim as a question of Verjährung, a late appeal still as Wiedereinsetzung', () => {
    expect(words('Es ist drei Jahre her. Kann ich das noch einfordern?')).toContain('verjährung');
    expect(words('Ich habe die Frist verpasst')).not.toContain('verjährung');
    // "noch" and "verlangen" anywhere in a question are no late claim
    expect(words('Kann ich verlangen, dass ich das noch schriftlich bekomme?')).not.toContain('verjährung');
  });
});

describe('everyday words for legal acts', () => {
  it('reads a click or tick on the screen as an electronic declaration, with consent as Einwilligung', () => {
    expect(words('Reicht eine Zustimmung per Klick im Intranet?')).toEqual(expect.arrayContaining(['einwilligung', 'elektronisch']));
    expect(words('Reicht so eine Zustimmung am Bildschirm?')).toContain('einwilligung');
    // a click that is no consent stays an electronic act only
    expect(words('Darf das Land auswerten, was die Leute anklicken?')).toContain('elektronisch');
    expect(words('Darf das Land auswerten, was die Leute anklicken?')).not.toContain('einwilligung');
    // the consent of the Bundesrat to an ordinance on online applications is no consent to data processing
    expect(words('Braucht die Verordnung für Online-Anträge die Zustimmung der Länderkammer?')).not.toContain('einwilligung');
  });

  it('reads a Notlage as Gefahr im Verzug, a Notfall of the ambulance service not', () => {
    expect(words('Darf die Verordnung in einer Notlage nur im Internet verkündet werden?')).toEqual(expect.arrayContaining(['verzug', 'eilverkündung']));
    expect(words('Der Notarzt kam im Notfall zu spät')).not.toContain('verzug');
  });

  it('reads a Bescheid that is served as the Dokument of the service law, any other Bescheid not', () => {
    expect(words('Wie wird der Bescheid im Ausland zugestellt?')).toContain('dokument');
    expect(words('Ist der Bescheid rechtmäßig?')).not.toContain('dokument');
  });

  it('bridges where to sue, what to demand in court and dropping one\'s own action', () => {
    expect(words('Muss ich nach München, oder kann ich das hier bei mir vor Gericht bringen?')).toContain('gerichtsstand');
    expect(words('Was kann ich vor Gericht verlangen, nur dass die Ablehnung aufgehoben wird?')).toEqual(expect.arrayContaining(['anfechtungsklage', 'verpflichtungsklage']));
    expect(words('Ich habe geklagt und will das jetzt doch lassen')).toContain('klagerücknahme');
    // an application withdrawn is no action withdrawn
    expect(words('Was passiert, wenn ich den Antrag zurückziehe?')).not.toContain('klagerücknahme');
    // asking which rules apply, "auch für die Gerichte", is no question where to sue
    expect(words('Nach welchen Regeln stellt ein Landesamt Bescheide zu, und gilt das auch für die Gerichte?')).not.toContain('gerichtsstand');
  });

  it('bridges data used for something new to the change of purpose', () => {
    expect(words('Darf das Amt meine Angaben später für etwas ganz Neues nutzen?')).toContain('zweckänderung');
    expect(words('Darf das Amt meine Angaben speichern?')).not.toContain('zweckänderung');
    // using another system is no other purpose of data
    expect(words('Darf ein Amt trotzdem etwas anderes nutzen?')).not.toContain('zweckänderung');
  });
});

describe('lay words for procedures the statutes name otherwise', () => {
  it('bridges a superior authority\'s instruction to the Weisungsverhältnis, which is no Amtshilfe', () => {
    expect(words('Zählt es auch, wenn eine vorgesetzte Behörde ihrer nachgeordneten Stelle eine Anweisung gibt?')).toContain('weisungsverhältnis');
    expect(words('Muss das Zollamt dem Bundesamt helfen?')).not.toContain('weisungsverhältnis');
    // a subordinate authority issuing an ordinance is no instruction
    expect(words('Wo machen nachgeordnete Landesbehörden ihre Verordnungen bekannt?')).not.toContain('weisungsverhältnis');
  });

  it('bridges meeting in the middle to a Vergleich, changed circumstances to the Anpassung of a contract', () => {
    expect(words('Können wir uns in der Mitte treffen und das in einem Vertrag festhalten?')).toContain('vergleichsvertrag');
    expect(words('Die Umstände haben sich völlig geändert. Kann man neu aushandeln?')).toContain('anpassung');
    // "einigen" is also "some": in einigen Fällen is no settlement
    expect(words('In einigen Fällen gilt der Vertrag weiter')).not.toContain('vergleichsvertrag');
  });

  it('bridges an authority\'s own inquiries to the Beweismittel and a decision without a hearing date to the written procedure', () => {
    expect(words('Darf die Behörde Nachbarn befragen oder sich den Ort selbst ansehen?')).toEqual(expect.arrayContaining(['beweismittel', 'augenschein']));
    expect(words('Dürfen wir nach Aktenlage entscheiden?')).toContain('verhandlung');
    // an appointment at the citizens' office is no oral hearing
    expect(words('Ich habe keinen Termin beim Bürgeramt bekommen')).not.toContain('verhandlung');
  });

  it('keeps a question for the conditions of a provision apart from a claim to a benefit', () => {
    expect(words('Steht mir das zu, oder kann das Amt nach Gutdünken entscheiden?')).toEqual(expect.arrayContaining(['rechtsanspruch', 'ermessen']));
    expect(words('Welche Voraussetzungen müssen erfüllt sein?')).not.toContain('rechtsanspruch');
  });
});

describe('foreign states and cities (weltwissen.tsv)', () => {
  it('places every sovereign state outside the EU and the EEA, not only the frequent ones, in the Drittstaaten', () => {
    for (const q of ['Die Empfängerin lebt in Kenia', 'Eine Firma in Bolivien', 'Ein Antrag aus Kasachstan', 'Sie wohnt in Sri Lanka', 'Der Kläger sitzt in Saudi-Arabien'])
      expect(words(q), q).toEqual(expect.arrayContaining(['drittstaat', 'ausland']));
  });

  it('reads a big foreign city as its state: Wien in the EU, London and Istanbul outside', () => {
    expect(words('Ich lebe jetzt in Wien')).toEqual(expect.arrayContaining(['mitgliedstaat', 'ausland']));
    expect(words('Ich lebe jetzt in Wien')).not.toContain('drittstaat');
    expect(words('Der Bescheid soll nach London')).toContain('drittstaat');
    expect(words('Meine Tochter studiert in Istanbul')).toContain('drittstaat');
  });

  it('does not read a first name or a German word as a state', () => {
    expect(words('Sofia hat den Antrag gestellt')).not.toContain('ausland');
    expect(words('Der Jersey lag im Amt')).not.toContain('ausland');
    expect(words('Meine Oma hat den Antrag gestellt')).not.toContain('ausland');
  });
});
