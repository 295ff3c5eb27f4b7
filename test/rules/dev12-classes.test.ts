import { describe, expect, it } from 'vitest';
import { checkText } from '../../server/rules/engine';

const codes = (text: string, law = 'Eingabe', land?: string) =>
  [...new Set(checkText(text, { law, ...(land ? { land } : {}) }).map((f) => f.category as string))].sort();

/** Classes fixed after the dev-12 sweep (README-rules-dev.md, "Dev set 12"), each flagged and accepted. */
describe('dev 12: Aushang of a company beside its gazettes', () => {
  const aktg =
    'Ist der Vorstand der Ansicht, daß der Aufsichtsrat nicht richtig zusammengesetzt ist, so hat er dies unverzüglich in den Gesellschaftsblättern und gleichzeitig durch Aushang in sämtlichen Betrieben der Gesellschaft bekanntzumachen.';

  it('flags the Aushang required together with the Gesellschaftsblätter (AktG § 97)', () => {
    expect(codes(aktg, 'AktG')).toEqual(['aushang_bekanntmachung']);
  });

  it('accepts it where the Aushang may be electronic (SEAG § 25)', () => {
    expect(codes(`${aktg} Der Aushang kann auch in elektronischer Form erfolgen.`, 'SEAG')).toEqual([]);
  });

  it('keeps the Aushang at the place of contract out (aushang-unter-privaten)', () => {
    expect(codes('Der Unternehmer hat die Bedingungen durch deutlich sichtbaren Aushang am Ort des Vertragsschlusses bekannt zu machen.', 'BGB')).toEqual([]);
  });
});

describe('hedges are no hindrance (issue 8, item 3)', () => {
  it.each([
    'Zwangsmittel sind, möglichst schriftlich, anzudrohen.',
    'Die Betroffenen sollen möglichst persönlich erscheinen.',
    'Die Unterlagen sind möglichst im Original vorzulegen.',
    'Die Mitteilung ist nach Möglichkeit durch Einschreiben zu übersenden.',
    'Der Antrag ist möglichst auf dem amtlichen Vordruck zu stellen.',
    'Die Bekanntmachung soll möglichst durch Aushang erfolgen.',
    'Der Antrag ist tunlichst eigenhändig zu unterschreiben.',
    'Die Anzeige ist möglichst per Telefax zu übermitteln.',
  ])('%s', (text) => {
    expect(codes(text, 'NPOG', 'nds')).toEqual([]);
  });

  it('a hedge on the time leaves the form a duty', () => {
    expect(codes('Die Anzeige ist möglichst frühzeitig schriftlich zu erstatten.', 'NPOG', 'nds')).toEqual(['schriftform']);
    expect(codes('Die Unterlagen sind möglichst vollständig im Original vorzulegen.', 'NPOG', 'nds')).toEqual(['original_beglaubigung']);
  });

  it('names the guard in the trace', async () => {
    const { explainText } = await import('../../server/rules/engine');
    const { decisions } = explainText('Zwangsmittel sind möglichst schriftlich anzudrohen.', { law: 'NPOG', land: 'nds' });
    expect(decisions.map((d) => d.suppressedBy?.id)).toEqual(['hedge']);
  });
});

describe('one requirement, one finding (HBO § 85 Abs. 2)', () => {
  it('a law cited by its date between two "beglaubigt" does not split the requirement, and the fix fits a signature', () => {
    const text =
      'Die Erklärung nach Abs. 1 bedarf der Schriftform. Die Unterschrift muss öffentlich beglaubigt oder von einer Behörde oder Person nach § 15 Abs. 2 des Hessischen Vermessungs und Geoinformationsgesetzes vom 6. September 2007 (GVBl. I S. 548), zuletzt geändert durch Gesetz vom 27. September 2012 (GVBl. S. 290), beglaubigt sein, wenn sie nicht vor der Bauaufsichtsbehörde geleistet oder vor ihr anerkannt wird; dies gilt nicht für Träger öffentlicher Verwaltung.';
    const found = checkText(text, { law: 'HBO', land: 'he' }).filter((f) => f.category === 'original_beglaubigung');
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestion).toContain('§ 40a des Beurkundungsgesetzes');
    expect(found[0]!.suggestion).not.toContain('als Kopie');
  });

  it('list items stay findings of their own', () => {
    const text = 'Dem Antrag sind beizufügen: 1. eine beglaubigte Abschrift des Vertrags, 2. eine beglaubigte Abschrift der Satzung.';
    expect(checkText(text, { law: 'HBO', land: 'he' }).filter((f) => f.category === 'original_beglaubigung')).toHaveLength(2);
  });
});

describe('the fix of a display for inspection makes the documents available online', () => {
  it.each([
    'Der Plan ist einen Monat zur Einsicht auszulegen.',
    'Der Plan wird einen Monat öffentlich ausgelegt.',
  ])('%s', (text) => {
    const [finding] = checkText(text, { law: 'Eingabe' }).filter((f) => f.category === 'aushang_bekanntmachung');
    expect(finding?.suggestion).toContain('Die Unterlagen sind zusätzlich auf der Internetseite');
  });

  // an employer's display reaches the staff, so the fix is the company's usual IT, not an authority's website
  it('an employer displays to the staff through the usual IT of the business', () => {
    const text = 'Der Unternehmer hat die Betriebsanweisungen an geeigneter Stelle im Betrieb auszuhängen oder zur Einsicht auszulegen.';
    const [finding] = checkText(text, { law: 'Eingabe' }).filter((f) => f.category === 'aushang_bekanntmachung');
    expect(finding?.suggestion).toContain('im Betrieb üblichen Informations- und Kommunikationstechnik');
    expect(finding?.suggestion).not.toContain('Internetseite');
  });

  it('an announcement keeps the online announcement', () => {
    const [finding] = checkText('Die Entscheidung ist ortsüblich bekannt zu machen.', { law: 'Eingabe' }).filter((f) => f.category === 'aushang_bekanntmachung');
    expect(finding?.suggestion).toContain('Die Bekanntmachung erfolgt zusätzlich auf der Internetseite');
  });
});
