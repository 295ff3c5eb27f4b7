import type { AmendmentEdit } from '../amendment';
import type { MatchContext } from '../context';
import { PAPER_FALLBACK, modalSeverity } from '../lexicon';
import { defineRule } from '../types';

const PREPOSITION = /(?:durch|per|mittels|mit|über|auf|als|im\s+Wege\s+de[rs])\s+(?:eine[nrs]?\s+|de[nmr]\s+|die\s+)?$/;
/** Contact data lists ("Telefon- und Telefaxnummer") name a number, not a required channel. */
// the trigger's word characters stop before "ß", so "Fernschreibanschluß" arrives as "Fernschreibanschlu"
const CONTACT = /nummer|anschlu(?:ss|ß|$)|Anschrift|Adresse/i;

/** "An die Stelle der genannten Übermittlungstechnik kann jede andere elektronische Übermittlung … treten." */
const TECHNOLOGY_REPLACEABLE = /An\s+die\s+Stelle\s+der\s+genannten\s+\S+\s+(?:kann|können)\s+jede\s+andere\s+elektronische\b/;

/** Data transmission as a route of its own ("Datenübertragung", "im Wege elektronischer Übertragung"). */
const DATA_TRANSFER = /Daten(?:fern)?übertragung|elektronische[rn]?\s+(?:Daten)?[Üü]bertragung/;
/** "im Wege elektronischer Datenübertragung und maschinell verwertbar auf Datenträgern": both are required. */
const DATA_TRANSFER_AND_CARRIER = /[Üü]bertragung\s+und\s+(?:\S+\s+){0,3}?(?:auf|mittels)\s/;

/** Texts of this rule, keyed by id; a lawyer edits them here. */
const TEXTS = {
  anyElectronic: 'An die Stelle der genannten Übermittlungstechnik kann jede andere elektronische Übermittlung in einem gängigen Format treten.',
};

function edit(ctx: MatchContext): AmendmentEdit {
  const prep = PREPOSITION.exec(ctx.before);
  if (!prep) {
    return { kind: 'appendSentence', sentence: TEXTS.anyElectronic };
  }
  const start = ctx.start - prep[0].length;
  // the whole compound goes: "über De-Mail-Dienste" → "elektronisch", never "elektronisch-Dienste"
  const compound = /^-[\wäöüß]+(?:-[\wäöüß]+)*/.exec(ctx.index.doc.text.slice(ctx.end, ctx.end + 40))?.[0] ?? '';
  const phrase = `${prep[0]}${ctx.text}${compound}`;
  if (ctx.sentenceMatches(/elektronisch/i)) {
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
  vocabulary: [
    'Telefax*',
    'Fax',
    'Faxgerät*',
    'Fernkopie*',
    'Fernkopierer*',
    'fernkopiert*',
    'Telekopie*',
    'Telekopierer*',
    'Telegramm*',
    'telegrafisch*',
    'telegraphisch*',
    'Fernschreib*',
    'fernschriftlich*',
    'Telex',
    'De-Mail*',
    'Diskette*',
    'CD-ROM*',
    'DVD',
    'Magnetband',
    'Magnetbändern',
    'Magnetbänder',
    'Mikrofilm*',
    'Mikrofiche*',
    // "können zur Ersetzung der Urschrift mikroverfilmt werden"
    'mikroverfilm*',
    'Mikroverfilmung*',
    'Bildschirmtext',
    'Btx',
    'USB-Stick*',
    'E-Mail',
    'Datenträger*',
  ],
  guards: { condition: false, fiction: false, electronic: false },
  exceptions: [
    {
      id: 'e-mail-ohne-weg',
      rationale: 'E-Mail ist nur als vorgeschriebener Weg („per E-Mail“) technologiespezifisch, nicht als Angabe oder Adresse.',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'E-Mail' && !/(?:per|durch|mittels|als)\s+$/.test(ctx.lead(9)),
      example: 'Der Antrag enthält die E-Mail-Anschrift des Antragstellers.',
    },
    {
      id: 'e-mail-neben-schriftform',
      rationale: '„Im schriftlichen Verfahren oder im Verfahren per E-Mail“: neben dem Papierweg ist die E-Mail der elektronische Weg, keine überholte Technik (die Sets zählen E-Mail allein nicht).',
      stage: 'trigger',
      when: (ctx) => ctx.text === 'E-Mail' && ctx.sentenceMatches(/schriftlich\w*\s+(?:\S+\s+){0,4}oder\s+(?:\S+\s+){0,4}per\s+E-Mail|per\s+E-Mail\s+oder\s+(?:\S+\s+){0,2}schriftlich/) && !ctx.sentenceMatches(/Telefax|Fernkopie|De-Mail/),
      example: 'Beschlüsse können außerhalb der Sitzungen im schriftlichen Verfahren oder im Verfahren per E-Mail gefasst werden.',
    },
    {
      id: 'datentraeger-allgemein',
      rationale: '„Datenträger“ ist technologieneutral; nur „maschinell verwertbare/lesbare Datenträger“ meint Disketten und Bänder.',
      stage: 'trigger',
      // "maschinell lesbaren Datenträgern", "automatisiert verarbeitbaren Datenträgern", "maschinell lesbar auf Datenträgern"
      when: (ctx) => /^Datenträger/.test(ctx.text) && !/(?:maschinell|automatisiert)\s+(?:verwertbar|lesbar|verarbeitbar)\w*\s+(?:auf\s+)?$/.test(ctx.lead(40)),
      example: 'Die Daten sind auf einem dauerhaften Datenträger zu speichern.',
    },
    {
      id: 'mikrofilm-als-sache',
      rationale: 'Ein Mikrofilm-Kompositum für eine Sache oder einen Bereich („Röntgen- und Mikrofilmbereich“) oder die Erläuterung eines allgemeinen Datenträgers („fotografische Datenträger (Mikrofilme)“) schreibt kein Medium vor.',
      stage: 'trigger',
      when: (ctx) =>
        /^Mikrofilm/.test(ctx.text) &&
        // a compound is a medium only where the sentence stores, records or transfers ("in der Mikrofilmstelle aufzubewahren")
        ((!/^Mikrofilm(?:e|en|s|aufnahme\w*|aufzeichnung\w*|verfahren\w*|kopie\w*)?$/.test(ctx.text) && !ctx.sentenceMatches(/aufzubewahr|aufbewahr|übertrag|aufzunehm|aufgenommen|speicher|verfilm|archiv/i)) ||
          /Datenträger\w*\s*\(\s*$/.test(ctx.lead(30))),
      example: 'Die Fixierbäder mit Ausnahme des Röntgen- und Mikrofilmbereichs sind in einen Recyclingprozess zurückzuführen.',
    },
    {
      id: 'datentraeger-oder-datenuebertragung',
      rationale: 'Steht neben dem Datenträger die Datenübertragung („auf Datenträgern oder durch Datenübertragung“), ist der elektronische Weg offen; verlangt der Satz beides („und“), bleibt der Datenträger Pflicht.',
      stage: 'trigger',
      when: (ctx) => /^Datenträger/.test(ctx.text) && ctx.sentenceMatches(DATA_TRANSFER) && !ctx.sentenceMatches(DATA_TRANSFER_AND_CARRIER),
      example: 'Die Daten werden jährlich auf maschinell verwertbaren Datenträgern oder durch Datenübertragung weitergeleitet.',
    },
    {
      id: 'gesetz-in-aufzaehlung',
      rationale: 'Das De-Mail-Gesetz als Glied einer Aufzählung von Rechtsvorschriften (Gebühren, Zuständigkeiten) nennt ein Gesetz, keinen Übermittlungsweg.',
      stage: 'trigger',
      // list items are sentences of their own, so the number before the hit lies outside lead()
      when: (ctx) => {
        const doc = ctx.index.doc.text;
        return /^De-Mail$/.test(ctx.text) && /^-Gesetz\s*[,;]/.test(doc.slice(ctx.end, ctx.end + 12)) && /(?:\d+\.|,)\s*$/.test(doc.slice(Math.max(0, ctx.start - 6), ctx.start));
      },
      example: 'Gebühren werden für Leistungen nach folgenden Vorschriften erhoben: 1. BSI-Gesetz, 2. De-Mail-Gesetz, 3. Waffengesetz.',
    },
    {
      id: 'de-mail-recht',
      rationale: 'Das De-Mail-Gesetz regelt De-Mail selbst.',
      when: (ctx) => ctx.profile.domain === 'demail',
      example: 'De-Mail-Dienste sind Dienste auf einer elektronischen Kommunikationsplattform.',
      exampleLaw: 'De-Mail-G',
    },
    {
      id: 'telekommunikationsrecht',
      rationale: 'Das Telekommunikationsrecht regelt Fax- und Telexdienste als Gegenstand; nur ein vorgeschriebener Kanal („per Telefax übermittelt“) zählt.',
      when: (ctx) => ctx.profile.domain === 'telekom' && !/(?:per|durch|mittels|via|über)\s+(?:\S+\s+)?$/.test(ctx.lead(24)),
      example: 'Der Anbieter hat Telefaxdienste für Menschen mit Behinderungen bereitzustellen.',
      exampleLaw: 'TKG',
    },
    {
      id: 'kontaktangabe',
      rationale: 'Kontaktangaben („Telefaxnummer“) nennen eine Nummer, keinen vorgeschriebenen Weg.',
      // old spelling too: "Anschriften ihrer Dienststelle mit Fernsprech- und Fernschreibanschluß"
      when: (ctx) => CONTACT.test(ctx.text) || /^\s*(?:-\s*)?(?:nummer|Nummer|anschlu(?:ss|ß)|Adresse)/.test(ctx.trail(12)),
      example: 'Der Antrag muss Namen, Anschrift, Telefon- und Telefaxnummer des Antragstellers enthalten.',
    },
    {
      id: 'rueckfall-bei-stoerung',
      rationale: 'Ein Rückfallweg für gestörte elektronische Systeme schreibt die Technik nicht vor.',
      // "Bei technischen Problemen hat die Mitteilung fristwahrend per Fax zu erfolgen"
      when: (ctx) => ctx.sentenceMatches(PAPER_FALLBACK) || ctx.sentenceMatches(/\b(?:[Bb]ei|[Ii]m\s+Fall(?:e)?\s+von)\s+technischen\s+(?:Problemen|Schwierigkeiten)\b/),
      example: 'Im Fall einer technischen Störung der elektronischen Systeme hat die Übermittlung schriftlich im Original oder per Telefax zu erfolgen.',
    },
    {
      id: 'kanal-verboten',
      rationale: 'Ein verbotener Kanal („per Telefax ist unzulässig“) ist das Gegenteil eines vorgeschriebenen.',
      when: (ctx) => /^[^.;,]{0,40}\b(?:unzulässig|nicht\s+zulässig|ausgeschlossen)\b/.test(ctx.after),
      example: 'Eine Übermittlung der Anordnung oder der Auskünfte per Telefax ist unzulässig.',
    },
    {
      id: 'technik-als-gegenstand',
      rationale: 'Die Technik als Gegenstand einer Befugnis oder als Kostenposten (Beschlagnahme, Auslagen) ist kein vorgeschriebener Kanal.',
      // also telegrams held back from the post under surveillance ("dürfen dem Postverkehr nicht entzogen werden")
      when: (ctx) => ctx.sentenceMatches(/Beschlagnahme|Auslagen|Gebühr|Entgelt|Kosten|Postsendungen|Postverkehr|Einsichtnahme/),
      example: 'Die Auslagen für Telegramme werden erstattet.',
    },
    {
      id: 'werbung-als-gegenstand',
      rationale: 'Werbung per Telefax oder E-Mail ohne Einwilligung (§ 7 UWG) ist Gegenstand eines Verbots; ein Übermittlungsweg im Verfahren wird nicht vorgeschrieben.',
      when: (ctx) => ctx.sentenceMatches(/\bWerbung\b|\bwirbt\b/),
      example: 'Eine unzumutbare Belästigung ist stets anzunehmen bei Werbung unter Verwendung eines Faxgerätes ohne vorherige ausdrückliche Einwilligung des Adressaten.',
    },
    {
      id: 'zugangsfiktion',
      rationale: '„Gilt am dritten Tag nach der Absendung an das De-Mail-Postfach als zugestellt“ regelt den Zeitpunkt einer Zustellung, deren Weg anderswo eröffnet ist.',
      when: (ctx) => ctx.sentenceMatches(/\bgilt\b[^.;]{0,200}\bals\s+(?:zugestellt|zugegangen|bekannt\s*gegeben|übermittelt)\b/),
      example: 'Ein elektronisches Dokument gilt am dritten Tag nach der Absendung an das De-Mail-Postfach des Empfängers als zugestellt.',
    },
    {
      id: 'pflicht-des-diensteanbieters',
      rationale: 'Pflichten des De-Mail-Diensteanbieters (Versand- und Abholbestätigungen erzeugen) regeln den Dienst selbst, nicht den Weg der Bürgerinnen und Bürger.',
      when: (ctx) => /^De-Mail/.test(ctx.text) && ctx.sentenceMatches(/\bDiensteanbieter\w*\s+(?:hat|haben|muss|müssen)\b/),
      example: 'Der nach § 17 des De-Mail-Gesetzes akkreditierte Diensteanbieter hat eine Abholbestätigung nach § 5 Absatz 9 des De-Mail-Gesetzes zu erzeugen.',
    },
    {
      id: 'eingegangen-ueber-technik',
      rationale: '„Mittels Telefax eingereichte Angebote sind … zu kennzeichnen“, „per Telefax übermittelte Daten sind … zugänglich zu machen“: ein Satz über den Umgang mit Eingängen eines Weges; ob der Weg eröffnet ist, regelt eine andere Vorschrift.',
      // the technology qualifies the sentence's subject at its start, before the finite verb
      when: (ctx) =>
        /^(?:(?:Die|Der|Das)\s+)?(?:(?:Nach|Gemäß)\s+§\s*[\w\s]{0,20}?\s+)?(?:\S+\s+){0,4}$/.test(ctx.before) &&
        !/\b(?:ist|sind|hat|haben|kann|können|muss|müssen|soll|sollen|wird|werden)\b/.test(ctx.before) &&
        /^\S*\s+(?:oder\s+(?:\S+\s+){0,3})?(?:\S+\s+)?(?:eingereichte|eingereichten|übermittelte|übermittelten|zu\s+übermittelnden|übersandte|übersandten|eingegangene|eingegangenen)\s+[A-ZÄÖÜ]\w*\s+(?:sind|ist|werden|wird)\b/.test(ctx.after),
      example: 'Mittels Telefax eingereichte Angebote sind ebenfalls entsprechend zu kennzeichnen und unter Verschluss zu halten.',
    },
    {
      id: 'pruefung-einer-nutzung',
      rationale: '„Prüft, ob die Nutzung maschinell verwertbarer Datenträger angemeldet worden ist“ nennt den Gegenstand einer Prüfung, keinen vorgeschriebenen Kanal.',
      when: (ctx) => /\bob\b/.test(ctx.lead(60)) && /^[^.;]{0,100}\b\w+\s+worden\s+(?:ist|sind)\b/.test(ctx.trail(120)),
      example: 'Die Ausländerbehörde prüft, ob die Nutzung maschinell verwertbarer Datenträger ordnungsgemäß angemeldet worden ist.',
    },
    {
      id: 'kopie-gleichgestellt',
      rationale: 'Im Gebührenrecht stellt „per Telefax … steht der Herstellung einer Kopie gleich“ eine Übermittlung einem Kostenposten gleich; einen Weg schreibt der Satz nicht vor.',
      when: (ctx) => ctx.sentenceMatches(/\b(?:steht|stehen)\b[^.;]{0,40}\b(?:Herstellung|Anfertigung)\s+(?:einer|von)\s+(?:Kopie|Ablichtung|Abschrift)\w*\s+gleich\b/),
      example: 'Eine Übermittlung durch den Steuerberater per Telefax steht der Herstellung einer Ablichtung gleich.',
    },
    {
      id: 'abspielgeraet',
      rationale: 'Ein Abspielgerät („DVD- oder CD-Spieler“) als Ausstattung ist kein vorgeschriebener Datenträger oder Übermittlungsweg.',
      stage: 'trigger',
      when: (ctx) => /^(?:\s*(?:\/|oder|und)\s*[A-Za-z]+)?-(?:Spieler|Player|Laufwerk\w*|Brenner|Rekorder|Recorder)\b/.test(ctx.trail(24)),
      example: 'An Bord sind elektronische Geräte, insbesondere Radio, Fernseher, DVD oder CD-Spieler, bereitzustellen.',
    },
    {
      id: 'technik-ersetzbar',
      rationale: 'Ein Satz des Absatzes lässt an die Stelle der genannten Technik jede andere elektronische Übermittlung treten; die Technik ist dann nur noch ein Beispiel.',
      when: (ctx) => ctx.paragraphMatches(TECHNOLOGY_REPLACEABLE),
      example: 'Die Meldung kann per Telefax übersandt werden. An die Stelle der genannten Übermittlungstechnik kann jede andere elektronische Übermittlung in einem gängigen Format treten.',
    },
  ],
  report(ctx) {
    const among = ctx.sentenceMatches(/\boder\b|\bauch\b|\bsowie\b|\bbzw\./);
    return { severity: among ? 'mittel' : modalSeverity(ctx), edit: edit(ctx) };
  },
  examples: {
    flagged: [
      'Der Datenträger ist in der [Mikrofilmstelle] oder in einem anderen Datenträgerarchiv aufzubewahren.',
      'Die Meldung kann schriftlich oder durch [Telefax] erstattet werden.',
      'Die Daten sind auf [Diskette oder CD-ROM] zu übermitteln.',
      'Die Zustellung kann elektronisch gegen Abholbestätigung über [De-Mail]-Dienste erfolgen.',
      'Die Unterlagen sind per [Telefax] an die Zulassungsstelle zu senden.',
      'Der Verpflichtete hat die Maßnahme auch auf Grund einer ihm vorab per [Telefax] übermittelten Kopie der Anordnung einzuleiten.',
      'Die Ämter teilen die Daten auf für die elektronische Datenverarbeitung geeigneten, maschinell lesbaren [Datenträgern] mit.',
      // sweep 8 (README-rules-dev.md)
      'Die Akten können zur Ersetzung der Urschrift [mikroverfilmt] oder in sonstiger Weise auf andere Datenträger übertragen werden.',
      'Die Auftraggeber können verlangen, dass per [Telefax] gestellte Anträge in Schriftform bestätigt werden.',
    ],
    accepted: [
      'Entsprechendes gilt für personenbezogene fotografische Datenträger (Mikrofilme).',
      'Die Rechenzentren übermitteln die Angaben im Wege elektronischer Datenübertragung oder maschinell lesbar auf Datenträgern.',
      'Der Antrag muss Namen, Anschrift, Telefon- und Telefaxnummer des Antragstellers enthalten.',
      'Der Antrag kann elektronisch gestellt werden.',
      'Die Erklärung ist in Textform abzugeben.',
      'Die Daten sind in einem gängigen elektronischen Format zu übermitteln.',
      'Im Fall einer technischen Störung der elektronischen Systeme hat die Übermittlung schriftlich im Original oder per Telefax zu erfolgen.',
      'Eine Übermittlung der Anordnung oder der Auskünfte per Telefax ist unzulässig.',
      // sweep 8: contact data in the old spelling, a fallback for technical problems, advertising, a deeming rule,
      // the provider's duties, the handling of items received by a channel, telegrams under postal surveillance
      'Die ernennende Stelle macht die Anschriften ihrer Dienststelle mit Fernsprech- und Fernschreibanschluß öffentlich bekannt.',
      'Bei technischen Problemen hat die Mitteilung fristwahrend per Fax zu erfolgen.',
      'Ordnungswidrig ist die Werbung unter Verwendung eines Faxgerätes ohne vorherige ausdrückliche Einwilligung.',
      'Ein elektronisches Dokument gilt am dritten Tag nach der Absendung an das De-Mail-Postfach des Empfängers als zugestellt.',
      'Nach § 4 Satz 2 per Telefax übermittelte Daten sind so bald wie möglich im Unternehmensregister zugänglich zu machen.',
      'Die auf Datenträgern oder durch E-Mail zu übermittelnden Daten sind vor der Übermittlung zu verschlüsseln.',
      'Telegramme dürfen dem Postverkehr nicht entzogen werden.',
    ],
  },
});
