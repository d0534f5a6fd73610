import type { DonorId } from '../../domain/donors';
import type { DonorMessages } from './types';

// German names the donor with "aus" and the dative ("Waffen aus den Niederlanden"), which needs no
// adjective declension ("alle deutschen Waffen" / "deutsche Waffen") in the different templates.
const FROM: Record<DonorId, string> = {
  us: 'aus den USA',
  gb: 'aus dem Vereinigten Königreich',
  fr: 'aus Frankreich',
  de: 'aus Deutschland',
  nl: 'aus den Niederlanden',
  be: 'aus Belgien',
  dk: 'aus Dänemark',
  se: 'aus Schweden',
  fi: 'aus Finnland',
  pl: 'aus Polen',
  ca: 'aus Kanada',
  cz: 'aus Tschechien',
  ee: 'aus Estland',
  lv: 'aus Lettland',
  it: 'aus Italien',
  no: 'aus Norwegen',
  lt: 'aus Litauen',
};

const NAMES: Record<DonorId, string> = {
  us: 'Vereinigte Staaten',
  gb: 'Vereinigtes Königreich',
  fr: 'Frankreich',
  de: 'Deutschland',
  nl: 'Niederlande',
  be: 'Belgien',
  dk: 'Dänemark',
  se: 'Schweden',
  fi: 'Finnland',
  pl: 'Polen',
  ca: 'Kanada',
  cz: 'Tschechien',
  ee: 'Estland',
  lv: 'Lettland',
  it: 'Italien',
  no: 'Norwegen',
  lt: 'Litauen',
};

export const deDonor: DonorMessages = {
  switchLabel: 'Wessen Waffen',
  switchHint: 'Jedes Geberland setzte eigene Regeln; die Karte zeigt jeweils ein Land.',
  names: NAMES,
  documentTitle: (id) => `Waffen ${FROM[id]}: Wo die Ukraine angreifen darf`,
  appTitle: (id) => `Wo durfte die Ukraine Waffen ${FROM[id]} einsetzen?`,
  appSubtitle: (id) =>
    `Was der Ukraine mit Waffen ${FROM[id]} erlaubt war, nach Gebiet und Datum, mit Quellen.`,
  mapAriaLabel: (id) =>
    `Karte der Ukraine und des westlichen Russlands, eingefärbt nach der Erlaubnis für Waffen ${FROM[id]} am gewählten Datum. Die Tabelle unten enthält dieselben Angaben.`,
  allWeapons: (id) => `Alle Waffen ${FROM[id]}`,
  legendAllWeapons: (id) =>
    `Die Farben fassen alle Waffen ${FROM[id]} zusammen; wählen Sie eine Klasse, um ihren eigenen Status zu sehen.`,
  tableCaption: (id, date) => `Status jeder Waffenklasse ${FROM[id]} nach Zone am ${date}`,
  frameTitle: (id, date) =>
    date
      ? `Karte: Wo die Ukraine Waffen ${FROM[id]} einsetzen durfte, ${date}`
      : `Karte: Wo die Ukraine Waffen ${FROM[id]} einsetzen durfte (neueste Daten)`,
  allSupplied: (id) => `alle gelieferten Waffen ${FROM[id]} erlaubt`,
  only: (id, status) =>
    ({
      prohibited: `Waffen ${FROM[id]} untersagt`,
      'no-policy': 'keine erklärte Regelung',
      'not-supplied': `noch keine Waffe ${FROM[id]} geliefert`,
      'no-statement': 'keine öffentliche Äußerung',
    })[status],
  statusExplanations: {
    permitted: 'Die erklärte Politik des Geberlandes erlaubte den Einsatz hier.',
    limited: 'Nur unter Bedingungen oder in einem Teil des Gebiets erlaubt. Schraffiert.',
    prohibited: 'Die erklärte Politik des Geberlandes erlaubte den Einsatz hier nicht.',
    disputed: 'Glaubwürdige Quellen widersprechen sich, was das Geberland erlaubte. Gepunktet.',
    'not-supplied': 'Das Geberland hatte diese Waffenklasse (noch) nicht geliefert.',
    'no-policy': 'Für dieses Datum wurde keine Äußerung zum Einsatz hier gefunden.',
    'no-statement':
      'Für diesen Zeitraum wurde keine öffentliche Äußerung dieses Geberlandes gefunden: Die Karte rät nicht.',
  },
  summaryExplanations: {
    permitted: 'Jede gelieferte Klasse des Geberlandes war erlaubt.',
    limited:
      'Einige Klassen erlaubt, nur unter Bedingungen, oder nicht zu jeder Klasse eine Äußerung. Schraffiert.',
    prohibited: 'Keine Klasse war erlaubt.',
    disputed: 'Die Quellen widersprechen sich zu mindestens einer Klasse. Gepunktet.',
    'not-supplied': 'Keine dieser Klassen war bereits geliefert.',
    'no-policy': 'Keine Äußerung gefunden.',
    'no-statement': 'Für diesen Zeitraum wurde keine öffentliche Äußerung dieses Geberlandes gefunden.',
  },
  loadingDonor: (name) => `Die Daten für ${name} werden geladen…`,
  loadDonorFailed: (name, reason) => `Die Daten für ${name} konnten nicht geladen werden: ${reason}`,
};
