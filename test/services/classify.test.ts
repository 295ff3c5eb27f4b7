import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksWording, classifyMessage, INTENTS, splitPassage } from '../../server/services/chat/classify';
import { namesAnyField } from '../../server/services/chat/fit';

describe('classifyMessage', () => {
  it.each([
    ['Wie ersetze ich die Schriftform elektronisch?', 'howto'],
    ['Wie kann ich in einem Gesetzentwurf die eigenhändige Unterschrift ersetzen?', 'howto'],
    ['Was regelt § 3a VwVfG?', 'question'],
    ['Schriftform ersetzen', 'question'],
    ['Welche Rechtsgrundlage erlaubt elektronische Akten in Niedersachsen?', 'question'],
    ['Darf die Behörde das persönliche Erscheinen verlangen', 'question'],
    ['Darf eine Behörde in Niedersachsen verlangen, dass ein Antrag persönlich abgegeben wird?', 'question'],
    ['Wie wird das Wetter morgen?', 'out_of_scope'],
    // lawyers and courts are procedure too (dev set 16); a dish called „Gericht“ is not
    ['Müssen Anwälte das beA nutzen?', 'question'],
    ['Kann man beim Sozialgericht per E-Mail klagen?', 'question'],
    ['Was ist ein gutes Gericht mit Kartoffeln?', 'out_of_scope'],
    ['   ', 'empty'],
  ])('%s → %s', (text, kind) => {
    expect(classifyMessage(text).kind).toBe(kind);
  });

  it.each([
    ['Ist diese Formulierung digitaltauglich: „Der Antrag ist schriftlich bei der Behörde zu stellen.“', 'Der Antrag ist schriftlich bei der Behörde zu stellen.'],
    ['Prüfe bitte: Die Bescheinigung ist im Original vorzulegen.', 'Die Bescheinigung ist im Original vorzulegen.'],
    ['Der Antrag ist schriftlich zu stellen.', 'Der Antrag ist schriftlich zu stellen.'],
    ['Die Behörde kann das persönliche Erscheinen des Antragstellers anordnen.', 'Die Behörde kann das persönliche Erscheinen des Antragstellers anordnen.'],
    ['§ 5 Antrag\n(1) Der Antrag ist auf dem amtlichen Vordruck zu stellen.', '§ 5 Antrag\n(1) Der Antrag ist auf dem amtlichen Vordruck zu stellen.'],
    // a sole Absatz number is the passage's label, not its text (UX walk)
    ['(1) Die Anzeige ist der Gemeinde zu erstatten.', 'Die Anzeige ist der Gemeinde zu erstatten.'],
    // the question before the passage, on the same line, without quotation marks
    ['Ist das digitaltauglich? Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.', 'Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.'],
    // the question after the passage
    ['Die Unterlagen sind in dreifacher Ausfertigung per Post einzureichen. Ist das noch zeitgemäß?', 'Die Unterlagen sind in dreifacher Ausfertigung per Post einzureichen.'],
    // several Absätze after a question line
    [
      'Was hältst du davon?\n\n§ 7 Anzeige\n(1) Die Anzeige ist der Gemeinde schriftlich zu erstatten.\n(2) Die Gemeinde macht die Anzeige durch Aushang bekannt.',
      '§ 7 Anzeige\n(1) Die Anzeige ist der Gemeinde schriftlich zu erstatten.\n(2) Die Gemeinde macht die Anzeige durch Aushang bekannt.',
    ],
    // typed in haste: the question after the passage in lower case, the user's lead-in before a colon
    ['Die Anmeldung hat persönlich beim Prüfungsamt zu erfolgen. geht das so noch?', 'Die Anmeldung hat persönlich beim Prüfungsamt zu erfolgen.'],
    ['Ersuchen sind schriftlich zu stellen; sie haben den Grund anzugeben. passt das so?', 'Ersuchen sind schriftlich zu stellen; sie haben den Grund anzugeben.'],
    ['hey, mein chef will wissen ob das ok is: Der Nachweis ist im Original vorzulegen.', 'Der Nachweis ist im Original vorzulegen.'],
    // statutes open with "Wer" as well
    [
      'im entwurf steht bisher: Wer eine Erlaubnis beantragt, hat die Nachweise im Original vorzulegen.',
      'Wer eine Erlaubnis beantragt, hat die Nachweise im Original vorzulegen.',
    ],
  ])('passage: %s', (text, passage) => {
    const c = classifyMessage(text);
    expect(c.kind).toBe('check');
    expect(c.passage).toBe(passage);
  });

  it('reads "und wie formuliere ich das?" as a rewrite after a check, as a follow-up after a question (dev set 14)', () => {
    expect(classifyMessage('und wie formuliere ich das?', { hasPrevious: true, hasPassage: true }).kind).toBe('rewrite');
    expect(classifyMessage('und wie formuliere ich das?', { hasPrevious: true }).kind).toBe('follow_up');
    expect(asksWording('hast du einen Formulierungsvorschlag?')).toBe(true);
    expect(asksWording('Wie formuliere ich einen Antrag auf Wohngeld?')).toBe(true);
    expect(asksWording('Wie ersetze ich die Unterschrift?')).toBe(false);
  });

  it('keeps the user’s own words apart from the passage', () => {
    expect(splitPassage('Ist das digitaltauglich? Der Antrag ist schriftlich zu stellen.')).toEqual({
      question: 'Ist das digitaltauglich?',
      passage: 'Der Antrag ist schriftlich zu stellen.',
    });
  });

  it('treats long unquestioned text as a passage', () => {
    const text = 'Die zuständige Stelle entscheidet über die Zulassung. '.repeat(8).trim();
    expect(classifyMessage(text).kind).toBe('check');
  });

  it('reads short references to the previous turn as follow-ups only when there is one', () => {
    expect(classifyMessage('Und bei Bescheiden?', { hasPrevious: true }).kind).toBe('follow_up');
    expect(classifyMessage('Und bei Bescheiden?').kind).toBe('question');
    // "was heißt das für …" asks what the earlier answer means for something; "was bedeutet das Prinzip" asks afresh
    expect(classifyMessage('was heißt das für Anträge, die über ein Online-Formular kommen?', { hasPrevious: true }).kind).toBe('follow_up');
    expect(classifyMessage('Was bedeutet das konkret für unsere Bescheide?', { hasPrevious: true }).kind).toBe('follow_up');
    expect(classifyMessage('Was bedeutet das Once-Only-Prinzip für Nachweise?', { hasPrevious: true }).kind).not.toBe('follow_up');
    expect(classifyMessage('Und wie formuliere ich das um?', { hasPrevious: true, hasPassage: true }).kind).toBe('rewrite');
    // without a checked passage there is nothing to rewrite: a how-to question
    expect(classifyMessage('Wie formuliere ich eine Vorlagepflicht digitaltauglich?').kind).toBe('howto');
  });

  it('reads requests for a better wording after a check as rewrites, in plain words too', () => {
    const after = { hasPrevious: true, hasPassage: true };
    for (const text of [
      'Mach mir bitte einen Vorschlag, wie das besser geht.',
      'wie würde das denn digitaltauglich lauten?',
      'Was schlägst du vor?',
      'Kannst du das verbessern?',
      'Wie könnte man das digitaltauglich formulieren?',
      'Passe das bitte an.',
      'Und wie sähe das digitaltauglich aus?',
      // what the request points at may be named: the Satz, the Formulierung, the Wortlaut
      'ok. und wie müsste der satz dann richtig lauten?',
      'Wie sähe die Formulierung dann aus?',
      // an Änderungsbefehl or a shorter version of the rewrite asks for new wording as well
      'und jetzt als Änderungsbefehl',
      'kürzer bitte',
    ]) {
      expect(classifyMessage(text, after).kind, text).toBe('rewrite');
    }
    // the same words without anything checked before are not a rewrite of nothing
    expect(classifyMessage('Haben Sie einen Formulierungsvorschlag für eine Vorlagepflicht im Baurecht?').kind).not.toBe('rewrite');
    expect(classifyMessage('Wie ist ein Änderungsbefehl aufgebaut?').kind).not.toBe('rewrite');
    // a shorter deadline is not a shorter wording
    expect(classifyMessage('Kann die Frist kürzer sein?', after).kind).not.toBe('rewrite');
    // "Passt das zu Digital First?" asks whether it fits: a check of the quoted provision, not a request to adapt it
    expect(classifyMessage('„Die Satzung ist durch Aushang an der Bekanntmachungstafel des Rathauses öffentlich bekannt zu machen.“ Passt das noch zu Digital First?').kind).toBe('check');
  });

  it('reads a provision retold in the user\'s own words as part of the question, not as pasted text', () => {
    const c = classifyMessage('Wir schreiben gerade an einem Landesgesetz. Da steht drin, der Antrag muss unterschrieben auf Papier kommen. Wie kriegen wir das digital hin?');
    expect(c.kind).toBe('question');
    expect(c.passage).toBeUndefined();
    // the same sentence pasted on its own is a passage to check
    expect(classifyMessage('Der Antrag muss unterschrieben auf Papier eingereicht werden.').kind).toBe('check');
  });

  it('reads a requirement the user reports ("verlangt, dass", "schreibt vor, dass", "laut Gesetz") as the question\'s case', () => {
    for (const text of [
      'Ein Landesgesetz verlangt, dass die Bescheinigung mit amtlich beglaubigter Kopie eingereicht wird. Was müssen die Leute dafür tun?',
      'Die Verordnung schreibt vor, dass der Antrag schriftlich zu stellen ist. Geht das auch per E-Mail?',
      'Laut Gesetz muss der Antrag persönlich abgegeben werden. Wie bekommen wir das digital hin?',
      'Bei uns steht im Gesetz, dass die Nachweise im Original vorzulegen sind. Ist das noch zeitgemäß?',
      '§ 12 NBauO verlangt, dass der Bauantrag schriftlich gestellt wird. Geht das auch online?',
    ]) {
      const c = classifyMessage(text);
      expect(c.kind, text).not.toBe('check');
      expect(c.passage, text).toBeUndefined();
    }
    // pasted statute wording stays a passage to check: a duty put on an authority, and a text named in a condition
    for (const text of [
      'Der Antrag ist schriftlich zu stellen. Ist das digitaltauglich?',
      'Die Behörde kann verlangen, dass der Antragsteller persönlich erscheint. Ist das digitaltauglich?',
      'Verlangt eine Rechtsvorschrift, dass die Erklärung schriftlich abzugeben ist, so kann sie auch elektronisch abgegeben werden. Passt das?',
      '§ 12 Antragsform\nDer Antrag ist schriftlich zu stellen.\nGeht das online?',
    ]) {
      expect(classifyMessage(text).kind, text).toBe('check');
    }
  });

  it('a rewrite request may bring its own passage', () => {
    const c = classifyMessage('Formuliere bitte digitaltauglich um: Der Antrag ist schriftlich zu stellen.');
    expect(c).toMatchObject({ kind: 'rewrite', passage: 'Der Antrag ist schriftlich zu stellen.' });
  });

  it('splits a request in the user\'s own voice off numbered Absätze it follows', () => {
    const c = classifyMessage('(1) Die Leistung ist schriftlich zu beantragen.\n(2) Der Antrag ist an die zuständige Stelle zu richten.\n\nIch brauche dafür einen Änderungsbefehl, damit der Antrag online gestellt werden kann.');
    expect(c).toMatchObject({ kind: 'rewrite', passage: '(1) Die Leistung ist schriftlich zu beantragen.\n(2) Der Antrag ist an die zuständige Stelle zu richten.' });
    // a statute's own last line without "?" or "ich" stays part of the passage
    expect(classifyMessage('(1) Die Leistung ist schriftlich zu beantragen.\n(2) Der Antrag ist anzupassen.').kind).toBe('check');
  });

  // the request's own words ("elektronisch") must not reach the rule check, where they would read as an electronic alternative
  it.each([
    'Prüf bitte, ob hier etwas einer rein elektronischen Zustellung im Weg steht.',
    'Schau mal, ob das auch elektronisch ginge.',
    'Sag mir, was davon online nicht funktioniert.',
    'Bewerte bitte die Vorschrift.',
  ])('splits an imperative request off numbered Absätze it follows: %s', (request) => {
    const passage = '(1) Die Genehmigung ist schriftlich zu erteilen.\n(2) Die Ablehnung ist schriftlich zu begründen.';
    const c = classifyMessage(`${passage}\n\n${request}`);
    expect(c).toMatchObject({ kind: 'check', passage, question: request });
  });

  it.each([
    'Prüfungen sind schriftlich zu dokumentieren.',
    'Sagt der Bewerber die Teilnahme ab, ist dies schriftlich mitzuteilen.',
    'Zeigen sich Mängel, ist die Behörde schriftlich zu unterrichten.',
    'Prüfen die Länder, ob die Voraussetzungen vorliegen, ist dies schriftlich festzuhalten.',
  ])('a statute line that opens like an imperative stays in the passage: %s', (line) => {
    const passage = `(1) Die Genehmigung ist schriftlich zu erteilen.\n(2) Die Ablehnung ist zu begründen.\n${line}`;
    expect(classifyMessage(passage)).toMatchObject({ kind: 'check', passage });
  });

  it.each([
    'Wer ist derzeit Innenministerin in Niedersachsen und wo sitzt das Ministerium?',
    'Wie heißt eigentlich der Landrat im Landkreis Harburg?',
    'Wer ist der Oberbürgermeister von Hannover?',
    'Wo befindet sich das Landesamt für Statistik?',
  ])('who holds an office or where it sits is out of scope: %s', (text) => {
    expect(classifyMessage(text, { namesField: namesAnyField }).kind).toBe('out_of_scope');
  });

  it.each([
    'Wer ist für die Aufsicht über die Polizeibehörden zuständig?',
    'Darf der Bürgermeister die Ratssitzung per Video leiten?',
    'Wer ist ministeriell zuständig für die Digitalisierung der Verwaltung?',
    'Welches Ministerium erlässt die Verordnung nach § 5 NDIG?',
  ])('competence and office holders\' powers stay in scope: %s', (text) => {
    expect(classifyMessage(text, { namesField: namesAnyField }).kind).not.toBe('out_of_scope');
  });

  it('a law the corpus knows keeps a question in scope', () => {
    const text = 'Was ist eigentlich eine Voranfrage nach NBauO?';
    expect(classifyMessage(text).kind).toBe('out_of_scope');
    expect(classifyMessage(text, { isLawName: (w) => w === 'NBauO' }).kind).toBe('question');
  });

  it('a word naming a field of law the corpus holds keeps a question in scope, through the shipped field map', () => {
    // blind 11 cb11-06: a benefit paid to the home address instead of a transfer is § 47 SGB I, though no scope word stands
    const text = 'Eine Rentnerin hat kein Girokonto und möchte, dass ihre Sozialleistung ihr nach Hause kommt. Kann sie das verlangen?';
    expect(classifyMessage(text).kind).toBe('out_of_scope');
    expect(classifyMessage(text, { namesField: namesAnyField }).kind).toBe('question');
    // a field map that names nothing of an office-plant question leaves it out of scope
    expect(classifyMessage('Welche Zimmerpflanzen überleben in einem Büro mit Nordfenster?', { namesField: namesAnyField }).kind).toBe('out_of_scope');
  });

  // development figure: the classifier was written against this set (bench/compare-intents.ts reports per intent)
  it('labelled intent set (dev): at least 95 % right', () => {
    const rows = readFileSync(join(import.meta.dirname, '../fixtures/chat-intents.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; intent: string; previous?: boolean; lastPassage?: boolean });
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((r) => r.intent))).toEqual(new Set(INTENTS));
    const right = rows.filter((r) => classifyMessage(r.text, { hasPrevious: r.previous ?? false, hasPassage: r.lastPassage ?? false }).kind === r.intent);
    expect(right.length / rows.length).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the statements around a normative sentence in the pasted passage', () => {
    const intent = classifyMessage('Die Teilnahme ist durch Vorlage des Ausweises nachzuweisen. Der Ausweis wird nur in Papierform ausgestellt. Hindert das die Digitalisierung?');
    expect(intent.kind).toBe('check');
    expect(intent.passage).toBe('Die Teilnahme ist durch Vorlage des Ausweises nachzuweisen. Der Ausweis wird nur in Papierform ausgestellt.');
    expect(intent.question).toBe('Hindert das die Digitalisierung?');
  });

  it('checks a provision pasted after the question on the same line, in the indicative too', () => {
    const passage =
      'Bei der Anmeldung nach § 4 Absatz 2 weisen die Betreiber durch Vorlage eines Zeugnisses der Handwerkskammer nach, dass sie die für den Betrieb notwendige Sachkunde besitzen.';
    const intent = classifyMessage(`Geht das auch ohne Papier? ${passage}`);
    expect(intent).toMatchObject({ kind: 'check', passage, question: 'Geht das auch ohne Papier?' });
    // a short remark that names a provision is still the user talking
    expect(classifyMessage('Nach § 3 Abs. 2 VwVfG gilt das auch für Kommunen. Stimmt das?').kind).not.toBe('check');
  });
  it('reads a retold question ("Ein Bürger fragt, ob …") as the question, not its hindrance word as a passage', () => {
    const text = 'Ein Bürger fragt, ob er einen Antrag beim Finanzamt, für den "schriftlich" vorgeschrieben ist, auch über ELSTER stellen kann. Was sage ich ihm?';
    expect(classifyMessage(text).kind).toBe('question');
    expect(classifyMessage('Die Kommune will wissen, wie sie Satzungen im Internet bekannt machen kann.').kind).toBe('question');
    // the statute's own duty stays a passage
    expect(classifyMessage('Der Antrag ist schriftlich zu stellen. Was sage ich dem Bürger?').kind).toBe('check');
  });

  it('closes with a short reply on "ok danke", but not when a question follows the thanks', () => {
    for (const t of ['ok danke', 'Super, vielen Dank!', 'alles klar, das hilft mir weiter']) {
      expect(classifyMessage(t, { hasPrevious: true }).kind).toBe('closing');
    }
    expect(classifyMessage('Danke! Und wie ist das bei Bescheiden?', { hasPrevious: true }).kind).toBe('follow_up');
    expect(classifyMessage('ok und bei Bescheiden?', { hasPrevious: true }).kind).not.toBe('closing');
  });

  it('reads a statute condition put verb first ("Sind …, so ist … .") as pasted text, not as a question', () => {
    const passage =
      'Sind Anhaltspunkte für einen Unfall vorhanden oder ist die Ursache ungeklärt, so ist außerdem die schriftliche Zustimmung der Aufsichtsbehörde erforderlich.';
    expect(classifyMessage(`Geht das auch ohne Papier? ${passage}`)).toMatchObject({ kind: 'check', passage, question: 'Geht das auch ohne Papier?' });
    expect(classifyMessage('Ist der Antrag unvollständig, ist er schriftlich zurückzuweisen. Passt das?')).toMatchObject({ kind: 'check' });
    // a question keeps its question mark, and the user speaking in the first person is no statute
    expect(classifyMessage('Ist eine Unterschrift nötig, wenn wir das online machen?').kind).toBe('question');
    expect(classifyMessage('Ist das unklar, müssen wir den Antrag schriftlich stellen.').kind).not.toBe('check');
  });
});

describe('splitPassage: the provision alone (UX walk)', () => {
  it('moves a question typed into the pasted text to the user\'s words and the citation label out of the text', () => {
    const s = splitPassage('§ 12 Abs. 2 Der Antrag ist schriftlich bei der zuständigen Behörde einzureichen; ihm sind die Nachweise nach Absatz 1 im Original beizufügen. Ist das digitaltauglich?');
    expect(s.passage).toBe('Der Antrag ist schriftlich bei der zuständigen Behörde einzureichen; ihm sind die Nachweise nach Absatz 1 im Original beizufügen.');
    expect(s.label).toBe('§ 12 Abs. 2');
    expect(s.question).toBe('Ist das digitaltauglich?');
  });

  it('finds the question before the passage too, and reads "Art. 3 Abs. 1" and "(2)" as labels', () => {
    const a = splitPassage('Ist das so in Ordnung? Art. 3 Abs. 1 Die Erklärung ist persönlich abzugeben.');
    expect(a).toMatchObject({ passage: 'Die Erklärung ist persönlich abzugeben.', label: 'Art. 3 Abs. 1' });
    expect(splitPassage('§ 3a Abs. 2 VwVfG Eine durch Rechtsvorschrift angeordnete Schriftform kann ersetzt werden.')).toMatchObject({
      passage: 'Eine durch Rechtsvorschrift angeordnete Schriftform kann ersetzt werden.',
      label: '§ 3a Abs. 2 VwVfG',
    });
    expect(splitPassage('(2) Der Antrag ist schriftlich einzureichen. Wie formuliere ich das um?')).toMatchObject({ passage: 'Der Antrag ist schriftlich einzureichen.', label: '(2)' });
  });

  it('keeps headings and the Absatz numbers of a passage with several Absätze', () => {
    const text = '§ 12 Antragsform\n(1) Der Antrag ist schriftlich zu stellen.\n(2) Die Nachweise sind im Original beizufügen.';
    expect(splitPassage(text)).toMatchObject({ passage: text });
    expect(splitPassage(text).label).toBeUndefined();
    const absaetze = '(1) Der Antrag ist schriftlich zu stellen.\n(2) Die Nachweise sind im Original beizufügen.';
    expect(splitPassage(absaetze).passage).toBe(absaetze);
  });
});

describe('splitPassage: a provision reported inside the question (after blind 9)', () => {
  it('reads a statute sentence opening with "Jeder" after "heißt es:" as the passage', () => {
    const s = splitPassage(
      'In unserem Landesgesetz heißt es: Jeder Träger ist verpflichtet, die Ausstattung binnen eines Jahres nach schriftlicher Aufforderung der Behörde sicherzustellen. Muss die Behörde wirklich einen Brief schicken?',
    );
    expect(s.passage).toBe('Jeder Träger ist verpflichtet, die Ausstattung binnen eines Jahres nach schriftlicher Aufforderung der Behörde sicherzustellen.');
    expect(s.question).toContain('Muss die Behörde wirklich einen Brief schicken?');
    expect(splitPassage('Bei uns steht: Jedes Mitglied hat die Unterlagen schriftlich einzureichen. Geht das digital?').passage).toBe(
      'Jedes Mitglied hat die Unterlagen schriftlich einzureichen.',
    );
  });
});

/** A chat message may have 100,000 characters (MAX_CHAT_CHARS); long runs of blanks must not slow its reading. */
describe('splitPassage on long runs of blanks', () => {
  const run = (unit: string) => unit.repeat(Math.floor(99_000 / unit.length));

  it('a second Absatz after many empty lines is still seen, and one without is still a sole Absatz', () => {
    expect(splitPassage(`(2) Der Antrag ist schriftlich einzureichen.${run('\n')}\n(3) Die Behörde entscheidet schriftlich.`).label).toBeUndefined();
    expect(splitPassage(`(2) Der Antrag ist schriftlich einzureichen.${run(' \n')}Wie formuliere ich das um?`)).toEqual({
      question: 'Wie formuliere ich das um?',
      passage: 'Der Antrag ist schriftlich einzureichen.',
      label: '(2)',
    });
  });

  it('a colon after a long run of blanks is dropped from the question as after one blank', () => {
    const passage = 'Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.';
    expect(splitPassage(`Prüfe bitte${run(' ')}x: „${passage}“`)).toEqual({ question: 'Prüfe bitte x', passage });
    expect(splitPassage(`Prüfe bitte${run(' ')}: „${passage}“`)).toEqual({ question: 'Prüfe bitte', passage });
  });

  it('a heading or Absatz after many blank line breaks of any kind is found', () => {
    const expected = { question: 'Ist das so in Ordnung?', passage: 'Der Antrag ist schriftlich zu stellen.', label: '§ 3' };
    expect(splitPassage(`Ist das so in Ordnung?${run('\n')}§ 3 Der Antrag ist schriftlich zu stellen.`)).toEqual(expected);
    expect(splitPassage(`Ist das so in Ordnung?\n${run('\r')}§ 3 Der Antrag ist schriftlich zu stellen.`)).toEqual(expected);
    expect(splitPassage(`Ist das so in Ordnung?\n${run(' \r')}(3) Der Antrag ist schriftlich zu stellen.`)).toMatchObject({ passage: 'Der Antrag ist schriftlich zu stellen.', label: '(3)' });
  });
});

describe('council bodies are in scope (after blind 13)', () => {
  it('reads a question on a council, its committees and sittings as one on the law', () => {
    // blind 13 cb13-03 was the trigger (a Ratsfrau asking about a sitting of a committee got the scope message)
    expect(classifyMessage('Darf ein Ratsherr an einer Sitzung des Finanzausschusses teilnehmen?').kind).toBe('question');
    expect(classifyMessage('Wer lädt in einer niedersächsischen Gemeinde zu den Sitzungen des Ortsrats ein?').kind).not.toBe('out_of_scope');
  });
});
