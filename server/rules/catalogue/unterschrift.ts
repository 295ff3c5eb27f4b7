import { signatureSubstituteSentence } from '../legal-basis';
import { modalSeverity, offersElectronic } from '../lexicon';
import { defineRule } from '../types';

/** Treaty acts: "das am 5. Mai 2000 in Brüssel unterzeichnete Abkommen", "Unterzeichnerstaaten". */
const TREATY =
  /\b(?:am|vom)\s+\d{1,2}\.\s*(?:\S+\s+)?\d{4}\b[^.]{0,120}unterzeichnet|unterzeichnete[nms]?\s+(?:\S+\s+){0,3}(?:Abkommen|Übereinkommen|Vertrag|Vertrages|Protokoll|Protokolls|Vereinbarung|Zusatzprotokoll|Notenwechsel|Charta|Konvention|Statut)|Abkommen|Übereinkommen|Vertragsstaat|Unterzeichnerstaat|Ratifikation|Ratifizierung/;
/** Signatures of officials on the authority's or court's own acts (minutes, judgments, certificates). */
const OFFICIAL =
  /Vorsitzende|Präsident|Richter|Urkundsbeamte|Protokollführer|Schriftführer|Beisitzer|Leiter(?:in)?\s+der|Behördenleit|Bürgermeister|Standesbeamte|Notar|Gerichtsvollzieher|Rechtspfleger|Wahlvorst|Prüfungsausschuss|Prüfer|Bundesminister|Dienststellenleit|Beamt|Amtsträger|Konsularbeamt|Kommission|Ausschuss|Vorstand/;
/** Private parties and applicants: with them a signature is a real hurdle even next to an official. */
const CITIZEN =
  /Antragsteller|Beteiligte|Bewerber|Arbeitgeber|Arbeitnehmer|Unternehmer|Betreiber|Wahlberechtigte|Versicherte|Steuerpflichtige|Schuldner|Gläubiger|Mieter|Vermieter|Käufer|Verbraucher|Eltern|Berechtigte|Person|Erklärende|Inhaber|Anmeldende|Pflichtige|Teilnehmer|Patient|Spender|Vertragsparteien|Vollmachtgeber|Erblasser|Gesellschafter|Bieter/;
const SUBSTITUTED = /^[^.;,]{0,120}\b(?:fehlen|entfallen|entfällt|ersetzt|ersetzen|durch\s+\S+\s+ersetzt|nicht erforderlich)\b/;

export const unterschrift = defineRule({
  id: 'unterschrift',
  title: 'Eigenhändige Unterschrift ohne elektronisches Äquivalent',
  category: 'unterschrift',
  principle: 1,
  severity: 'hoch',
  source: 'Digitalcheck 2025, Prinzip 1.1; § 13 EGovG (Unterschriftsfeld begründet keine Schriftform)',
  explanation:
    'Die Vorschrift verlangt eine (eigenhändige) Unterschrift. Ohne ausdrückliches elektronisches Äquivalent erzwingt sie Papier oder die qualifizierte elektronische Signatur. Wo die Identität gesichert werden muss, genügen eID-basierte Verfahren oder ein Nutzerkonto; sonst kann die Unterschrift entfallen.',
  trigger:
    /\b(?:[Uu]nterschrift(?:en|lich)?|Namensunterschrift\w*|Unterschriftsfeld\w*|Unterschriftsleistung\w*|[Uu]nterschr(?:eiben|ieben|iebene[nmrs]?|eibt|eibung)|unterzuschreiben|zu\s+unterschreibende[nmrs]?|[Uu]nterzeichn(?:en|et|ete[nmrs]?|ung)|zu\s+unterzeichnende[nmrs]?|unterzuzeichnen|eigenhändig(?:e[nmrs]?)?|handschriftlich(?:e[nmrs]?)?)\b/g,
  evaluate(ctx) {
    const { sentence } = ctx;
    if (ctx.inDefinitions) return null;
    if (/^[Uu]nterzeichn/.test(ctx.text) && TREATY.test(sentence)) return null;
    // the authority's competence to certify signatures imposes nothing; a list of cross-referenced rules neither
    if (/\b(?:befugt|ermächtigt|zuständig)\b/.test(sentence) && /beglaubig/.test(sentence)) return null;
    if (/Vorschriften\s+über\s+(?:\S+\s+){0,12}(?:gelten|finden)|(?:gelten|finden)\s+(?:\S+\s+){0,6}Vorschriften\s+über/.test(sentence)) return null;
    // consequences of a missing signature ("Wird die Unterschrift verweigert, …") impose none
    if (SUBSTITUTED.test(ctx.after) || /verweigert|[Uu]nterbleibt/.test(sentence)) return null;
    // handwriting as a way of working ("bei handschriftlicher Bearbeitung"); a certified signature is the certification rule's case
    if (/^handschriftlich/.test(ctx.text) && /^\s+(?:Bearbeitung|Ergänzung|Eintragung|Änderung|Vermerk|Notiz)/.test(ctx.trail(16))) return null;
    if (/^Unterschriften?$/.test(ctx.text) && /^[^.;,]{0,60}\b(?:(?:öffentlich|amtlich|notariell)\s+)?beglaubigt/.test(ctx.after)) return null;
    // "Eine Nachbildung der eigenhändigen Unterschrift genügt": the facsimile relaxes the signature
    if (/Nachbildung\s+der\s+(?:\S+\s+)?Unterschrift|[Ff]aksimil|vervielfältigte[rn]?\s+Unterschrift/.test(sentence)) return null;
    if (ctx.negated()) return null;
    if (offersElectronic(sentence) || ctx.index.paragraphOffersElectronic(ctx.ref)) return null;
    return {
      start: ctx.start,
      end: ctx.end,
      // signatures of officials on the authority's own acts (minutes, judgments) are an internal media break
      severity: OFFICIAL.test(sentence) && !CITIZEN.test(sentence) ? 'mittel' : modalSeverity(sentence),
      edit: {
        kind: 'appendSentence',
        sentence: signatureSubstituteSentence(ctx.profile),
      },
    };
  },
  examples: {
    flagged: [
      'Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben.',
      'Die Erklärung muss von der erklärenden Person unterzeichnet sein.',
      'Der Wahlvorschlag muss von mindestens 200 Wahlberechtigten persönlich und handschriftlich unterzeichnet sein.',
      'Der Vordruck ist mit Datum und Unterschrift des Arbeitgebers zu versehen.',
      'Der Vertrag ist von beiden Vertragsparteien zu unterzeichnen.',
      'Die Niederschrift ist vom Vorsitzenden und vom Schriftführer zu unterzeichnen.',
      'Über den Verlauf der Prüfung ist eine von allen Mitgliedern der Kommission zu unterzeichnende Niederschrift anzufertigen.',
      'Der Ankunftsnachweis ist dem Asylsuchenden erst nach Unterschriftsleistung auszuhändigen.',
      'Der Antrag ist vom Antragsteller eigenhändig zu unterschreiben, eine Paraphe genügt nicht.',
    ],
    accepted: [
      'Dem in Brüssel am 5. Mai 2000 unterzeichneten Abkommen wird zugestimmt.',
      'Die Urkundsperson bei der Betreuungsbehörde ist befugt, Unterschriften auf Vorsorgevollmachten öffentlich zu beglaubigen.',
      'Bei einem mit Hilfe automatischer Einrichtungen erlassenen Bescheid können Unterschrift und Namenswiedergabe fehlen.',
      'Die Erklärung kann auch ohne Unterschrift abgegeben werden.',
      'Die Blätter sollen mit einem Durchschreibemittel versehen sein, das auch bei handschriftlicher Bearbeitung die Lesbarkeit gewährleistet.',
      'Eine Nachbildung der eigenhändigen Unterschrift genügt.',
      'Die Verordnung bestimmt die Anforderungen an eine Bestätigung, um die eigenhändige Unterzeichnung durch den Anleger in gleichwertiger Weise zu ersetzen.',
      'Der Antrag ist zu unterschreiben oder mit einer qualifizierten elektronischen Signatur zu versehen.',
      'Die Leistung wird ausgezahlt, ohne dass es einer Unterschriftsleistung bedarf.',
      'Die Verordnung bestimmt die Anforderungen, die an eine Bestätigung durch Fernkommunikationsmittel zu stellen sind, um die eigenhändige Unterzeichnung durch den Anleger nach § 15 Absatz 3 des Gesetzes in gleichwertiger Art und Weise zu ersetzen.',
    ],
  },
});
