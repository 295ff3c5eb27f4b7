import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../server/contracts/search';
import type { ProvisionText } from '../../server/retrieval/index';
import { answerKind, answeringSentence, generalLead, isAnswer, modalOf, yesNo } from '../../server/services/chat/general-lead';

const hit = (over: Partial<SearchHit>): SearchHit => ({ law: 'BGB', ref: '§ 1', title: '', text: '', score: 10, kind: 'law', ...over });

describe('general lead: the answer read from a provision sentence', () => {
  it('tells yes/no, time and open questions apart', () => {
    expect(answerKind('Darf ein Mieter per E-Mail kündigen?')).toBe('yesno');
    expect(answerKind('Ab wann gilt ein Bescheid als bekannt gegeben?')).toBe('time');
    expect(answerKind('Welche Angabe muss ein Register enthalten?')).toBe('topic');
  });

  it('reads the modal wording of a sentence', () => {
    expect(modalOf('Die Erteilung des Zeugnisses in elektronischer Form ist ausgeschlossen.')).toBe('excluded');
    expect(modalOf('Das Mieterhöhungsverlangen ist dem Mieter in Textform zu erklären.')).toBe('textform');
    expect(modalOf('Der Einspruch ist schriftlich oder elektronisch einzureichen.')).toBe('electronic');
    expect(modalOf('Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form.')).toBe('written');
  });

  it('answers a yes/no question only as far as the sentence says', () => {
    expect(yesNo('Darf der Arbeitgeber das Zeugnis per E-Mail erteilen?', 'Die Erteilung des Zeugnisses in elektronischer Form ist ausgeschlossen.')).toBe('Nein');
    expect(yesNo('Reicht eine E-Mail?', 'Das Verlangen ist in Textform zu erklären.')).toMatch(/^Ja, die Textform genügt/);
    expect(yesNo('Darf ein Mieter per E-Mail kündigen?', 'Die Kündigung bedarf der schriftlichen Form.')).toMatch(/^Nicht per einfacher E-Mail/);
    // only the quoted provision is a source of this lead: it names no other §
    expect(yesNo('Darf ein Mieter per E-Mail kündigen?', 'Die Kündigung bedarf der schriftlichen Form.')).not.toMatch(/§/);
    expect(yesNo('Muss ein Bevollmächtigter immer eine Vollmacht vorlegen?', 'Der Bevollmächtigte hat auf Verlangen seine Vollmacht schriftlich nachzuweisen.')).toBe(
      'Nicht immer, nur auf Verlangen seine Vollmacht schriftlich nachzuweisen',
    );
    expect(yesNo('Gilt der Antrag als genehmigt?', 'Die Genehmigung gilt als erteilt, wenn dies durch Rechtsvorschrift angeordnet ist.')).toBe(
      'Es kommt darauf an: wenn dies durch Rechtsvorschrift angeordnet ist',
    );
    expect(yesNo('Kann man das elektronisch einreichen?', 'Der Antragsteller kann Nachweise elektronisch einreichen, es sei denn, dass die Behörde das Original verlangt.')).toBe(
      'Ja, es sei denn, dass die Behörde das Original verlangt',
    );
    // a sentence that only states a fact decides nothing
    expect(yesNo('Ist das erlaubt?', 'Die Kommune erstellt eine Schätzung der Kosten.')).toBeUndefined();
  });

  it('picks the sentence on the form for a question about a digital way, from the whole provision', () => {
    const question = 'Darf ein Mieter seinen Mietvertrag per E-Mail kündigen?';
    const provisions: Record<string, ProvisionText> = {
      '§ 568': {
        law: 'BGB', lawTitle: 'Bürgerliches Gesetzbuch', jurisdiction: 'Bund', section: '§ 568', title: 'Form und Inhalt der Kündigung',
        paragraphs: [
          { number: '1', text: 'Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form.' },
          { number: '2', text: 'Der Vermieter soll den Mieter auf die Möglichkeit, die Form und die Frist des Widerspruchs rechtzeitig hinweisen.' },
        ],
      },
    };
    const hits = [
      hit({ ref: '§ 544', title: 'Vertrag über mehr als 30 Jahre', text: 'Die Kündigung ist unzulässig, wenn der Vertrag für die Lebenszeit des Vermieters oder des Mieters geschlossen worden ist.', score: 20 }),
      hit({ ref: '§ 568 Abs. 2', section: '§ 568', title: 'Form und Inhalt der Kündigung', text: provisions['§ 568']!.paragraphs[1]!.text, score: 18 }),
    ];
    const c = answeringSentence(question, hits, (_law, section) => provisions[section]);
    expect(c?.ref).toBe('§ 568 Abs. 1');
    expect(isAnswer(question, c)).toBe(true);
    expect(generalLead(question, c!, '[1]')).toMatch(/^Nicht per einfacher E-Mail: .*\. § 568 Abs\. 1 BGB \(Form und Inhalt der Kündigung\) \[1\]: „Die Kündigung des Mietverhältnisses bedarf der schriftlichen Form\.“$/);
  });

  it('finds no answer where the provision only shares the head of a compound', () => {
    const question = 'Dürfen Schulzeugnisse künftig digital ausgestellt werden?';
    const zeugnis = hit({ ref: '§ 630', title: 'Pflicht zur Zeugniserteilung', text: 'Die Erteilung des Zeugnisses in elektronischer Form ist ausgeschlossen.' });
    expect(isAnswer(question, answeringSentence(question, [zeugnis], undefined))).toBe(false);
    // with the first part of the compound named, the head covers it
    const arbeit = hit({ ...zeugnis, text: `${zeugnis.text} Wenn der Verpflichtete ein Arbeitnehmer ist, findet die Gewerbeordnung Anwendung.` });
    expect(isAnswer('Darf das Arbeitszeugnis per E-Mail erteilt werden?', answeringSentence('Darf das Arbeitszeugnis per E-Mail erteilt werden?', [arbeit], undefined))).toBe(true);
  });
});
