import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { PAPER_FALLBACK, modalSeverity } from '../lexicon';
import { defineRule } from '../types';

const PREPOSITION = /(?:durch|per|mittels|mit|über|auf|als|im\s+Wege\s+de[rs])\s+(?:eine[nrs]?\s+|de[nmr]\s+|die\s+)?$/;
/** Contact data lists ("Telefon- und Telefaxnummer") name a number, not a required channel. */
const CONTACT = /nummer|anschluss|Anschrift|Adresse/i;

function edit(ctx: MatchContext): AmendmentEdit {
  const prep = PREPOSITION.exec(ctx.before);
  if (!prep) {
    return {
      kind: 'appendSentence',
      sentence: 'An die Stelle der genannten Übermittlungstechnik kann jede andere elektronische Übermittlung in einem gängigen Format treten.',
    };
  }
  const start = ctx.start - prep[0].length;
  // the whole compound goes: "über De-Mail-Dienste" → "elektronisch", never "elektronisch-Dienste"
  const compound = /^-[\wäöüß]+(?:-[\wäöüß]+)*/.exec(ctx.index.doc.text.slice(ctx.end, ctx.end + 40))?.[0] ?? '';
  const phrase = `${prep[0]}${ctx.text}${compound}`;
  if (/elektronisch/i.test(ctx.sentence)) {
    // the electronic channel is already named: the outdated one is simply dropped
    const orBefore = /\boder\s+$/.exec(ctx.before.slice(0, ctx.before.length - prep[0].length));
    if (orBefore) return { kind: 'delete', target: `${orBefore[0]}${phrase}`, at: start - orBefore[0].length };
    const orAfter = /^\s+oder\b/.exec(ctx.after.slice(compound.length));
    if (orAfter) return { kind: 'delete', target: `${phrase}${orAfter[0]}`, at: start };
  }
  return { kind: 'replace', target: phrase, at: start, by: 'elektronisch' };
}

export const technologieSpezifisch = defineRule({
  id: 'technologie-spezifisch',
  title: 'Benannte, oft veraltete Technologie statt technologieneutraler Formulierung',
  category: 'technologie_spezifisch',
  principle: 1,
  severity: 'mittel',
  source: 'Digitalcheck 2025, Prinzip 1.2 (technologieoffen formulieren); Handbuch der Rechtsförmlichkeit, Teil B 3.4',
  explanation:
    'Die Vorschrift nennt eine bestimmte, oft überholte Technik (Telefax, Fernkopie, Telegramm, De-Mail, Diskette, CD-ROM, Mikrofilm …). Solche Festlegungen veralten schnell (De-Mail wurde 2022 von der Telekom eingestellt) und schließen gleichwertige Wege aus. Technologieneutral ist „elektronisch“; konkrete Formate gehören in eine Verordnung oder technische Richtlinie.',
  trigger:
    /\b(?:Telefax\w*|Fax|Faxgerät\w*|Fernkopie\w*|Fernkopierer\w*|fernkopiert\w*|Telekopie\w*|Telekopierer\w*|Telegramm\w*|telegra(?:f|ph)isch\w*|Fernschreib\w*|fernschriftlich\w*|Telex|De-Mail\w*|Diskette\w*|CD-ROM\w*|DVD|Magnetb(?:and|ändern?)|Mikrofilm\w*|Mikrofiche\w*|Bildschirmtext|Btx|USB-Stick\w*|E-Mail|Datenträger\w*)\b/g,
  evaluate(ctx) {
    const { text, profile } = ctx;
    if (text === 'E-Mail' && !/(?:per|durch|mittels|als)\s+$/.test(ctx.lead(9))) return null;
    if (/^Datenträger/.test(text) && !/maschinell\s+verwertbare[nm]?\s+$/.test(ctx.lead(30))) return null;
    const { sentence } = ctx;
    if (profile.domain === 'demail') return null;
    // telecom law regulates fax and telex services as objects; only a channel ("per Telefax übermittelt") prescribes one
    if (profile.domain === 'telekom' && !/(?:per|durch|mittels|via|über)\s+(?:\S+\s+)?$/.test(ctx.lead(24))) return null;
    if (ctx.inDefinitions) return null;
    if (CONTACT.test(text) || /^\s*-?\s*(?:nummer|Nummer|anschluss|Adresse)/.test(ctx.trail(12))) return null;
    // a fallback for a failed electronic system prescribes nothing
    if (PAPER_FALLBACK.test(sentence)) return null;
    // a banned channel ("Eine Übermittlung per Telefax ist unzulässig") is the opposite of a prescribed one
    if (ctx.negated() || /^[^.;,]{0,40}\b(?:unzulässig|nicht\s+zulässig|ausgeschlossen)\b/.test(ctx.after)) return null;
    // the technology as object of a power or a fee item, not a prescribed channel
    if (/Beschlagnahme|Auslagen|Gebühr|Entgelt|Kosten|Postsendungen/.test(sentence)) return null;
    const among = /\boder\b|\bauch\b|\bsowie\b|\bbzw\./.test(sentence);
    return { start: ctx.start, end: ctx.end, severity: among ? 'mittel' : modalSeverity(sentence), edit: edit(ctx) };
  },
  examples: {
    flagged: [
      'Die Meldung kann schriftlich oder durch Telefax erstattet werden.',
      'Die Daten sind auf Diskette oder CD-ROM zu übermitteln.',
      'Die Zustellung kann elektronisch gegen Abholbestätigung über De-Mail-Dienste erfolgen.',
      'Die Unterlagen sind per Telefax an die Zulassungsstelle zu senden.',
      'Der Verpflichtete hat die Maßnahme auch auf Grund einer ihm vorab per Telefax übermittelten Kopie der Anordnung einzuleiten.',
    ],
    accepted: [
      'Der Antrag muss Namen, Anschrift, Telefon- und Telefaxnummer des Antragstellers enthalten.',
      'Der Antrag kann elektronisch gestellt werden.',
      'Die Erklärung ist in Textform abzugeben.',
      'Die Daten sind in einem gängigen elektronischen Format zu übermitteln.',
      'Im Fall einer technischen Störung der elektronischen Systeme hat die Übermittlung schriftlich im Original oder per Telefax zu erfolgen.',
      'Eine Übermittlung der Anordnung oder der Auskünfte per Telefax ist unzulässig.',
    ],
  },
});
