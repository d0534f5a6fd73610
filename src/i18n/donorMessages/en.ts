import type { DonorId } from '../../domain/donors';
import type { DonorMessages } from './types';

const ADJECTIVE: Record<DonorId, string> = {
  us: 'US',
  gb: 'British',
  fr: 'French',
  de: 'German',
  nl: 'Dutch',
  be: 'Belgian',
  dk: 'Danish',
  se: 'Swedish',
  fi: 'Finnish',
  pl: 'Polish',
  ca: 'Canadian',
  cz: 'Czech',
  ee: 'Estonian',
  lv: 'Latvian',
  it: 'Italian',
  no: 'Norwegian',
  lt: 'Lithuanian',
};

const NAMES: Record<DonorId, string> = {
  us: 'United States',
  gb: 'United Kingdom',
  fr: 'France',
  de: 'Germany',
  nl: 'Netherlands',
  be: 'Belgium',
  dk: 'Denmark',
  se: 'Sweden',
  fi: 'Finland',
  pl: 'Poland',
  ca: 'Canada',
  cz: 'Czechia',
  ee: 'Estonia',
  lv: 'Latvia',
  it: 'Italy',
  no: 'Norway',
  lt: 'Lithuania',
};

/** The country with "the" where English needs it ("by the Netherlands"). */
const withArticle = (id: DonorId) => (['us', 'gb', 'nl'].includes(id) ? `the ${NAMES[id]}` : NAMES[id]);

export const enDonor: DonorMessages = {
  switchLabel: 'Whose weapons',
  switchHint: 'Each donor set its own rules; the map shows one donor at a time.',
  names: NAMES,
  documentTitle: (id) => `${ADJECTIVE[id]} weapons: where Ukraine may strike`,
  appTitle: (id) => `Where could Ukraine use ${ADJECTIVE[id]} weapons?`,
  appSubtitle: (id) =>
    `What ${withArticle(id)} allowed Ukraine to do with the weapons it supplied, by region and date, with sources.`,
  mapAriaLabel: (id) =>
    `Map of Ukraine and western Russia coloured by what ${withArticle(id)} allowed for its weapons on the selected date. The table below gives the same information.`,
  allWeapons: (id) => `All ${ADJECTIVE[id]} weapons`,
  legendAllWeapons: (id) =>
    `Colours summarise all ${ADJECTIVE[id]} weapons; choose one class to see its own status.`,
  tableCaption: (id, date) => `Status of each ${ADJECTIVE[id]} weapon class by zone on ${date}`,
  frameTitle: (id, date) =>
    date
      ? `Map: where Ukraine could use ${ADJECTIVE[id]} weapons, ${date}`
      : `Map: where Ukraine could use ${ADJECTIVE[id]} weapons (latest data)`,
  allSupplied: (id) => `every supplied ${ADJECTIVE[id]} weapon permitted`,
  only: (id, status) =>
    ({
      prohibited: `${ADJECTIVE[id]} weapons barred`,
      'no-policy': `no stated ${ADJECTIVE[id]} policy`,
      'not-supplied': `no ${ADJECTIVE[id]} weapon supplied yet`,
      'no-statement': `no public statement by ${withArticle(id)}`,
    })[status],
  statusExplanations: {
    permitted: 'The donor’s stated policy allowed use here.',
    limited: 'Allowed only under conditions or in part of the area. Hatched.',
    prohibited: 'The donor’s stated policy did not allow use here.',
    disputed: 'Credible sources disagree about what the donor allowed. Dotted.',
    'not-supplied': 'The donor had not (yet) supplied this weapon class.',
    'no-policy': 'No statement about use here was found for this date.',
    'no-statement': 'No public statement by this donor was found for this period: the map does not guess.',
  },
  summaryExplanations: {
    permitted: 'Every class the donor had supplied was permitted.',
    limited: 'Some classes permitted, or only under conditions, or not every class stated. Hatched.',
    prohibited: 'No class was permitted.',
    disputed: 'Sources disagree about at least one class. Dotted.',
    'not-supplied': 'None of these classes had been supplied yet.',
    'no-policy': 'No statement found.',
    'no-statement': 'No public statement by this donor was found for this period.',
  },
  loadingDonor: (name) => `Loading the data for ${name}…`,
  loadDonorFailed: (name, reason) => `The data for ${name} could not be loaded: ${reason}`,
};
