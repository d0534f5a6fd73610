import type { DonorId } from '../../domain/donors';
import type { DonorMessages } from './types';

// French names the donor by the adjective agreeing with « armes » (feminine plural).
const ADJECTIVE: Record<DonorId, string> = {
  us: 'américaines',
  gb: 'britanniques',
  fr: 'françaises',
  de: 'allemandes',
  nl: 'néerlandaises',
  be: 'belges',
  dk: 'danoises',
  se: 'suédoises',
  fi: 'finlandaises',
  pl: 'polonaises',
  ca: 'canadiennes',
  cz: 'tchèques',
  ee: 'estoniennes',
  lv: 'lettones',
  it: 'italiennes',
  no: 'norvégiennes',
  lt: 'lituaniennes',
};

const NAMES: Record<DonorId, string> = {
  us: 'États-Unis',
  gb: 'Royaume-Uni',
  fr: 'France',
  de: 'Allemagne',
  nl: 'Pays-Bas',
  be: 'Belgique',
  dk: 'Danemark',
  se: 'Suède',
  fi: 'Finlande',
  pl: 'Pologne',
  ca: 'Canada',
  cz: 'Tchéquie',
  ee: 'Estonie',
  lv: 'Lettonie',
  it: 'Italie',
  no: 'Norvège',
  lt: 'Lituanie',
};

// The `singular` of « arme … livrée »: the adjective without the plural s (belges → belge).
const singular = (id: DonorId) => ADJECTIVE[id].replace(/s$/, '');

export const frDonor: DonorMessages = {
  switchLabel: 'Armes de quel pays',
  switchHint: 'Chaque donateur a fixé ses propres règles ; la carte montre un donateur à la fois.',
  names: NAMES,
  documentTitle: (id) => `Armes ${ADJECTIVE[id]} : où l’Ukraine peut frapper`,
  appTitle: (id) => `Où l’Ukraine pouvait-elle utiliser les armes ${ADJECTIVE[id]} ?`,
  appSubtitle: (id) =>
    `Ce que la politique du donateur permettait à l’Ukraine avec les armes ${ADJECTIVE[id]}, par région et par date, avec les sources.`,
  mapAriaLabel: (id) =>
    `Carte de l’Ukraine et de l’ouest de la Russie, colorée selon l’autorisation d’emploi des armes ${ADJECTIVE[id]} à la date choisie. Le tableau ci-dessous donne les mêmes informations.`,
  allWeapons: (id) => `Toutes les armes ${ADJECTIVE[id]}`,
  legendAllWeapons: (id) =>
    `Les couleurs résument toutes les armes ${ADJECTIVE[id]} ; choisissez une catégorie pour voir son propre statut.`,
  tableCaption: (id, date) => `Statut de chaque catégorie d’armes ${ADJECTIVE[id]} par zone au ${date}`,
  frameTitle: (id, date) =>
    date
      ? `Carte : où l’Ukraine pouvait utiliser les armes ${ADJECTIVE[id]}, ${date}`
      : `Carte : où l’Ukraine pouvait utiliser les armes ${ADJECTIVE[id]} (dernières données)`,
  allSupplied: (id) => `emploi autorisé pour toutes les armes ${ADJECTIVE[id]} livrées`,
  only: (id, status) =>
    ({
      prohibited: `armes ${ADJECTIVE[id]} interdites`,
      'no-policy': 'aucune politique déclarée',
      'not-supplied': `aucune arme ${singular(id)} encore livrée`,
      'no-statement': 'aucune déclaration publique',
    })[status],
  statusExplanations: {
    permitted: 'La politique déclarée du donateur autorisait leur emploi ici.',
    limited: 'Autorisé seulement sous conditions ou dans une partie de la zone. Hachuré.',
    prohibited: 'La politique déclarée du donateur n’autorisait pas leur emploi ici.',
    disputed: 'Des sources crédibles divergent sur ce que le donateur autorisait. Pointillé.',
    'not-supplied': 'Le donateur n’avait pas (encore) livré cette catégorie d’armes.',
    'no-policy': 'Aucune déclaration sur l’emploi ici n’a été trouvée pour cette date.',
    'no-statement':
      'Aucune déclaration publique de ce donateur n’a été trouvée pour cette période : la carte ne devine pas.',
  },
  summaryExplanations: {
    permitted: 'Toutes les catégories livrées par le donateur étaient autorisées.',
    limited:
      'Certaines catégories autorisées, ou seulement sous conditions, ou pas de déclaration pour chaque catégorie. Hachuré.',
    prohibited: 'Aucune catégorie n’était autorisée.',
    disputed: 'Les sources divergent sur au moins une catégorie. Pointillé.',
    'not-supplied': 'Aucune de ces catégories n’avait encore été livrée.',
    'no-policy': 'Aucune déclaration trouvée.',
    'no-statement': 'Aucune déclaration publique de ce donateur n’a été trouvée pour cette période.',
  },
  loadingDonor: (name) => `Chargement des données : ${name}…`,
  loadDonorFailed: (name, reason) => `Les données (${name}) n’ont pas pu être chargées : ${reason}`,
};
