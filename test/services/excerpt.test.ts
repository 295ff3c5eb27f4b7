import { describe, expect, it } from 'vitest';
import { answeringList, askedNoun, focusExcerpt, layoutItems } from '../../server/services/chat/excerpt';

const ABS2 =
  'Eine durch Rechtsvorschrift angeordnete Schriftform kann, soweit nicht durch Rechtsvorschrift etwas anderes bestimmt ist, durch die elektronische Form ersetzt werden. Der elektronischen Form genügt ein elektronisches Dokument, das mit einer qualifizierten elektronischen Signatur versehen ist. Die Signierung mit einem Pseudonym, das die Identifizierung der Person des Signaturschlüsselinhabers nicht unmittelbar durch die Behörde ermöglicht, ist nicht zulässig. Die Schriftform kann auch ersetzt werden 1. durch unmittelbare Abgabe der Erklärung in einem elektronischen Formular, das von der Behörde in einem Eingabegerät oder über öffentlich zugängliche Netze zur Verfügung gestellt wird; 2. bei Anträgen und Anzeigen durch Versendung eines elektronischen Dokuments an die Behörde mit der Versandart nach § 5 Absatz 5 des De-Mail-Gesetzes; 3. bei elektronischen Verwaltungsakten oder sonstigen elektronischen Dokumenten der Behörden durch Versendung einer De-Mail-Nachricht nach § 5 Absatz 5 des De-Mail-Gesetzes, bei der die Bestätigung des akkreditierten Diensteanbieters die erlassende Behörde als Nutzer des De-Mail-Kontos erkennen lässt; 4. durch sonstige sichere Verfahren, die durch Rechtsverordnung der Bundesregierung mit Zustimmung des Bundesrates festgelegt werden; der IT-Planungsrat gibt Empfehlungen zu geeigneten Verfahren ab.';

describe('focusExcerpt', () => {
  it('keeps the numbered list of § 3a Abs. 2 VwVfG that answers "Welche Alternativen …?"', () => {
    const ex = focusExcerpt(ABS2, { words: ['alternat', 'schriftf', 'ersetzt'], max: 700 });
    expect(ex).toContain('\n1. durch unmittelbare Abgabe');
    expect(ex).toContain('\n4. durch sonstige sichere Verfahren');
  });

  it('starts at the sentence of the cited point and marks what it leaves out', () => {
    const ex = focusExcerpt(ABS2, { points: ['Signierung mit einem Pseudonym'], max: 200 });
    expect(ex).toMatch(/^\[…\] Die Signierung mit einem Pseudonym/);
    expect(ex).toMatch(/ \[…\]$/);
  });

  it('puts enumerations on lines of their own', () => {
    expect(layoutItems('Sie kann insbesondere 1. Auskünfte einholen, 2. Beteiligte anhören.')).toBe(
      'Sie kann insbesondere\n1. Auskünfte einholen,\n2. Beteiligte anhören.',
    );
  });
});

describe('answeringList', () => {
  const NBAUO =
    'Der Bauaufsichtsbehörde sind 1. Anzeigen eines beabsichtigten Abbruchs, 2. Anträge auf Erteilung einer Baugenehmigung (§ 67 Abs. 1) und 3. Bauvoranfragen (§ 73 Abs. 1) elektronisch zu übermitteln. Jede Bauvorlage muss mit einer qualifizierten elektronischen Signatur versehen sein. Die qualifizierte elektronische Signatur ist nicht erforderlich, wenn 1. die Bauvorlage ein qualifiziertes elektronisches Siegel trägt oder 2. die verantwortliche Person ein eigenes Nutzerkonto nutzt. Die Behörde kann einen anderen Weg eröffnen.';

  it('picks the list whose sentence shares most of the question words and keeps it whole', () => {
    const a = answeringList(NBAUO, ['anträge', 'anzeigen', 'übermitt'])!;
    expect(a.list).toBe(
      'Der Bauaufsichtsbehörde sind\n1. Anzeigen eines beabsichtigten Abbruchs,\n2. Anträge auf Erteilung einer Baugenehmigung (§ 67 Abs. 1) und\n3. Bauvoranfragen (§ 73 Abs. 1) elektronisch zu übermitteln.',
    );
    expect(answeringList(NBAUO, ['signatur', 'erforder'])!.list).toMatch(/^Die qualifizierte elektronische Signatur ist nicht erforderlich, wenn\n1\. [^]*\n2\. [^]*Nutzerkonto nutzt\.$/);
  });

  it('prefers the list announced as the things a "Welche …?" question asks for over a list that continues a sentence', () => {
    const q = 'Welche Daten können übermittelt werden?';
    expect(askedNoun(q)).toBe('daten');
    const continued = 'Der Nachweis erfolgt durch Übermittlung von Daten 1. aus dem Speicher des Ausweises oder 2. aus einem Speicher im Personalausweis-Endgerät.';
    const announced = 'Das Sperrmerkmal ist immer zu übermitteln. Folgende weitere Daten können übermittelt werden: 1. Familienname, 2. Vornamen.';
    const words = ['daten', 'übermitt', 'personal'];
    expect(answeringList(continued, words, askedNoun(q))!.shared).toBeLessThan(answeringList(announced, words, askedNoun(q))!.shared);
    expect(answeringList(continued, words)!.shared).toBeGreaterThan(answeringList(announced, words)!.shared);
  });

  it('takes the subject from the sentence before a list that starts with a pronoun', () => {
    const a = answeringList('Den Landkreisen obliegt der Brandschutz. Sie haben insbesondere 1. die Kreisfeuerwehr einzusetzen und 2. Lehrgänge durchzuführen.', ['landkrei'])!;
    expect(a.list).toMatch(/^Den Landkreisen obliegt der Brandschutz\. Sie haben insbesondere\n1\./);
  });

  it('keeps what the Absatz said before a list that adds to it ("kann auch ersetzt werden")', () => {
    const a = answeringList(ABS2, ['alternat', 'schriftf', 'ersetzt'])!;
    expect(a.list).toMatch(/^Eine durch Rechtsvorschrift angeordnete Schriftform kann/);
    expect(a.list).toContain('\n4. durch sonstige sichere Verfahren');
  });

  it('finds nothing in an Absatz without a list or without a shared word', () => {
    expect(answeringList('Der Antrag ist elektronisch zu stellen.', ['antrag'])).toBeUndefined();
    expect(answeringList(NBAUO, ['hundesteu'])).toBeUndefined();
  });
});
