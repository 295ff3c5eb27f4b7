import type { DataPolicy } from '../../../server/contracts/api';
import { CATEGORY_LABELS, HINDRANCE_CATEGORIES, PRINCIPLE_TITLES, type Category, type Principle } from '../../../server/contracts/finding';
import { h } from '../dom';

/** One typical wording per hindrance category, as drafters meet it. */
const CATEGORY_EXAMPLES: Partial<Record<Category, string>> = {
  schriftform: '„Der Antrag ist schriftlich zu stellen.“',
  unterschrift: '„Die Erklärung ist eigenhändig zu unterzeichnen.“',
  persoenliches_erscheinen: '„Die antragstellende Person hat persönlich bei der Behörde zu erscheinen.“',
  original_beglaubigung: '„Dem Antrag ist eine beglaubigte Abschrift des Zeugnisses beizufügen.“',
  papier_vordruck: '„Der Antrag ist auf dem amtlichen Vordruck in zweifacher Ausfertigung einzureichen.“',
  aushang_bekanntmachung: '„Der Plan ist einen Monat lang im Rathaus öffentlich auszulegen.“',
  postalisch: '„Der Bescheid ist mittels Einschreiben zuzustellen.“',
  technologie_spezifisch: '„Die Unterlagen können per Telefax oder De-Mail übermittelt werden.“',
  nachweis_vorlage: '„Dem Antrag ist eine Meldebescheinigung beizufügen.“',
  zahlung: '„Die Gebühr ist bar bei der Gemeindekasse zu entrichten.“',
  papierakte: '„Die Unterlagen sind im Original in der Papierakte aufzubewahren.“',
};

const hours = (n: number) => (n % 24 === 0 && n >= 48 ? `${n / 24} Tagen` : n === 1 ? '1 Stunde' : `${n.toLocaleString('de-DE')} Stunden`);

export function createHelpView(policy: DataPolicy): HTMLElement {
  const principles = ([1, 2, 3, 4, 5] as Principle[]).map((p) =>
    h('li', null, h('strong', { text: `Prinzip ${p}: ` }), PRINCIPLE_TITLES[p]),
  );
  const categories = HINDRANCE_CATEGORIES.flatMap((c) => [
    h('dt', { text: CATEGORY_LABELS[c] }),
    h('dd', null, 'Beispiel: ', h('q', { text: (CATEGORY_EXAMPLES[c] ?? '').replace(/^„|“$/g, '') })),
  ]);

  return h(
    'div',
    { class: 'page' },
    h(
      'div',
      { class: 'help' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', { text: 'Hilfe' }), h('p', { text: 'Was der Digitalcheck-Assistent kann – und was nicht.' }))),
      h(
        'section',
        { class: 'panel section' },
        h('h2', { text: 'Was das Werkzeug tut' }),
        h('p', {
          text:
            'Der Assistent findet in Gesetzen und Gesetzentwürfen Formulierungen, die einer durchgängig digitalen Verwaltung im Weg stehen – etwa Schriftform, eigenhändige Unterschrift oder persönliches Erscheinen. Er ordnet jeden Befund einem der fünf Prinzipien des Digitalchecks zu und schlägt eine Ersatzformulierung mit Rechtsgrundlage und fertigem Änderungsbefehl vor.',
        }),
        h(
          'ul',
          null,
          h('li', null, h('strong', { text: 'Chat: ' }), 'Fragen zum Recht der digitalen Verwaltung stellen oder eine Formulierung prüfen lassen – mit Quellenangaben, die die Vorschrift im Wortlaut öffnen.'),
          h('li', null, h('strong', { text: 'Entwurf prüfen: ' }), 'einen Referentenentwurf hochladen (PDF, DOCX, TXT, MD) und alle Befunde im Text markiert sehen, übernehmen oder verwerfen und als Änderungsbefehle exportieren.'),
          h('li', null, h('strong', { text: 'Normenscreening: ' }), 'ganze Rechtsbereiche auf einmal durchsuchen und die Ergebnisse als Tabelle, Diagramm, CSV oder XLSX auswerten.'),
        ),
        h('h3', { text: 'Was das Werkzeug nicht tut' }),
        h('p', {
          text:
            'Es trifft keine Entscheidung und ersetzt keine rechtliche Prüfung. Befunde sind Hinweise: Schriftform kann im Einzelfall berechtigt sein (Warnfunktion, Beweisfunktion, Identität). Die Bewertung und die Verantwortung für den Entwurf bleiben bei Ihnen.',
        }),
      ),
      h('section', { class: 'panel section' }, h('h2', { text: 'Die fünf Prinzipien des Digitalchecks' }), h('ol', { class: 'principles' }, principles)),
      h(
        'section',
        { class: 'panel section' },
        h('h2', { text: 'Die neun Prüfkategorien' }),
        h('p', { class: 'muted', text: 'Daneben gibt es Hinweise (z. B. unbestimmte Begriffe, Medienbrüche, Datenschutz), die nicht als Hindernis, sondern als Prüfanregung gelten.' }),
        h('dl', null, categories),
      ),
      h(
        'section',
        { class: 'panel section' },
        h('h2', { text: 'Offline-Modus und Sprachmodell' }),
        h('p', {
          text:
            'Ohne Sprachmodell arbeitet der Assistent im Offline-Modus: Regelwerk, Volltextsuche im Normenkorpus und Antworten aus wörtlichen Zitaten. Das ist der Normalfall und vollständig nutzbar. Ist ein Sprachmodell angebunden, formuliert es Antworten frei – zitiert aber nur Vorschriften, die die Suche gefunden hat. Jede Antwort zeigt, ob sie offline oder von welchem Modell erzeugt wurde.',
        }),
      ),
      h(
        'section',
        { class: 'panel section' },
        h('h2', { text: 'Datenschutz: was gespeichert wird und wie lange' }),
        h('p', {
          text:
            'Hochgeladene Entwürfe, Gespräche und Screening-Aufträge bleiben auf diesem Server und sind nur in Ihrer Browsersitzung sichtbar. Im Offline-Modus verlässt keine Anfrage den Rechner; nur wenn ein Sprachmodell konfiguriert ist, werden Textauszüge an diesen Dienst gesendet.',
        }),
        h(
          'ul',
          { attrs: { 'aria-label': 'Gespeicherte Daten' } },
          h('li', null, h('strong', { text: 'Gespeichert werden: ' }), 'der aus einem Entwurf gelesene Text mit Gliederung, Befunden und Ihren Entscheidungen; Ihre Fragen und die Antworten im Chat; Screening-Aufträge mit ihren Ergebnissen (bei hochgeladenen ZIP-Archiven auch die Dateien); Ihre Bewertungen und Korrekturen zu Antworten und Befunden.'),
          h('li', null, h('strong', { text: 'Löschen: ' }), 'Wenn Sie eine Prüfung, ein Gespräch oder einen Auftrag löschen, werden sie sofort und unwiederbringlich entfernt – mit den Bewertungen dazu und ohne Kopie in der Datenbankdatei.'),
          h('li', null, h('strong', { text: 'Aufbewahrung: ' }), `Was älter als ${policy.retentionDays} Tage ist, löscht der Server automatisch (Gespräche zählen ab der letzten Nachricht).`),
          h('li', null, h('strong', { text: 'Sitzung: ' }), `Ihre Sitzung endet nach ${hours(policy.sessionIdleHours)} ohne Nutzung und spätestens nach ${hours(policy.sessionMaxHours)}. Danach sind die Daten der Sitzung nicht mehr abrufbar und werden mit Ablauf der Aufbewahrungsfrist gelöscht.`),
        ),
      ),
      h(
        'section',
        { class: 'panel section' },
        h('h2', { text: 'Grenzen' }),
        h(
          'ul',
          null,
          h('li', null, 'Niedersächsisches Landesrecht liegt nur in Auszügen vor; solche Treffer sind mit „Auszug“ gekennzeichnet.'),
          h('li', null, 'Das Bundesrecht hat den Stand 2022; spätere Änderungen (z. B. § 3a VwVfG ab 2024) sind nicht durchgängig enthalten. Jeder Treffer zeigt seinen Stand.'),
          h('li', null, 'Die Texterkennung aus PDF kann bei Scans, Tabellen oder ungewöhnlichem Satz unvollständig sein.'),
          h('li', null, 'Die Regeln erkennen typische Formulierungen; ungewöhnlich formulierte Hindernisse können unentdeckt bleiben.'),
        ),
      ),
    ),
  );
}
