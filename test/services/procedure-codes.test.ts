import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../server/retrieval/index';
import { checkText } from '../../server/rules/engine';
import { loadCards } from '../../server/services/chat/cards';
import { classifyMessage } from '../../server/services/chat/classify';
import { counterpart, familyOf, namedCode, namedCourt, otherCodeLaws, parallelProvisions } from '../../server/services/chat/procedure-codes';
import { createTurnPlanner } from '../../server/services/chat/turn';
import { CORPUS_DIR, testIndex } from '../http/harness';
import { join } from 'node:path';

let index: SearchIndex;
beforeAll(async () => {
  index = await testIndex();
});

describe('parallel provisions of VwVfG, SGB X and AO', () => {
  it('name only provisions the shipped corpus has', () => {
    for (const p of parallelProvisions()) expect(index.getProvision(p.law, p.section), `${p.section} ${p.law}`).toBeDefined();
  });

  it('map a provision to its counterpart in the code a follow-up names', () => {
    expect(namedCode('Und im Steuerrecht?')).toBe('AO');
    expect(namedCode('Und beim Jobcenter?')).toBe('SGB X');
    expect(namedCode('Und bei Bescheiden?')).toBeUndefined();
    expect(counterpart({ law: 'VwVfG', section: '§ 41' }, 'AO')).toEqual({ law: 'AO', section: '§ 122' });
    expect(counterpart({ law: 'AO', section: '§ 91' }, 'SGB X')).toEqual({ law: 'SGB X', section: '§ 24' });
    // the AO grants no right to inspect files: no counterpart rather than a wrong one
    expect(counterpart({ law: 'VwVfG', section: '§ 29' }, 'AO')).toBeUndefined();
    // the recipient in Germany of a party living abroad, in all three codes
    expect(counterpart({ law: 'VwVfG', section: '§ 15' }, 'AO')).toEqual({ law: 'AO', section: '§ 123' });
    expect(counterpart({ law: 'VwVfG', section: '§ 15' }, 'SGB X')).toEqual({ law: 'SGB X', section: '§ 14' });
  });

  it('plans "Und im Steuerrecht?" after a VwVfG question as the counterpart, leaving the earlier card behind', () => {
    const plan = createTurnPlanner({ cards: loadCards(join(CORPUS_DIR, 'cards')), index, checkText: (t) => checkText(t) });
    const first = plan(classifyMessage('Wann gilt nach dem VwVfG ein per Post verschickter Bescheid als bekannt gegeben?'), {});
    const follow = plan(classifyMessage('Und im Steuerrecht?', { hasPrevious: true }), first.state);
    expect(follow.ctx.parallel).toMatchObject({ from: { law: 'VwVfG', section: '§ 41' }, to: { law: 'AO', section: '§ 122' } });
    expect(follow.ctx.card).toBeUndefined();
    expect(follow.query).toMatch(/^§ 122 AO /);
    // a follow-up that stays in the field is no switch
    expect(plan(classifyMessage('Und bei Bescheiden?', { hasPrevious: true }), first.state).ctx.parallel).toBeUndefined();
    const abroad = plan(classifyMessage('Kann die Behörde verlangen, dass ein Beteiligter mit Wohnsitz im Ausland einen Empfangsbevollmächtigten im Inland benennt?'), {});
    expect(plan(classifyMessage('Und beim Finanzamt?', { hasPrevious: true }), abroad.state).ctx.parallel).toMatchObject({ to: { law: 'AO', section: '§ 123' } });
    // naming the field the earlier question was already in switches nothing (after blind 9)
    const tax = plan(classifyMessage('An welchem Tag gilt eine Überweisung ans Finanzamt als geleistet?'), {});
    expect(plan(classifyMessage('und wenn umgekehrt das Finanzamt eine Erstattung überweist?', { hasPrevious: true }), tax.state).ctx.parallel).toBeUndefined();
  });
});

describe('parallel provisions of VwGO, SGG and FGO', () => {
  it('map a court provision to its counterpart at the court a follow-up names', () => {
    expect(namedCourt('und wenn es ums Sozialgericht geht?')).toBe('SGB X');
    expect(namedCourt('Und vor dem Finanzgericht?')).toBe('AO');
    expect(namedCourt('Und im Steuerrecht?')).toBeUndefined();
    expect(counterpart({ law: 'VwGO', section: '§ 55a' }, 'SGB X')).toEqual({ law: 'SGG', section: '§ 65a' });
    expect(counterpart({ law: 'SGG', section: '§ 90' }, 'AO')).toEqual({ law: 'FGO', section: '§ 64' });
    expect(otherCodeLaws('SGB X', 'court')).toEqual(['VwGO', 'FGO']);
  });

  it('draws on the court table only for a court follow-up or a field switch after a court question', () => {
    const court = 'Muss eine Klage beim Verwaltungsgericht unterschrieben sein, wenn ich sie als PDF elektronisch einreiche?';
    expect(familyOf('und wenn es ums Sozialgericht geht?', court)).toBe('court');
    expect(familyOf('Und im Sozialrecht?', court)).toBe('court');
    // an authority of the field leaves the court behind
    expect(familyOf('Und beim Jobcenter?', court)).toBe('administrative');
    expect(familyOf('Und im Steuerrecht?', 'Wann gilt ein Bescheid als bekannt gegeben?')).toBe('administrative');
  });

  it('plans "und wenn es ums Sozialgericht geht?" after a question on an action at the Verwaltungsgericht as § 65a SGG', () => {
    const plan = createTurnPlanner({ cards: loadCards(join(CORPUS_DIR, 'cards')), index, checkText: (t) => checkText(t) });
    const first = plan(classifyMessage('Muss eine Klage beim Verwaltungsgericht unterschrieben sein, wenn ich sie als PDF elektronisch einreiche?'), {});
    const follow = plan(classifyMessage('und wenn es ums Sozialgericht geht?', { hasPrevious: true }), first.state);
    expect(follow.ctx.parallel).toMatchObject({ from: { law: 'VwGO', section: '§ 55a' }, to: { law: 'SGG', section: '§ 65a' }, table: 'VwGO, SGG und FGO' });
    expect(follow.ctx.parallel?.field).toBe('sozialgerichtlichen Verfahren');
  });
});
