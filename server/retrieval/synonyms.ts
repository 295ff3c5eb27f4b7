import { fold, stem } from './normalize';

/**
 * Domain synonym groups of drafters' vocabulary vs. statute vocabulary. Each group is expanded at query
 * time only (the index stays literal), with a lower weight than the words actually typed.
 */
const GROUPS: string[][] = [
  ['elektronisch', 'digital', 'online', 'internet', 'onlinezugang'],
  ['antrag', 'beantragen', 'antragstellung', 'antragsteller'],
  ['nachweis', 'bescheinigung', 'beleg', 'urkunde', 'unterlagen', 'nachweisen'],
  ['unterschrift', 'unterzeichnen', 'unterschreiben', 'signatur', 'eigenhändig', 'unterzeichnung'],
  ['behörde', 'verwaltung', 'amt', 'verwaltungsbehörde'],
  ['bürger', 'person', 'bürgerinnen', 'einwohner', 'nutzer'],
  ['schriftlich', 'schriftform', 'papierform'],
  ['erscheinen', 'anwesenheit', 'vorsprechen', 'persönlich'],
  ['zustellung', 'zustellen', 'zusenden', 'übermittlung', 'versenden', 'post'],
  ['bekanntgabe', 'bekanntgeben', 'bekanntmachung', 'veröffentlichen', 'veröffentlichung'],
  ['bezahlen', 'zahlung', 'bezahlmöglichkeit', 'entrichten', 'gebühr', 'zahlen'],
  ['akte', 'akten', 'aktenführung', 'dossier'],
  ['formular', 'vordruck', 'formblatt', 'muster'],
  ['ausweis', 'personalausweis', 'identität', 'identifizierung', 'identitätsnachweis', 'ausweisen', 'eid'],
  ['einwilligung', 'zustimmung', 'einverständnis'],
  ['abrufen', 'abruf', 'anfordern', 'einholen', 'beschaffen'],
  ['barrierefrei', 'barrierefreiheit', 'behinderung', 'behinderte'],
  ['datenschutz', 'personenbezogen', 'daten'],
  ['anhörung', 'erörterung', 'videokonferenz', 'besprechung', 'termin'],
  ['automatisiert', 'vollautomatisiert', 'automatisch', 'automatisierung', 'maschinell'],
  ['widerspruch', 'einspruch', 'rechtsbehelf'],
  ['bescheid', 'verwaltungsakt', 'entscheidung'],
  ['kosten', 'gebühren', 'entgelt', 'auslagen'],
  ['telefax', 'fax'],
  ['original', 'urschrift', 'papieroriginal'],
  ['beglaubigt', 'beglaubigung', 'beglaubigte'],
  ['scannen', 'übertragen', 'digitalisieren', 'einscannen', 'eingescannt', 'gescannt'],
  ['vernichten', 'vernichtung', 'entsorgen', 'wegwerfen', 'weggeworfen', 'vernichtet'],
  ['email', 'mail', 'postfach', 'nachricht'],
  ['vertrag', 'vereinbarung'],
  ['kündigung', 'kündigen'],
  ['rechnung', 'rechnungen', 'e-rechnung'],
  ['portal', 'verwaltungsportal', 'nutzerkonto', 'bürgerkonto', 'servicekonto'],
  ['aufbewahren', 'aufbewahrung', 'speichern', 'archivieren'],
  ['frist', 'termin', 'zeitraum'],
  ['sicherheit', 'informationssicherheit', 'it-sicherheit'],
  ['wohnsitz', 'wohnort', 'wohnung'],
  ['zugang', 'kanal', 'eingang', 'erreichbarkeit', 'zugangskanal'],
  ['arbeitsvertrag', 'arbeitsverhältnis', 'beschäftigungsverhältnis'],
  ['internetseite', 'website', 'webseite', 'homepage', 'app', 'informationstechnik'],
  ['amtsblatt', 'verkündungsblatt', 'mitteilungsblatt', 'gesetzblatt'],
  ['papierform', 'papierunterlagen', 'papierdokument', 'papier'],
  ['zertifikat', 'zertifikate', 'vertrauensdienst'],
  ['finanzamt', 'finanzbehörde', 'finanzbehörden'],
  ['leistungsträger', 'sozialleistungsträger', 'sozialbehörde', 'sozialamt'],
  ['kommune', 'gemeinde', 'landkreis', 'kommunen', 'gemeinden'],
  ['vollautomatisch', 'automatische', 'automatisiert'],
  ['formulieren', 'formuliere', 'formulierung', 'ersatzformulierung', 'wortlaut', 'umformulieren'],
  ['ermessen', 'beurteilungsspielraum'],
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
