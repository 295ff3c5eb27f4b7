import { beforeAll, describe, expect, it } from 'vitest';
import { parseChatState } from '../../server/contracts/chat-state';
import type { Citation } from '../../server/contracts/search';
import type { SearchIndex } from '../../server/retrieval/index';
import { classifyMessage } from '../../server/services/chat/classify';
import { isFrameWord, specificTerms } from '../../server/services/chat/fit';
import { scopeObject } from '../../server/services/chat/general-lead';
import { conditionOf, yesNo } from '../../server/services/chat/polarity';
import { createOfflineAnswerer } from '../../server/services/chat/offline-answerer';
import { createTurnPlanner, withCited } from '../../server/services/chat/turn';
import { cards, shippedPlanner } from './shipped-planner';

/**
 * Follow-ups that refer to the provisions the previous answer quoted (chat blind 10, cb10-12): the chat keeps them in
 * its state and reads them again when the next question points back ("das", "und was heißt das für …").
 */
let plan: ReturnType<typeof createTurnPlanner>;
let index: SearchIndex;
beforeAll(async () => {
  ({ index, plan } = await shippedPlanner());
});

const citation = (law: string, ref: string, kind: 'law' | 'guidance' = 'law'): Citation => ({ law, ref, title: '', text: '', kind });
const classify = (text: string) => classifyMessage(text, { hasPrevious: true, isLawName: (w) => index.lawAbbreviation(w) !== undefined });

describe('chat state: the provisions the last answer quoted', () => {
  it('keeps each quoted § once, without guidance, and only for answers that quote', () => {
    const cited = [citation('VwZG', '§ 10 Abs. 1'), citation('VwZG', '§ 10 Abs. 2'), citation('VwZG', '§ 5 Abs. 5'), citation('Leitfaden Postweg', 'Postweg', 'guidance')];
    expect(withCited({ lastTopic: 'x' }, 'question', cited)).toEqual({ lastTopic: 'x', lastCited: [{ law: 'VwZG', section: '§ 10' }, { law: 'VwZG', section: '§ 5' }] });
    // a closing or a scope message keeps what the conversation was about
    const state = { lastCited: [{ law: 'VwZG', section: '§ 10' }] };
    expect(withCited(state, 'closing', [])).toBe(state);
    expect(withCited(state, 'out_of_scope', [])).toBe(state);
    // an answer that quotes nothing leaves nothing to refer to
    expect(withCited(state, 'question', [])).toEqual({});
  });

  it('is validated when read back: a malformed list is the empty state', () => {
    expect(parseChatState({ lastCited: [{ law: 'VwZG', section: '§ 10' }] })).toEqual({ lastCited: [{ law: 'VwZG', section: '§ 10' }] });
    expect(parseChatState({ lastCited: [{ law: 'VwZG' }] })).toEqual({});
    expect(parseChatState({ lastCited: 'VwZG § 10' })).toEqual({});
  });
});

describe('a question that points back reads the provisions quoted before', () => {
  const earlierState = { lastTopic: 'Der Empfänger ist unbekannt verzogen.', lastCard: 'zustellung', lastCited: [{ law: 'VwZG', section: '§ 10' }] };
  const question = 'Reicht es, wenn wir das nur im Bundesanzeiger veröffentlichen, statt einen Zettel an die Amtstafel zu hängen?';

  it('passes them to the answerer when "das" refers back, not for a question of its own', () => {
    expect(plan(classify(question), earlierState).ctx.earlier?.map((h) => `${h.ref} ${h.law}`)).toEqual(['§ 10 VwZG']);
    expect(plan(classify('Reicht eine Veröffentlichung im Bundesanzeiger?'), earlierState).ctx.earlier).toBeUndefined();
  });

  it('answers from their sentence before a card the question\'s own words bring in', async () => {
    const turn = plan(classify(question), earlierState);
    expect(turn.ctx.card?.card.id).toBe('bekanntmachung-internet');
    const result = await createOfflineAnswerer().answer({ ...turn.ctx, history: [], hits: [] }, () => {}, new AbortController().signal);
    expect(result.text).toMatch(/^Ja\b/);
    expect(result.citations.map((c) => `${c.ref} ${c.law}`)).toContain('§ 10 Abs. 2 VwZG');
  });

  it('without them, the card answers as before', async () => {
    const turn = plan(classify(question), { lastTopic: earlierState.lastTopic, lastCard: 'zustellung' });
    const result = await createOfflineAnswerer().answer({ ...turn.ctx, history: [], hits: [] }, () => {}, new AbortController().signal);
    expect(result.citations.map((c) => c.law)).not.toContain('VwZG');
  });
});

describe('yes/no read from an "oder" of the provision', () => {
  const sentence =
    'Die öffentliche Zustellung erfolgt durch Bekanntmachung einer Benachrichtigung an der Stelle, die von der Behörde hierfür allgemein bestimmt ist, oder durch Veröffentlichung einer Benachrichtigung im Bundesanzeiger.';
  it('the asked way is one member of the alternative: yes', () => {
    expect(yesNo('Reicht es, wenn wir das nur im Bundesanzeiger veröffentlichen?', sentence)).toMatch(/^Ja\b/);
  });
  it('not for a way the provision does not name, nor for a question whether it must be done', () => {
    expect(yesNo('Reicht es, wenn wir das nur im Amtsblatt veröffentlichen?', sentence)).toBeUndefined();
    expect(yesNo('Muss die Behörde im Bundesanzeiger veröffentlichen?', sentence)).toBeUndefined();
  });
});

describe('frame words and scope follow-ups', () => {
  it('the office the drafter works in frames the question', () => {
    expect(isFrameWord('Bundesamt')).toBe(true);
    expect(isFrameWord('Haus')).toBe(true);
    expect(specificTerms('Unser Bundesamt kann einen Bescheid nicht zustellen, weil der Empfänger unbekannt verzogen ist.').map((t) => t.word)).toEqual(['Bescheid', 'Empfänger']);
  });

  it('the kind of permit a told case is about frames it as "Antrag" does; a named permit does not', () => {
    expect(specificTerms('Für die Verlängerung einer Erlaubnis müssen alle ins Amt kommen, um ihre Identität zu zeigen.').map((t) => t.word)).toEqual(['Identität']);
    expect(isFrameWord('Fahrerlaubnis')).toBe(false);
    expect(isFrameWord('Aufenthaltserlaubnis')).toBe(false);
  });

  it('"und was heißt das für die Schulen?" asks whom the rule covers, also read after the earlier question', () => {
    expect(scopeObject('und was heißt das für die Schulen?')?.map((t) => t.word)).toEqual(['Schulen']);
    expect(scopeObject('Muss jede Behörde einen Zugang eröffnen? und was heißt das für die Schulen?')?.map((t) => t.word)).toEqual(['Schulen']);
    expect(scopeObject('Was heißt Schriftform?')).toBeUndefined();
  });
});

describe('a concessive clause is no condition', () => {
  it('"auch wenn sie nicht Bundesrecht ausführt" widens the duty: no "Es kommt darauf an"', () => {
    const sentence = 'Jede Behörde ist verpflichtet, auch wenn sie nicht Bundesrecht ausführt, einen Zugang für die Übermittlung elektronischer Dokumente zu eröffnen.';
    expect(conditionOf(sentence)).toBeUndefined();
    expect(yesNo('Muss jede Behörde einen Zugang für elektronische Dokumente eröffnen?', sentence)).toBe('Ja');
    expect(conditionOf('Die Behörde ist verpflichtet, wenn sie Bundesrecht ausführt, einen Zugang zu eröffnen.')).toMatch(/^wenn sie Bundesrecht ausführt/);
  });
});

describe('a question of its own beside a passage without hindrances (dev14 cd14-18)', () => {
  const passage = 'Satzungen sind öffentlich bekanntzumachen. Sie treten am Tage nach der Bekanntmachung in Kraft, wenn kein anderer Zeitpunkt bestimmt ist.';
  const check = (text: string) => plan(classifyMessage(text, { isLawName: (w) => index.lawAbbreviation(w) !== undefined }), {});

  it('is answered by the card that covers it, without a yes or no where the card misses a word of it', async () => {
    const turn = check(`Wir haben uns § 3 Abs. 3 LKrO BW angeschaut: ${passage} Satzungen sind der Rechtsaufsichtsbehörde anzuzeigen. Reicht es bei so einer Regel, die Satzungen nur auf die Homepage zu stellen?`);
    expect(turn.ctx.card?.card.id).toBe('satzung-ausfertigung');
    expect(turn.ctx.cardMissing).toEqual(['Homepage']);
    const result = await createOfflineAnswerer().answer({ ...turn.ctx, history: [], hits: [] }, () => {}, new AbortController().signal);
    expect(result.text).not.toMatch(/^(?:Ja|Nein)\b/);
    expect(result.text.indexOf('Hauptsatzung')).toBeLessThan(result.text.indexOf('**Zur eingefügten Passage:**'));
  });

  it('a question only about the passage gets the verdict alone, not the card on the Digitalcheck', () => {
    expect(check(`„${passage}“ Muss ich da für den Digitalcheck noch was ändern?`).ctx.card).toBeUndefined();
  });
});

describe('a follow-up that asks about something the earlier card does not cover is a new question (blind 11 cb11-13)', () => {
  const satzung = { lastTopic: 'Wie macht eine Gemeinde ihre Satzungen öffentlich bekannt?', lastCard: 'satzung-ausfertigung' };
  const answer = async (turn: ReturnType<typeof plan>) => {
    const hits = index.search(turn.query!, { k: 8 });
    return createOfflineAnswerer().answer({ ...turn.ctx, history: [], hits }, () => {}, new AbortController().signal);
  };

  it('is not answered by the earlier card; the search keeps the context of both turns', async () => {
    const turn = plan(classify('Und bei einer Verordnung der Landesregierung: darf die während einer Pandemie zuerst nur online verkündet werden?'), satzung);
    expect(turn.ctx.intent).toBe('follow_up');
    expect(turn.query).toMatch(/Satzungen/);
    expect(turn.ctx.card?.card.id).toBe('verkuendung-elektronisch');
    const result = await answer(turn);
    expect(result.text).toMatch(/^Ja\b[^\n]*Gefahr im Verzug/);
    expect(result.citations.map((c) => `${c.ref} ${c.law}`)).toContain('§ 1 Abs. 4 NVOZustG');
  });

  it('an elliptic follow-up, or one the earlier card covers, stays in the earlier question', () => {
    const elliptic = plan(classify('Und bei Landkreisen?'), satzung);
    expect(elliptic.query).toMatch(/Satzungen/);
    const covered = plan(classify('Und muss der Bürgermeister die Satzung dann unterschreiben?'), satzung);
    expect(covered.query).toMatch(/öffentlich bekannt/);
    expect(covered.ctx.card?.card.id).toBe('satzung-ausfertigung');
    // a request for the wording names nothing new: the earlier card's model wording answers it
    const wording = plan(classify('und wie formuliere ich das?'), { lastTopic: 'Zur Anmeldung beim Verein müssen alle mit Ausweis im Büro erscheinen.', lastCard: 'eid-identifizierung' });
    expect(wording.ctx.card?.card.id).toBe('eid-identifizierung');
    expect(wording.ctx.wordingFirst).toBe(true);
  });

  it('the card on the Verkündung answers an emergency only with its Eilverkündung, not an ordinary question', async () => {
    const ordinary = await answer(plan(classify('Wird das Niedersächsische Gesetz- und Verordnungsblatt elektronisch geführt?'), {}));
    expect(ordinary.text).toMatch(/^Ja\. In Niedersachsen werden das Gesetz- und Verordnungsblatt/);
    expect(ordinary.text).not.toMatch(/^Ja, in Niedersachsen bei Gefahr im Verzug/);
  });
});

describe('a card that never speaks of the asked point gives way to the provision that does (after blind 13)', () => {
  const answer = async (text: string) => {
    const turn = plan(classify(text), {});
    const hits = index.search(text, { k: 8 });
    return { card: turn.ctx.card?.card.id, result: await createOfflineAnswerer().answer({ ...turn.ctx, history: [], hits }, () => {}, new AbortController().signal) };
  };
  it('answers "… begründen?" from § 39 VwVfG, not from the card on the form of Bescheide', async () => {
    // blind 13 cb13-06 was the trigger („…, ohne irgendwelche Gründe?“ got the card's „Ja, auch Bescheide …“)
    const { card, result } = await answer('Muss eine Bundesbehörde einen schriftlichen Bescheid begründen?');
    expect(card).toBe('schriftform-bescheide');
    expect(result.text).toMatch(/^Ja\. § 39 Abs\. 1 VwVfG/);
  });
  it('keeps the card where its answer speaks of the asked act, or where the provision only uses the verb in passing', async () => {
    const { result } = await answer('Darf eine Bundesbehörde einen Bescheid elektronisch erlassen?');
    expect(result.text).toMatch(/^Ja, auch Bescheide müssen nicht auf Papier ergehen/);
    // „… eine Vertretung stattfindet“ (§ 29 VwVfG, titled Akteneinsicht) says nothing on where the Einsicht takes place
    const { card, result: onSite } = await answer('Muss die Einsicht in die Akten immer im Amt stattfinden?');
    expect(card).toBe('akteneinsicht');
    expect(onSite.text).toMatch(/^Nein/);
  });
});
