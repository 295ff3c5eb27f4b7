import { fold, stem } from './normalize';

/**
 * Domain synonym groups of drafters' vocabulary vs. statute vocabulary. Each group is expanded at query
 * time only (the index stays literal), with a lower weight than the words actually typed.
 */
const GROUPS: string[][] = [
  ['elektronisch', 'digital', 'online', 'internet', 'onlinezugang'],
  ['antrag', 'beantragen', 'antragstellung', 'antragsteller'],
  ['nachweis', 'bescheinigung', 'beleg', 'urkunde', 'unterlagen', 'nachweisen', 'zeugnis'],
  ['unterschrift', 'unterzeichnen', 'unterschreiben', 'signatur', 'eigenhändig', 'unterzeichnung', 'handschriftlich', 'namensunterschrift'],
  ['behörde', 'verwaltung', 'amt', 'verwaltungsbehörde'],
  ['bürger', 'person', 'bürgerinnen', 'einwohner', 'nutzer'],
  ['schriftlich', 'schriftform', 'papierform'],
  ['erscheinen', 'anwesenheit', 'vorsprechen', 'persönlich'],
  ['zustellung', 'zustellen', 'zusenden', 'übermittlung', 'versenden', 'post'],
  ['bekanntgabe', 'bekanntgeben', 'bekanntgegeben', 'bekanntmachung', 'veröffentlichen', 'veröffentlichung', 'zugegangen'],
  ['bezahlen', 'zahlung', 'bezahlmöglichkeit', 'entrichten', 'gebühr', 'zahlen'],
  ['akte', 'akten', 'aktenführung', 'dossier'],
  ['formular', 'vordruck', 'formblatt', 'muster', 'antragsformular', 'onlineformular'],
  ['ausweis', 'personalausweis', 'identität', 'identifizierung', 'identitätsnachweis', 'ausweisen', 'eid'],
  ['einwilligung', 'zustimmung', 'einverständnis'],
  ['abrufen', 'abruf', 'anfordern', 'einholen', 'beschaffen', 'abfragen'],
  ['barrierefrei', 'barrierefreiheit', 'behinderung', 'behinderte'],
  ['datenschutz', 'personenbezogen', 'daten'],
  ['anhörung', 'anhören', 'erörterung', 'videokonferenz', 'besprechung', 'termin'],
  ['automatisiert', 'vollautomatisiert', 'automatisch', 'automatisierung', 'maschinell'],
  ['widerspruch', 'einspruch', 'rechtsbehelf'],
  ['bescheid', 'verwaltungsakt', 'entscheidung'],
  ['kosten', 'gebühren', 'entgelt', 'auslagen'],
  ['telefax', 'fax'],
  ['samstag', 'sonnabend'],
  ['original', 'urschrift', 'papieroriginal'],
  ['beglaubigt', 'beglaubigung', 'beglaubigte', 'beglaubigen'],
  ['scannen', 'übertragen', 'digitalisieren', 'einscannen', 'eingescannt', 'gescannt'],
  ['vernichten', 'vernichtung', 'entsorgen', 'wegwerfen', 'weggeworfen', 'vernichtet'],
  ['email', 'emails', 'postfach', 'nachricht', 'telekommunikativ'],
  ['vertrag', 'vereinbarung'],
  ['kündigung', 'kündigen'],
  ['rechnung', 'rechnungen', 'e-rechnung'],
  ['portal', 'verwaltungsportal', 'nutzerkonto', 'bürgerkonto', 'servicekonto'],
  ['aufbewahren', 'aufbewahrung', 'speichern', 'archivieren'],
  ['frist', 'termin', 'zeitraum', 'fristablauf', 'rechtzeitig', 'fristgerecht'],
  ['sicherheit', 'informationssicherheit', 'it-sicherheit'],
  ['wohnsitz', 'wohnort', 'wohnung'],
  ['zugang', 'kanal', 'eingang', 'erreichbarkeit', 'zugangskanal'],
  ['arbeitsvertrag', 'arbeitsverhältnis', 'beschäftigungsverhältnis'],
  ['internetseite', 'website', 'webseite', 'homepage', 'app', 'informationstechnik'],
  ['amtsblatt', 'verkündungsblatt', 'mitteilungsblatt', 'gesetzblatt'],
  ['papierform', 'papierunterlagen', 'papierdokument', 'papier'],
  ['zertifikat', 'zertifikate', 'vertrauensdienst'],
  ['finanzamt', 'finanzbehörde', 'finanzbehörden', 'finanzverwaltung'],
  ['leistungsträger', 'sozialleistungsträger', 'sozialbehörde', 'sozialamt', 'jobcenter', 'krankenkasse'],
  ['kommune', 'gemeinde', 'landkreis', 'kommunen', 'gemeinden'],
  ['vollautomatisch', 'automatische', 'automatisiert'],
  ['formulieren', 'formuliere', 'formulierung', 'ersatzformulierung', 'wortlaut', 'umformulieren', 'ersetzen', 'ersatz'],
  ['ermessen', 'beurteilungsspielraum'],
  // statute nouns for drafters' verbs and everyday words
  ['aufsicht', 'beaufsichtigen', 'beaufsichtigt', 'aufsichtsstelle', 'aufsichtsbehörde'],
  ['georeferenzierung', 'koordinaten', 'geokoordinaten', 'geodaten', 'raumbezug', 'ortsangabe'],
  ['schadprogramm', 'schadsoftware', 'malware', 'virus', 'trojaner'],
  ['angriff', 'cyberangriff', 'hackerangriff', 'sicherheitsvorfall'],
  ['beseitigen', 'beseitigung', 'entfernen', 'bereinigen'],
  ['benachrichtigen', 'benachrichtigung', 'unterrichten', 'unterrichtung', 'informieren'],
  ['übermitteln', 'übermittlung', 'melden', 'mitteilen', 'mitteilung', 'datenübermittlung'],
  ['genehmigung', 'erlaubnis', 'zulassung', 'bewilligung'],
  ['heilung', 'mangel', 'formfehler', 'fehlerhaft', 'formfehlerhaft'],
  ['vollmacht', 'bevollmächtigung', 'bevollmächtigter', 'bevollmächtigte'],
  ['gebärdensprache', 'gehörlos', 'gehörlose', 'hörbehinderung', 'taub'],
  ['schlichtung', 'schlichtungsstelle', 'schlichtungsverfahren', 'beschwerde', 'streitbeilegung'],
  ['mitwirkung', 'mitwirken', 'mitwirkungspflicht'],
  ['videokonferenz', 'video', 'zuschaltung', 'videokonferenztechnik'],
  ['vertretung', 'gemeinderat', 'rat', 'ratsmitglied', 'ratssitzung', 'kreistag', 'abgeordnete'],
  ['hauptverwaltungsbeamter', 'hauptverwaltungsbeamtin', 'bürgermeister', 'bürgermeisterin', 'landrat'],
  ['ladung', 'laden', 'einladung', 'einberufung', 'einberufen'],
  ['nachbar', 'nachbarn', 'angrenzer', 'nachbarbeteiligung'],
  ['verwaltungsleistung', 'leistung', 'dienstleistung', 'verwaltungsdienstleistung'],
  ['offen', 'open', 'opendata'],
  // evidence comes from the register that issues it ("beim Register abrufen" = "bei der ausstellenden Stelle einholen")
  ['register', 'registerbehörde', 'ausstellend', 'ausstellende'],
  ['kamera', 'videoüberwachung', 'überwachungskamera'],
];

/** stem → stems of the same group (excluding itself). */
export const SYNONYMS: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    const stems = [...new Set(group.flatMap((w) => w.toLowerCase().split('-')).map((w) => stem(w)))];
    for (const s of stems) {
      const set = map.get(s) ?? new Set<string>();
      for (const o of stems) if (o !== s) set.add(o);
      map.set(s, set);
    }
  }
  return new Map([...map].map(([k, v]) => [fold(k), [...v]]));
})();
