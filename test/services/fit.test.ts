import { describe, expect, it } from 'vitest';
import { fits, fittingHits, haystack, hitFits, specificTerms, uncovered } from '../../server/services/chat/fit';
import { hit } from '../llm/helpers';

const words = (q: string) => specificTerms(q).map((t) => t.word);

describe('fit of a source to a question', () => {
  it('takes the nouns that say what a question is about, not where, for whom or how it is asked', () => {
    expect(words('Welche Regeln gelten im Digitalcheck für Drohnenflüge über Naturschutzgebieten?')).toEqual(['Drohnenflüge', 'Naturschutzgebieten']);
    expect(words('Darf das Ordnungsamt in Niedersachsen verlangen, dass man den Antrag persönlich im Rathaus abgibt?')).toEqual([]);
    // the persons of a story say for whom, not what
    expect(words('Ein Mann will seiner geschiedenen Frau eine Rente versprechen.')).toEqual(['Rente']);
    // typed all in lower case: every content word counts
    expect(words('wie lange müssen schulen klassenbücher aufbewahren')).toEqual(['schulen', 'klassenbücher', 'aufbewahren']);
  });

  it('reads a compound of two frame words as framing the question, but keeps a compound with a modifier of its own', () => {
    // who asks ("Bundesbehörde") is no topic a provision must name (blind 11 cb11-05)
    expect(words('Unsere Bundesbehörde müsste einen Planfeststellungsbeschluss zustellen. Dürfen wir die Einzelzustellung ersetzen?')).toEqual([
      'Planfeststellungsbeschluss',
      'Einzelzustellung',
    ]);
    // a modifier of its own names the topic: the authority of a field, the law, the right (blind 6, blind 10, dev 15)
    expect(words('Darf die Friedhofsverwaltung die Urkunde über das Nutzungsrecht digital ausstellen?')).toEqual(['Friedhofsverwaltung', 'Urkunde', 'Nutzungsrecht']);
    expect(words('Kann die Bauaufsichtsbehörde das nach dem Waffengesetz verlangen?')).toEqual(['Bauaufsichtsbehörde', 'Waffengesetz']);
    // "Landesbehörde" asks for the Land's own law (NDIG), so it stays a word the answer must cover
    expect(words('Eine Landesbehörde führt ihre Vorgänge noch in Papierakten.')).toEqual(['Landesbehörde', 'Vorgänge', 'Papierakten']);
  });

  it('reads a function word that opens a sentence as no noun, but the same word inside a sentence as written', () => {
    // "Seit wann …?" is capitalised only because it opens the question (blind 11 cb11-04)
    expect(words('Wir helfen mit. Seit wann müssen die Gerichte ihre Akten elektronisch führen?')).toEqual(['Gerichte', 'Akten']);
    expect(words('Ab wann gilt die Pflicht zur Zustellung?')).toEqual(['Pflicht', 'Zustellung']);
    // the same spelling inside a sentence is no opener: a drafter's capital there is taken at its word
    expect(words('Gilt die Pflicht Seit dem Beschluss?')).toEqual(['Pflicht', 'Seit', 'Beschluss']);
  });

  it('finds a word in its other forms and in compounds, but not in a look-alike after umlaut folding', () => {
    const hay = haystack('Die Urkunde ist elektronisch einzureichen; eine Kündigung bedarf der Schriftform. Forderungen des Gläubigers.');
    const missing = (q: string) => uncovered(specificTerms(q), hay).map((t) => t.word);
    expect(missing('Geburtsurkunde')).toEqual([]);
    expect(missing('Kündigen Schriftformerfordernis')).toEqual([]);
    expect(missing('Förderung')).toEqual(['Förderung']);
  });

  it('finds a word in its umlaut plural, both ways, but only with the umlaut on its last vowel', () => {
    const hay = haystack('Auskünfte können elektronisch erteilt werden. Über die Anträge entscheidet die Behörde. Die Förderung endet.');
    const missing = (q: string, heads = false) => uncovered(specificTerms(q), hay, heads).map((t) => t.word);
    expect(missing('Auskunft')).toEqual([]);
    expect(missing('Auskunft', true)).toEqual([]);
    expect(missing('Antrag Auskunft', true)).toEqual([]);
    expect(uncovered(specificTerms('Auskünfte'), haystack('Die Auskunft wird erteilt.'), true)).toEqual([]);
    // "Förderung" is no umlaut form of "Forderung": the umlaut is not on the singular's last vowel
    expect(uncovered(specificTerms('Forderungen'), hay, true).map((t) => t.word)).toEqual(['Forderungen']);
  });

  it('lets one lay word go next to covered ones, never two of a short question', () => {
    const t = (n: number) => Array.from({ length: n }, (_, i) => ({ stem: `w${i}`, word: `w${i}` }));
    expect(fits(t(2), t(1))).toBe(true);
    expect(fits(t(1), t(1))).toBe(false);
    expect(fits(t(3), t(2))).toBe(false);
    expect(fits(t(6), t(2))).toBe(true);
    // hits, without a card's judgement behind them, must cover a short question completely
    expect(hitFits(t(2), t(1))).toBe(false);
    expect(hitFits(t(4), t(1))).toBe(true);
  });

  it('drops hits that share a word but not the subject', () => {
    const grundbuch = hit('BGB', '§ 1138', 'Die Vorschriften über den öffentlichen Glauben des Grundbuchs gelten für die Hypothek.');
    const schriftform = hit('VwVfG', '§ 3a Abs. 2', 'Eine durch Rechtsvorschrift angeordnete Schriftform kann durch die elektronische Form ersetzt werden.');
    expect(fittingHits('Welche Regeln gelten im Digitalcheck für Blockchain beim Grundbuch?', [grundbuch])).toEqual([]);
    expect(fittingHits('Wie ersetze ich die Schriftform?', [grundbuch, schriftform])).toEqual([schriftform]);
  });

  it('does not take the first part of a compound for the compound, nor the addressee for the subject', () => {
    const schulen = hit('NDIG', '§ 3', 'Dieses Gesetz gilt auch für die öffentlichen Schulen.');
    const belege = hit('AO', '§ 147 Abs. 1', 'Die folgenden Unterlagen sind geordnet aufzubewahren: Buchungsbelege.');
    expect(fittingHits('Dürfen Schulzeugnisse in Niedersachsen künftig rein digital ausgestellt werden?', [schulen])).toEqual([]);
    expect(fittingHits('Dürfen Unternehmen ihre Buchungsbelege nur noch digital aufbewahren?', [schulen, belege])).toEqual([belege]);
  });

  it('does not let a card cover a compound by a head that only names an office, a place or a right', () => {
    const term = (w: string) => [{ stem: w.toLowerCase(), word: w }];
    const loose = (w: string, text: string) => uncovered(term(w), haystack(text)).length === 0;
    expect(loose('Friedhofsverwaltung', 'Die Verwaltung muss einen elektronischen Zugang eröffnen.')).toBe(false);
    expect(loose('Grabstelle', 'Die Stelle, die den Nachweis ausstellt, …')).toBe(false);
    // a head with a meaning of its own still covers its compounds
    expect(loose('Steuerbescheid', 'Der Bescheid kann elektronisch bekannt gegeben werden.')).toBe(true);
    expect(loose('Geburtsurkunde', 'Die Urkunde wird elektronisch ausgestellt.')).toBe(true);
  });

  it('takes a compound whose head only says that something is done or required for its first part', () => {
    const term = (w: string) => [{ stem: w.toLowerCase(), word: w }];
    const strict = (w: string, text: string) => uncovered(term(w), haystack(text), true).length === 0;
    expect(strict('Umlauf', 'Beschlüsse können im Umlaufverfahren gefasst werden.')).toBe(true);
    expect(strict('Nachweis', 'Die Nachweispflicht entfällt.')).toBe(true);
    expect(strict('Schule', 'Die Schulpflicht beginnt.')).toBe(true);
    // a head with a meaning of its own stays another thing
    expect(strict('Arbeit', 'Das Arbeitszeugnis ist zu erteilen.')).toBe(false);
    expect(strict('Text', 'Die Textform genügt.')).toBe(false);
  });

  it('takes a provision that names a lay word by its statute term or its field, if it names one word itself', () => {
    const einwendungen = hit('NBauO', '§ 68 Abs. 3', 'Einwendungen sind von der Person, die sie erhebt, elektronisch mit qualifizierter Signatur an die Bauaufsichtsbehörde zu übermitteln; die Baumaßnahme betrifft Nachbarn.');
    // "Bauvorhaben" is a Baumaßnahme, "E-Mail" elektronisch (rechtsbegriffe.tsv), "Bauaufsicht" the field of the NBauO
    expect(fittingHits('Können Nachbarn ihre Einwendungen gegen ein Bauvorhaben per E-Mail an die Bauaufsicht schicken?', [einwendungen])).toEqual([einwendungen]);
    // paraphrases alone: "Handy" and "Karte" are electronic anything, the Jagdschein stays uncovered
    const bezahlen = hit('NDIG', '§ 6 Abs. 1', 'Jede Behörde ist verpflichtet, elektronische Bezahlmöglichkeiten zu schaffen.');
    expect(fittingHits('Dürfen Jagdscheine auch als digitale Karte aufs Handy ausgestellt werden?', [bezahlen])).toEqual([]);
  });
});

describe('time adverbials are circumstance, not topic (chat round 13)', () => {
  it('drops "N Jahre lang", "mit der Zeit" and "seit Jahren" from what a question is about', () => {
    const words = (q: string) => specificTerms(q).map((t) => t.word);
    expect(words('Wir speichern die Protokolle zehn Jahre lang. Was passiert mit der Zeit mit den Signaturen?')).toEqual(['Protokolle', 'Signaturen']);
    expect(words('Seit Jahren verschicken wir Rechnungen dreißig Tage später per Post.')).toEqual(['Rechnungen', 'Post']);
    // a time named as the topic stays: the Jahresabschluss, the Frist
    expect(words('Muss der Jahresabschluss binnen einer Frist eingereicht werden?')).toEqual(['Jahresabschluss', 'Frist']);
  });
});

describe('a Gemeinde compound is about its modifier (chat round 13)', () => {
  it('covers "Wohnortgemeinde" by "Wohnortes", "Heimatgemeinde" by "Heimat", not an office by its procedure', () => {
    const t = (word: string) => ({ stem: word.toLowerCase(), word });
    expect(uncovered([t('Wohnortgemeinde')], haystack('die Meldebehörde des letzten früheren Wohnortes'), true)).toEqual([]);
    expect(uncovered([t('Heimatgemeinde')], haystack('Wer seine Heimat verlässt, meldet sich ab.'))).toEqual([]);
    // a "Zulassungsstelle" is not what any "Zulassung" is about (blind 5 cb5-09: „Zulassung einer Abweichung“)
    expect(uncovered([t('Zulassungsstelle')], haystack('Anträge auf Zulassung einer Abweichung'), true)).toHaveLength(1);
    // another word with the same start is no form of the modifier, and a short modifier decides nothing
    expect(uncovered([t('Wohnortgemeinde')], haystack('die Wohnortwechselbescheinigung'), true)).toHaveLength(1);
    expect(uncovered([t('Bauamt')], haystack('der Bauherr'), true)).toHaveLength(1);
  });
});

describe('a committee named for its subject is a committee (after blind 13)', () => {
  it('covers "Bauausschuss" and "Schulausschüssen" by the Ausschüsse of a statute, not by another word', () => {
    const t = (word: string) => ({ stem: word.toLowerCase(), word });
    // blind 13 cb13-03 was the trigger (a councillor at a sitting of the Bauausschuss, § 72 Abs. 2 NKomVG)
    expect(uncovered([t('Bauausschuss')], haystack('bei allen Sitzungen der Ausschüsse der Vertretung'), true)).toEqual([]);
    expect(uncovered([t('Schulausschüssen')], haystack('Der Ausschuss tagt nicht öffentlich.'), true)).toEqual([]);
    expect(uncovered([t('Bauausschuss')], haystack('Der Bauherr reicht den Antrag ein.'), true)).toHaveLength(1);
  });
});

describe('what a told case is about, in lay words (after blind 14)', () => {
  const t = (word: string) => ({ stem: word.toLowerCase(), word });
  it('drops an adjective written as a noun after a quantifier, keeps a noun after one', () => {
    // blind 14 cb14-13 was the trigger: „… in seinem Antrag aus Versehen etwas Wichtiges vergessen …“
    expect(words('Was passiert, wenn im Formular etwas Falsches steht?')).toEqual(['Formular']);
    expect(words('Darf die Meldebehörde alles Nötige über die Mieter abfragen?')).toEqual(['Meldebehörde', 'Mieter']);
    expect(words('Wir haben für den Ausweis etwas Geld gezahlt und beim Pass nichts Neues erfahren.')).toEqual(['Ausweis', 'Geld', 'Pass']);
  });
  it('covers a noun by the adjective it forms with „-lich“, in a provision too, not a short noun', () => {
    expect(uncovered([t('Versehen')], haystack('wenn diese offensichtlich nur versehentlich unterblieben sind'), true)).toEqual([]);
    expect(uncovered([t('Absicht')], haystack('wer absichtlich falsche Angaben macht'), true)).toEqual([]);
    // "Ort" is no "örtlich" matter, and another adjective of the same start is not formed with „-lich“
    expect(uncovered([t('Ort')], haystack('die örtlich zuständige Behörde'), true)).toHaveLength(1);
    expect(uncovered([t('Absicht')], haystack('ein absichtsvolles Vorgehen'), true)).toHaveLength(1);
  });
});
