// The English message catalogue: every UI string lives here, so adding a language is translation
// only. Functions receive already-formatted values (dates are formatted with Intl per locale).
import { enDonor } from '../donorMessages/en';
import type { ClaimStatus, Confidence } from '../../domain/types';
import type { SiteKind } from '../../domain/sites';
import type { NoteReason } from '../../store/inputNotes';
import type { Theme } from '../../store/theme';
import type { SizePreset } from '../../share/snippet';
import type { PreviewWidth } from '../../share/previewWidths';
import type { PngSize } from '../../export/pngSizes';

export const en = {
  /** This language's own name, as the language switcher shows it (with lang set to this language). */
  langName: 'English',
  languageLabel: 'Language',
  /** The donor switch (issue #15): donors' names and the texts that name whose weapons. */
  donor: enDonor,
  /** The browser tab's title. */
  documentTitle: 'US weapons: where Ukraine may strike',
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
    'Your browser or device cannot draw the interactive map. Everything the map shows is in the table below, and the picture shows the same day.',
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
    ground: 'Ground weapons',
    'cruise-missile': 'Cruise missiles',
    aircraft: 'Aircraft and their munitions',
  },

  statuses: {
    permitted: 'Permitted',
    limited: 'Limited',
    prohibited: 'Prohibited',
    disputed: 'Disputed',
    'not-supplied': 'Not yet supplied',
    'no-policy': 'No stated policy',
    'no-statement': 'No public statement',
  },
  statusExplanations: {
    permitted: 'US policy allowed use here.',
    limited: 'Allowed only under conditions or in part of the area (for example counter-fire only). Hatched.',
    prohibited: 'US policy barred use here.',
    disputed: 'Credible sources disagree about what was allowed. Dotted.',
    'not-supplied': 'The US had not yet delivered this weapon.',
    'no-policy': 'No public US statement found for this area and date.',
    'no-statement': 'No public statement found for this period: the map does not guess.',
  },
  summaryExplanations: {
    permitted: 'Every US weapon supplied at the time was permitted.',
    limited: 'Some weapons permitted, or only under conditions. Hatched.',
    prohibited: 'No US weapon was permitted.',
    disputed: 'Sources disagree about at least one weapon. Dotted.',
    'not-supplied': 'None of these weapons had been supplied yet.',
    'no-policy': 'No public US statement found.',
    'no-statement': 'No public statement found for this period.',
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
    `Sources reviewed through ${date}. They show no change after that date, so later dates carry the last reviewed state forward.`,
  reviewedThrough: (date: string) => `Sources reviewed through ${date}.`,
  eventMarkLabel: (date: string, title: string) => `${date}: ${title}`,

  weaponFilterLabel: 'Weapon',

  zoneListTitle: 'Zones',
  zoneListHint: 'Choose a zone to see why.',
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
  } satisfies Record<ClaimStatus, string>,
  confidence: {
    high: 'high confidence',
    medium: 'medium confidence',
    low: 'low confidence',
  } satisfies Record<Confidence, string>,

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
    othersUnstated: 'no public statement on the others',
    only: (status: 'prohibited' | 'no-policy' | 'not-supplied' | 'no-statement') =>
      ({
        prohibited: 'US weapons barred',
        'no-policy': 'no stated US policy',
        'not-supplied': 'no US weapon supplied yet',
        'no-statement': 'no public statement',
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
    place: 'not a listed site or city',
    at: 'not a point (use at=<latitude>,<longitude>)',
    unknownName: 'not a setting of this map (names are lower case; check the spelling)',
    embedOnly: 'works only in the embed view (/embed/)',
    commands: 'use parent, or a list of origins such as https://example.org',
    donor: 'unknown donor; showing the United States',
    donorClass: 'this donor has no such weapon class; showing all its weapons',
    compare: 'compare needs 2 to 6 donor ids, such as us,gb,fr,de',
    compareDonor: 'not a donor id (us, gb, fr, de, nl, be, dk, se, fi, pl, ca, cz, ee, lv, it, no, lt)',
    compareMax: 'at most six donors are compared at once; these were left out',
    group: 'unknown group (use all, ground, cruise-missile, air-defense or aircraft)',
    donorsUnversioned:
      'for donors other than the United States, as this version was published before their files were versioned; they show the current data',
  } satisfies Record<NoteReason, string>,

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
  } satisfies Record<SizePreset, string>,
  shareOptionsLabel: 'Options',
  shareOptionControls: 'Timeline controls',
  shareOptionLegend: 'Legend',
  shareOptionStatic: 'Static picture (no interaction; for print and slides)',
  shareThemeLabel: 'Theme',
  shareThemes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark' } satisfies Record<
    Theme,
    string
  >,
  shareLanguageLabel: 'Language',
  shareDataLabel: 'Data',
  shareDataPinned: (version: string) => `Pinned to this version (${version}): the embed never changes`,
  shareDataCurrent: 'Always current: updates when the data is corrected',
  sharePreview: 'Preview',
  sharePreviewWidths: { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop' } satisfies Record<
    PreviewWidth,
    string
  >,
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
  } satisfies Record<PngSize, string>,
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
  // Data versions (issue #9): the note on a page pinned to an older version, and the history.
  newerVersionNote: (version: string) =>
    `This view is pinned to an older data version. A newer version (${version}) changes:`,
  newerVersionLink: 'See the current view',
  dataVersionsTitle: 'Data versions',
  dataVersionsIntro:
    'Every published version of the data stays available, so a pinned embed never changes under its readers. Newest first; each lists what it changed against the version before.',
  dataVersionCurrent: 'current',
  dataVersionShown: 'shown here',
  dataVersionReviewed: (date: string) => `sources reviewed through ${date}`,
  dataVersionView: 'View the map with this version',

  // perf (#12): a part of the page that loads on demand
  loadingPart: 'Loading…',

  // Place query, reach and military sites (issue #11).
  placeFinderTitle: 'Find a place',
  placeFinderLabel: 'Military site or city',
  placeFinderHint: 'Type to filter, or click anywhere on the map.',
  placeFinderNoMatch: 'No site or city matches.',
  placeFinderLoadingSites: 'Loading the military sites …',
  placeFinderSitesFailed: 'The military sites could not be loaded; only cities are listed.',
  placeFinderSites: 'Military sites',
  placeFinderCities: 'Cities',
  placeTitle: (name: string, date: string) => `${name} on ${date}`,
  placeLatLng: (lat: number, lng: number) =>
    `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lng).toFixed(3)}° ${lng >= 0 ? 'E' : 'W'}`,
  placeCollapse: 'Fold the place panel',
  placeExpand: 'Unfold the place panel',
  placeClose: 'Close the place panel',
  placeZone: (zone: string) => `Zone: ${zone}`,
  placeOutside: 'Outside the mapped zones (sea or another country).',
  placeDistance: (km: string) => `About ${km} km from the Ukraine–Russia border (shortest straight line).`,
  placeNoDistance: 'No distance to the border is given here: this place is not in Russia.',
  placeLoading: 'Measuring…',
  placeFailed: 'This place could not be measured: the map geometry did not load.',
  placeRetry: 'Try again',
  placeWeapon: 'Weapon',
  placeStatus: 'Status here',
  placeRange: 'Nominal range',
  placeReach: 'Reaches from the border?',
  placeReachYes: 'Yes',
  placeReachNo: 'No',
  placeReachNotApplicable: 'not applicable',
  placeRangeKm: (km: string) => `about ${km} km`,
  placeRangeNeverSupplied: (ranges: string) => `${ranges} (never supplied)`,
  placeRangeNone: 'no figure in our sources',
  placeBestCase:
    'Reach is the best case: a launcher standing at the border line. We do not measure from the front line, because there is no openly licensed front-line data.',
  placeRangeSources: 'Where the ranges come from',
  siteKinds: {
    'air-base': 'Air base',
    airfield: 'Airfield',
    arsenal: 'Arsenal',
    depot: 'Depot',
    'naval-base': 'Naval base',
    port: 'Port',
    bridge: 'Bridge',
    command: 'Command post',
    'air-defense': 'Air-defence site',
    radar: 'Radar',
    other: 'Military site',
  } satisfies Record<SiteKind, string>,
  siteWhy: 'Why it mattered',
  siteSources: 'Reporting that names it',
  siteStrikes: 'Reported strikes with US weapons',
  siteNoStrikes: 'No strike with US weapons on this site is in our sources.',
  siteCoordinates: (outlet: string) => `Coordinates: ${outlet}`,
  siteClaimReported: 'Press reports',
  legendReach: (weapon: string, km: string) =>
    `Dashed outline: the part of Russia within ${km} km of the border, the nominal range of ${weapon} on this date (best case: fired from the border line).`,
  legendSites: 'Military sites named in the debate',
  legendSiteAir: 'air bases and airfields',
  legendSiteOther: 'depots, bridges, ports and other sites',
  pngLegendReach: (weapon: string, km: string) => `${weapon} reach from the border: ${km} km (best case)`,
  shareSitesDownload: 'Military sites with sources',

  // i18n (#10): data texts in every language, page metadata, plural forms.
  /** Labels our translation under a quote in another language. */
  quoteOurTranslation: 'Our translation:',
  /** The page's meta description (search results, link previews). */
  metaDescription:
    'Interactive map: where Ukraine was permitted to use US-supplied weapons, by date, with sources.',
  /** The boundary credit; the three names are links (HTML) and stay as they are. */
  mapAttribution: (naturalEarth: string, geoBoundaries: string, osm: string) =>
    `Boundaries: made with ${naturalEarth}; ${geoBoundaries} (Runfola et al. 2020) / © ${osm} contributors (ODbL)`,
  /** How many events explain a status; `form` is the Intl.PluralRules category of the count. */
  detailEventCount: (count: string, form: Intl.LDMLPluralRule) =>
    form === 'one' ? `${count} event` : `${count} events`,
  /** MapLibre's own control texts. */
  mapControls: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleAttribution: 'Show or hide the credits',
    windowsHelp: 'Use Ctrl + scroll to zoom the map',
    macHelp: 'Use ⌘ + scroll to zoom the map',
    mobileHelp: 'Use two fingers to move the map',
  },

  // Failure, retry and update messages (issue #13).
  retry: 'Try again',
  mapFailedTitle: 'The map could not be drawn',
  mapFailed: (reason: string) =>
    `Its outlines or its drawing code did not load (${reason}). The words on this page still say what the map shows.`,
  webglMissingBodyEmbed:
    'Your browser or device cannot draw the interactive map. The list below says what it shows, and the picture shows the same day.',
  startFailedTitle: 'The map could not start',
  startFailedBody:
    'Part of its code did not load: the connection may have dropped, or the site is being updated.',
  reload: 'Reload the page',
  updateReady: 'A newer version of this map is ready.',
  updateReload: 'Show the newer version',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is nothing at this address. The map is here:',
  // The donor comparison (issue #15).
  compare: {
    open: 'Compare donors',
    back: 'Back to the single map',
    title: 'Compare donors',
    appTitle: 'Where could Ukraine use its donors’ weapons?',
    appSubtitle:
      'Each donor’s permission for Ukraine to use the weapons it supplied, by region and date, with sources.',
    documentTitle: 'Donors’ weapons: where Ukraine may strike',
    heading: (date: string) => `Where Ukraine could use each donor’s weapons on ${date}`,
    intro:
      'One map per donor, on the same day. Each map shows that donor’s own rules for the weapons it supplied. “No public statement” means we found none; it does not mean use was prohibited.',
    dependency:
      'British Storm Shadow and French SCALP missiles were reportedly cleared for Russia only with US approval; their notes name the US decisions.',
    groupLabel: 'Weapons compared',
    groups: {
      all: 'All weapons (air defence aside)',
      ground: 'Ground weapons and artillery',
      'cruise-missile': 'Cruise missiles and long-range strike',
      'air-defense': 'Air defence over Russia',
      aircraft: 'Aircraft and their munitions',
    },
    groupsUs:
      'For the United States, ground weapons are artillery and HIMARS, long-range strike is ATACMS and the other long-range systems, aircraft are F-16 munitions.',
    summaries: {
      notSupplied: 'Not supplied',
      noStatement: 'No public statement',
      anywhere: 'Anywhere in Russia',
      noStatementRussia: 'No public statement on Russia',
      insideUkraine: 'Inside Ukraine only',
      kharkivOnly: 'Kharkiv area only',
      partsOfRussia: 'Limited use in Russia',
      disputedRussia: 'Disputed in Russia',
      partlyNoStatement: 'Partly no public statement',
    },
    noStatement: 'No public statement',
    explanations: {
      permitted: 'Every weapon compared was allowed here.',
      limited: 'Some were allowed, or only under conditions. Hatched.',
      prohibited: 'None of them was allowed here.',
      disputed: 'Sources disagree about at least one. Dotted.',
      'not-supplied': 'None of these weapons had been supplied (yet).',
      'no-policy': 'No stated policy was found.',
      'no-statement': 'We found no public statement by this donor. This is not the same as prohibited.',
    },
    mapName: (donor: string, date: string, zones: string) => `${donor}, ${date}: ${zones}`,
    openDonor: 'Open this donor’s map',
    loadingDonor: 'Loading…',
    donorFailed: (reason: string) => `This donor’s data could not be loaded: ${reason}`,
    tableTitle: 'Donors by zone',
    tableCaption: (group: string, date: string) => `${group}, on ${date}`,
    tableDonor: 'Donor',
    sources: 'Sources',
    noEvents: 'No event recorded for this cell.',
    mapsLabel: 'Maps of the donors compared',
    presentCaption: (month: string) => `${month}: who allowed what`,
    embedCompare: 'Compare the donors of this page',
    pngTitle: (date: string) => `Where Ukraine could use each donor’s weapons, ${date}`,
  },
};

export type Messages = typeof en;
