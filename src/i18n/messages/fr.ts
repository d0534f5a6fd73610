import type { Messages } from './en';
import { frDonor } from '../donorMessages/fr';

// The French message catalogue: same keys and function signatures as en.ts. Typography: French
// quotation marks « » and a space before : ; ? ! (a normal space is accepted here).

/**
 * Weapon names are capitalised as labels ("Artillerie"); inside a sentence, after "Crimée : ", a
 * common noun is lower-case. Only the listed common nouns are touched, so "HIMARS", "F-16",
 * "ERAM" or "Tomahawk" keep their capitals.
 */
const inSentence = (list: string): string =>
  list.replace(
    /(^|, )(Artillerie|Défense|Munitions|Toutes|Autres)(?=[\s,]|$)/g,
    (_, before: string, word: string) => before + word.toLowerCase(),
  );

/** Zone names after the first one in a list are lower-case when they start with a common noun. */
const inList = (zone: string): string =>
  zone.replace(/^(Secteur|Zone|Profondeur|Reste)(?=\s)/, (word) => word.toLowerCase());

export const fr: Messages = {
  langName: 'Français',
  languageLabel: 'Langue',
  /** The donor switch (issue #15): donors' names and the texts that name whose weapons. */
  donor: frDonor,
  documentTitle: 'Armes américaines : où l’Ukraine peut frapper',
  appTitle: 'Où l’Ukraine pouvait-elle utiliser les armes américaines ?',
  appSubtitle:
    'L’autorisation donnée par les États-Unis à l’Ukraine d’utiliser les armes américaines, par région et par date, avec les sources.',
  skipToTimeline: 'Aller à la chronologie',
  loading: 'Chargement de la carte et des données…',
  loadFailed: (reason: string) => `Les données n’ont pas pu être chargées : ${reason}`,
  openCurrentVersion: (version: string) => `Ouvrir la carte avec les données actuelles (version ${version})`,
  mapAriaLabel:
    'Carte de l’Ukraine et de l’ouest de la Russie colorée selon l’autorisation d’emploi des armes américaines à la date choisie. Le tableau ci-dessous donne les mêmes informations.',
  webglMissingTitle: 'La carte interactive nécessite WebGL2',
  webglMissingBody:
    'Votre navigateur ou votre appareil ne peut pas afficher la carte interactive. Tout ce que montre la carte figure dans le tableau ci-dessous, et l’image montre le même jour.',
  webglStaticAlt: (date: string) => `Carte statique des zones d’autorisation au ${date}`,

  zones: {
    crimea: 'Crimée',
    'kharkiv-sector': 'Secteur de Kharkiv (côté russe)',
    'border-zone': 'Zone frontalière russe (~100 km)',
    'deep-russia': 'Profondeur de la Russie',
    ukraine: 'Reste de l’Ukraine',
  },
  zoneDescriptions: {
    crimea:
      'République autonome de Crimée et Sébastopol : territoire ukrainien occupé par la Russie depuis 2014.',
    'kharkiv-sector':
      'Territoire russe (zone de Belgorod) situé à moins de 100 km de la frontière, face à l’oblast ukrainien de Kharkiv.',
    'border-zone':
      'Le reste du territoire russe situé à moins de 100 km de la frontière terrestre avec l’Ukraine.',
    'deep-russia': 'Territoire russe situé à plus de 100 km de la frontière avec l’Ukraine.',
    ukraine:
      'L’Ukraine hors Crimée, y compris les zones occupées depuis 2022. Les armes américaines y ont toujours été autorisées.',
  },
  placeLabels: { 'kharkiv-oblast': 'Oblast de Kharkiv' },

  weapons: {
    all: 'Toutes les armes américaines',
    artillery: 'Artillerie',
    himars: 'HIMARS / GMLRS',
    atacms: 'ATACMS',
    'air-defense': 'Défense aérienne au-dessus de la Russie',
    'aircraft-munitions': 'F-16 et munitions aériennes',
    'long-range-other': 'ERAM, Tomahawk',
    ground: 'Armes terrestres',
    'cruise-missile': 'Missiles de croisière',
    aircraft: 'Avions et leurs munitions',
  },

  statuses: {
    permitted: 'Autorisé',
    limited: 'Limité',
    prohibited: 'Interdit',
    disputed: 'Contesté',
    'not-supplied': 'Pas encore livré',
    'no-policy': 'Aucune politique déclarée',
    'no-statement': 'Aucune déclaration publique',
  },
  statusExplanations: {
    permitted: 'La politique américaine autorisait leur emploi ici.',
    limited:
      'Autorisé seulement sous conditions ou dans une partie de la zone (par exemple tirs de contre-batterie uniquement). Hachuré.',
    prohibited: 'La politique américaine interdisait leur emploi ici.',
    disputed: 'Des sources crédibles divergent sur ce qui était autorisé. Pointillé.',
    'not-supplied': 'Les États-Unis n’avaient pas encore livré cette arme.',
    'no-policy': 'Aucune déclaration publique américaine trouvée pour cette zone et cette date.',
    'no-statement': 'Aucune déclaration publique trouvée pour cette période : la carte ne devine pas.',
  },
  summaryExplanations: {
    permitted: 'Toutes les armes américaines livrées à cette date étaient autorisées.',
    limited: 'Certaines armes autorisées, ou seulement sous conditions. Hachuré.',
    prohibited: 'Aucune arme américaine n’était autorisée.',
    disputed: 'Les sources divergent pour au moins une arme. Pointillé.',
    'not-supplied': 'Aucune de ces armes n’avait encore été livrée.',
    'no-policy': 'Aucune déclaration publique américaine trouvée.',
    'no-statement': 'Aucune déclaration publique trouvée pour cette période.',
  },

  legendTitle: 'Légende',
  legendAllWeapons:
    'Les couleurs résument l’ensemble des armes américaines ; choisissez une arme pour voir son propre statut.',
  legendOneWeapon: (weapon: string) => `Les couleurs indiquent le statut de cette arme : ${weapon}.`,
  legendZonesTitle: 'Zones',
  legendOutlines:
    'Contours en tirets : régions russes nommées ; contour plein foncé : oblast de Kharkiv ; trait épais : frontière terrestre entre l’Ukraine et la Russie.',

  timelineLabel: 'Date',
  timelineRegion: 'Chronologie',
  sliderLabel: 'Date affichée sur la carte',
  previousChange: 'Changement précédent',
  nextChange: 'Changement suivant',
  play: 'Lecture',
  pause: 'Pause',
  replay: 'Rejouer depuis le début',
  dateInputLabel: 'Aller à la date',
  dateInputInvalid: (min: string, max: string) => `Saisissez une date comprise entre le ${min} et le ${max}.`,
  beyondReview: (date: string) =>
    `Sources examinées jusqu’au ${date} ; les dates ultérieures reprennent le dernier état connu.`,
  reviewedThrough: (date: string) => `Sources examinées jusqu’au ${date}.`,
  eventMarkLabel: (date: string, title: string) => `${date} : ${title}`,

  weaponFilterLabel: 'Arme',

  zoneListTitle: 'Zones',
  zoneListHint: 'Choisissez une zone pour en voir les raisons.',
  detailTitle: (zone: string, date: string) => `${zone} au ${date}`,
  detailClose: 'Fermer les détails',
  detailSince: (date: string) => `depuis le ${date}`,
  eventDate: {
    day: (date: string) => date,
    month: (month: string) => month,
    season: (date: string) => `vers le ${date}`,
    approximate: (date: string) => `aux alentours du ${date}`,
  },
  detailCondition: 'Condition',
  detailReadings: 'Ce que disent les différentes sources',
  detailBasis: 'Pourquoi',
  detailNoEvents: 'Aucune déclaration publique ne porte encore sur ce point.',
  sourceStateAffiliated: 'Média lié à l’État russe',
  sourceAffiliation: 'Média lié à un État',
  sourceVia: (original: string) => `(d’après ${original})`,
  sourcePublished: (date: string) => `publié le ${date}`,
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  claimStatus: {
    'official-on-record': 'Déclaration officielle publique',
    'anonymous-officials': 'Responsables anonymes',
    'claimed-by-russia': 'Selon la Russie',
    'claimed-by-ukraine': 'Selon l’Ukraine',
    disputed: 'Contesté',
  },
  confidence: { high: 'fiabilité élevée', medium: 'fiabilité moyenne', low: 'fiabilité faible' },

  eventListTitle: 'Changements, dans l’ordre',
  eventListCurrent: 'en vigueur',

  summaryTitle: 'En bref',
  // Clauses follow "Crimée : "; the status is given as "emploi autorisé" after a dash
  // ("artillerie — emploi autorisé"), so it never has to agree in gender or number with the weapons.
  sentence: {
    allSupplied: 'emploi autorisé pour toutes les armes américaines livrées',
    permitted: (weapons: string) => `${inSentence(weapons)} — emploi autorisé`,
    limited: (weapons: string, condition: string) =>
      condition
        ? `${inSentence(weapons)} — emploi limité (${condition})`
        : `${inSentence(weapons)} — emploi limité`,
    disputed: (weapons: string, condition: string) =>
      condition
        ? `${inSentence(weapons)} — emploi contesté (${condition})`
        : `${inSentence(weapons)} — emploi contesté`,
    othersBarred: 'les autres armes interdites',
    othersUnstated: 'aucune déclaration publique pour les autres',
    only: (status: 'prohibited' | 'no-policy' | 'not-supplied' | 'no-statement') =>
      ({
        prohibited: 'armes américaines interdites',
        'no-policy': 'aucune politique américaine déclarée',
        'not-supplied': 'aucune arme américaine encore livrée',
        'no-statement': 'aucune déclaration publique',
      })[status],
    zoneList: (zones: string[]) => {
      if (zones.length <= 1) return zones[0] ?? '';
      const [first, ...rest] = zones.map((zone, i) => (i === 0 ? zone : inList(zone)));
      return [first, ...rest.slice(0, -1)].join(', ') + ` et ${rest.at(-1)}`;
    },
  },
  tableTitle: 'Tableau : statut par zone et par arme',
  tableCaption: (date: string) => `Statut de chaque catégorie d’armes américaines par zone au ${date}`,
  tableZone: 'Zone',

  urlNoteTitle: 'Certains paramètres du lien ont été ignorés',
  urlNoteDismiss: 'Masquer',
  urlNote: (param: string, value: string, reason: string) =>
    `« ${param}=${value} » a été ignoré : ${reason}.`,
  urlReasons: {
    date: 'ce n’est pas une date comprise entre le 24 février 2022 et aujourd’hui (format AAAA-MM-JJ)',
    weapon: 'arme inconnue',
    zone: 'zone inconnue',
    lang: 'langue non prise en charge',
    theme: 'valeurs possibles : auto, light ou dark',
    version: 'ce n’est pas un nom de version des données',
    flag: 'valeurs possibles : 0 ou 1',
    duplicate: 'indiqué plusieurs fois ; la première valeur a été retenue',
    place: 'ni un site ni une ville de la liste',
    at: 'pas un point (utilisez at=<latitude>,<longitude>)',
    unknownName: 'pas un réglage de cette carte (les noms sont en minuscules ; vérifiez l’orthographe)',
    embedOnly: 'ne fonctionne que dans la vue intégrée (/embed/)',
    commands: 'utilisez parent, ou une liste d’origines comme https://example.org',
    donor: 'donateur inconnu ; la carte montre les États-Unis',
    donorClass: 'ce donateur n’a pas cette catégorie d’armes ; la carte montre toutes ses armes',
    compare: 'compare demande 2 à 6 codes de donateurs, par exemple us,gb,fr,de',
    compareDonor:
      'pas un code de donateur (us, gb, fr, de, nl, be, dk, se, fi, pl, ca, cz, ee, lv, it, no, lt)',
    compareMax: 'six donateurs au plus sont comparés à la fois ; ceux-ci ont été laissés de côté',
    group: 'groupe inconnu (utilisez all, ground, cruise-missile, air-defense ou aircraft)',
    donorsUnversioned:
      'pour les donateurs autres que les États-Unis, car cette version a été publiée avant que leurs fichiers soient versionnés ; ils affichent les données actuelles',
  },

  attributionNote: 'Frontières : Natural Earth ; geoBoundaries / © contributeurs d’OpenStreetMap (ODbL).',
  shareButton: 'Partager, intégrer, télécharger',
  shareButtonShort: 'Partager',
  presentStart: 'Présenter',
  presentRegion: 'Présentation',
  presentPrevious: 'Changement précédent sur la carte',
  presentNext: 'Changement suivant sur la carte',
  presentEnd: 'Terminer la présentation',
  presentHint: '→ ou PageDown : changement suivant · ← ou PageUp : précédent · Échap : terminer',
  shareTitle: 'Partager, intégrer et télécharger',
  shareClose: 'Fermer',
  shareEmbedTitle: 'Intégrer dans une page de cours, un ENT ou un blog',
  shareDateLabel: 'Date',
  shareDateCurrent: (date: string) => `Cette date (${date})`,
  shareDateLatest: 'Suivre les données les plus récentes',
  shareSizeLabel: 'Taille',
  shareSizes: {
    responsive: 'Adaptative (pleine largeur × 680 px)',
    small: 'Petite (400 × 560)',
    medium: 'Moyenne (640 × 640)',
    large: 'Grande (960 × 760)',
  },
  shareOptionsLabel: 'Options',
  shareOptionControls: 'Commandes de la chronologie',
  shareOptionLegend: 'Légende',
  shareOptionStatic: 'Image statique (sans interaction ; pour l’impression et les diapositives)',
  shareThemeLabel: 'Thème',
  shareThemes: { auto: 'Selon le réglage du lecteur', light: 'Clair', dark: 'Sombre' },
  shareLanguageLabel: 'Langue',
  shareDataLabel: 'Données',
  shareDataPinned: (version: string) =>
    `Figé sur cette version (${version}) : la carte intégrée ne change jamais`,
  shareDataCurrent: 'Toujours à jour : se met à jour quand les données sont corrigées',
  sharePreview: 'Aperçu',
  sharePreviewWidths: { phone: 'Téléphone', tablet: 'Tablette', desktop: 'Ordinateur' },
  sharePreviewFrameTitle: (width: string) => `Aperçu de la carte intégrée sur une largeur de ${width}`,
  shareSnippetIframe: 'Iframe (fonctionne là où les scripts sont supprimés)',
  shareSnippetScript: 'Iframe à hauteur automatique',
  shareSnippetLink: 'Lien',
  shareCopy: 'Copier',
  shareCopied: 'Copié',
  shareCopyFailed: 'Sélectionnez le texte et copiez-le',
  shareDownloadTitle: 'Télécharger',
  sharePngLabel: 'Taille de l’image',
  sharePngSizes: {
    slide: 'Diapositive, 1600 × 900',
    hd: 'Full HD, 1920 × 1080',
    square: 'Carré, 1200 × 1200',
  },
  sharePngButton: 'Télécharger le PNG',
  sharePngWorking: 'Création de l’image…',
  sharePngFailed: 'L’image n’a pas pu être créée.',
  shareDataDownload: 'Jeu de données avec les sources',
  shareCiteTitle: 'Comment citer',
  citation: (title: string, url: string, version: string, reviewed: string, accessed: string) =>
    `${title}. ${url} (version des données ${version}, sources examinées jusqu’au ${reviewed}). Consulté le ${accessed}.`,
  embedFrameTitle: (date: string | null) =>
    date
      ? `Carte : où l’Ukraine pouvait utiliser les armes américaines, ${date}`
      : 'Carte : où l’Ukraine pouvait utiliser les armes américaines (données les plus récentes)',
  pngCredit: (url: string) => `Source : ${url}`,
  embedOpenFull: 'Ouvrir la carte complète avec les sources ↗',
  embedDataLine: (version: string, reviewed: string) =>
    `version des données ${version}, sources examinées jusqu’au ${reviewed}`,
  embedHint: 'Touchez une zone pour voir son statut.',
  embedDetails: 'sources ↗',
  dataDownload: 'Télécharger les données',
  footerMethod:
    'Les statuts sont notre lecture des déclarations publiques et des articles de presse ; chacun renvoie à ses sources.',

  // i18n (#10): data texts in every language, page metadata, plural forms.
  quoteOurTranslation: 'Notre traduction :',
  metaDescription:
    'Carte interactive : où l’Ukraine était autorisée à employer les armes fournies par les États-Unis, par date, avec les sources.',
  mapAttribution: (naturalEarth: string, geoBoundaries: string, osm: string) =>
    `Frontières : réalisé avec ${naturalEarth} ; ${geoBoundaries} (Runfola et al. 2020) / © contributeurs ${osm} (ODbL)`,
  detailEventCount: (count: string, form: Intl.LDMLPluralRule) =>
    form === 'one' ? `${count} événement` : `${count} événements`,
  mapControls: {
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    toggleAttribution: 'Afficher ou masquer les crédits',
    windowsHelp: 'Faites défiler en maintenant Ctrl pour zoomer',
    macHelp: 'Faites défiler en maintenant ⌘ pour zoomer',
    mobileHelp: 'Utilisez deux doigts pour déplacer la carte',
  },

  // Data versions, place panel and sites, failures and offline (issues #9, #11, #12, #13).
  newerVersionNote: (version: string) =>
    `Cette vue est figée sur une version antérieure des données. Une version plus récente (${version}) modifie :`,
  newerVersionLink: 'Voir la vue actuelle',
  dataVersionsTitle: 'Versions des données',
  dataVersionsIntro:
    'Chaque version publiée des données reste disponible, si bien qu’une intégration figée ne change jamais pour ses lecteurs. La plus récente en premier ; chacune indique ce qu’elle a modifié par rapport à la précédente.',
  dataVersionCurrent: 'actuelle',
  dataVersionShown: 'affichée ici',
  dataVersionReviewed: (date: string) => `sources examinées jusqu’au ${date}`,
  dataVersionView: 'Voir la carte avec cette version',

  loadingPart: 'Chargement…',

  placeFinderTitle: 'Trouver un lieu',
  placeFinderLabel: 'Site militaire ou ville',
  placeFinderHint: 'Tapez pour filtrer, ou cliquez n’importe où sur la carte.',
  placeFinderNoMatch: 'Aucun site ni aucune ville ne correspond.',
  placeFinderLoadingSites: 'Chargement des sites militaires …',
  placeFinderSitesFailed: 'Les sites militaires n’ont pas pu être chargés ; seules les villes sont listées.',
  placeFinderSites: 'Sites militaires',
  placeFinderCities: 'Villes',
  placeTitle: (name: string, date: string) => `${name} le ${date}`,
  placeLatLng: (lat: number, lng: number) =>
    `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lng).toFixed(3)}° ${lng >= 0 ? 'E' : 'O'}`,
  placeCollapse: 'Replier le panneau du lieu',
  placeExpand: 'Déplier le panneau du lieu',
  placeClose: 'Fermer le panneau du lieu',
  placeZone: (zone: string) => `Zone : ${zone}`,
  placeOutside: 'Hors des zones cartographiées (mer ou autre pays).',
  placeDistance: (km: string) =>
    `Environ ${km} km de la frontière russo-ukrainienne (ligne droite la plus courte).`,
  placeNoDistance: 'Aucune distance à la frontière n’est indiquée ici : ce lieu n’est pas en Russie.',
  placeLoading: 'Mesure en cours…',
  placeFailed: 'Ce lieu n’a pas pu être mesuré : la géométrie de la carte ne s’est pas chargée.',
  placeRetry: 'Réessayer',
  placeWeapon: 'Arme',
  placeStatus: 'Statut ici',
  placeRange: 'Portée nominale',
  placeReach: 'Atteint depuis la frontière ?',
  placeReachYes: 'Oui',
  placeReachNo: 'Non',
  placeReachNotApplicable: 'sans objet',
  placeRangeKm: (km: string) => `environ ${km} km`,
  placeRangeNeverSupplied: (ranges: string) => `${ranges} (jamais livrée)`,
  placeRangeNone: 'aucun chiffre dans nos sources',
  placeBestCase:
    'La portée correspond au cas le plus favorable : un lanceur placé sur la ligne frontière. Nous ne mesurons pas depuis la ligne de front, faute de données sous licence libre sur la ligne de front.',
  placeRangeSources: 'D’où viennent les portées',
  siteKinds: {
    'air-base': 'Base aérienne',
    airfield: 'Aérodrome',
    arsenal: 'Arsenal',
    depot: 'Dépôt',
    'naval-base': 'Base navale',
    port: 'Port',
    bridge: 'Pont',
    command: 'Poste de commandement',
    'air-defense': 'Site de défense aérienne',
    radar: 'Radar',
    other: 'Site militaire',
  },
  siteWhy: 'Pourquoi il comptait',
  siteSources: 'Articles qui le citent',
  siteStrikes: 'Frappes signalées avec des armes américaines',
  siteNoStrikes: 'Aucune frappe avec des armes américaines sur ce site ne figure dans nos sources.',
  siteCoordinates: (outlet: string) => `Coordonnées : ${outlet}`,
  siteClaimReported: 'Articles de presse',
  legendReach: (weapon: string, km: string) =>
    `Contour en tirets : la partie de la Russie à moins de ${km} km de la frontière, portée nominale de ${weapon} à cette date (cas le plus favorable : tir depuis la ligne frontière).`,
  legendSites: 'Sites militaires cités dans le débat',
  legendSiteAir: 'bases aériennes et aérodromes',
  legendSiteOther: 'dépôts, ponts, ports et autres sites',
  pngLegendReach: (weapon: string, km: string) =>
    `Portée de ${weapon} depuis la frontière : ${km} km (cas le plus favorable)`,
  shareSitesDownload: 'Sites militaires avec sources',

  retry: 'Réessayer',
  mapFailedTitle: 'La carte n’a pas pu être dessinée',
  mapFailed: (reason: string) =>
    `Ses contours ou son code de dessin ne se sont pas chargés (${reason}). Le texte de cette page décrit toujours ce que montre la carte.`,
  webglMissingBodyEmbed:
    'Votre navigateur ou appareil ne peut pas afficher la carte interactive. La liste ci-dessous indique ce qu’elle montre, et l’image montre le même jour.',
  startFailedTitle: 'La carte n’a pas pu démarrer',
  startFailedBody:
    'Une partie de son code ne s’est pas chargée : la connexion a peut-être été coupée, ou le site est en cours de mise à jour.',
  reload: 'Recharger la page',
  updateReady: 'Une version plus récente de cette carte est prête.',
  updateReload: 'Afficher la version plus récente',
  notFoundTitle: 'Page introuvable',
  notFoundBody: 'Il n’y a rien à cette adresse. La carte est ici :',
  // La comparaison des donateurs (issue #15).
  compare: {
    open: 'Comparer les donateurs',
    back: 'Retour à la carte unique',
    title: 'Comparer les donateurs',
    appTitle: 'Où l’Ukraine pouvait-elle utiliser les armes de ses donateurs ?',
    appSubtitle:
      'L’autorisation de chaque donateur d’utiliser les armes qu’il a fournies, par région et par date, avec les sources.',
    documentTitle: 'Armes des donateurs : où l’Ukraine peut frapper',
    heading: (date: string) => `Où l’Ukraine pouvait utiliser les armes de chaque donateur le ${date}`,
    intro:
      'Une carte par donateur, au même jour. Chaque carte montre les règles propres à ce donateur pour les armes qu’il a livrées. « Aucune déclaration publique » signifie que nous n’en avons trouvé aucune, et non que l’usage était interdit.',
    dependency:
      'Les Storm Shadow britanniques et les SCALP français n’auraient été autorisés en Russie qu’avec l’accord des États-Unis ; leurs notes citent les décisions américaines.',
    groupLabel: 'Armes comparées',
    groups: {
      all: 'Toutes les armes (hors défense aérienne)',
      ground: 'Armes terrestres et artillerie',
      'cruise-missile': 'Missiles de croisière et frappes à longue portée',
      'air-defense': 'Défense aérienne au-dessus de la Russie',
      aircraft: 'Avions et leurs munitions',
    },
    groupsUs:
      'Pour les États-Unis, les armes terrestres sont l’artillerie et les HIMARS, la longue portée les ATACMS et les autres systèmes à longue portée, les avions les munitions des F-16.',
    summaries: {
      notSupplied: 'Non livré',
      noStatement: 'Aucune déclaration publique',
      anywhere: 'Partout en Russie',
      noStatementRussia: 'Aucune déclaration publique sur la Russie',
      insideUkraine: 'En Ukraine seulement',
      kharkivOnly: 'Région de Kharkiv seulement',
      partsOfRussia: 'Usage limité en Russie',
      disputedRussia: 'Contesté en Russie',
      partlyNoStatement: 'En partie sans déclaration publique',
    },
    noStatement: 'Aucune déclaration publique',
    explanations: {
      permitted: 'Toutes les armes comparées étaient autorisées ici.',
      limited: 'Certaines étaient autorisées, ou seulement sous conditions. Hachuré.',
      prohibited: 'Aucune n’était autorisée ici.',
      disputed: 'Les sources divergent pour au moins l’une d’elles. Pointillé.',
      'not-supplied': 'Aucune de ces armes n’avait (encore) été livrée.',
      'no-policy': 'Aucune politique déclarée trouvée.',
      'no-statement':
        'Nous n’avons trouvé aucune déclaration publique de ce donateur. Ce n’est pas la même chose qu’une interdiction.',
    },
    mapName: (donor: string, date: string, zones: string) => `${donor}, ${date} : ${zones}`,
    openDonor: 'Ouvrir la carte de ce donateur',
    loadingDonor: 'Chargement…',
    donorFailed: (reason: string) => `Les données de ce donateur n’ont pas pu être chargées : ${reason}`,
    tableTitle: 'Donateurs par zone',
    tableCaption: (group: string, date: string) => `${group}, le ${date}`,
    tableDonor: 'Donateur',
    sources: 'Sources',
    noEvents: 'Aucun événement enregistré pour cette case.',
    mapsLabel: 'Cartes des donateurs comparés',
    presentCaption: (month: string) => `${month} : qui autorisait quoi`,
    embedCompare: 'Comparer les donateurs de cette page',
    pngTitle: (date: string) => `Où l’Ukraine pouvait utiliser les armes de chaque donateur, ${date}`,
  },
};
