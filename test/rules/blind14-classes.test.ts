import { describe, expect, it } from 'vitest';
import { codes } from './check-codes';

/** Classes fixed after the blind-14 run (README-blind14.md, "After the blind run"), with examples of our own. */
describe('blind 14: a public certificate the person hands to the other party (Wohnberechtigungsschein shape)', () => {
  it('flags the certificate of a designated public body handed over as the condition of the contract', () => {
    expect(
      codes(
        'Der Vermieter darf die Wohnung nur einem Wohnungssuchenden überlassen, der ihm vorher eine Bescheinigung über die Wohnberechtigung übergibt. Die Bescheinigung wird von der Stelle erteilt, die von der Landesregierung bestimmt wird.',
      ),
    ).toEqual(['nachweis_vorlage']);
    expect(
      codes(
        'Die Wohnung darf nur überlassen werden, wenn der Mieter ihm eine Bescheinigung übergibt. Die Bescheinigung wird von der zuständigen Stelle ausgestellt.',
      ),
    ).toEqual(['nachweis_vorlage']);
  });

  it('leaves a certificate of no public issuer and an authority handing a document out alone', () => {
    expect(codes('Der Vermieter darf die Wohnung nur einem Mieter überlassen, der ihm eine Bescheinigung seines Arbeitgebers übergibt.')).toEqual([]);
    expect(codes('Die Bescheinigung wird von der Stelle erteilt, die von der Landesregierung bestimmt wird.')).toEqual([]);
    expect(
      codes('Die Antragstellerin erhält die Genehmigung, wenn die Behörde ihr eine Bescheinigung übergibt. Die Bescheinigung wird von der zuständigen Stelle erteilt.'),
    ).toEqual([]);
  });

  it('does not read a passive issuer ("von der Stelle erteilt") as a body that sends the document on', () => {
    expect(
      codes('Dem Antrag ist eine Bescheinigung beizufügen. Die Bescheinigung wird von der zuständigen Stelle erteilt.'),
    ).toEqual(['nachweis_vorlage']);
  });
});

describe('blind 14: the receipt of a written declaration as the start of a time limit', () => {
  it('does not read "mit dem Zugang der schriftlichen Erklärung" as a form duty (TzBfG § 17, KSchG § 4)', () => {
    expect(codes('Die Frist beginnt mit dem Zugang der schriftlichen Erklärung des Arbeitgebers.')).toEqual([]);
    expect(codes('Die Klage ist innerhalb von drei Wochen nach Zugang der schriftlichen Kündigung zu erheben.')).toEqual([]);
  });

  it('still flags the declaration that must be written', () => {
    expect(codes('Die Erklärung des Arbeitgebers ist schriftlich abzugeben.')).toEqual(['schriftform']);
  });
});

describe('blind 14: the termination of a treaty between states or Länder', () => {
  it('does not read the written notice of a treaty party as a form duty', () => {
    expect(
      codes(
        'Dieses Abkommen kann von jedem Vertragsstaat gekündigt werden. Die Kündigung ist der Regierung des Verwahrers schriftlich zu notifizieren.',
      ),
    ).toEqual([]);
  });

  it('still flags the written termination of a private contract', () => {
    expect(codes('Der Vertrag kann von jeder Vertragspartei gekündigt werden. Die Kündigung ist schriftlich zu erklären.')).toEqual(['schriftform']);
  });
});

describe('blind 14: an exam task taken up by its noun in a later sentence', () => {
  it('reads "Die Unterweisung ist schriftlich zu planen" after the candidate chose it as exam performance', () => {
    expect(
      codes(
        'Der Prüfling hat eine Unterweisung durchzuführen, die er in Abstimmung mit dem Prüfungsausschuss auswählt. Die Unterweisung ist schriftlich zu planen und praktisch durchzuführen.',
      ),
    ).toEqual([]);
  });

  it('still flags a noun taken up outside an exam', () => {
    expect(
      codes('Der Betreiber hat eine Unterweisung der Beschäftigten durchzuführen. Die Unterweisung ist schriftlich zu dokumentieren.'),
    ).toEqual(['schriftform']);
  });
});

describe("blind 14: the cash office's own service in a Kassenordnung", () => {
  it('does not read a receipt the office issues or stamps it keeps as a way to pay (BW GemKVO §§ 14, 20)', () => {
    expect(
      codes('Die Stadtkasse hat über jede Einzahlung, die nicht gegen Barzahlung für verkaufte Drucksachen geleistet wird, eine Quittung zu erteilen.'),
    ).toEqual([]);
    expect(
      codes('Wertpapiere werden von der Stadtkasse verwahrt. Das gleiche gilt für Gebührenmarken, die ohne Quittung abgegeben werden.'),
    ).toEqual([]);
  });

  it('still flags the payer who must pay cash, next to the receipt', () => {
    expect(
      codes('Die Gebühr ist bar bei der Stadtkasse zu entrichten. Die Stadtkasse hat dem Einzahler eine Quittung zu erteilen.'),
    ).toEqual(['zahlung']);
  });
});
