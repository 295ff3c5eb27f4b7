import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findQuote } from '../../server/llm/quote';
import type { SearchIndex } from '../../server/retrieval/index';
import { askedSentence, asksAnalogOnly, asksMayPrescribe, asksYesNo, conditionalAnswerFor, loadCards, matchCard, parseCard, rankCards, resolveCards } from '../../server/services/chat/cards';
import { parseCitations } from '../../server/retrieval/citations';
import { CORPUS_DIR, testIndex } from '../http/harness';

const cards = loadCards(join(CORPUS_DIR, 'cards'));
let index: SearchIndex;
beforeAll(async () => {
  index = await testIndex();
});

describe('answer cards', () => {
  it('cover the questions drafters ask in the Digitalcheck', () => {
    expect(cards.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'schriftform-verwaltung', 'schriftform-sozialrecht', 'schriftform-steuer', 'schriftform-zivilrecht', 'unterschrift',
        'persoenliches-erscheinen', 'eid-identifizierung', 'originale-kopien', 'nachweise-once-only', 'bekanntmachung-internet',
        'zustellung', 'bezahlung', 'aktenfuehrung', 'formulare', 'technikneutralitaet', 'prinzipien', 'ndig-pflichten',
        'digitalcheck-verfahren', 'barrierefreiheit', 'e-rechnung', 'akteneinsicht', 'prozessoptimierung',
        'form-elektronisch-ausgeschlossen', 'verkuendung-elektronisch', 'videositzung',
      ]),
    );
  });

  it('lead with a direct answer, in the Land view too', () => {
    for (const c of cards) {
      expect(c.answer, c.id).toMatch(/^(?:Ja\b|Nein\b|In der Regel\b|Es kommt darauf an\b|Der Digitalcheck\b|Jede Behörde\b)/);
      if (c.analogOnly) expect(c.analogOnly, `${c.id} (nur analog)`).toMatch(/^(?:Nein\b|In der Regel nein\b)/);
      if (c.land) expect(c.land.answer, `${c.id} (Land)`).toMatch(/^(?:Ja\b|Nein\b|In der Regel\b|Es kommt darauf an\b|Jede Behörde\b)/);
    }
  });

  it('name in an answer for a circumstance only provisions the card cites (and so the suite checks)', () => {
    for (const c of cards) {
      const cited = new Set([...c.citations, ...(c.land?.citations ?? [])].map((x) => `${x.law} ${x.section}`));
      for (const cond of c.conditional ?? []) {
        const named = parseCitations(cond.answer);
        expect(named.length, `${c.id}: ${cond.answer}`).toBeGreaterThan(0);
        for (const n of named) expect(cited.has(`${n.law} ${n.section}`), `${c.id} names ${n.section} ${n.law}`).toBe(true);
      }
    }
  });

  it('turn the answer round for a circumstance the yes/no question names, not for one it rules out', () => {
    const card = cards.find((c) => c.id === 'automatisierung')!;
    expect(conditionalAnswerFor(card, 'Darf ein Bescheid vollautomatisch ergehen, wenn die Behörde Ermessen hat?')).toMatch(/^Nein\b/);
    expect(conditionalAnswerFor(card, 'Darf ein Bescheid vollautomatisch ergehen, wenn die Behörde kein Ermessen hat?')).toBeUndefined();
    expect(conditionalAnswerFor(card, 'Darf ein Bescheid vollautomatisch ergehen?')).toBeUndefined();
    // "muss & gemeind": both must stand in the question
    const files = cards.find((c) => c.id === 'aktenfuehrung')!;
    expect(conditionalAnswerFor(files, 'Müssen niedersächsische Gemeinden ihre Akten elektronisch führen?')).toMatch(/^Nein, Kommunen müssen nicht/);
    expect(conditionalAnswerFor(files, 'Dürfen niedersächsische Gemeinden ihre Akten elektronisch führen?')).toBeUndefined();
    // throwing the paper away after scanning is what § 7 Abs. 2 EGovG rules, unless it is still needed as evidence
    expect(conditionalAnswerFor(files, 'Darf eine Bundesbehörde Papierunterlagen nach dem Einscannen wegwerfen?')).toMatch(/^Ja, in der Regel sogar/);
    expect(conditionalAnswerFor(files, 'Darf die Behörde das Papier nach dem Scannen wegwerfen, wenn es noch als Beweis im Gerichtsverfahren gebraucht wird?')).toMatch(/^Nein/);
    // an electronic certification is what § 33 Abs. 4 Nr. 4, Abs. 5 VwVfG allows; a scan instead of the original is the card's own answer (chat dev9 cd9-07)
    const copies = cards.find((c) => c.id === 'originale-kopien')!;
    expect(conditionalAnswerFor(copies, 'Kann eine Behörde eine Abschrift auch elektronisch beglaubigen, oder geht eine amtliche Beglaubigung nur auf Papier?')).toMatch(/^Ja\. Eine Behörde kann auch elektronische Dokumente beglaubigen/);
    expect(conditionalAnswerFor(copies, 'Muss ich beglaubigte Kopien auf Papier einreichen?')).toBeUndefined();
    // "Können sie die einscannen und hochladen?" asks for the digital way: yes, where the card's own answer denies the original (chat dev13 cd13-02)
    expect(conditionalAnswerFor(copies, 'Können die Leute die beglaubigten Kopien künftig einfach einscannen und hochladen?')).toMatch(/^Ja\. Wird das Verfahren elektronisch geführt/);
    // service to a lawyer: § 5 Abs. 4 VwZG, against acknowledgement of receipt (chat dev9 cd9-19)
    const service = cards.find((c) => c.id === 'zustellung')!;
    expect(conditionalAnswerFor(service, 'und an einen Rechtsanwalt?')).toMatch(/^Ja, sobald er eine schriftliche Vollmacht vorgelegt hat/);
    expect(asksAnalogOnly('Darf ein Landkreis verlangen, dass Anträge per Fax geschickt werden?')).toBe(true);
    expect(asksAnalogOnly('Muss eine Unterschrift eigenhändig sein, wenn der Antrag online gestellt wird?')).toBe(true);
    expect(asksAnalogOnly('Ist die persönliche Vorsprache beim Amt Pflicht?')).toBe(true);
    // one fixed technique as the only way is as narrow as paper (chat dev13 cd13-06)
    expect(asksAnalogOnly('Kann ich reinschreiben, dass der Antrag ausschließlich per Upload über das Portal zu stellen ist?')).toBe(true);
    expect(asksAnalogOnly('Darf der Antrag nur über das Landesportal gestellt werden?')).toBe(false);
    // insisting on the analog way asks whether it alone may be required
    expect(asksAnalogOnly('Darf eine Behörde bei einem Online-Antrag darauf bestehen, dass die Gebühr bar an der Kasse bezahlt wird?')).toBe(true);
    expect(asksAnalogOnly('Darf das Amt darauf bestehen, dass ich die Urkunde im Original vorlege?')).toBe(true);
    expect(asksAnalogOnly('Darf die Gemeinde darauf bestehen, dass der Antrag schriftlich gestellt wird?')).toBe(false);
    // where a law orders the written form or a signature, "Muss …?" is answered by the law, not by "in der Regel nein"
    expect(asksAnalogOnly('Muss man ein Bürgerbegehren der Gemeinde schriftlich anzeigen?')).toBe(false);
    expect(asksAnalogOnly('Muss eine Satzung vom Bürgermeister unterschrieben werden?')).toBe(false);
    // „noch“ and the paper way with words between them (after blind 14, cb14-03: „heute noch ganz normal auf Papier per Post“)
    const filing = cards.find((c) => c.id === 'nutzungspflicht-gericht')!;
    expect(conditionalAnswerFor(filing, 'Darf ein Anwalt beim Sozialgericht noch wie früher auf Papier klagen?')).toMatch(/^Nein, in der Regel nicht/);
    expect(conditionalAnswerFor(filing, 'Muss ein Anwalt seine Schriftsätze beim Finanzgericht elektronisch einreichen?')).toBeUndefined();
    // a question for a thing, not for yes or no, keeps the card's answer
    expect(conditionalAnswerFor(card, 'Was bedeutet Ermessen bei automatisierten Bescheiden?')).toBeUndefined();
  });

  it('give the Land view for the common questions, citing the Land law that applies the federal rule', () => {
    const withLand = cards.filter((c) => c.land).map((c) => c.id);
    expect(withLand).toEqual(expect.arrayContaining(['schriftform-verwaltung', 'unterschrift', 'persoenliches-erscheinen', 'bekanntmachung-internet', 'zustellung', 'elektronischer-zugang', 'genehmigungsfiktion']));
    // a Land view that applies a federal rule names the federal rule too (the drafter needs both)
    for (const c of cards.filter((x) => x.land?.citations.some((cit) => cit.law === 'NVwVfG'))) {
      expect(c.land!.answer, c.id).toMatch(/VwVfG/);
      expect(c.citations.some((cit) => cit.law === 'VwVfG') || c.land!.citations.some((cit) => cit.law === 'VwVfG'), c.id).toBe(true);
    }
  });

  // every cited § exists in the shipped corpus, and the cited point stands in the cited Absatz
  it.each(cards.flatMap((c) => [...c.citations, ...(c.land?.citations ?? [])].map((cit) => [c.id, cit] as const)))('%s cites %o', (_id, cit) => {
    const p = index.getProvision(cit.law, cit.section);
    expect(p, `${cit.section} ${cit.law} missing`).toBeDefined();
    const paragraphs = cit.paragraph ? p!.paragraphs.filter((x) => x.number === cit.paragraph) : p!.paragraphs;
    expect(paragraphs.length, `Abs. ${cit.paragraph} of ${cit.section} ${cit.law} missing`).toBeGreaterThan(0);
    expect(findQuote(paragraphs.map((x) => x.text).join(' '), cit.point), `point „${cit.point}“`).toBeDefined();
  });

  it('every citation resolves to a quotable source', () => {
    const resolved = resolveCards(cards, index);
    for (const c of cards) {
      const r = resolved.get(c.id)!;
      const refs = new Set(c.citations.map((x) => `${x.law}|${x.section}|${x.paragraph ?? ''}`));
      expect(r.sources.length, c.id).toBe(refs.size);
      const landRefs = new Set((c.land?.citations ?? []).map((x) => `${x.law}|${x.section}|${x.paragraph ?? ''}`));
      expect(r.landSources.length, `${c.id} (Land)`).toBe(landRefs.size);
    }
  });

  it.each([
    ['Darf man Gebühren nur bar an der Kasse annehmen?', true],
    ['Darf die Behörde Anträge ausschließlich schriftlich annehmen?', true],
    ['Darf die Gemeinde Satzungen nur durch Aushang bekannt machen?', true],
    // restricted to the digital way: the card's own answer fits
    ['Können Bekanntmachungen nur noch im Internet erscheinen statt am schwarzen Brett?', false],
    ['Wie kann die Schriftform ersetzt werden?', false],
  ])('„%s“ asks whether only the analog way may be required: %s', (q, expected) => {
    expect(asksAnalogOnly(q)).toBe(expected);
  });

  it('rejects a card without sources or answer', () => {
    expect(() => parseCard('---\nid: x\ntitle: Test\ntopic: "a"\n---\n\n## Antwort\n\nZu kurz.\n', 'x.md')).toThrow(/Invalid answer card x.md/);
  });

  it.each([
    ['Wie kann ich in einem Gesetzentwurf die eigenhändige Unterschrift ersetzen?', 'unterschrift'],
    ['Welche Alternativen zur Schriftform erlaubt § 3a VwVfG?', 'schriftform-verwaltung'],
    ['Welche Alternativen zur Schriftform gibt es im Sozialrecht?', 'schriftform-sozialrecht'],
    ['Muss eine Kündigung im Mietvertrag schriftlich sein oder reicht Textform?', 'schriftform-zivilrecht'],
    ['Darf eine Behörde in Niedersachsen verlangen, dass ein Antrag persönlich abgegeben wird?', 'persoenliches-erscheinen'],
    ['Reicht eine E-Mail, wenn im Gesetz schriftlich steht?', 'email-schriftform'],
    ['Wie kriegen wir den Aushang am schwarzen Brett weg?', 'bekanntmachung-internet'],
    ['Müssen die Leute Gebühren bar an der Kasse zahlen?', 'bezahlung'],
    ['Wie läuft der Digitalcheck ab?', 'digitalcheck-verfahren'],
    // the field's own authority and ordinance outweigh a form word ("Ausfertigung") of a general card
    ['Die Bauvorlagenverordnung verlangt Bauvorlagen in dreifacher Ausfertigung bei der Bauaufsichtsbehörde.', 'bauantrag-elektronisch'],
    // Wohngeld is a special part of the Sozialgesetzbuch (§ 68 Nr. 10 SGB I), so § 36a SGB I answers
    ['Das Wohngeldamt will nur den unterschriebenen Antrag annehmen. Wie geht es online?', 'schriftform-sozialrecht'],
    ['Darf die Personalakte elektronisch geführt werden?', 'personalakte'],
    ['Können Beihilfeanträge per App gestellt werden?', 'beihilfe'],
    ['Dürfen Bieter ihre Angebote nur im verschlossenen Umschlag abgeben?', 'vergabe-elektronisch'],
    ['Die Terminvergabe im Bürgeramt soll online laufen.', undefined],
    ['Kann der Ausschuss ohne Sitzung im Umlaufverfahren beschließen?', 'umlaufverfahren'],
    ['Wie wird das Wetter morgen?', undefined],
  ])('%s → %s', (q, id) => {
    expect(matchCard(cards, q)?.id).toBe(id);
  });

  it('matches topic words as whole words or compound heads, not as the first part of another noun', () => {
    const ids = (q: string) => rankCards(cards, q).map((c) => c.id);
    // "Akteneinsicht" is an Einsicht: the Akten card's "akte" does not bring it in
    expect(ids('Dürfen Bürger Akteneinsicht online nehmen?')).not.toContain('aktenfuehrung');
    expect(ids('Müssen Akten weiter auf Papier geführt werden?')).toContain('aktenfuehrung');
    // a head of a compound counts: a Steuerbescheid is a Bescheid
    expect(ids('Darf ein Steuerbescheid elektronisch erlassen werden?')).toContain('schriftform-bescheide');
  });

  // a term stands in a compound as its head in the same sense; behind a particle the word is derived from it, and a
  // term marked "=" counts only as a word or word start
  it.each([
    ['Steuerbescheid', 'bescheid', true],
    ['Genehmigungsbescheid', 'bescheid', true],
    ['Meldebescheinigung', 'bescheinigung', true],
    ['Antragsformular', 'formular', true],
    ['Gemeindesatzung', 'satzung', true],
    ['Geburtsurkunde', 'urkunde', true],
    ['Personalausweis', 'ausweis', true],
    ['zuzustellen', 'zuzustell', true],
    ['Ausweises', '=ausweis', true],
    ['Unterschrift', 'schrift', false],
    ['Vorschrift', 'schrift', false],
    ['Abschrift', 'schrift', false],
    ['Niederschrift', 'schrift', false],
    ['auszustellen', 'zustell', false],
    ['Anwohnerparkausweis', '=ausweis', false],
    ['Glücksspielautomaten', '=automat', false],
    ['Reisekosten', '=kosten', false],
    ['Fristablauf', '=ablauf', false],
    ['Nachweispflichten', '=pflichten', false],
    ['De-Mail', '=e-mail', false],
    // a five-letter head needs a modifier of a word's length
    ['Förderakten', 'akten', true],
    ['Antragsfristen', 'frist', true],
    ['Fakten', 'akten', false],
    ['Kontakten', 'akten', false],
    ['herunterladen', '=laden', false],
  ])('"%s" has the topic term "%s": %s', (word, term, expected) => {
    const card = parseCard(
      `---\nid: wort\ntitle: Wort\ntopic: "${term}"\n---\n\n## Antwort\n\nJa. Eine Antwort, die lang genug für das Schema der Antwortkarten ist.\n\n## Quellen\n\n- VwVfG | § 3a | 2 | elektronische Form\n`,
      'wort.md',
    );
    expect(matchCard([card], `Was gilt für ${word}?`)?.id === 'wort').toBe(expected);
  });

  it('a follow-up is read with the earlier topic but must bring its own word', () => {
    const previous = 'Welche Alternativen zur Schriftform erlaubt § 3a VwVfG?';
    expect(matchCard(cards, 'Und bei Bescheiden?', previous)?.id).toBe('schriftform-bescheide');
    expect(matchCard(cards, 'Und im Sozialrecht?', previous)?.id).toBe('schriftform-sozialrecht');
    expect(matchCard(cards, 'Warum?', previous)).toBeUndefined();
  });

  it('a paired topic term ("kündig & arbeitgeber") needs both words in the question', () => {
    const card = parseCard(
      '---\nid: paar\ntitle: Paar\ntopic: "kündig & arbeitgeber"\n---\n\n## Antwort\n\nNein. Eine Antwort, die lang genug für das Schema der Antwortkarten ist.\n\n## Quellen\n\n- BGB | § 623 | | die elektronische Form ist ausgeschlossen\n',
      'paar.md',
    );
    expect(matchCard([card], 'Darf der Arbeitgeber per E-Mail kündigen?')?.id).toBe('paar');
    expect(matchCard([card], 'Kann ein Mietvertrag per E-Mail gekündigt werden?')).toBeUndefined();
    expect(matchCard([card], 'Welche Pflichten hat der Arbeitgeber?')).toBeUndefined();
    // a follow-up brings one part, the earlier question the other
    expect(matchCard([card], 'Und wenn es der Arbeitgeber ist?', 'Darf man per E-Mail kündigen?')?.id).toBe('paar');
    expect(matchCard([card], 'Und wenn es der Arbeitgeber ist?', 'Welche Pflichten gibt es?')).toBeUndefined();
  });

  it('a drafter asking whether the analog way may go into the law, or stay, asks about the restriction (dev set 14)', () => {
    expect(asksMayPrescribe('Kann ich in unsere neue Gebührenverordnung (Land Niedersachsen) reinschreiben, dass die Gebühr bar an der Kasse zu zahlen ist?')).toBe(true);
    // the proposal in one sentence, the question in the next
    expect(asksMayPrescribe('Kollege will ins Gesetz schreiben, dass Anträge per De-Mail einzureichen sind. Is das ok so?')).toBe(true);
    // the digital way named beside the paper one restricts nothing
    expect(asksMayPrescribe('Kann ich ins Gesetz schreiben, dass der Antrag auch elektronisch gestellt werden kann statt nur auf Papier?')).toBe(false);
    expect(asksMayPrescribe('Kollege will ins Gesetz schreiben, dass Anträge per De-Mail einzureichen sind. Was bedeutet De-Mail?')).toBe(false);
    expect(asksAnalogOnly('Wir führen im Ministerium die Förderakten noch komplett in Papier. Dürfen wir das noch so lassen?')).toBe(true);
    expect(asksAnalogOnly('Wir führen die Akten elektronisch. Dürfen wir das so lassen?')).toBe(false);
  });

  it('a topic word that only frames the question weighs less than one that says what it is about', () => {
    expect(matchCard(cards, 'welche 5 prinzipien gibts beim digitalcheck nochmal?')?.id).toBe('prinzipien');
    expect(matchCard(cards, 'Wann muss ich den Digitalcheck machen?')?.id).toBe('digitalcheck-verfahren');
  });

  it('"Muss … vor Ort / im Amt …?" asks whether the analog way is required', () => {
    expect(asksAnalogOnly('Muss die Akteneinsicht immer vor Ort im Amt stattfinden?')).toBe(true);
    expect(asksAnalogOnly('Müssen Ratsmitglieder zur Sitzung ins Amt kommen?')).toBe(true);
    expect(asksAnalogOnly('Kann die Akteneinsicht auch online erfolgen?')).toBe(false);
  });

  it('the card on video sessions of a Rat or Kreistag answers only for those bodies', () => {
    expect(matchCard(cards, 'Dürfen Ratsmitglieder in Niedersachsen per Video an der Sitzung des Gemeinderats teilnehmen?')?.id).toBe('videositzung');
    expect(matchCard(cards, 'Können sich Kreistagsabgeordnete per Videokonferenz zuschalten?')?.id).toBe('videositzung');
    expect(matchCard(cards, 'Darf die Personalratssitzung per Video stattfinden?')?.id).not.toBe('videositzung');
    expect(matchCard(cards, 'Dürfen Landtagsabgeordnete per Video an der Plenarsitzung teilnehmen?')?.id).not.toBe('videositzung');
  });

  it('new topics: a Vollmacht, a Widerspruch, a Satzung verkündet without the newspaper notice', () => {
    expect(matchCard(cards, 'Braucht man eine Vollmacht, wenn man sich vertreten lässt?')?.id).toBe('vollmacht');
    const proxy = cards.find((c) => c.id === 'vollmacht')!;
    expect(conditionalAnswerFor(proxy, 'Muss die Behörde den Bescheid dann an den Anwalt zustellen?')).toMatch(/^Ja\b/);
    expect(conditionalAnswerFor(proxy, 'Kann eine Vollmacht auch elektronisch nachgewiesen werden?')).toMatch(/^Ja\b/);
    expect(conditionalAnswerFor(proxy, 'Braucht man für die Vertretung eine Vollmacht?')).toBeUndefined();
    // in social law the Vordruck is a "soll" (§ 60 Abs. 2 SGB I), not a strict duty
    const forms = cards.find((c) => c.id === 'formulare')!;
    expect(conditionalAnswerFor(forms, 'Müssen Antragsteller im Sozialrecht die Vordrucke des Leistungsträgers benutzen?')).toMatch(/^Nicht zwingend\b.*§ 60 Abs\. 2 SGB I/);
    expect(conditionalAnswerFor(forms, 'Muss der Antrag auf dem amtlichen Vordruck gestellt werden?')).toBeUndefined();
    // at an administrative court the electronic file is inspected by retrieval or transmission (§ 100 Abs. 2 VwGO)
    const files = cards.find((c) => c.id === 'akteneinsicht')!;
    expect(conditionalAnswerFor(files, 'Muss ein Kläger beim Verwaltungsgericht zur Akteneinsicht in die Geschäftsstelle kommen?')).toMatch(/^In der Regel digital\b.*§ 100 Abs\. 2 VwGO/);
    expect(conditionalAnswerFor(files, 'Kann die Behörde Akteneinsicht elektronisch gewähren?')).toBeUndefined();
    // the participle of "zustellen" is no "zustell…" word: it is a topic word of its own
    expect(rankCards(cards, 'Ab wann gilt ein Schreiben als zugestellt?').map((c) => c.id)).toContain('zustellung');
    // the Personalausweis law rules the proxy out for the application itself (§ 9 Abs. 1 PAuswG)
    expect(conditionalAnswerFor(proxy, 'Darf sich beim Antrag auf einen Personalausweis jemand durch einen Bevollmächtigten vertreten lassen?')).toMatch(/^Nein\b.*§ 9 Abs\. 1 PAuswG/);
    const statute = cards.find((c) => c.id === 'satzung-ausfertigung')!;
    expect(conditionalAnswerFor(statute, 'Darf die Gemeinde ihre Satzung nur im Internet verkünden, ganz ohne Zeitung?')).toMatch(/^Nein\b/);
    // "Wenn …, muss … auf Papier …?" asks whether the analog way is required, like "Muss … auf Papier …?"
    expect(asksAnalogOnly('Wenn jemand online beantragt, muss er die Einwilligung dann auf Papier unterschreiben?')).toBe(true);
  });

  it('a scanned signature and a paper building application get their own "Nein"', () => {
    const signature = cards.find((c) => c.id === 'unterschrift')!;
    expect(conditionalAnswerFor(signature, 'Ersetzt eine eingescannte Unterschrift die Unterschrift auf Papier?')).toMatch(/^Nein\b/);
    expect(conditionalAnswerFor(signature, 'Wie kann eine Unterschrift elektronisch ersetzt werden?')).toBeUndefined();
    const building = cards.find((c) => c.id === 'bauantrag-elektronisch')!;
    expect(conditionalAnswerFor(building, 'Darf der Bauantrag noch auf Papier eingereicht werden?')).toMatch(/^Nein\b/);
    expect(conditionalAnswerFor(building, 'Können Bauanträge in Niedersachsen online gestellt werden?')).toBeUndefined();
    expect(building.answer).toMatch(/^Ja\b/);
  });

  it('a Leibrente for maintenance promised by QES gets the card on BGB exclusions of the electronic form, citing § 761', () => {
    const question = 'Ein Mann will seiner geschiedenen Frau als Unterhalt eine lebenslange monatliche Rente versprechen. Reicht dafür ein PDF mit qualifizierter elektronischer Signatur?';
    const card = matchCard(cards, question);
    expect(card?.id).toBe('form-elektronisch-ausgeschlossen');
    expect(card?.citations.some((c) => c.law === 'BGB' && c.section === '§ 761')).toBe(true);
    // a pension alone is no promise of a Leibrente
    expect(matchCard(cards, 'Muss die Rentenversicherung den Rentenbescheid auf Papier schicken?')?.id).not.toBe('form-elektronisch-ausgeschlossen');
  });

  it('reads the sentence that asks, not a draft retold before it', () => {
    expect(askedSentence('Im Entwurf heißt es, Antragsteller müssen persönlich erscheinen. Wie kann man das digital lösen?')).toBe('Wie kann man das digital lösen?');
    expect(asksYesNo('Im Entwurf heißt es, Antragsteller müssen persönlich erscheinen. Wie kann man das digital lösen?')).toBe(false);
    expect(asksYesNo('Ein Mann will seiner Frau eine Rente versprechen. Reicht dafür ein PDF?')).toBe(true);
    // a W-word after a preposition still asks for a thing, not for yes or no (blind3 cb3-01)
    expect(asksYesNo('An wen darf eine Behörde nach § 5 Abs. 4 VwZG elektronisch zustellen?')).toBe(false);
    expect(asksYesNo('Ab wann gilt ein elektronischer Bescheid als bekannt gegeben?')).toBe(false);
    expect(asksYesNo('An die Behörde darf ich per E-Mail schreiben?')).toBe(true);
    // an abbreviation or a number ends no sentence
    expect(askedSentence('Wie ersetze ich nach § 3a Abs. 2 VwVfG die Schriftform?')).toBe('Wie ersetze ich nach § 3a Abs. 2 VwVfG die Schriftform?');
    // a quoted provision before the question is no part of it, nor a provision pasted after it
    expect(askedSentence('„Die Bescheinigung ist persönlich bei der Meldebehörde abzuholen.“ Was ist daran problematisch?')).toBe('Was ist daran problematisch?');
    expect(asksYesNo('„Die Bescheinigung ist persönlich bei der Meldebehörde abzuholen.“ Was ist daran problematisch?')).toBe(false);
    expect(askedSentence('Was hältst du davon?\n\n§ 7 Anzeige\n(1) Die Anzeige ist der Gemeinde schriftlich zu erstatten.')).toBe('Was hältst du davon?');
  });

  it('a follow-up naming its topic before the question word asks that question (round 14, dev set 16)', () => {
    expect(asksYesNo('und bei der Anmeldung nach dem Einzug, wie lange hat man da Zeit?')).toBe(false);
    expect(asksYesNo('Und im Sozialrecht, welche Form gilt dort?')).toBe(false);
    // the earlier question read before a lower-case follow-up: the question mark ends it
    expect(asksYesNo('Kann man sich vor dem Umzug abmelden? und bei der Anmeldung, wie lange hat man da Zeit?')).toBe(false);
    // a follow-up pointing back asks the earlier question again
    expect(asksYesNo('Muss jede Behörde einen Zugang eröffnen? und was heißt das für die Kitas?')).toBe(true);
    // counter-examples: a yes/no question after the topic, and a topic without a question word, stay yes/no
    expect(asksYesNo('Und bei Bescheiden, kann man die auch elektronisch erlassen?')).toBe(true);
    expect(asksYesNo('Und bei der Krankenkasse, geht das da auch?')).toBe(true);
    expect(asksYesNo('Und bei der Krankenkasse?')).toBe(true);
  });

  it('a three-letter acronym marked word-only is that word, not the start of a longer one', () => {
    expect(matchCard(cards, 'Müssen Rechtsanwälte das beA nutzen, wenn sie beim Verwaltungsgericht klagen?')?.id).toBe('nutzungspflicht-gericht');
    expect(matchCard(cards, 'Wie viele Urlaubstage haben Beamte im Bund, und wann muss ich den Antrag stellen?')?.id).not.toBe('nutzungspflicht-gericht');
  });

  it('when an Einschreiben counts as delivered, a defective delivery, and the tax notice fetched from a portal (dev set 16)', () => {
    expect(matchCard(cards, 'Wir schicken Bescheide per Einschreiben. Gilt der Bescheid erst als zugestellt, wenn der Bürger den Brief in der Hand hat?')?.id).toBe('zustellung-einschreiben');
    expect(matchCard(cards, 'Wann gilt ein Einschreiben mit Rückschein als zugestellt?')?.id).toBe('zustellung-einschreiben');
    // counter-example: replacing the Einschreiben by the electronic way is the general card's question
    expect(matchCard(cards, 'Darf man Bescheide statt per Einschreiben elektronisch zustellen?')?.id).toBe('zustellung');
    expect(rankCards(cards, 'Wie ersetze ich im Entwurf die Zustellung per Einschreiben mit Rückschein durch etwas Elektronisches?').map((c) => c.id)).not.toContain('zustellung-einschreiben');
    expect(matchCard(cards, 'Bei der Zustellung ist ein Fehler passiert, aber der Empfänger hat den Bescheid bekommen. Ist er trotzdem zugestellt?')?.id).toBe('zustellung-heilung');
    expect(matchCard(cards, 'Muss ein Bescheid förmlich zugestellt werden?')?.id).not.toBe('zustellung-heilung');
    expect(matchCard(cards, 'Können Steuerbescheide im Portal abgeholt werden statt per Post?')?.id).toBe('bekanntgabe-steuer');
    expect(matchCard(cards, 'Können Bescheide im Portal abgeholt werden statt per Post?')?.id).not.toBe('bekanntgabe-steuer');
  });

  it('the deadlines to register and deregister at the Meldeamt have their card, deregistering early its own answer', () => {
    const card = cards.find((c) => c.id === 'an-abmeldung')!;
    expect(matchCard(cards, 'Wie lange hat man nach dem Umzug Zeit, sich beim Meldeamt anzumelden?')?.id).toBe('an-abmeldung');
    expect(matchCard(cards, 'Wie melde ich mich zur Prüfung an?')?.id).not.toBe('an-abmeldung');
    // how to register online is another question (the electronic Anmeldung), not the deadline
    expect(rankCards(cards, 'Kann man sich nach einem Umzug komplett online ummelden oder muss man aufs Bürgeramt?').map((c) => c.id)).not.toContain('an-abmeldung');
    expect(conditionalAnswerFor(card, 'Kann man sich schon vor dem Umzug ins Ausland abmelden?')).toMatch(/^Ja, frühestens eine Woche/);
    expect(conditionalAnswerFor(card, 'Muss man sich nach dem Umzug ins Ausland abmelden?')).toBeUndefined();
  });

  it('an E-Mail where no form is prescribed is the formless procedure, not the Schriftform (dev set 16)', () => {
    const card = cards.find((c) => c.id === 'email-schriftform')!;
    expect(conditionalAnswerFor(card, 'Dürfen wir das Verfahren per E-Mail abwickeln, wenn nirgends eine Form vorgeschrieben ist?')).toMatch(/^Ja, wenn keine Rechtsvorschrift/);
    expect(conditionalAnswerFor(card, 'Reicht eine E-Mail, wenn das Gesetz die Schriftform verlangt?')).toBeUndefined();
    expect(conditionalAnswerFor(card, 'Reicht eine formlose E-Mail für den Widerspruch, der schriftlich einzulegen ist?')).toBeUndefined();
  });

  it('a Bescheid\'s signature, a council\'s invitation and the landlord\'s confirmation have their own cards', () => {
    expect(matchCard(cards, 'Muss ein Bescheid eigenhändig unterschrieben sein?')?.id).toBe('unterschrift-bescheid');
    expect(matchCard(cards, 'Muss ein Steuerbescheid eigenhändig unterschrieben sein?')?.id).toBe('unterschrift-bescheid-sozial-steuer');
    expect(matchCard(cards, 'Wie kann ich die eigenhändige Unterschrift ersetzen?')?.id).toBe('unterschrift');
    expect(matchCard(cards, 'Müssen Ratsmitglieder in Niedersachsen die Einladung zur Ratssitzung per Post auf Papier bekommen?')?.id).toBe('ladung-sitzung');
    expect(matchCard(cards, 'Muss die Einladung zum Vorstellungsgespräch schriftlich sein?')?.id).not.toBe('ladung-sitzung');
    expect(matchCard(cards, 'Wie ersetze ich in einer Meldeverordnung, dass Mieter die Einzugsbestätigung ihres Vermieters auf Papier zum Bürgeramt mitbringen müssen?')?.id).toBe('wohnungsgeberbestaetigung');
    // an application by plain e-mail: allowed where no form is ordered; with the Schriftform named, the card on e-mail and Schriftform
    expect(matchCard(cards, 'Kann man im Sozialrecht einen Antrag per E-Mail stellen?')?.id).toBe('antrag-email');
    expect(matchCard(cards, 'Reicht eine E-Mail, wenn für den Antrag die Schriftform vorgeschrieben ist?')?.id).toBe('email-schriftform');
    expect(matchCard(cards, 'Kann ich einen Bauantrag per E-Mail stellen?')?.id).not.toBe('antrag-email');
  });

  it('"Register" brings in the card on Nachweise as a word, not as the head of a particular register', () => {
    expect(matchCard(cards, 'Kann die Behörde Nachweise direkt aus einem Register abrufen, statt sie beim Bürger anzufordern?')?.id).toBe('nachweise-once-only');
    // how to digitise the Fischereiregister is no question about Nachweise (chat calibration cal-none-11)
    expect(matchCard(cards, 'Wie digitalisieren wir das Fischereiregister für Angelscheine?')?.id).not.toBe('nachweise-once-only');
  });

  it('a signature on a tablet is no handwritten signature', () => {
    const signature = cards.find((c) => c.id === 'unterschrift')!;
    expect(conditionalAnswerFor(signature, 'Ist eine Unterschrift auf dem Tablet eine eigenhändige Unterschrift?')).toMatch(/^Nein\. Eine auf einem Tablet/);
  });

  it('the hotel Meldeschein, a lawyer\'s duty to file electronically and notarial marriage contracts have their cards (chat blind 8)', () => {
    expect(matchCard(cards, 'Muss ein Gast im Hotel den Meldeschein noch eigenhändig unterschreiben?')?.id).toBe('meldeschein-beherbergung');
    expect(matchCard(cards, 'Wie können Beherbergungsbetriebe auf den Meldeschein aus Papier verzichten?')?.id).toBe('meldeschein-beherbergung');
    // the Meldeschein of an ordinary registration at the Bürgeramt is no hotel's
    expect(matchCard(cards, 'Kann die Anmeldung mit vorausgefülltem Meldeschein online erfolgen?')?.id).not.toBe('meldeschein-beherbergung');
    // "Darf … noch auf Papier …?" asks whether the old way is still open: the duty turns the answer round
    const filing = cards.find((c) => c.id === 'nutzungspflicht-gericht')!;
    expect(conditionalAnswerFor(filing, 'Darf eine Rechtsanwältin die Klage beim Verwaltungsgericht noch auf Papier einreichen?')).toMatch(/^Nein, in der Regel nicht/);
    expect(conditionalAnswerFor(filing, 'Muss eine Rechtsanwältin die Klage elektronisch einreichen?')).toBeUndefined();
    const notarial = cards.find((c) => c.id === 'notarielle-beurkundung')!;
    expect(matchCard(cards, 'Können Verlobte einen Ehevertrag online schließen?')?.id).toBe('notarielle-beurkundung');
    expect(conditionalAnswerFor(notarial, 'Kann ein Ehevertrag per E-Mail mit qualifizierter Signatur geschlossen werden?')).toMatch(/^Nein\. Ein Ehevertrag .*§ 1410 BGB/);
    expect(conditionalAnswerFor(notarial, 'Reicht für einen Erbverzicht eine qualifizierte elektronische Signatur?')).toMatch(/^Nein\. Der Erbverzichtsvertrag .*§ 2348 BGB/);
    expect(conditionalAnswerFor(notarial, 'Muss ein Grundstückskauf notariell beurkundet werden?')).toBeUndefined();
  });

  it('öffentliche Beglaubigung, Rechtsbehelfsbelehrung, a wrong office and Zustellung abroad have their cards (after blind 13)', () => {
    expect(matchCard(cards, 'Wie läuft eine öffentliche Beglaubigung ab, und geht das auch digital?')?.id).toBe('oeffentliche-beglaubigung');
    expect(matchCard(cards, 'Die Anmeldung zum Vereinsregister braucht eine beglaubigte Unterschrift. Wer macht das?')?.id).toBe('oeffentliche-beglaubigung');
    // a certified copy of a certificate is no certified signature
    expect(matchCard(cards, 'Muss das Zeugnis als beglaubigte Kopie eingereicht werden?')?.id).toBe('originale-kopien');
    expect(matchCard(cards, 'Was passiert, wenn in einem Bescheid die Rechtsbehelfsbelehrung fehlt?')?.id).toBe('rechtsbehelfsbelehrung');
    expect(matchCard(cards, 'Wird ein Bescheid ohne Belehrung über den Widerspruch trotzdem bestandskräftig?')?.id).toBe('rechtsbehelfsbelehrung');
    expect(matchCard(cards, 'Ein Antrag auf Wohngeld wurde beim Jobcenter abgegeben, das nicht zuständig ist. Was passiert damit?')?.id).toBe('antrag-unzustaendig');
    expect(matchCard(cards, 'Wie kann ein Bescheid einem Empfänger zugestellt werden, der im Ausland wohnt?')?.id).toBe('zustellung-ausland');
    // a foreign state named instead of the word "Ausland" is the foreign case; without a Zustellung it is no card's topic
    expect(matchCard(cards, 'Der Bescheid muss förmlich zugestellt werden, der Adressat wohnt aber in Kanada. Wie geht das?')?.id).toBe('zustellung-ausland');
    expect(matchCard(cards, 'Können Fachkräfte aus Indien ihren Antrag online stellen?')?.id).not.toBe('zustellung-ausland');
    expect(matchCard(cards, 'Darf ein Bescheid elektronisch zugestellt werden?')?.id).not.toBe('zustellung-ausland');
    expect(matchCard(cards, 'Dürfen wir im Gesetz den Begriff Einkommen anders definieren als im Sozialrecht?')?.id).toBe('rechtsbegriffe');
    // "Kann man das auch online machen?" after a told duty to appear asks whether the digital way is open: "Ja"
    const appear = cards.find((c) => c.id === 'persoenliches-erscheinen')!;
    expect(conditionalAnswerFor(appear, 'Für die Anmeldung zum Kurs müssen alle ins Amt kommen. Kann man das auch online erledigen?')).toMatch(/^Ja, in der Regel .*§ 18 PAuswG/);
    // the either-or question keeps the card's "In der Regel nein", whose second half the lead answers
    expect(conditionalAnswerFor(appear, 'Muss der Antrag persönlich abgegeben werden, oder geht das auch online?')).toBeUndefined();
    // how to get a Meldebescheinigung without going to the office; whether to demand one at all stays Once-Only
    expect(matchCard(cards, 'Wie bekommen Bürger eine Meldebescheinigung, ohne ins Bürgerbüro zu gehen?')?.id).toBe('meldebescheinigung');
    expect(matchCard(cards, 'Dürfen wir die Meldebescheinigung selbst bei der Meldebehörde abrufen, statt sie zu verlangen?')?.id).toBe('nachweise-once-only');
    // court files are no authority's files: the procedural codes set the date
    expect(matchCard(cards, 'Ab wann müssen die Sozialgerichte ihre Akten elektronisch führen?')?.id).toBe('prozessakten-elektronisch');
    expect(matchCard(cards, 'Müssen Bundesbehörden ihre Akten elektronisch führen?')?.id).not.toBe('prozessakten-elektronisch');
    // De-Mail is no E-Mail: a field word written with a hyphen is a compound's head only behind a hyphen
    expect(matchCard(cards, 'Kann eine Behörde einen Bescheid förmlich per De-Mail zustellen?')?.id).toBe('zustellung-de-mail');
    expect(rankCards(cards, 'Darf ein Bescheid per De-Mail verschickt werden?').map((c) => c.id)).not.toContain('schriftform-bescheide');
    expect(rankCards(cards, 'Darf ein Bescheid per E-Mail verschickt werden?').map((c) => c.id)).toContain('schriftform-bescheide');
    // a Beteiligter who wants to "see the papers" asks for Akteneinsicht in lay words
    expect(matchCard(cards, 'Darf eine Beteiligte sich die Akte zu ihrem Verfahren anschauen?')?.id).toBe('akteneinsicht');
    expect(matchCard(cards, 'Kann ein Betroffener die Unterlagen sehen, die das Amt zu seinem Antrag gesammelt hat?')?.id).toBe('akteneinsicht');
  });

  it('the loader refuses duplicate ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-cards-'));
    try {
      const md = readFileSync(join(CORPUS_DIR, 'cards', 'bezahlung.md'), 'utf8');
      writeFileSync(join(dir, 'a.md'), md);
      writeFileSync(join(dir, 'b.md'), md);
      expect(() => loadCards(dir)).toThrow(/Duplicate answer card id bezahlung/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
