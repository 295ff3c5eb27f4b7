import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/contracts/finding';
import type { SearchHit } from '../../server/contracts/search';
import type { AnswerContext } from '../../server/services/chat/answerer';
import type { ResolvedCard } from '../../server/services/chat/cards';
import { CLOSING_TEXT, createOfflineAnswerer, NO_PASSAGE_TEXT, OUT_OF_SCOPE_TEXT } from '../../server/services/chat/offline-answerer';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  law: 'VwVfG',
  ref: '§ 3a Abs. 2',
  title: 'Elektronische Kommunikation',
  text: 'Eine durch Rechtsvorschrift angeordnete Schriftform kann durch die elektronische Form ersetzt werden.',
  score: 10,
  kind: 'law',
  stand: 'März 2022',
  ...over,
});

/** A written-form finding in Satz 1 of a pasted passage; tests change what they are about. */
const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'f1',
  ruleId: 'schriftform',
  category: 'schriftform',
  principle: 1,
  severity: 'hoch',
  source: 'Regel',
  location: { law: 'Eingabe', ref: 'Satz 1', start: 15, end: 26 },
  quote: { match: 'schriftlich', sentence: 'Der Antrag ist schriftlich zu stellen.' },
  explanation: 'Schriftform verlangt Papier mit Unterschrift.',
  suggestion: 'Der Antrag ist zu stellen.',
  legalBasis: ['§ 3a VwVfG'],
  amendment: 'In Satz 1 wird das Wort „schriftlich“ gestrichen.',
  ...over,
});

async function run(ctx: Partial<AnswerContext>) {
  const deltas: string[] = [];
  const result = await createOfflineAnswerer().answer(
    { question: '', history: [], hits: [], findings: [], ...ctx },
    (d) => deltas.push(d),
    new AbortController().signal,
  );
  return { result, streamed: deltas.join(''), deltas };
}

describe('offline answerer', () => {
  it('quotes relevant provisions and guidance with numbered citations and Stand', async () => {
    const { result, streamed, deltas } = await run({
      question: 'Wie ersetze ich die Schriftform?',
      hits: [
        hit({}),
        hit({ law: 'Leitfaden Schriftform', ref: 'Schriftform: Ersatzformulierungen', kind: 'guidance', text: 'Statt „schriftlich“: „schriftlich oder elektronisch“; Schriftform nur wo nötig.', score: 8 }),
        hit({ law: 'BGB', ref: '§ 1', title: 'Rechtsfähigkeit', text: 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.', score: 9 }),
      ],
    });
    expect(streamed).toBe(result.text);
    expect(deltas.length).toBeGreaterThanOrEqual(1);
    expect(result.model).toBe('offline');
    expect(result.citations.map((c) => c.law)).toEqual(['VwVfG', 'Leitfaden Schriftform']);
    // without a card the sentence that answers leads, with its provision, and the answer says it is no checked card
    expect(result.text).toMatch(/^Dazu regelt § 3a Abs\. 2 VwVfG \(Elektronische Kommunikation\) \[1\]: „Eine durch Rechtsvorschrift angeordnete Schriftform kann/);
    expect(result.text).toContain('eine geprüfte Antwortkarte gibt es dazu nicht');
    expect(result.text).toContain('[2] **Leitfaden Schriftform – Schriftform: Ersatzformulierungen**');
    expect(result.text).toContain('Stand: März 2022');
    expect(result.text).not.toContain('Rechtsfähigkeit');
  });

  it('says plainly that nothing was found instead of quoting noise', async () => {
    const { result } = await run({
      question: 'Wie wird das Wetter morgen in Hannover?',
      hits: [hit({ text: 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.', title: 'Rechtsfähigkeit' })],
    });
    expect(result.citations).toEqual([]);
    // the lead names what nothing covered (a town name is no search word); then what was searched and what to do next
    expect(result.text).toMatch(/^Dazu habe ich keine passende Antwort gefunden: keine Antwortkarte und keine Vorschrift im Korpus, die zu „Wetter“ passt\.\n\nDurchsucht habe ich/);
    expect(result.text).toContain('**Was Sie tun können**');
  });

  it('summarises findings of a pasted passage with suggestion and amendment', async () => {
    const { result } = await run({ question: 'Der Antrag ist schriftlich zu stellen.', passage: 'Der Antrag ist schriftlich zu stellen.', findings: [finding()], hits: [hit({})] });
    expect(result.text).toMatch(/^Nein, in dieser Fassung nicht durchgängig digital umsetzbar/);
    expect(result.text).toMatch(/Die eingefügte Passage enthält eine Stelle/);
    // the lead names the kind of obstacle, once per kind; a mere hint is not among them
    const aushang = finding({ id: 'f2', category: 'aushang_bekanntmachung', ruleId: 'aushang' });
    const hint = finding({ id: 'f3', category: 'unbestimmter_begriff', severity: 'hinweis' });
    const two = await run({ question: 'Was ändern?', passage: 'Der Antrag ist schriftlich zu stellen.', findings: [finding(), aushang, finding({ id: 'f4' }), hint], hits: [hit({})] });
    expect(two.result.text.split('\n')[0]).toMatch(/3 Stellen verlangen .* \(Schriftform, Aushang \/ Bekanntmachung\)\.$/);
    expect(result.text).toContain('„umformulieren“');
    expect(result.text).toContain('Vorschlag: Der Antrag ist zu stellen.');
    expect(result.text).toContain('Änderungsbefehl: In Satz 1 wird das Wort „schriftlich“ gestrichen.');
    expect(result.text).toContain('Rechtsgrundlage: § 3a VwVfG');
    expect(result.text).toContain('**Schriftform** in Satz 1 (hoch');
  });

  it('a finding of a pasted sentence without § or Satz is not placed "in Eingabe"', async () => {
    const f = finding({
      ruleId: 'persoenliches-erscheinen',
      category: 'persoenliches_erscheinen',
      location: { law: 'Eingabe', ref: 'Eingabe', start: 22, end: 43 },
      quote: { match: 'persönlich erscheinen', sentence: 'Der Antragsteller muss persönlich erscheinen.' },
    });
    const text = 'Der Antragsteller muss persönlich erscheinen.';
    const { result } = await run({ question: text, passage: text, findings: [f], hits: [hit({})] });
    expect(result.text).toContain('**Persönliches Erscheinen** (hoch');
    expect(result.text).not.toContain('in Eingabe');
  });

  it('a long pasted text with many findings lists the first ones and points to the draft review', async () => {
    const findings = Array.from({ length: 40 }, (_, i) =>
      finding({ id: `f${i}`, location: { law: 'Eingabe', ref: `Satz ${i + 1}`, start: i * 40, end: i * 40 + 11 } }),
    );
    const text = 'Der Antrag ist schriftlich zu stellen. '.repeat(40);
    const { result } = await run({ question: text, passage: text, findings, hits: [hit({})] });
    expect(result.text).toContain('Die eingefügte Passage enthält 40 Stellen');
    expect(result.text).not.toContain('in Satz 40 ');
    expect(result.text).toMatch(/… und \d+ weitere Befunde \(siehe Befundliste\)\. Für einen so langen Text ist die Entwurfsprüfung übersichtlicher/);
  });

  it('out of scope: the scope message and no citations, whatever retrieval returned', async () => {
    const { result } = await run({ intent: 'out_of_scope', question: 'Wie wird das Wetter morgen?', hits: [hit({})] });
    expect(result.text).toBe(OUT_OF_SCOPE_TEXT);
    expect(result.citations).toEqual([]);
  });

  it('closing ("ok danke"): a short reply and no citations, whatever retrieval returned', async () => {
    const { result } = await run({ intent: 'closing', question: 'ok danke', hits: [hit({})] });
    expect(result.text).toBe(CLOSING_TEXT);
    expect(result.citations).toEqual([]);
  });

  it('answers "Muss ich da etwas ändern?" with the reversed yes or no, and names an electronic way the passage already has', async () => {
    const passage = 'Die Frist kann auf schriftlichen oder elektronischen Antrag um bis zu drei Jahre verlängert werden.';
    const clean = await run({ intent: 'check', question: passage, passage, asked: 'Muss ich an dieser Stelle etwas ändern?' });
    expect(clean.result.text).toMatch(/^Nein, soweit das Regelwerk es erkennen kann, ist hier für die Digitalisierung nichts zu ändern/);
    expect(clean.result.text).toContain('Sie nennt den elektronischen Weg bereits ausdrücklich („schriftlichen oder elektronischen Antrag“)');
    const asked = await run({ intent: 'check', question: passage, passage, asked: 'Ist das digitaltauglich?' });
    expect(asked.result.text).toMatch(/^Ja, soweit das Regelwerk es erkennen kann/);
    const blocked = await run({ intent: 'check', question: 'x', passage: 'Der Antrag ist schriftlich zu stellen.', asked: 'Gibt es hier ein Problem?', findings: [finding()] });
    expect(blocked.result.text).toMatch(/^Ja, die Passage ist in dieser Fassung nicht durchgängig digital umsetzbar/);
    expect(blocked.result.text).not.toContain('bereits ausdrücklich');
    // asked where, not whether: what stands in the way, without a yes or no
    const where = await run({ intent: 'check', question: 'x', passage: 'Der Antrag ist schriftlich zu stellen.', asked: 'Was ist daran problematisch?', findings: [finding()] });
    expect(where.result.text).toMatch(/^In dieser Fassung ist die Passage nicht durchgängig digital umsetzbar/);
    const none = await run({ intent: 'check', question: passage, passage, asked: 'Welche Hürden stecken darin?' });
    expect(none.result.text).toMatch(/^Soweit das Regelwerk es erkennen kann, ist hier für die Digitalisierung nichts zu ändern/);
    const plain = await run({ intent: 'check', question: 'x', passage: 'Der Antrag ist schriftlich zu stellen.', findings: [finding()] });
    expect(plain.result.text).toMatch(/^Nein, in dieser Fassung nicht durchgängig digital umsetzbar/);
  });

  it('does not quote a rule that shares only one word with a longer question', async () => {
    const { result } = await run({
      question: 'Wie kann ich in einem Gesetzentwurf die eigenhändige Unterschrift ersetzen?',
      hits: [hit({ law: 'BGB', ref: '§ 2247 Abs. 1', title: 'Eigenhändiges Testament', text: 'Der Erblasser kann ein Testament durch eine eigenhändig geschriebene und unterschriebene Erklärung errichten.' })],
    });
    expect(result.citations).toEqual([]);
    expect(result.text).toMatch(/^Dazu habe ich keine passende Antwort gefunden: .* „Unterschrift“ passt\./);
    expect(result.text).not.toContain('Testament');
  });

  it('names a strong retrieved provision on the asked point after a card that does not quote it, as further reading (round 14)', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'bescheide',
        title: 'Bescheide',
        topic: ['bescheid'],
        context: [],
        answer: 'Ja. Bescheide können elektronisch erlassen werden (§ 37 Abs. 2 VwVfG).',
        conditions: [],
        citations: [{ law: 'VwVfG', section: '§ 37', paragraph: '2', point: 'elektronisch' }],
      },
      sources: [{ hit: hit({ ref: '§ 37 Abs. 2', title: 'Form des Verwaltungsaktes', text: 'Ein Verwaltungsakt kann schriftlich, elektronisch, mündlich oder in anderer Weise erlassen werden.', score: 0 }), points: ['elektronisch'], excerpt: 'Ein Verwaltungsakt kann schriftlich, elektronisch, mündlich oder in anderer Weise erlassen werden.' }],
      landSources: [],
    };
    const onPoint = hit({ ref: '§ 39 Abs. 1', title: 'Begründung des Verwaltungsaktes', text: 'Ein schriftlicher oder elektronischer Bescheid ist mit einer Begründung zu versehen.', score: 30 });
    // the told case (Gebührenbescheide for Hundehalter) is no word of the provision: only the asked sentence is covered
    const question = 'Wir erlassen Gebührenbescheide für Hundehalter elektronisch. Braucht ein solcher Bescheid eine Begründung?';
    const { result } = await run({ question, card, hits: [onPoint, hit({ law: 'BGB', ref: '§ 1', title: 'Rechtsfähigkeit', text: 'Die Rechtsfähigkeit des Menschen beginnt mit der Geburt.', score: 29 })] });
    // the card's answer leads; the provision follows, labelled as reading, and is cited last
    expect(result.text).toMatch(/^Ja\. Bescheide können elektronisch erlassen werden/);
    expect(result.text).toContain('**Weitere Vorschriften:** Zum Weiterlesen fand die Suche zu Ihrer Frage außerdem § 39 Abs. 1 VwVfG (Begründung des Verwaltungsaktes) [2]. Sie ist nicht Teil der Antwort oben');
    expect(result.citations.map((c) => `${c.ref} ${c.law}`)).toEqual(['§ 37 Abs. 2 VwVfG', '§ 39 Abs. 1 VwVfG']);
    // nothing is added where the strong hit does not cover the asked point
    const off = await run({ question: 'Wir erlassen Gebührenbescheide für Hundehalter elektronisch. Braucht ein solcher Bescheid ein Siegel?', card, hits: [onPoint] });
    expect(off.result.text).not.toContain('Weitere Vorschriften');
  });

  it('offers the nearest provision where only the told case is uncovered, instead of nothing (round 14)', async () => {
    const told = 'Für die Anmeldung zum Schwimmkurs müssen Schüler bisher eine Geburtsurkunde in Papierform vorlegen.';
    // the provision's sentence names nothing of the question itself (no answering sentence), its title names the object
    const urkunde = hit({ law: 'PStG', ref: '§ 55 Abs. 2', title: 'Geburtsurkunde', text: 'Für die Übermittlung gilt § 9 entsprechend.', score: 20 });
    const { result } = await run({ question: `${told} Wie können sie die stattdessen nachweisen?`, hits: [urkunde] });
    expect(result.text).toMatch(/^Eine Vorschrift genau zu Ihrem Fall finde ich nicht; am nächsten kommt § 55 Abs\. 2 PStG \(Geburtsurkunde\) \[1\]:\n> Für die Übermittlung gilt § 9 entsprechend\./);
    expect(result.text).toContain('Zu „Anmeldung“, „Schwimmkurs“ und „Schüler“ sagt die Vorschrift nichts.');
    expect(result.citations.map((c) => c.law)).toEqual(['PStG']);
    // a question whose own words nothing covers still gets the plain "nothing fits"
    const none = await run({ question: `${told} Wie können sie die stattdessen nachweisen?`, hits: [hit({ law: 'BGB', ref: '§ 1', title: 'Rechtsfähigkeit', text: 'Die Rechtsfähigkeit beginnt mit der Geburt.' })] });
    expect(none.result.text).toMatch(/^Dazu habe ich keine passende Antwort gefunden/);
    expect(none.result.citations).toEqual([]);
  });

  it('leads with the card, quotes its sources and adds a provision the question names', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'schriftform-verwaltung',
        title: 'Schriftform',
        topic: ['schriftform'],
        context: [],
        answer: 'Ja. Die Schriftform kann durch die elektronische Form ersetzt werden (§ 3a Abs. 2 VwVfG).',
        conditions: ['Die Fachvorschrift schließt den Ersatz nicht aus.'],
        wording: '„Der Antrag ist schriftlich oder elektronisch zu stellen.“',
        citations: [{ law: 'VwVfG', section: '§ 3a', paragraph: '2', point: 'elektronische Form ersetzt' }],
      },
      sources: [{ hit: hit({ score: 0 }), points: ['elektronische Form ersetzt'], excerpt: 'Eine durch Rechtsvorschrift angeordnete Schriftform kann durch die elektronische Form ersetzt werden.' }],
      landSources: [],
    };
    const { result } = await run({
      question: 'Welche Alternativen zur Schriftform gibt es nach § 10 VwVfG?',
      card,
      hits: [
        hit({ ref: '§ 10', section: '§ 10', title: 'Nichtförmlichkeit', text: 'Das Verwaltungsverfahren ist an bestimmte Formen nicht gebunden, soweit keine besonderen Rechtsvorschriften für die Form bestehen.', score: 1000 }),
        hit({ law: 'BGB', ref: '§ 126', title: 'Schriftform', text: 'Ist durch Gesetz schriftliche Form vorgeschrieben, so muss die Urkunde eigenhändig unterzeichnet werden.', score: 9 }),
      ],
    });
    // a W-question is not answered with "Ja."
    expect(result.text).toMatch(/^Die Schriftform kann durch die elektronische Form ersetzt werden/);
    expect(result.text).toContain('**Formulierungsvorschlag**');
    expect(result.citations.map((c) => `${c.ref} ${c.law}`)).toEqual(['§ 3a Abs. 2 VwVfG', '§ 10 VwVfG']);
  });

  it('a question whether a law may prescribe a technique keeps its card, though a provision names the noun the card lacks', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'technikneutralitaet', title: 'Technikneutral formulieren', topic: ['pdf', 'fax'], context: [],
        answer: 'Ja, in der Regel sollte der Entwurf keine bestimmte Technik vorschreiben.',
        conditions: [],
        citations: [{ law: 'VwVfG', section: '§ 3a', paragraph: '2', point: 'sonstige sichere Verfahren' }],
      },
      sources: [{ hit: hit({ score: 0 }), points: ['sonstige sichere Verfahren'], excerpt: 'durch sonstige sichere Verfahren' }],
      landSources: [],
    };
    const provision = hit({ law: 'EGovG', ref: '§ 3 Abs. 2', section: '§ 3', title: 'Information zu Behörden', text: 'Jede Behörde soll über ihre Verfahren informieren und mitteilen, welche Nachweise beizubringen sind.', score: 50 });
    const { result } = await run({
      question: 'Darf ich in die Verordnung reinschreiben, dass die Nachweise als PDF per Fax kommen müssen?',
      card,
      cardMissing: ['Nachweise'],
      hits: [provision],
    });
    // the card says whether the law may do it; the provision only says what authorities tell the public
    expect(result.text).not.toMatch(/^(?:Ja\.|Dazu regelt)/);
    expect(result.text).toContain('keine bestimmte Technik');
  });

  it('a Land question leads with the Land view and cites the Land law next to the federal rule it applies', async () => {
    const nvwvfg = hit({ law: 'NVwVfG', ref: '§ 1 Abs. 1', section: '§ 1', title: '', text: 'Für die öffentlich-rechtliche Verwaltungstätigkeit der Behörden des Landes gelten die Vorschriften des Verwaltungsverfahrensgesetzes.', score: 0 });
    const federal = { hit: hit({ score: 0 }), points: ['elektronische Form'], excerpt: 'Eine … Schriftform kann durch die elektronische Form ersetzt werden.' };
    const card: ResolvedCard = {
      card: {
        id: 'schriftform-verwaltung', title: 'Schriftform', topic: ['schriftform'], context: [],
        answer: 'Ja. Die Schriftform kann durch die elektronische Form ersetzt werden (§ 3a Abs. 2 VwVfG).',
        conditions: [],
        citations: [{ law: 'VwVfG', section: '§ 3a', paragraph: '2', point: 'elektronische Form' }],
        land: { answer: 'Ja. In Niedersachsen gilt § 3a VwVfG über § 1 Abs. 1 NVwVfG.', citations: [{ law: 'NVwVfG', section: '§ 1', paragraph: '1', point: 'Verwaltungsverfahrensgesetzes' }] },
      },
      sources: [federal],
      landSources: [{ hit: nvwvfg, points: ['Verwaltungsverfahrensgesetzes'], excerpt: nvwvfg.text }],
    };
    const asked = (land: boolean) => run({ question: 'Kann eine Kommune die Schriftform ersetzen?', card, land, hits: [] });
    const forLand = (await asked(true)).result;
    expect(forLand.text).toMatch(/^Ja\. In Niedersachsen gilt § 3a VwVfG über § 1 Abs\. 1 NVwVfG\.\n\n\*\*Allgemein:\*\* Ja\. Die Schriftform/);
    expect(forLand.citations.map((c) => `${c.ref} ${c.law}`)).toEqual(['§ 1 Abs. 1 NVwVfG', '§ 3a Abs. 2 VwVfG']);
    const general = (await asked(false)).result;
    expect(general.text).toMatch(/^Ja\. Die Schriftform/);
    expect(general.citations.map((c) => c.law)).toEqual(['VwVfG']);
  });

  it('a pasted passage with a Land question beside it leads with the card\'s Land view, then the verdict (dev11 cd11-11)', async () => {
    const nvwvfg = hit({ law: 'NVwVfG', ref: '§ 1 Abs. 1', section: '§ 1', title: '', text: 'Für die öffentlich-rechtliche Verwaltungstätigkeit der Behörden des Landes gelten die Vorschriften des Verwaltungsverfahrensgesetzes.', score: 0 });
    const card: ResolvedCard = {
      card: {
        id: 'schriftform-verwaltung', title: 'Schriftform', topic: ['schriftform'], context: [],
        answer: 'Ja. Die Schriftform kann durch die elektronische Form ersetzt werden (§ 3a Abs. 2 VwVfG).',
        conditions: [],
        citations: [],
        land: { answer: 'Ja. In Niedersachsen gilt § 3a VwVfG über § 1 Abs. 1 NVwVfG.', citations: [] },
      },
      sources: [],
      landSources: [{ hit: nvwvfg, points: ['Verwaltungsverfahrensgesetzes'], excerpt: nvwvfg.text }],
    };
    const passage = 'Der Antrag ist schriftlich zu stellen.';
    const checked = (land: boolean) => run({ question: passage, passage, findings: [finding()], card, land, hits: [hit({})] });
    const forLand = (await checked(true)).result;
    expect(forLand.text).toMatch(/^Ja\. In Niedersachsen gilt § 3a VwVfG über § 1 Abs\. 1 NVwVfG\.\n\n\*\*Zur eingefügten Passage:\*\*\n\nNein, in dieser Fassung/);
    expect(forLand.citations.map((c) => c.law)).toContain('NVwVfG');
    // without the Land the verdict leads, as for any pasted passage
    expect((await checked(false)).result.text).toMatch(/^Nein, in dieser Fassung/);
  });

  it('"Darf … nur bar …?" is answered by the card answer to the restriction, not by its "Ja"', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'bezahlung', title: 'Bezahlung', topic: ['bar'], context: [], conditions: [],
        answer: 'Ja. Die Behörde muss ein elektronisches Zahlungsverfahren anbieten (§ 4 Abs. 1 EGovG).',
        analogOnly: 'Nein. Eine Behörde darf sich nicht auf Barzahlung beschränken (§ 4 Abs. 1 EGovG).',
        citations: [{ law: 'EGovG', section: '§ 4', paragraph: '1', point: 'Zahlungsverfahren' }],
      },
      sources: [], landSources: [],
    };
    expect((await run({ question: 'Darf man Gebühren nur bar an der Kasse annehmen?', card })).result.text).toMatch(/^Nein\. Eine Behörde darf sich nicht/);
    expect((await run({ question: 'Muss die Behörde eine Online-Zahlung anbieten?', card })).result.text).toMatch(/^Ja\. Die Behörde muss/);
    // a how-to names the restriction as what it replaces: the card's rule leads, without a bare "Ja" (chat dev8 cd8-06)
    const howTo = 'Wie sorge ich in einer Gebührenordnung dafür, dass Gebühren nicht mehr nur bar an der Kasse bezahlt werden können?';
    expect((await run({ question: howTo, card })).result.text).toMatch(/^Die Behörde muss ein elektronisches Zahlungsverfahren/);
    // the question is the sentence with the question mark, not the draft retold before it (chat dev8 cd8-03)
    const retold = 'Im Entwurf heißt es, Gebühren sind bar zu zahlen. Wie kann man das digital lösen?';
    expect((await run({ question: retold, card: { ...card, card: { ...card.card, answer: 'In der Regel nein. Die Behörde muss ein elektronisches Zahlungsverfahren anbieten (§ 4 Abs. 1 EGovG).' } } })).result.text).toMatch(/^Die Behörde muss/);
  });

  it('leads with the card\'s model wording when a follow-up asks how to word it (dev set 14)', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'schriftform', title: 'Schriftform', topic: ['schriftlich'], context: [], conditions: [],
        answer: 'Ja. Die Schriftform kann durch die elektronische Form ersetzt werden (§ 3a Abs. 2 VwVfG).',
        wording: '„Der Antrag ist schriftlich oder elektronisch zu stellen.“',
        citations: [{ law: 'VwVfG', section: '§ 3a', paragraph: '2', point: 'elektronische Form' }],
      },
      sources: [], landSources: [],
    };
    const asked = (await run({ question: 'und wie formuliere ich das?', intent: 'follow_up', card, wordingFirst: true })).result.text;
    expect(asked).toMatch(/^So könnte die Regelung lauten:\n> „Der Antrag ist schriftlich oder elektronisch zu stellen\.“/);
    // the wording is given once, not again under the card's answer
    expect(asked.match(/Der Antrag ist schriftlich oder elektronisch/g)).toHaveLength(1);
    expect((await run({ question: 'Geht das auch anders?', card })).result.text).toMatch(/^Ja\. Die Schriftform/);
  });

  it('turns the card\'s verdict when the question asks whether a law may prescribe the hindrance (UX walk)', async () => {
    const card = (analogOnly?: string): ResolvedCard => ({
      card: {
        id: 'bezahlung', title: 'Bezahlung', topic: ['bar'], context: [], conditions: [],
        answer: 'Ja. Die Behörde muss ein elektronisches Zahlungsverfahren anbieten (§ 4 Abs. 1 EGovG). Der Entwurf sollte daher keine Barzahlung vorschreiben.',
        ...(analogOnly ? { analogOnly } : {}),
        citations: [{ law: 'EGovG', section: '§ 4', paragraph: '1', point: 'Zahlungsverfahren' }],
      },
      sources: [], landSources: [],
    });
    const asked = 'Kann man im Gesetz vorschreiben, dass Gebühren bar zu zahlen sind?';
    // without a "Nur analog" answer the card's "Ja" is taken off and the asked polarity leads
    const turned = (await run({ question: asked, card: card() })).result.text;
    expect(turned).toMatch(/^Rechtlich möglich, aber nicht digitaltauglich: Die Behörde muss/);
    expect(turned).not.toMatch(/^Ja\b/);
    // a card with a "Nur analog" answer gives that one, as for "Darf … nur bar …?"
    const only = 'Nein, nicht als einzigen Weg. Eine Behörde darf sich nicht auf Barzahlung beschränken (§ 4 Abs. 1 EGovG).';
    expect((await run({ question: 'Darf im Gesetz stehen, dass die Gebühr in bar zu entrichten ist?', card: card(only) })).result.text).toMatch(/^Nein, nicht als einzigen Weg/);
    // an authority, not a law, prescribing it needs a legal basis: no turned lead (chat blind cb-02)
    expect((await run({ question: 'Darf das Ordnungsamt vorschreiben, dass Gebühren nur bar zu zahlen sind?', card: card() })).result.text).not.toMatch(/^Rechtlich möglich/);
    // whether the digital way may be prescribed is no hindrance question: the card's "Ja" stays
    expect((await run({ question: 'Kann man im Gesetz vorschreiben, dass Gebühren online bezahlt werden können?', card: card() })).result.text).toMatch(/^Ja\. Die Behörde/);
  });

  it('fits the lead to the question: no yes for a W-question, both halves of an either-or, no "Ja" after "Es kommt darauf an" (UX walk)', async () => {
    const card = (answer: string, conditional?: { when: string[]; answer: string }[]): ResolvedCard => ({
      card: { id: 'c', title: 'Karte', topic: ['nachweis'], context: [], conditions: [], answer, citations: [], ...(conditional ? { conditional } : {}) },
      sources: [], landSources: [],
    });
    const nachweise = card('Ja, der Entwurf sollte Nachweise möglichst nicht verlangen (§ 5 Abs. 2 EGovG).');
    expect((await run({ question: 'Welche Nachweise darf ich von Antragstellern verlangen?', card: nachweise })).result.text).toMatch(/^Der Entwurf sollte Nachweise/);
    expect((await run({ question: 'Darf ich Nachweise verlangen?', card: nachweise })).result.text).toMatch(/^Ja, der Entwurf/);
    const persoenlich = card('In der Regel nein. Eine Pflicht zum persönlichen Erscheinen besteht nur, wenn eine Rechtsvorschrift sie vorsieht.');
    const both = (await run({ question: 'Muss der Antrag persönlich abgegeben werden, oder geht das auch online?', card: persoenlich })).result.text;
    expect(both).toMatch(/^In der Regel nein; online geht es auch\. Eine Pflicht/);
    expect((await run({ question: 'Muss der Antrag persönlich abgegeben werden?', card: persoenlich })).result.text).toMatch(/^In der Regel nein\. Eine Pflicht/);
    const bescheid = card('Ja, auch Bescheide müssen nicht auf Papier ergehen (§ 37 Abs. 2 VwVfG).', [
      { when: ['e-mail'], answer: 'Es kommt darauf an: Per E-Mail nur, wenn der Empfänger einen Zugang eröffnet hat (§ 3a Abs. 1 VwVfG).' },
      { when: ['sozial'], answer: 'Ja, im Sozialrecht gilt § 36a SGB I.' },
    ]);
    const mail = (await run({ question: 'Darf ich den Bescheid per E-Mail verschicken?', card: bescheid })).result.text;
    expect(mail).toMatch(/^Es kommt darauf an: /);
    expect(mail).toContain('**Im Übrigen:** Auch Bescheide müssen nicht');
    // a circumstance answer with its own yes keeps the card's frame as it is
    expect((await run({ question: 'Darf ich den Bescheid im Sozialrecht elektronisch erlassen?', card: bescheid })).result.text).toContain('**Im Übrigen:** Ja, auch Bescheide');
  });

  it('quotes the provision a leading circumstance answer names, even beyond the card\'s five sources', async () => {
    const source = (section: string, law = 'VwVfG') => ({
      hit: hit({ law, ref: section, section, title: '', text: `Text von ${section} ${law}.`, score: 0 }),
      points: ['Text'],
      excerpt: `Text von ${section} ${law}.`,
    });
    const own = ['§ 1', '§ 2', '§ 3', '§ 4', '§ 5'].map((x) => source(x));
    const card: ResolvedCard = {
      card: {
        id: 'erscheinen', title: 'Persönliches Erscheinen', topic: ['persönlich'], context: [], conditions: [],
        answer: 'In der Regel nein. Persönliches Erscheinen nur, wo eine Rechtsvorschrift es vorsieht (§ 26 Abs. 2 VwVfG).',
        conditional: [{ when: ['krankenkass'], answer: 'Ja, im Sozialrecht darf der Leistungsträger das verlangen (§ 61 SGB I).' }],
        citations: [{ law: 'VwVfG', section: '§ 26', point: 'Text' }],
      },
      sources: [...own, source('§ 61', 'SGB I')], landSources: [],
    };
    const asked = await run({ question: 'Darf die Krankenkasse verlangen, dass man persönlich kommt?', card });
    expect(asked.result.text).toMatch(/^Ja, im Sozialrecht/);
    expect(asked.result.citations.map((c) => `${c.ref} ${c.law}`)).toEqual([...own.map((x) => `${x.hit.ref} VwVfG`), '§ 61 SGB I']);
    // without the circumstance the card keeps its own five
    expect((await run({ question: 'Darf die Behörde verlangen, dass man persönlich kommt?', card })).result.citations).toHaveLength(5);
  });

  it('a Land question naming a federal procedural rule: yes, through the Land law that applies it', async () => {
    const bridge = hit({ law: 'NVwVfG', ref: '§ 1 Abs. 1', section: '§ 1', title: '', text: 'Für die öffentlich-rechtliche Verwaltungstätigkeit der Behörden des Landes gelten die Vorschriften des Verwaltungsverfahrensgesetzes.', score: 0 });
    const named = hit({ score: 1000 });
    const { result } = await run({ question: 'Gilt § 3a VwVfG auch für Behörden des Landes Niedersachsen?', land: true, landBridges: [bridge], hits: [named] });
    expect(result.text).toMatch(/^Ja\. § 3a VwVfG \(Elektronische Kommunikation\) \[1\] gilt auch für die Behörden des Landes, der Gemeinden und Landkreise in Niedersachsen: § 1 Abs\. 1 NVwVfG \[2\]/);
    expect(result.citations.map((c) => c.law)).toEqual(['VwVfG', 'NVwVfG']);
  });

  it('rewrite: the whole provision, its Änderungsbefehl, and a plain request for text when there is none', async () => {
    const none = await run({ intent: 'rewrite', question: 'umformulieren' });
    expect(none.result.text).toBe(NO_PASSAGE_TEXT);
    const f = finding({ explanation: 'Schriftform verlangt Papier.' });
    const { result } = await run({
      intent: 'rewrite',
      question: '§ 3a VwVfG Schriftform',
      passage: 'Der Antrag ist schriftlich zu stellen.',
      findings: [f],
      rewrite: {
        text: 'Der Antrag ist zu stellen.',
        amendment: 'In der Vorschrift wird das Wort „schriftlich“ gestrichen.',
        absatzCommands: [],
        notes: ['Bitte prüfen Sie die Frist.'],
        remaining: [],
      },
      hits: [hit({})],
    });
    expect(result.text).toMatch(/^So könnte die Vorschrift digitaltauglich lauten \(ein Befund eingearbeitet\):\n> Der Antrag ist zu stellen\./);
    expect(result.text).toContain('**Änderungsbefehl**\n\n> In der Vorschrift wird das Wort „schriftlich“ gestrichen.');
    expect(result.text).toContain('**Hinweise**\n\n- Bitte prüfen Sie die Frist.');
    expect(result.citations.map((c) => c.law)).toEqual(['VwVfG']);
    // asked for an Änderungsbefehl, the command leads and the new wording follows
    const asked = await run({
      intent: 'rewrite',
      question: '§ 3a VwVfG Schriftform',
      asksAmendment: true,
      passage: 'Der Antrag ist schriftlich zu stellen.',
      findings: [f],
      rewrite: { text: 'Der Antrag ist zu stellen.', amendment: 'In der Vorschrift wird das Wort „schriftlich“ gestrichen.', absatzCommands: [], notes: [], remaining: [] },
      hits: [hit({})],
    });
    expect(asked.result.text).toMatch(/^Der Änderungsbefehl könnte lauten \(ein Befund eingearbeitet\):\n> In der Vorschrift wird das Wort „schriftlich“ gestrichen\./);
    expect(asked.result.text).toContain('**Neue Fassung**\n\n> Der Antrag ist zu stellen.');
  });

  it('names the change of a long rewrite in its heading, where the lead shows it (dev set 14)', async () => {
    const opening = 'Bei mehr als zwanzig Personen, denen die Genehmigung zuzustellen ist, kann die Zustellung durch öffentliche Bekanntmachung ersetzt werden. '.repeat(3);
    const passage = `${opening}Der Bescheid ist zwei Wochen zur Einsicht auszulegen.`;
    const added = 'Die Bekanntmachung erfolgt zusätzlich auf der Internetseite der Behörde.';
    const { result } = await run({
      intent: 'rewrite',
      question: 'umformulieren',
      passage,
      findings: [finding({ category: 'aushang_bekanntmachung' })],
      rewrite: { text: `${passage} ${added}`, amendment: `Der Vorschrift wird folgender Satz angefügt: „${added}“`, absatzCommands: [], notes: [], remaining: [] },
    });
    expect(result.text).toMatch(new RegExp(`^So könnte die Vorschrift digitaltauglich lauten \\(ein Befund eingearbeitet; neu: „${added.replace(/\./g, '\\.')}“\\):\n> Bei mehr`));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createOfflineAnswerer().answer({ question: 'Schriftform', history: [], hits: [hit({})], findings: [] }, () => undefined, controller.signal),
    ).rejects.toThrow();
  });

  it('answers "Welche …?" about a named provision with the numbered list that answers it, not with a pointer', async () => {
    const text =
      'Der Bauaufsichtsbehörde sind 1. Anzeigen eines beabsichtigten Abbruchs, 2. Anträge auf Erteilung einer Baugenehmigung und 3. Bauvoranfragen elektronisch zu übermitteln. Die Signatur ist nicht erforderlich, wenn 1. die Bauvorlage ein Siegel trägt oder 2. ein Nutzerkonto genutzt wird.';
    const { result } = await run({
      question: 'Welche Anträge müssen nach § 3a NBauO elektronisch übermittelt werden?',
      hits: [hit({ law: 'NBauO', ref: '§ 3a Abs. 1', section: '§ 3a', title: 'Elektronische Kommunikation', text, score: 1000 })],
    });
    const lead = result.text.split('\n\n')[0]!;
    expect(lead).toMatch(/^Dazu heißt es in § 3a Abs\. 1 NBauO \(Elektronische Kommunikation\) \[1\]:\n> Der Bauaufsichtsbehörde sind\n> 1\. Anzeigen/);
    expect(lead).toContain('> 3. Bauvoranfragen elektronisch zu übermitteln.');
    expect(lead).not.toContain('Siegel');
  });

  it('reads every Absatz of a named provision, not only those retrieval brought up (§ 5 Abs. 2 EGovG)', async () => {
    const abs1 = 'Wird ein Verwaltungsverfahren elektronisch durchgeführt, können die vorzulegenden Nachweise elektronisch eingereicht werden.';
    const abs2 = 'Die zuständige Behörde kann erforderliche Nachweise mit Einwilligung der betroffenen Person direkt bei der ausstellenden öffentlichen Stelle elektronisch einholen.';
    const provision = (law: string, section: string) =>
      law === 'EGovG' && section === '§ 5'
        ? { law, lawTitle: 'E-Government-Gesetz', jurisdiction: 'Bund', section, title: 'Nachweise', paragraphs: [{ number: '1', text: abs1 }, { number: '2', text: abs2 }] }
        : undefined;
    const { result } = await run({
      question: 'Welche Nachweise darf die Behörde nach § 5 EGovG direkt bei der ausstellenden Stelle einholen?',
      hits: [hit({ law: 'EGovG', ref: '§ 5 Abs. 1', section: '§ 5', title: 'Nachweise', text: abs1, score: 1000 })],
      provision,
    });
    expect(result.text).toMatch(/^Dazu heißt es in § 5 Abs\. 2 EGovG \(Nachweise\) \[2\]:\n> Die zuständige Behörde kann/);
    expect(result.citations.map((c) => c.ref)).toContain('§ 5 Abs. 2');
  });

  it('answers "An wen …?" about a named Absatz from that Absatz, not from a list in another one (blind3 cb3-01)', async () => {
    const abs2 = 'Zum Nachweis der Zustellung ist in den Akten zu vermerken: 1. im Fall der Ersatzzustellung der Grund, 2. der Tag der Zustellung.';
    const abs4 = 'Das Dokument kann an Behörden, Körperschaften, Anstalten und Stiftungen des öffentlichen Rechts, an Rechtsanwälte, Patentanwälte, Notare und Steuerberater auch elektronisch gegen Empfangsbekenntnis zugestellt werden.';
    const provision = (law: string, section: string) =>
      law === 'VwZG' && section === '§ 5'
        ? { law, lawTitle: 'Verwaltungszustellungsgesetz', jurisdiction: 'Bund', section, title: 'Zustellung durch die Behörde', paragraphs: [{ number: '2', text: abs2 }, { number: '4', text: abs4 }] }
        : undefined;
    const { result } = await run({
      question: 'An wen darf eine Behörde nach § 5 Abs. 4 VwZG Dokumente auch elektronisch gegen Empfangsbekenntnis zustellen?',
      hits: [hit({ law: 'VwZG', ref: '§ 5 Abs. 2', section: '§ 5', title: 'Zustellung durch die Behörde', text: abs2, score: 1000 })],
      provision,
    });
    expect(result.text).toMatch(/^Dazu heißt es in § 5 Abs\. 4 VwZG \(Zustellung durch die Behörde\) \[\d\]:\n> Das Dokument kann an Behörden/);
  });

  it('quotes with a card\'s Land view the Land provision that covers what the question names', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'schriftform', title: 'Schriftform', topic: ['schriftlich'], context: [], conditions: [],
        answer: 'Ja. Eine angeordnete Schriftform kann durch die elektronische Form ersetzt werden.',
        citations: [{ law: 'VwVfG', section: '§ 3a', paragraph: '2', point: 'elektronische Form' }],
        land: { answer: 'Ja. Für Kommunen in Niedersachsen gilt § 3a VwVfG über § 1 NVwVfG.', citations: [{ law: 'NVwVfG', section: '§ 1', paragraph: '1', point: 'gelten' }] },
      },
      sources: [],
      landSources: [],
    };
    const begehren = hit({ law: 'NKomVG', ref: '§ 32 Abs. 3', section: '§ 32', title: 'Bürgerbegehren', jurisdiction: 'Niedersachsen', text: 'Das Bürgerbegehren ist der Kommune in schriftlicher Form anzuzeigen.', score: 9 });
    const other = hit({ law: 'NKomVG', ref: '§ 11 Abs. 1', section: '§ 11', title: 'Verkündung', jurisdiction: 'Niedersachsen', text: 'Satzungen sind zu unterzeichnen und schriftlich zu verkünden.', score: 9 });
    const { result } = await run({ question: 'Muss man ein Bürgerbegehren in Niedersachsen schriftlich anzeigen?', land: true, card, hits: [begehren, other] });
    expect(result.text).toMatch(/^Ja\. Für Kommunen in Niedersachsen/);
    expect(result.citations.map((c) => `${c.ref} ${c.law}`)).toEqual(['§ 32 Abs. 3 NKomVG']);
    // a question of frame words only ("Behörde", "Antrag", "Niedersachsen") names nothing a Land provision could cover
    const frame = await run({ question: 'Darf eine Behörde in Niedersachsen einen schriftlichen Antrag verlangen?', land: true, card, hits: [begehren, other] });
    expect(frame.result.citations).toEqual([]);
  });

  it('quotes with a general card the provision that covers the institution the question names', async () => {
    const card: ResolvedCard = {
      card: {
        id: 'formulare', title: 'Formulare', topic: ['formular'], context: [], conditions: [],
        answer: 'Formulare dürfen und sollen elektronisch angeboten werden (§ 13 EGovG).',
        citations: [{ law: 'EGovG', section: '§ 13', point: 'Formular' }],
      },
      sources: [],
      landSources: [],
    };
    const tax = hit({ law: 'AO', ref: '§ 150 Abs. 1', section: '§ 150', title: 'Form und Inhalt der Steuererklärungen', text: 'Steuererklärungen sind nach amtlich vorgeschriebenem Vordruck abzugeben, wenn keine elektronische Steuererklärung vorgeschrieben ist.', score: 80 });
    const other = hit({ law: 'AO', ref: '§ 1', section: '§ 1', title: 'Anwendungsbereich', text: 'Dieses Gesetz gilt für alle Steuern, die durch Bundesrecht geregelt sind.', score: 40 });
    const { result } = await run({ question: 'Wann muss eine Steuererklärung auf dem amtlichen Vordruck abgegeben werden?', card, hits: [tax, other] });
    expect(result.text).toMatch(/^Formulare dürfen/);
    expect(result.citations.map((c) => `${c.ref} ${c.law}`)).toEqual(['§ 150 Abs. 1 AO']);
    // a question of frame words only names nothing a provision could cover beside the card
    const frame = await run({ question: 'Darf eine Behörde ein Formular vorschreiben?', card, hits: [tax, other] });
    expect(frame.result.citations).toEqual([]);
    // a card citing guidance only answers about the Digitalcheck itself: no provision is quoted beside it
    const guide = hit({ law: 'Leitfaden Digitalcheck', ref: 'Ablauf', kind: 'guidance', text: 'Der Digitalcheck beginnt mit der Vorprüfung.' });
    const check = await run({ question: 'Wann muss eine Steuererklärung auf dem amtlichen Vordruck abgegeben werden?', card: { ...card, sources: [{ hit: guide, points: [], excerpt: guide.text }] }, hits: [tax, other] });
    expect(check.result.citations.map((c) => c.law)).toEqual(['Leitfaden Digitalcheck']);
  });

  it('quotes beside the answering sentence the best provision of the law the question names', async () => {
    const form = hit({ ref: '§ 64', section: '§ 64', title: 'Form des Antrags', text: 'Erfordert das förmliche Verwaltungsverfahren einen Antrag, so ist er schriftlich oder zur Niederschrift bei der Behörde zu stellen.', score: 44 });
    // neither names the "Zulassung": the sentence on the electronic form answers, § 64 is quoted as the named law's best
    const general = hit({ ref: '§ 3a Abs. 2', section: '§ 3a', text: 'Eine durch Rechtsvorschrift angeordnete Schriftform kann durch die elektronische Form ersetzt werden.', score: 30 });
    const named = await run({ question: 'Unser Fachgesetz ordnet für die Zulassung ein förmliches Verfahren nach dem VwVfG an. Geht der Antrag dann auch elektronisch?', hits: [form, general] });
    expect(named.result.citations.map((c) => c.ref)).toContain('§ 64');
    // the question names no law: only what answers and fits is quoted
    const unnamed = await run({ question: 'Unser Fachgesetz ordnet für die Zulassung ein förmliches Verfahren an. Geht der Antrag dann auch elektronisch?', hits: [form, general] });
    expect(unnamed.result.citations.map((c) => c.ref)).not.toContain('§ 64');
  });

  it('leads a W-question about a named provision with its answering passage, a yes/no question never with a quote', async () => {
    const abs1 = hit({ ref: '§ 37 Abs. 1', section: '§ 37', title: 'Form', text: 'Ein Verwaltungsakt muss inhaltlich hinreichend bestimmt sein.', score: 1000 });
    const abs3 = hit({ ref: '§ 37 Abs. 3', section: '§ 37', title: 'Form', text: 'Ein elektronischer Verwaltungsakt muss die erlassende Behörde erkennen lassen und die Namenswiedergabe enthalten.', score: 999 });
    const w = await run({ question: 'Welche Angaben muss ein elektronischer Verwaltungsakt nach § 37 VwVfG enthalten?', hits: [abs1, abs3] });
    expect(w.result.text).toMatch(/^Dazu heißt es in § 37 Abs\. 3 VwVfG \(Form\) \[2\]:\n> Ein elektronischer Verwaltungsakt muss die erlassende Behörde/);
    const yesNo = await run({ question: 'Muss ein elektronischer Verwaltungsakt nach § 37 VwVfG die Behörde erkennen lassen?', hits: [abs1, abs3] });
    expect(yesNo.result.text).toMatch(/^Einschlägig ist § 37 VwVfG/);
  });
});

describe('offline answerer on a passage as long as a chat message', () => {
  it('quotes the electronic way with the words around it after a run of 99,000 hyphens', async () => {
    const passage = `${'-'.repeat(99_000)} Die Frist kann auf schriftlichen oder elektronischen Antrag um bis zu drei Jahre verlängert werden.`;
    const { result } = await run({ intent: 'check', question: passage, passage, asked: 'Muss ich an dieser Stelle etwas ändern?' });
    expect(result.text).toContain('Sie nennt den elektronischen Weg bereits ausdrücklich („schriftlichen oder elektronischen Antrag“)');
  });
});
