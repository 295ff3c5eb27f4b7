import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../server/retrieval/index';
import { checkText } from '../../server/rules/engine';
import { parseCard, rankCards } from '../../server/services/chat/cards';
import { classifyMessage } from '../../server/services/chat/classify';
import { createTurnPlanner } from '../../server/services/chat/turn';
import { cards, shippedPlanner } from './shipped-planner';

let plan: ReturnType<typeof createTurnPlanner>;
let index: SearchIndex;
beforeAll(async () => {
  ({ index, plan } = await shippedPlanner());
});

const ask = (text: string) => plan(classifyMessage(text, { isLawName: (w) => index.lawAbbreviation(w) !== undefined }), {}).ctx;

describe('turn planner: which card answers', () => {
  it('keeps a card only when it covers what the question is about', () => {
    // "Digitalcheck" brings in the procedure card, "aufbewahren" the card on files: neither is about the question
    expect(ask('Welche Regel gilt im Digitalcheck für Drohnenflüge über Naturschutzgebieten?').card).toBeUndefined();
    expect(ask('Wie lange müssen Schulen ihre Klassenbücher aufbewahren?').card).toBeUndefined();
    expect(ask('Wie läuft der Digitalcheck ab?').card?.card.id).toBe('digitalcheck-verfahren');
    expect(ask('Muss man Zeugnisse immer im Original einreichen?').card?.card.id).toBe('originale-kopien');
  });

  it('prefers, of cards that fit equally, the one that names the question\'s compound itself', () => {
    // "Bauantrag" is the NBauO card's own word; the card on electronic access covers it only as some "Antrag"
    expect(ask('Kann man in Niedersachsen einen Bauantrag online stellen, oder muss der auf Papier ins Bauamt?').card?.card.id).toBe('bauantrag-elektronisch');
  });

  it('a lawyer filing at a court gets the card on the duty to file electronically, not the card on powers of attorney (chat blind 8)', () => {
    expect(ask('Muss ein Anwalt Schriftsätze beim Finanzgericht elektronisch einreichen?').card?.card.id).toBe('nutzungspflicht-gericht');
    expect(ask('Darf eine Rechtsanwältin die Klage beim Verwaltungsgericht noch auf Papier einreichen?').card?.card.id).toBe('nutzungspflicht-gericht');
    // service on a lawyer, and a lawyer acting for someone at an authority, are other questions
    expect(ask('Kann die Behörde einem Rechtsanwalt elektronisch zustellen?').card?.card.id).toBe('zustellung');
    expect(ask('Braucht ein Rechtsanwalt im Verwaltungsverfahren eine schriftliche Vollmacht?').card?.card.id).toBe('vollmacht');
    // an authority's briefs, named by the court and the electronic way (probe10 pr-02)
    expect(ask('Muss ein Finanzamt seine Schriftsätze an das Finanzgericht elektronisch übermitteln?').card?.card.id).toBe('nutzungspflicht-gericht');
  });

  it('spouses and the engaged are the persons of a question, not its topic (probe10 pr-06)', () => {
    expect(ask('Können Verlobte einen Ehevertrag per Videokonferenz beim Notar schließen?').card?.card.id).toBe('notarielle-beurkundung');
    expect(ask('Können Eheleute ihren Ehevertrag per E-Mail mit qualifizierter elektronischer Signatur schließen?').card?.card.id).toBe('notarielle-beurkundung');
  });

  it('answers an elliptic follow-up to a "Wann …?" question with a time, not with a card on the form', () => {
    const first = plan(classifyMessage('Ab wann gilt ein Bescheid als angekommen, wenn die Behörde ihn elektronisch verschickt?'), {});
    const follow = plan(classifyMessage('Und beim Finanzamt?', { hasPrevious: true }), first.state);
    expect(follow.ctx.card).toBeUndefined();
    expect(follow.ctx.parallel?.to).toEqual({ law: 'AO', section: '§ 122' });
  });

  it('does not answer "Wie hoch …?" with a card that names no amount (dev set 14)', () => {
    expect(ask('Wie hoch darf die Gebühr für einen Anwohnerparkausweis in einer Stadt sein?').card).toBeUndefined();
    expect(ask('Muss die Gebühr für einen Anwohnerparkausweis auch online bezahlt werden können?').card?.card.id).toBe('bezahlung');
    // an amount named in a clause is not what the question asks for (dev3 cd3-cond-01)
    expect(ask('Kann der Computer allein über einen Zuschuss entscheiden, wenn die Behörde selbst abwägen darf, wie viel sie zahlt?').card?.card.id).toBe('automatisierung');
  });

  it('answers "und wie formuliere ich das?" after a card with that card\'s model wording (dev set 14)', () => {
    const first = plan(classifyMessage('Für die Registrierung müssen die Leute bisher persönlich im Amt antanzen, damit wir den Ausweis sehen. Was kann ich da machen?'), {});
    const earlier = first.ctx.card?.card;
    expect(earlier?.wording).toBeDefined();
    const follow = plan(classifyMessage('und wie formuliere ich das?', { hasPrevious: true }), first.state).ctx;
    expect(follow.card?.card.id).toBe(earlier?.id);
    expect(follow.wordingFirst).toBe(true);
    // a follow-up on another matter is no wording request
    expect(plan(classifyMessage('und wie ist das bei Bescheiden?', { hasPrevious: true }), first.state).ctx.wordingFirst).toBeUndefined();
  });

  it('stays with the earlier card when the follow-up\'s own words bring it in again (dev10 cd10-16)', () => {
    const first = plan(classifyMessage('Dürfen Beihilfeanträge beim Bund elektronisch gestellt werden?'), {});
    expect(first.ctx.card?.card.id).toBe('beihilfe');
    const follow = plan(classifyMessage('und bei den Bescheiden?', { hasPrevious: true }), first.state);
    expect(follow.ctx.card?.card.id).toBe('beihilfe');
  });

  it('keeps the field of law of the earlier turn for "und bei Bescheiden?"', () => {
    const isLawName = (w: string) => index.lawAbbreviation(w) !== undefined;
    const first = plan(classifyMessage('Kann man im Sozialrecht einen Antrag per E-Mail stellen?', { isLawName }), {});
    const next = plan(classifyMessage('und bei Bescheiden?', { hasPrevious: true, isLawName }), first.state).ctx;
    expect(next.card?.card.id).toBe('bescheide-sozial-steuer');
  });

  it('narrows the earlier card\'s topic with the follow-up\'s word: the Unterschrift, then "und bei Bescheiden?" (dev13 cd13-16)', () => {
    const first = plan(classifyMessage('Unser Antragsformular hat unten ein Feld für die Unterschrift. Wenn wir das Formular online stellen, was machen wir dann mit der Unterschrift?'), {});
    expect(first.ctx.card?.card.id).toBe('unterschrift');
    const next = plan(classifyMessage('und bei Bescheiden?', { hasPrevious: true }), first.state).ctx;
    expect(next.card?.card.id).toBe('unterschrift-bescheid');
  });

  it('answers a Widerspruch in social law by the social-law card, also as a follow-up (dev13 cd13-17)', () => {
    expect(ask('Kann ich gegen den Bescheid der Krankenkasse per E-Mail Widerspruch einlegen?').card?.card.id).toBe('widerspruch-sozial');
    expect(ask('Kann ich gegen den Bescheid der Baubehörde per E-Mail Widerspruch einlegen?').card?.card.id).toBe('widerspruch');
    const first = plan(classifyMessage('Kann ein Antrag beim Jobcenter auch per E-Mail gestellt werden?'), {});
    expect(plan(classifyMessage('und wie ist das bei Widersprüchen?', { hasPrevious: true }), first.state).ctx.card?.card.id).toBe('widerspruch-sozial');
  });

  it('reads the "gelbe Brief" as service with Zustellungsurkunde, not as the form of the Bescheid (dev13 cd13-04)', () => {
    expect(ask('Unsere Widerspruchsbescheide gehen bisher mit dem gelben Brief raus. Geht das auch digital?').card?.card.id).toBe('zustellung');
  });

  it('answers "wann wir auf Senden drücken, oder wann es beim Gericht ankommt?" by the court card (dev6 cd6-06)', () => {
    const q = 'Unsere Klage ans Verwaltungsgericht schicken wir digital. Zählt für die Frist, wann wir auf Senden drücken, oder wann es beim Gericht ankommt?';
    expect(ask(q).card?.card.id).toBe('eingang-gericht');
  });

  it('takes the next card that fits when the best-scored one does not', () => {
    const card = (id: string, topic: string, answer: string) =>
      parseCard(`---\nid: ${id}\ntitle: ${id}\ntopic: "${topic}"\n---\n\n## Antwort\n\n${answer}\n\n## Quellen\n\n- VwVfG | § 3a | 2 | elektronische Form\n`, `${id}.md`);
    const own = createTurnPlanner({
      cards: [
        card('schutzgebiete', 'naturschutzgebiet', 'Ja. In Naturschutzgebieten gelten besondere Verbote für Bauten und Wege im Gelände.'),
        card('drohnen', 'drohne', 'Ja. Drohnenflüge über Naturschutzgebieten brauchen eine Erlaubnis, die elektronisch beantragt werden kann.'),
      ],
      index,
      checkText: (t) => checkText(t),
    });
    const q = 'Brauchen Drohnenflüge über Naturschutzgebieten eine Erlaubnis?';
    expect(rankCards([card('schutzgebiete', 'naturschutzgebiet', 'Ja. In Naturschutzgebieten gelten besondere Verbote.'), card('drohnen', 'drohne', 'Ja. Drohnenflüge brauchen eine Erlaubnis.')], q)[0]!.id).toBe('schutzgebiete');
    // the longer topic word scores higher, but only the second card covers both nouns
    expect(own(classifyMessage(q), {}).ctx.card?.card.id).toBe('drohnen');
  });

  it('of the fitting cards takes the one that covers more of the question, not the one a shared phrase ranked first', () => {
    // "auf Papier" ranks the general Schriftform card next to the NBauO card; only the latter covers "Bauantrag"
    expect(ask('Muss der Bauantrag in Niedersachsen auf Papier eingereicht werden?').card?.card.id).toBe('bauantrag-elektronisch');
    expect(ask('Muss ein Antrag in Niedersachsen auf Papier eingereicht werden?').card?.card.id).not.toBe('bauantrag-elektronisch');
  });

  it('judges the answer on the question as the drafter meant it, as card choice and search do', () => {
    // the relevance check of the hits reads ctx.question: with the typed "volmacht" no hit would share a word
    expect(ask('brauch ich ne schriftlihe volmacht wenn mich jemand beim amt vertritt?').question).toContain('Vollmacht');
  });

  it('reads the nouns of a message typed in lower case as nouns, not its verbs and fillers', () => {
    // "ersetze", "extra", "kommen" are no topic the card would have to cover
    expect(ask('wie ersetze ich, dass die leute für den antrag extra persönlich zum amt kommen müssen?').card?.card.id).toBe('persoenliches-erscheinen');
    expect(ask('wie ersetze ich den aushang am schwarzen brett durch was digitales?').card?.card.id).toBe('bekanntmachung-internet');
    // of the cards "auf Papier" and "Vollmacht" bring in, the one on the Vollmacht covers the question
    expect(ask('Muss eine Vollmacht im Verwaltungsverfahren auf Papier vorgelegt werden?').card?.card.id).toBe('vollmacht');
    expect(ask('Kann man einen Widerspruch gegen den Bescheid per E-Mail einlegen?').card?.card.id).toBe('widerspruch');
    expect(ask('kann mann einen wiederspruch gegen den bescheid per email einlegen?').card?.card.id).toBe('widerspruch');
    expect(ask('Ist ein Antrag noch rechtzeitig, wenn er am letzten Tag der Frist um 23 Uhr elektronisch eingeht?').card?.card.id).toBe('fristen-elektronisch');
  });

  it('asks for the Land view when the question names the Land, a Land law or a Kommune', () => {
    const land = ask('Womit kann ich in einem Landesgesetz die Pflicht ersetzen, dass der Antrag unterschrieben auf Papier eingereicht werden muss?');
    expect(land.card?.card.id).toBe('unterschrift');
    expect(land.land).toBe(true);
    expect(ask('Wie kann ich die eigenhändige Unterschrift ersetzen?').land).toBe(false);
    expect(ask('Brauchen wir in einer niedersächsischen Verordnung noch die Unterschrift auf dem Antrag?').land).toBe(true);
    expect(ask('Muss eine niedersächsische Kommune Anträge auch elektronisch entgegennehmen?')).toMatchObject({ land: true, card: { card: { id: 'elektronischer-zugang' } } });
  });

  it('"Und in Niedersachsen?" after a question on a named VwVfG provision: the Land law that applies it, not the earlier card', () => {
    const first = plan(classifyMessage('Wann gilt ein Bescheid nach § 41 VwVfG als bekannt gegeben?'), {});
    const follow = plan(classifyMessage('Und in Niedersachsen?', { hasPrevious: true }), first.state);
    expect(follow.ctx.card).toBeUndefined();
    expect(follow.ctx.landBridges?.map((h) => `${h.ref} ${h.law}`)).toEqual(['§ 1 Abs. 1 NVwVfG']);
  });

  it('"gilt da dasselbe?" for a Land authority after a question answered from the VwZG: the Land law that applies the VwZG (after blind 9)', () => {
    // (the De-Mail question of blind 9 has a card with a Land view since blind 13; a time question its card gives no time for is bridged)
    const first = plan(classifyMessage('Wann gilt ein mit Zustellungsurkunde zugestelltes Schreiben als zugestellt, wenn niemand angetroffen wird?'), {});
    const follow = plan(classifyMessage('Und bei einer niedersächsischen Landesbehörde, gilt da dasselbe?', { hasPrevious: true }), first.state);
    expect(follow.ctx.landBridges?.map((h) => `${h.ref} ${h.law}`)).toContain('§ 1 Abs. 1 NVwZG');
    expect(follow.ctx.bridgedLaws).toContain('VwZG');
    // the Land words are answered by the bridge: the hits are not judged on them
    expect(follow.ctx.question).not.toMatch(/niedersächs|Landesbehörde/);
    // a card that answered the earlier question answers for the Land with its Land view, no bridge
    const carded = plan(classifyMessage('Kann die Schriftform im Verwaltungsverfahren durch die elektronische Form ersetzt werden?'), {});
    const land = plan(classifyMessage('Und bei einer niedersächsischen Landesbehörde, gilt da dasselbe?', { hasPrevious: true }), carded.state);
    expect(carded.ctx.card).toBeDefined();
    expect(land.ctx.landBridges).toBeUndefined();
    expect(land.ctx.card?.card.id).toBe(carded.ctx.card?.card.id);
    const demail = plan(classifyMessage('Ab wann gilt ein per De-Mail gegen Abholbestätigung zugestellter Bescheid als zugestellt?'), {});
    const demailLand = plan(classifyMessage('Und bei einer niedersächsischen Landesbehörde, gilt da dasselbe?', { hasPrevious: true }), demail.state).ctx;
    expect(demailLand.card?.card.id).toBe('zustellung-de-mail');
    expect(demailLand.land).toBe(true);
  });

  it('of cards that fit equally, one citing the code of the field named takes "und bei Bescheiden?" (chat dev8 cd8-17)', () => {
    const first = plan(classifyMessage('Kann man beim Finanzamt einen Antrag elektronisch stellen, wenn das Gesetz die Schriftform verlangt?'), {});
    const next = plan(classifyMessage('und bei Bescheiden?', { hasPrevious: true }), first.state).ctx;
    expect(next.card?.card.id).toBe('bescheide-sozial-steuer');
    // without a field the VwVfG card answers
    const general = plan(classifyMessage('Kann man einen Antrag elektronisch stellen, wenn das Gesetz die Schriftform verlangt?'), {});
    expect(plan(classifyMessage('und bei Bescheiden?', { hasPrevious: true }), general.state).ctx.card?.card.id).toBe('schriftform-bescheide');
  });

  it('"und wie ist das bei der Krankenkasse?" asks a "Ab welchem Tag …?" question again, for the social field (chat dev8 cd8-18)', () => {
    const first = plan(classifyMessage('Ab welchem Tag gilt ein elektronisch übermittelter Bescheid als bekannt gegeben?'), {});
    const follow = plan(classifyMessage('und wie ist das bei der Krankenkasse?', { hasPrevious: true }), first.state);
    expect(follow.ctx.card).toBeUndefined();
    expect(follow.ctx.parallel?.to).toEqual({ law: 'SGB X', section: '§ 37' });
  });

  it('does not ask a card for a how-to to name the paper or the duty it replaces', () => {
    // "Pflicht" and "Papier" are what the answer replaces; the NBauO card on electronic building documents answers, not the card on originals
    expect(ask('Wie ersetze ich im Baurecht die Pflicht, Bauvorlagen in dreifacher Ausfertigung auf Papier einzureichen?').card?.card.id).toBe('bauantrag-elektronisch');
  });

  it('counts the parts of a paired topic as the card\'s own words ("=antrag & =e-mail" covers "E-Mail")', () => {
    expect(ask('Reicht für einen Antrag beim Jobcenter eine einfache E-Mail?').card?.card.id).toBe('antrag-email');
  });

  it('a follow-up into the tax field is not answered by the VwVfG card its words bring in again', () => {
    const first = plan(classifyMessage('Welche Behörde muss ein elektronisch erlassener Bescheid nach dem Verwaltungsverfahrensgesetz erkennen lassen?'), {});
    expect(first.ctx.card?.card.id).toBe('schriftform-bescheide');
    const follow = plan(classifyMessage('Und bei einem Bescheid vom Finanzamt?', { hasPrevious: true }), first.state);
    // the card on Bescheide in the tax field cites the counterpart itself; the VwVfG card does not answer there
    expect(follow.ctx.card?.card.id).toBe('bescheide-sozial-steuer');
    expect(follow.ctx.card?.sources.map((s) => `${s.hit.law} ${s.hit.ref}`)).toContain('AO § 119 Abs. 3');
  });

  it('reads "Fachgesetz" and "Bundesministerium" as the frame of a question, not as what it is about (chat dev9 cd9-06, cd9-10)', () => {
    expect(ask('Unser Fachgesetz verlangt, dass Bevollmächtigte ihre Vollmacht stets schriftlich im Original vorlegen. Wie bekomme ich das digitaltauglich?').card?.card.id).toBe('vollmacht');
    expect(ask('Ein Bundesministerium will sein Mitteilungsblatt künftig nur noch elektronisch herausgeben. Was muss die Vorschrift dafür vorsehen?').card?.card.id).toBe('verkuendung-elektronisch');
  });

  it('"und an einen Rechtsanwalt?" after a question on electronic service asks about service to the lawyer, not about the power of attorney (chat dev9 cd9-19)', () => {
    const first = plan(classifyMessage('Wie kann eine Bundesbehörde einen Bescheid elektronisch zustellen?'), {});
    const follow = plan(classifyMessage('und an einen Rechtsanwalt?', { hasPrevious: true }), first.state);
    expect(follow.ctx.card?.card.id).toBe('zustellung');
    // a question on representation alone still gets the card on the power of attorney
    expect(ask('Kann ich mich im Verwaltungsverfahren von einem Rechtsanwalt vertreten lassen?').card?.card.id).toBe('vollmacht');
  });

  it('a question on serving a Bescheid electronically gets the card on service, not the one on the form of Bescheide', () => {
    expect(ask('Wie kann eine Behörde einen Bescheid elektronisch zustellen?').card?.card.id).toBe('zustellung');
    expect(ask('Kann ein Bescheid per E-Mail erlassen werden?').card?.card.id).toBe('schriftform-bescheide');
  });

  it('receipt of a document at a court is answered by the procedural codes, not by the card on time limits at authorities (chat dev9 cd9-13)', () => {
    const ctx = ask('Eine Klage geht um 23:59 Uhr am letzten Tag der Frist elektronisch beim Finanzgericht ein. Wann gilt sie als eingegangen?');
    expect(ctx.card?.card.id).toBe('eingang-gericht');
    expect(ask('Bis wann muss ein Antrag bei der Behörde eingegangen sein, damit die Frist gewahrt ist?').card?.card.id).toBe('fristen-elektronisch');
  });

  it('an Einspruch against a tax assessment is answered by § 357 AO, not by the card on the form of Bescheide (round 8 leftover)', () => {
    const ctx = ask('Kann ein Einspruch gegen einen Steuerbescheid per E-Mail eingelegt werden?');
    expect(ctx.card?.card.id).toBe('einspruch-steuer');
    expect(ctx.card?.sources.map((s) => `${s.hit.law} ${s.hit.ref}`)).toContain('AO § 357 Abs. 1');
    // outside the tax field the card has no say
    expect(ask('Kann ein Einspruch gegen einen Bußgeldbescheid per E-Mail eingelegt werden?').card?.card.id).not.toBe('einspruch-steuer');
  });

  it('the notice of a tenancy is answered by § 568 BGB, not by the exclusion for employment (§ 623 BGB; round 8 leftover)', () => {
    const ctx = ask('Kann man die Kündigung eines Mietvertrags per WhatsApp erklären?');
    expect(ctx.card?.card.id).toBe('kuendigung-miete');
    expect(ctx.card?.sources.map((s) => `${s.hit.law} ${s.hit.ref}`)).toContain('BGB § 568 Abs. 1');
    expect(ask('Kann der Arbeitgeber die Kündigung per WhatsApp erklären?').card?.card.id).toBe('form-elektronisch-ausgeschlossen');
  });
});

describe('turn planner: misspelt questions', () => {
  it('answers a misspelt question with the card the drafter meant (chat dev5 cd5-01)', () => {
    const q = 'wie kann man die schrifform in nem gesetz ersetzten, reicht da ne normale mail??';
    expect(ask(q).card?.card.id).toBe('email-schriftform');
    expect(ask('Muss man persönlcih erscheinen?').card?.card.id).toBe('persoenliches-erscheinen');
    expect(index.search(q, { k: 3 }).map((h) => `${h.law} ${h.section}`)).toContain('VwVfG § 3a');
  });
});

describe('turn planner: rewrite requests', () => {
  it('marks a request for an Änderungsbefehl, so the command leads the answer (dev12 cd12-02)', () => {
    const pasted = '(1) Die Leistung ist schriftlich zu beantragen.\n(2) Der Antrag ist an die zuständige Stelle zu richten.';
    expect(ask(`${pasted}\n\nIch brauche dafür einen Änderungsbefehl.`)).toMatchObject({ intent: 'rewrite', asksAmendment: true });
    expect(ask(`Bitte formuliere das digitaltauglich um:\n\n${pasted}`)).toMatchObject({ intent: 'rewrite', asksAmendment: false });
  });
});

describe('turn planner: a pasted passage with a Land question beside it (dev11 cd11-11)', () => {
  it('brings the Land view of the card that fits the question, and nothing for a federal or bare passage', () => {
    const passage = '„Die Entscheidung ist durch Aushang an der Bekanntmachungstafel des Rathauses öffentlich bekannt zu machen.“';
    const land = ask(`In § 4 unserer Verordnung steht: ${passage} Reicht in Niedersachsen künftig die Veröffentlichung auf der Internetseite der Gemeinde?`);
    expect(land.passage).toBeDefined();
    expect(land.land).toBe(true);
    expect(land.card?.card.id).toBe('bekanntmachung-internet');
    expect(land.card?.landSources.some((s) => s.hit.law === 'NKomVG')).toBe(true);
    // without a Land the findings and their enabling provisions answer, as before
    const federal = ask(`In § 4 unserer Verordnung steht: ${passage} Reicht künftig die Veröffentlichung auf der Internetseite der Behörde?`);
    expect(federal.passage).toBeDefined();
    expect(federal.card).toBeUndefined();
    expect(ask(passage).card).toBeUndefined();
  });

  it('reads "Geht das auch online?" beside a passage as asking about its hindrance, and keeps the verdict for "digitaltauglich?" (dev13 cd13-14)', () => {
    const passage =
      '§ 70 Abs. 6 BbgBO: Bei baulichen Anlagen, die die Nachbarschaft belästigen können, kann die Bauaufsichtsbehörde das Bauvorhaben ortsüblich bekannt machen.';
    const online = ask(`${passage}\nWir wollen das in Niedersachsen ähnlich regeln. Geht das auch online?`);
    expect(online).toMatchObject({ intent: 'check', land: true, asked: 'Wir wollen das in Niedersachsen ähnlich regeln. Geht das auch online?' });
    expect(online.card?.card.id).toBe('bekanntmachung-internet');
    expect(ask(`${passage}\nIst das für Niedersachsen so digitaltauglich?`).card).toBeUndefined();
  });
});

describe('turn planner: Niedersachsen cards of dev set 11', () => {
  it('answers Baulast, Nachbarbeteiligung, Vorladung and the portal duty by their own cards, not by the general Schriftform card', () => {
    expect(ask('Kann eine Baulast in Niedersachsen auch elektronisch übernommen werden, oder braucht es weiterhin eine beglaubigte Unterschrift?').card?.card.id).toBe('baulast');
    expect(ask('Bei der Beteiligung der Nachbarn im Baugenehmigungsverfahren lassen wir Lageplan und Bauzeichnungen von den Nachbarn unterschreiben. Wie geht das nach der NBauO digital?').card?.card.id).toBe('nachbarbeteiligung');
    expect(ask('Kann die Polizei in Niedersachsen jemanden per E-Mail vorladen, oder muss die Vorladung schriftlich erfolgen?').card?.card.id).toBe('vorladung');
    // the duty to offer services through portals: OZG, and for Niedersachsen the NDIG's portal services
    const portal = ask('Müssen niedersächsische Behörden ihre Leistungen über ein Verwaltungsportal anbieten?');
    expect(portal.card?.card.id).toBe('verwaltungsportal');
    expect(portal.land).toBe(true);
    // a neighbour outside building law is no topic of the building card
    expect(ask('Darf mein Nachbar seine Hecke per E-Mail kündigen?').card?.card.id).not.toBe('nachbarbeteiligung');
  });
});

describe('turn planner: the passage kept for a rewrite (UX walk)', () => {
  it('keeps the provision without the user\'s question and its label apart, for the rewrite heading', () => {
    const first = plan(classifyMessage('§ 12 Abs. 2 Der Antrag ist schriftlich bei der zuständigen Behörde einzureichen. Ist das digitaltauglich?'), {});
    expect(first.state.lastPassage).toBe('Der Antrag ist schriftlich bei der zuständigen Behörde einzureichen.');
    expect(first.state.lastLabel).toBe('§ 12 Abs. 2');
    const again = plan(classifyMessage('und wie formuliere ich das um?', { hasPrevious: true, hasPassage: true }), first.state);
    expect(again.ctx.label).toBe('§ 12 Abs. 2');
    expect(again.ctx.rewrite?.text).toBe('Der Antrag ist schriftlich oder elektronisch bei der zuständigen Behörde einzureichen.');
    // a new passage without a label does not inherit the earlier one
    expect(plan(classifyMessage('Der Nachweis ist im Original vorzulegen.'), first.state).state.lastLabel).toBeUndefined();
  });
});

describe('turn planner: the asked sentence brings the card in (chat round 13)', () => {
  it('does not answer a question after a told case by a card only the case brings in', () => {
    // "Bescheide" of the case brings in the card on Bescheide; the question asks about the signatures' lasting value
    expect(ask('Wir signieren unsere Bescheide qualifiziert. Was verlangt das Gesetz, damit die Signaturen mit der Zeit nicht wertlos werden?').card?.card.id).not.toBe(
      'schriftform-bescheide',
    );
    // the same card when the question itself asks about the Bescheid
    expect(ask('Wir arbeiten mit einem Fachverfahren. Darf ein Bescheid per E-Mail verschickt werden?').card?.card.id).toBe('schriftform-bescheide');
  });
});

describe('a follow-up into another field with a question of its own (after blind 13)', () => {
  // blind 13 cb13-12 was the trigger: „Und muss ein Steuerbescheid … immer eine Begründung haben?“ carried over the
  // earlier question's best hit (§ 44 VwVfG, Nichtigkeit) instead of the provision on what it asks
  const follow = (first: string, second: string) => {
    const a = plan(classifyMessage(first), {});
    return plan(classifyMessage(second, { hasPrevious: true }), a.state).ctx.parallel;
  };
  it('carries over the provision on what the follow-up asks, found by both turns', () => {
    expect(follow('Was muss alles in einem Verwaltungsakt stehen?', 'Und muss ein Bescheid vom Finanzamt eine Begründung enthalten?')?.to).toEqual({ law: 'AO', section: '§ 121' });
    expect(follow('Was gehört alles in einen Bescheid?', 'Und braucht der Bescheid einer Krankenkasse eine Begründung?')?.to).toEqual({ law: 'SGB X', section: '§ 35' });
  });
  it('still asks the earlier question again for an elliptic follow-up', () => {
    expect(follow('Ab wann gilt ein Bescheid als angekommen, wenn die Behörde ihn elektronisch verschickt?', 'Und beim Finanzamt?')?.to).toEqual({ law: 'AO', section: '§ 122' });
  });
});

describe('a scope follow-up refers to the law the earlier answer quoted (dev 15)', () => {
  // dev 15 cd15-19 was the trigger: „und was heißt das für die Schulen?“ after an answer quoting the NDIG's duties
  const earlierOf = (second: string, lastCited: { law: string; section: string }[]) =>
    plan(classifyMessage(second, { hasPrevious: true }), { lastTopic: 'Muss jede Behörde im Land Rechnungen elektronisch annehmen?', lastCited }).ctx.earlier ?? [];
  it('adds the scope section of that law, even when no card answered either turn', () => {
    const refs = earlierOf('und was heißt das für die Hochschulen?', [{ law: 'NDIG', section: '§ 6' }]).map((h) => `${h.law} ${h.section}`);
    expect(refs).toContain('NDIG § 6');
    expect(refs).toContain('NDIG § 3');
  });
  it('not for a follow-up that asks no scope', () => {
    const refs = earlierOf('und wie lange dauert das?', [{ law: 'NDIG', section: '§ 6' }]).map((h) => `${h.law} ${h.section}`);
    expect(refs).not.toContain('NDIG § 3');
  });
});

describe('a question that only points back at a passage without hindrances (dev 15)', () => {
  it('is answered by the card on what the passage does', () => {
    // dev 15 cd15-16 was the trigger („Die Androhung ist zuzustellen. … können wir das so lassen oder ist das digital ein problem?“)
    const c = ask('Der Widerspruchsbescheid ist dem Betroffenen zuzustellen.\n\nKönnen wir das so lassen, oder ist das digital ein Problem?');
    expect(c.findings).toHaveLength(0);
    expect(c.card?.card.id).toBe('zustellung');
    // a bare passage has no question of its own: its verdict leads, no card
    expect(ask('Der Widerspruchsbescheid ist dem Betroffenen zuzustellen.').card).toBeUndefined();
  });
});

describe('a follow-up that only names the new field, after a question no card answered (after blind 14)', () => {
  // blind 14 cb14-13 was the trigger: „Und das Finanzamt bei der Steuererklärung?“ after a question on § 25 VwVfG got
  // the card on the Schriftform im Steuerrecht, which „Finanzamt“ and „Steuererklärung“ alone brought in
  const second = (first: string, text: string) => {
    const a = plan(classifyMessage(first), {});
    return plan(classifyMessage(text, { hasPrevious: true }), a.state).ctx;
  };
  it('answers from the counterpart of the earlier provision, not from a card on the field', () => {
    const ctx = second('Muss die Behörde einen Bürger beraten, wenn er aus Unkenntnis einen Antrag nicht stellt?', 'Und das Finanzamt bei der Steuererklärung?');
    expect(ctx.card).toBeUndefined();
    expect(ctx.parallel?.to).toEqual({ law: 'AO', section: '§ 89' });
  });
  it('keeps the card when the earlier question had one, or the follow-up asks about a thing of its own', () => {
    // the card answered the earlier question: the field's card answers the follow-up
    expect(second('Kann ein schriftlicher Antrag bei einer Bundesbehörde auch per E-Mail gestellt werden?', 'Und beim Finanzamt?').card?.card.id).toBe('schriftform-steuer');
    expect(second('Muss die Behörde einen Bürger beraten, wenn er aus Unkenntnis einen Antrag nicht stellt?', 'Und darf das Finanzamt die Steuererklärung per E-Mail annehmen?').card?.card.id).toBe('schriftform-steuer');
  });
});

describe('cards on open data and accessibility (after blind 14)', () => {
  // blind 14 cb14-01, -02, -04 were the trigger: no card said that published data belong in a machine-readable
  // format (§ 12 EGovG), that a website needs an accessibility statement with a way to report barriers (§ 12b BGG),
  // or that blind people may ask for a notice in a form they can perceive, at no cost (§ 10 BGG)
  it('answers each with its own card, and leaves the general questions to the general card', () => {
    expect(ask('In welchem Format sollen Behörden ihre Statistiken veröffentlichen, damit andere sie weiterverwenden können?').card?.card.id).toBe('offene-daten');
    expect(ask('Wo können Nutzer einer Behörden-App Barrieren melden?').card?.card.id).toBe('barrierefreiheit-erklaerung');
    expect(ask('Kann eine sehbehinderte Frau verlangen, dass die Behörde ihr den Vordruck in Großdruck schickt?').card?.card.id).toBe('dokumente-blinde');
    expect(ask('Muss die Website einer Bundesbehörde barrierefrei sein?').card?.card.id).toBe('barrierefreiheit');
    expect(ask('Müssen Bundesbehörden Informationen in Leichter Sprache anbieten?').card?.card.id).toBe('barrierefreiheit');
    expect(ask('Darf eine Behörde Daten über Bürger an andere Behörden weitergeben?').card?.card.id).not.toBe('offene-daten');
  });
});

describe('a topic phrase in the asked sentence decides between cards that cover a question equally (after blind 14)', () => {
  // blind 14 cb14-06 was the trigger: „… Gilt der Bau dann automatisch als genehmigt?“ got the card on electronic
  // building applications, which the told „Baugenehmigungsverfahren“ and „Bauaufsicht“ brought in as well
  it('answers „… als erteilt?“ from the card on the Genehmigungsfiktion, a plain Bauantrag question from its own card', () => {
    expect(ask('Gilt in Niedersachsen eine Baugenehmigung als erteilt, wenn die Bauaufsichtsbehörde nicht rechtzeitig entscheidet?').card?.card.id).toBe('genehmigungsfiktion');
    expect(ask('Kann man in Niedersachsen einen Bauantrag online stellen?').card?.card.id).toBe('bauantrag-elektronisch');
  });
});
