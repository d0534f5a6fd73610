// The English message catalogue: every UI string lives here, so adding a language is translation
// only. Functions receive already-formatted values (dates are formatted with Intl per locale).
export const en = {
  /** This language's own name, as the language switcher shows it (with lang set to this language). */
  langName: 'English',
  languageLabel: 'Language',
  /** The browser tab's title. */
  documentTitle: 'US weapons: where Ukraine may strike',
  /** Shown when the UI language differs from the dataset's (event texts, notes, conditions are English). */
  contentLanguageNote: 'Event descriptions and sources are in English.',
  appTitle: 'Where could Ukraine use US weapons?',
  appSubtitle: 'US permission for Ukraine to use US-supplied weapons, by region and date, with sources.',
  skipToTimeline: 'Skip to the timeline',
  loading: 'Loading the map and the data…',
  loadFailed: (reason: string) => `The data could not be loaded: ${reason}`,
  openCurrentVersion: (version: string) => `Open the map with the current data (version ${version})`,
  mapAriaLabel:
    'Map of Ukraine and western Russia coloured by US weapons permission for the selected date. The table below gives the same information.',
  webglMissingTitle: 'The interactive map needs WebGL2',
  webglMissingBody:
    'Your browser or device cannot draw the interactive map. Everything the map shows is in the table below, and the picture shows the latest state.',
  webglStaticAlt: (date: string) => `Static map of the permission zones on ${date}`,

  zones: {
    crimea: 'Crimea',
    'kharkiv-sector': 'Russia across from Kharkiv',
    'border-zone': 'Russian border zone (~100 km)',
    'deep-russia': 'Deep Russia',
    ukraine: 'Rest of Ukraine',
  },
  zoneDescriptions: {
    crimea:
      'Autonomous Republic of Crimea and Sevastopol: Ukrainian territory occupied by Russia since 2014.',
    'kharkiv-sector':
      'Russian territory (Belgorod area) within 100 km of the border facing Ukraine’s Kharkiv oblast.',
    'border-zone': 'The rest of Russian territory within 100 km of the land border with Ukraine.',
    'deep-russia': 'Russian territory more than 100 km from the border with Ukraine.',
    ukraine:
      'Ukraine apart from Crimea, including areas occupied since 2022. US weapons were always permitted here.',
  },
  placeLabels: { 'kharkiv-oblast': 'Kharkiv oblast' },

  weapons: {
    all: 'All US weapons',
    artillery: 'Artillery',
    himars: 'HIMARS / GMLRS',
    atacms: 'ATACMS',
    'air-defense': 'Air defence over Russia',
    'aircraft-munitions': 'F-16 and air-launched munitions',
    'long-range-other': 'ERAM, Tomahawk',
  },

  statuses: {
    permitted: 'Permitted',
    limited: 'Limited',
    prohibited: 'Prohibited',
    disputed: 'Disputed',
    'not-supplied': 'Not yet supplied',
    'no-policy': 'No stated policy',
  },
  statusExplanations: {
    permitted: 'US policy allowed use here.',
    limited: 'Allowed only under conditions or in part of the area (for example counter-fire only). Hatched.',
    prohibited: 'US policy barred use here.',
    disputed: 'Credible sources disagree about what was allowed. Dotted.',
    'not-supplied': 'The US had not yet delivered this weapon.',
    'no-policy': 'No public US statement found for this area and date.',
  },
  summaryExplanations: {
    permitted: 'Every US weapon supplied at the time was permitted.',
    limited: 'Some weapons permitted, or only under conditions. Hatched.',
    prohibited: 'No US weapon was permitted.',
    disputed: 'Sources disagree about at least one weapon. Dotted.',
    'not-supplied': 'None of these weapons had been supplied yet.',
    'no-policy': 'No public US statement found.',
  },

  legendTitle: 'Legend',
  legendAllWeapons: 'Colours summarise all US weapons; choose one weapon to see its own status.',
  legendOneWeapon: (weapon: string) => `Colours show the status of ${weapon}.`,
  legendZonesTitle: 'Zones',
  legendOutlines:
    'Dashed outlines: named Russian regions; solid dark outline: Kharkiv oblast; thick line: the Ukraine–Russia land border.',

  timelineLabel: 'Date',
  timelineRegion: 'Timeline',
  sliderLabel: 'Date shown on the map',
  previousChange: 'Previous change',
  nextChange: 'Next change',
  play: 'Play',
  pause: 'Pause',
  replay: 'Replay from the start',
  dateInputLabel: 'Go to date',
  dateInputInvalid: (min: string, max: string) => `Enter a date between ${min} and ${max}.`,
  beyondReview: (date: string) =>
    `Sources reviewed through ${date}; later dates repeat the last known state.`,
  reviewedThrough: (date: string) => `Sources reviewed through ${date}.`,
  eventMarkLabel: (date: string, title: string) => `${date}: ${title}`,

  weaponFilterLabel: 'Weapon',

  regionListTitle: 'Zones',
  regionListHint: 'Choose a zone to see why.',
  detailTitle: (zone: string, date: string) => `${zone} on ${date}`,
  detailClose: 'Close details',
  detailSince: (date: string) => `since ${date}`,
  eventDate: {
    day: (date: string) => date,
    month: (month: string) => month,
    season: (date: string) => `around ${date}`,
    approximate: (date: string) => `about ${date}`,
  } as Record<string, (date: string) => string>,
  detailCondition: 'Condition',
  detailReadings: 'How sources differ',
  detailBasis: 'Why',
  detailNoEvents: 'No public statement bears on this yet.',
  sourceStateAffiliated: 'Russian state-affiliated outlet',
  sourceAffiliation: 'State-linked outlet',
  sourceVia: (original: string) => `(reporting by ${original})`,
  sourcePublished: (date: string) => `published ${date}`,
  opensInNewTab: '(opens in a new tab)',
  claimStatus: {
    'official-on-record': 'Official, on the record',
    'anonymous-officials': 'Anonymous officials',
    'claimed-by-russia': 'Claimed by Russia',
    'claimed-by-ukraine': 'Claimed by Ukraine',
    disputed: 'Disputed',
  } as Record<string, string>,
  confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' } as Record<
    string,
    string
  >,

  eventListTitle: 'Changes, in order',
  eventListCurrent: 'current',

  summaryTitle: 'In short',
  sentence: {
    allSupplied: 'every supplied US weapon permitted',
    permitted: (weapons: string) => `${weapons} permitted`,
    limited: (weapons: string, condition: string) =>
      condition ? `${weapons} limited (${condition})` : `${weapons} limited`,
    disputed: (weapons: string, condition: string) =>
      condition ? `${weapons} disputed (${condition})` : `${weapons} disputed`,
    othersBarred: 'others barred',
    only: (status: 'prohibited' | 'no-policy' | 'not-supplied') =>
      ({
        prohibited: 'US weapons barred',
        'no-policy': 'no stated US policy',
        'not-supplied': 'no US weapon supplied yet',
      })[status],
    zoneList: (zones: string[]) =>
      zones.length <= 1 ? (zones[0] ?? '') : `${zones.slice(0, -1).join(', ')} and ${zones.at(-1)}`,
  },
  tableTitle: 'Table: status by zone and weapon',
  tableCaption: (date: string) => `Status of each US weapon class by zone on ${date}`,
  tableZone: 'Zone',

  urlNoteTitle: 'Some link settings were ignored',
  urlNoteDismiss: 'Dismiss',
  urlNote: (param: string, value: string, reason: string) => `“${param}=${value}” was ignored: ${reason}.`,
  urlReasons: {
    date: 'not a date between 24 February 2022 and today (use YYYY-MM-DD)',
    weapon: 'unknown weapon',
    zone: 'unknown zone',
    lang: 'unsupported language',
    theme: 'use auto, light or dark',
    version: 'not a data version name',
    flag: 'use 0 or 1',
    duplicate: 'given more than once; the first value was used',
    unknownName: 'not a setting of this map (names are lower case; check the spelling)',
    embedOnly: 'works only in the embed view (/embed/)',
    commands: 'use parent, or a list of origins such as https://example.org',
  } as Record<string, string>,

  attributionNote: 'Boundaries: Natural Earth; geoBoundaries / © OpenStreetMap contributors (ODbL).',
  shareButton: 'Share, embed, download',
  shareButtonShort: 'Share',
  presentStart: 'Present',
  presentRegion: 'Presentation',
  presentPrevious: 'Previous change on the map',
  presentNext: 'Next change on the map',
  presentEnd: 'End presentation',
  presentHint: '→ or PageDown: next change · ← or PageUp: previous · Esc: end',
  shareTitle: 'Share, embed and download',
  shareClose: 'Close',
  shareEmbedTitle: 'Embed in a course page, LMS or blog',
  shareDateLabel: 'Date',
  shareDateCurrent: (date: string) => `This date (${date})`,
  shareDateLatest: 'Follow the latest data',
  shareSizeLabel: 'Size',
  shareSizes: {
    responsive: 'Responsive (full width × 680 px)',
    small: 'Small (400 × 560)',
    medium: 'Medium (640 × 640)',
    large: 'Large (960 × 760)',
  } as Record<string, string>,
  shareOptionsLabel: 'Options',
  shareOptionControls: 'Timeline controls',
  shareOptionLegend: 'Legend',
  shareOptionStatic: 'Static picture (no interaction; for print and slides)',
  shareThemeLabel: 'Theme',
  shareThemes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark' } as Record<
    string,
    string
  >,
  shareLanguageLabel: 'Language',
  shareDataLabel: 'Data',
  shareDataPinned: (version: string) => `Pinned to this version (${version}): the embed never changes`,
  shareDataCurrent: 'Always current: updates when the data is corrected',
  sharePreview: 'Preview',
  sharePreviewWidths: { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop' } as Record<string, string>,
  sharePreviewFrameTitle: (width: string) => `Preview of the embed at ${width} width`,
  shareSnippetIframe: 'Iframe (works where scripts are removed)',
  shareSnippetScript: 'Iframe with automatic height',
  shareSnippetLink: 'Link',
  shareCopy: 'Copy',
  shareCopied: 'Copied',
  shareCopyFailed: 'Select the text and copy it',
  shareDownloadTitle: 'Download',
  sharePngLabel: 'Picture size',
  sharePngSizes: {
    slide: 'Slide, 1600 × 900',
    hd: 'Full HD, 1920 × 1080',
    square: 'Square, 1200 × 1200',
  } as Record<string, string>,
  sharePngButton: 'Download PNG',
  sharePngWorking: 'Drawing…',
  sharePngFailed: 'The picture could not be drawn.',
  shareDataDownload: 'Dataset with sources',
  shareCiteTitle: 'How to cite',
  citation: (title: string, url: string, version: string, reviewed: string, accessed: string) =>
    `${title}. ${url} (data version ${version}, sources reviewed through ${reviewed}). Accessed ${accessed}.`,
  embedFrameTitle: (date: string | null) =>
    date
      ? `Map: where Ukraine could use US weapons, ${date}`
      : 'Map: where Ukraine could use US weapons (latest data)',
  pngCredit: (url: string) => `Source: ${url}`,
  embedOpenFull: 'Open the full map with sources ↗',
  embedDataLine: (version: string, reviewed: string) =>
    `data version ${version}, sources reviewed through ${reviewed}`,
  embedHint: 'Tap a zone to see its status.',
  embedDetails: 'sources ↗',
  dataDownload: 'Download the data',
  footerMethod: 'Statuses are our reading of public statements and reports; every one links to its sources.',

  // Failure, retry and update messages (issue #13).
  retry: 'Try again',
  mapFailedTitle: 'The map could not be drawn',
  mapFailed: (reason: string) =>
    `Its outlines or its drawing code did not load (${reason}). The words on this page still say what the map shows.`,
  webglMissingBodyEmbed:
    'Your browser or device cannot draw the interactive map. The list below says what it shows, and the picture shows the latest state.',
  startFailedTitle: 'The map could not start',
  startFailedBody:
    'Part of its code did not load: the connection may have dropped, or the site is being updated.',
  reload: 'Reload the page',
  updateReady: 'A newer version of this map is ready.',
  updateReload: 'Show the newer version',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is nothing at this address. The map is here:',
};

export type Messages = typeof en;
