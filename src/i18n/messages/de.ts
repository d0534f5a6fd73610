import type { Messages } from './en';
import { deDonor } from '../donorMessages/de';

// The German message catalogue. Same keys and function signatures as en.ts.
// In the summary sentence the status is a predicative participle ("ATACMS erlaubt"), which German
// does not inflect, so no agreement with the weapons listed is needed. German nouns keep their
// capitals inside a sentence, so unlike uk.ts no case adjustment is applied.

export const de: Messages = {
  langName: 'Deutsch',
  languageLabel: 'Sprache',
  /** The donor switch (issue #15): donors' names and the texts that name whose weapons. */
  donor: deDonor,
  documentTitle: 'US-Waffen: Wo die Ukraine angreifen darf',
  appTitle: 'Wo durfte die Ukraine US-Waffen einsetzen?',
  appSubtitle:
    'Die Erlaubnis der USA für die Ukraine, von den USA gelieferte Waffen einzusetzen – nach Region und Datum, mit Quellen.',
  skipToTimeline: 'Zur Zeitleiste springen',
  loading: 'Karte und Daten werden geladen …',
  loadFailed: (reason: string) => `Die Daten konnten nicht geladen werden: ${reason}`,
  openCurrentVersion: (version: string) => `Karte mit den aktuellen Daten öffnen (Version ${version})`,
  mapAriaLabel:
    'Karte der Ukraine und des westlichen Russlands, eingefärbt nach der Erlaubnis für US-Waffen am gewählten Datum. Die Tabelle unten enthält dieselben Informationen.',
  webglMissingTitle: 'Die interaktive Karte benötigt WebGL2',
  webglMissingBody:
    'Ihr Browser oder Gerät kann die interaktive Karte nicht darstellen. Alles, was die Karte zeigt, steht in der Tabelle unten; das Bild zeigt denselben Tag.',
  webglStaticAlt: (date: string) => `Statische Karte der Erlaubniszonen am ${date}`,

  zones: {
    crimea: 'Krim',
    'kharkiv-sector': 'Russland gegenüber Charkiw',
    'border-zone': 'Russische Grenzzone (~100 km)',
    'deep-russia': 'Russisches Hinterland',
    ukraine: 'Übrige Ukraine',
  },
  zoneDescriptions: {
    crimea:
      'Autonome Republik Krim und Sewastopol: ukrainisches Gebiet, das Russland seit 2014 besetzt hält.',
    'kharkiv-sector':
      'Russisches Gebiet (Raum Belgorod) bis 100 km von der Grenze, gegenüber dem ukrainischen Gebiet Charkiw.',
    'border-zone': 'Das übrige russische Gebiet bis 100 km von der Landgrenze zur Ukraine.',
    'deep-russia': 'Russisches Gebiet mehr als 100 km von der Grenze zur Ukraine entfernt.',
    ukraine:
      'Die Ukraine außer der Krim, einschließlich der seit 2022 besetzten Gebiete. Hier war der Einsatz von US-Waffen stets erlaubt.',
  },
  placeLabels: { 'kharkiv-oblast': 'Gebiet Charkiw' },

  weapons: {
    all: 'Alle US-Waffen',
    artillery: 'Artillerie',
    himars: 'HIMARS / GMLRS',
    atacms: 'ATACMS',
    'air-defense': 'Luftverteidigung über Russland',
    'aircraft-munitions': 'F-16 und luftgestützte Munition',
    'long-range-other': 'ERAM, Tomahawk',
    ground: 'Bodenwaffen',
    'cruise-missile': 'Marschflugkörper',
    aircraft: 'Flugzeuge und ihre Munition',
  },

  statuses: {
    permitted: 'Erlaubt',
    limited: 'Eingeschränkt',
    prohibited: 'Verboten',
    disputed: 'Umstritten',
    'not-supplied': 'Noch nicht geliefert',
    'no-policy': 'Keine erklärte Regelung',
    'no-statement': 'Keine öffentliche Äußerung',
  },
  statusExplanations: {
    permitted: 'Die US-Politik erlaubte den Einsatz hier.',
    limited:
      'Nur unter Bedingungen oder in einem Teil des Gebiets erlaubt (etwa nur als Gegenfeuer). Schraffiert.',
    prohibited: 'Die US-Politik untersagte den Einsatz hier.',
    disputed: 'Glaubwürdige Quellen widersprechen sich, was erlaubt war. Gepunktet.',
    'not-supplied': 'Die USA hatten diese Waffe noch nicht geliefert.',
    'no-policy': 'Für dieses Gebiet und Datum wurde keine öffentliche Äußerung der USA gefunden.',
    'no-statement': 'Für diesen Zeitraum wurde keine öffentliche Äußerung gefunden: Die Karte rät nicht.',
  },
  summaryExplanations: {
    permitted: 'Jede damals gelieferte US-Waffe war erlaubt.',
    limited: 'Einige Waffen erlaubt oder nur unter Bedingungen. Schraffiert.',
    prohibited: 'Keine US-Waffe war erlaubt.',
    disputed: 'Die Quellen widersprechen sich bei mindestens einer Waffe. Gepunktet.',
    'not-supplied': 'Keine dieser Waffen war bereits geliefert.',
    'no-policy': 'Keine öffentliche Äußerung der USA gefunden.',
    'no-statement': 'Für diesen Zeitraum wurde keine öffentliche Äußerung gefunden.',
  },

  legendTitle: 'Legende',
  legendAllWeapons:
    'Die Farben fassen alle US-Waffen zusammen; wählen Sie eine Waffe, um ihren eigenen Status zu sehen.',
  legendOneWeapon: (weapon: string) => `Die Farben zeigen den Status von ${weapon}.`,
  legendZonesTitle: 'Zonen',
  legendOutlines:
    'Gestrichelte Umrisse: benannte russische Regionen; durchgezogener dunkler Umriss: Gebiet Charkiw; dicke Linie: die ukrainisch-russische Landgrenze.',

  timelineLabel: 'Datum',
  timelineRegion: 'Zeitleiste',
  sliderLabel: 'Auf der Karte gezeigtes Datum',
  previousChange: 'Vorherige Änderung',
  nextChange: 'Nächste Änderung',
  play: 'Abspielen',
  pause: 'Pause',
  replay: 'Von Anfang an abspielen',
  dateInputLabel: 'Zu Datum springen',
  dateInputInvalid: (min: string, max: string) => `Geben Sie ein Datum zwischen ${min} und ${max} ein.`,
  beyondReview: (date: string) =>
    `Quellen ausgewertet bis ${date}; spätere Daten wiederholen den letzten bekannten Stand.`,
  reviewedThrough: (date: string) => `Quellen ausgewertet bis ${date}.`,
  eventMarkLabel: (date: string, title: string) => `${date}: ${title}`,

  weaponFilterLabel: 'Waffe',

  zoneListTitle: 'Zonen',
  zoneListHint: 'Wählen Sie eine Zone, um die Gründe zu sehen.',
  detailTitle: (zone: string, date: string) => `${zone} am ${date}`,
  detailClose: 'Details schließen',
  detailSince: (date: string) => `seit ${date}`,
  eventDate: {
    day: (date: string) => date,
    month: (month: string) => month,
    season: (date: string) => `etwa ${date}`,
    approximate: (date: string) => `ungefähr ${date}`,
  } as Record<string, (date: string) => string>,
  detailCondition: 'Bedingung',
  detailReadings: 'Wie die Quellen abweichen',
  detailBasis: 'Begründung',
  detailNoEvents: 'Bisher betrifft keine öffentliche Äußerung diesen Punkt.',
  sourceStateAffiliated: 'Russisches staatsnahes Medium',
  sourceAffiliation: 'Staatsnahes Medium',
  sourceVia: (original: string) => `(nach Berichten von ${original})`,
  sourcePublished: (date: string) => `veröffentlicht am ${date}`,
  opensInNewTab: '(öffnet in einem neuen Tab)',
  claimStatus: {
    'official-on-record': 'Offiziell, namentlich',
    'anonymous-officials': 'Anonyme Regierungsvertreter',
    'claimed-by-russia': 'Angabe Russlands',
    'claimed-by-ukraine': 'Angabe der Ukraine',
    disputed: 'Umstritten',
  },
  confidence: {
    high: 'hohe Verlässlichkeit',
    medium: 'mittlere Verlässlichkeit',
    low: 'geringe Verlässlichkeit',
  },

  eventListTitle: 'Änderungen, chronologisch',
  eventListCurrent: 'aktuell',

  summaryTitle: 'Kurz gesagt',
  sentence: {
    allSupplied: 'alle gelieferten US-Waffen erlaubt',
    permitted: (weapons: string) => `${weapons} erlaubt`,
    limited: (weapons: string, condition: string) =>
      condition ? `${weapons} eingeschränkt (${condition})` : `${weapons} eingeschränkt`,
    disputed: (weapons: string, condition: string) =>
      condition ? `${weapons} umstritten (${condition})` : `${weapons} umstritten`,
    othersBarred: 'übrige untersagt',
    othersUnstated: 'zu den übrigen keine öffentliche Äußerung',
    only: (status: 'prohibited' | 'no-policy' | 'not-supplied' | 'no-statement') =>
      ({
        prohibited: 'US-Waffen untersagt',
        'no-policy': 'keine erklärte US-Regelung',
        'not-supplied': 'noch keine US-Waffe geliefert',
        'no-statement': 'keine öffentliche Äußerung',
      })[status],
    zoneList: (zones: string[]) =>
      zones.length <= 1 ? (zones[0] ?? '') : `${zones.slice(0, -1).join(', ')} und ${zones.at(-1)}`,
  },
  tableTitle: 'Tabelle: Status nach Zone und Waffe',
  tableCaption: (date: string) => `Status jeder US-Waffenklasse nach Zone am ${date}`,
  tableZone: 'Zone',

  urlNoteTitle: 'Einige Link-Einstellungen wurden ignoriert',
  urlNoteDismiss: 'Schließen',
  urlNote: (param: string, value: string, reason: string) =>
    `„${param}=${value}“ wurde ignoriert: ${reason}.`,
  urlReasons: {
    date: 'kein Datum zwischen dem 24. Februar 2022 und heute (Format JJJJ-MM-TT)',
    weapon: 'unbekannte Waffe',
    zone: 'unbekannte Zone',
    lang: 'nicht unterstützte Sprache',
    theme: 'auto, light oder dark verwenden',
    version: 'kein Name einer Datenversion',
    flag: '0 oder 1 verwenden',
    duplicate: 'mehrfach angegeben; der erste Wert wurde verwendet',
    place: 'kein aufgeführtes Militärobjekt und keine aufgeführte Stadt',
    at: 'kein Punkt (at=<Breite>,<Länge> verwenden)',
    unknownName: 'keine Einstellung dieser Karte (Namen werden kleingeschrieben; Schreibweise prüfen)',
    embedOnly: 'funktioniert nur in der Einbettungsansicht (/embed/)',
    commands: 'parent oder eine Liste von Ursprüngen wie https://example.org verwenden',
    donor: 'unbekanntes Geberland; gezeigt werden die Vereinigten Staaten',
    donorClass: 'dieses Geberland hat keine solche Waffenklasse; gezeigt werden alle seine Waffen',
    compare: 'compare braucht 2 bis 6 Geber-Kürzel, etwa us,gb,fr,de',
    compareDonor: 'kein Geber-Kürzel (us, gb, fr, de, nl, be, dk, se, fi, pl, ca, cz, ee, lv, it, no, lt)',
    compareMax: 'höchstens sechs Geber werden zugleich verglichen; diese wurden weggelassen',
    group: 'unbekannte Gruppe (all, ground, cruise-missile, air-defense oder aircraft verwenden)',
    donorsUnversioned:
      'für andere Geber als die USA, da diese Version vor der Versionierung ihrer Dateien erschien; für sie gelten die aktuellen Daten',
  },

  attributionNote: 'Grenzen: Natural Earth; geoBoundaries / © OpenStreetMap-Mitwirkende (ODbL).',
  shareButton: 'Teilen, einbetten, herunterladen',
  shareButtonShort: 'Teilen',
  presentStart: 'Präsentieren',
  presentRegion: 'Präsentation',
  presentPrevious: 'Vorherige Änderung auf der Karte',
  presentNext: 'Nächste Änderung auf der Karte',
  presentEnd: 'Präsentation beenden',
  presentHint: '→ oder Bild ab: nächste Änderung · ← oder Bild auf: vorherige · Esc: beenden',
  shareTitle: 'Teilen, einbetten und herunterladen',
  shareClose: 'Schließen',
  shareEmbedTitle: 'In eine Kursseite, ein LMS oder einen Blog einbetten',
  shareDateLabel: 'Datum',
  shareDateCurrent: (date: string) => `Dieses Datum (${date})`,
  shareDateLatest: 'Den neuesten Daten folgen',
  shareSizeLabel: 'Größe',
  shareSizes: {
    responsive: 'Responsiv (volle Breite × 680 px)',
    small: 'Klein (400 × 560)',
    medium: 'Mittel (640 × 640)',
    large: 'Groß (960 × 760)',
  },
  shareOptionsLabel: 'Optionen',
  shareOptionControls: 'Steuerung der Zeitleiste',
  shareOptionLegend: 'Legende',
  shareOptionStatic: 'Statisches Bild (ohne Interaktion; für Druck und Folien)',
  shareThemeLabel: 'Darstellung',
  shareThemes: {
    auto: 'Einstellung der Lesenden übernehmen',
    light: 'Hell',
    dark: 'Dunkel',
  },
  shareLanguageLabel: 'Sprache',
  shareDataLabel: 'Daten',
  shareDataPinned: (version: string) =>
    `Auf diese Version festgelegt (${version}): Die Einbettung ändert sich nie`,
  shareDataCurrent: 'Immer aktuell: wird aktualisiert, wenn die Daten korrigiert werden',
  sharePreview: 'Vorschau',
  sharePreviewWidths: { phone: 'Smartphone', tablet: 'Tablet', desktop: 'Desktop' },
  sharePreviewFrameTitle: (width: string) => `Vorschau der Einbettung mit ${width} Breite`,
  shareSnippetIframe: 'Iframe (funktioniert auch, wo Skripte entfernt werden)',
  shareSnippetScript: 'Iframe mit automatischer Höhe',
  shareSnippetLink: 'Link',
  shareCopy: 'Kopieren',
  shareCopied: 'Kopiert',
  shareCopyFailed: 'Text markieren und kopieren',
  shareDownloadTitle: 'Herunterladen',
  sharePngLabel: 'Bildgröße',
  sharePngSizes: {
    slide: 'Folie, 1600 × 900',
    hd: 'Full HD, 1920 × 1080',
    square: 'Quadrat, 1200 × 1200',
  },
  sharePngButton: 'PNG herunterladen',
  sharePngWorking: 'Wird gezeichnet …',
  sharePngFailed: 'Das Bild konnte nicht gezeichnet werden.',
  shareDataDownload: 'Datensatz mit Quellen',
  shareCiteTitle: 'Zitiervorschlag',
  citation: (title: string, url: string, version: string, reviewed: string, accessed: string) =>
    `${title}. ${url} (Datenversion ${version}, Quellen ausgewertet bis ${reviewed}). Abgerufen am ${accessed}.`,
  embedFrameTitle: (date: string | null) =>
    date
      ? `Karte: Wo die Ukraine US-Waffen einsetzen durfte, ${date}`
      : 'Karte: Wo die Ukraine US-Waffen einsetzen durfte (neueste Daten)',
  pngCredit: (url: string) => `Quelle: ${url}`,
  embedOpenFull: 'Vollständige Karte mit Quellen öffnen ↗',
  embedDataLine: (version: string, reviewed: string) =>
    `Datenversion ${version}, Quellen ausgewertet bis ${reviewed}`,
  embedHint: 'Tippen Sie auf eine Zone, um ihren Status zu sehen.',
  embedDetails: 'Quellen ↗',
  dataDownload: 'Daten herunterladen',
  footerMethod:
    'Die Einstufungen sind unsere Lesart öffentlicher Äußerungen und Berichte; jede verweist auf ihre Quellen.',

  // i18n (#10): data texts in every language, page metadata, plural forms.
  quoteOurTranslation: 'Unsere Übersetzung:',
  metaDescription:
    'Interaktive Karte: wo die Ukraine von den USA gelieferte Waffen einsetzen durfte, nach Datum, mit Quellen.',
  mapAttribution: (naturalEarth: string, geoBoundaries: string, osm: string) =>
    `Grenzen: erstellt mit ${naturalEarth}; ${geoBoundaries} (Runfola et al. 2020) / © ${osm}-Mitwirkende (ODbL)`,
  detailEventCount: (count: string, form: Intl.LDMLPluralRule) =>
    form === 'one' ? `${count} Ereignis` : `${count} Ereignisse`,
  mapControls: {
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    toggleAttribution: 'Quellenangaben ein- oder ausblenden',
    windowsHelp: 'Zum Zoomen Strg gedrückt halten und scrollen',
    macHelp: 'Zum Zoomen ⌘ gedrückt halten und scrollen',
    mobileHelp: 'Die Karte mit zwei Fingern verschieben',
  },

  // Data versions, place panel and sites, failures and offline (issues #9, #11, #12, #13).
  newerVersionNote: (version: string) =>
    `Diese Ansicht ist auf einen älteren Datenstand festgelegt. Eine neuere Version (${version}) ändert:`,
  newerVersionLink: 'Aktuelle Ansicht anzeigen',
  dataVersionsTitle: 'Datenversionen',
  dataVersionsIntro:
    'Jede veröffentlichte Version der Daten bleibt verfügbar, damit sich eine festgelegte Einbettung für ihre Leser nie ändert. Neueste zuerst; jede nennt ihre Änderungen gegenüber der vorherigen Version.',
  dataVersionCurrent: 'aktuell',
  dataVersionShown: 'hier angezeigt',
  dataVersionReviewed: (date: string) => `Quellen ausgewertet bis ${date}`,
  dataVersionView: 'Karte mit dieser Version anzeigen',

  loadingPart: 'Wird geladen …',

  placeFinderTitle: 'Ort suchen',
  placeFinderLabel: 'Militärobjekt oder Stadt',
  placeFinderHint: 'Tippen zum Filtern oder eine beliebige Stelle der Karte anklicken.',
  placeFinderNoMatch: 'Kein Militärobjekt und keine Stadt gefunden.',
  placeFinderLoadingSites: 'Die Militärobjekte werden geladen …',
  placeFinderSitesFailed: 'Die Militärobjekte konnten nicht geladen werden; nur Städte sind aufgeführt.',
  placeFinderSites: 'Militärobjekte',
  placeFinderCities: 'Städte',
  placeTitle: (name: string, date: string) => `${name} am ${date}`,
  placeLatLng: (lat: number, lng: number) =>
    `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lng).toFixed(3)}° ${lng >= 0 ? 'O' : 'W'}`,
  placeCollapse: 'Ortsleiste einklappen',
  placeExpand: 'Ortsleiste ausklappen',
  placeClose: 'Ortsleiste schließen',
  placeZone: (zone: string) => `Zone: ${zone}`,
  placeOutside: 'Außerhalb der kartierten Zonen (Meer oder ein anderes Land).',
  placeDistance: (km: string) => `Etwa ${km} km von der ukrainisch-russischen Grenze (kürzeste Luftlinie).`,
  placeNoDistance: 'Hier wird keine Entfernung zur Grenze angegeben: Dieser Ort liegt nicht in Russland.',
  placeLoading: 'Wird gemessen …',
  placeFailed: 'Dieser Ort konnte nicht vermessen werden: Die Kartengeometrie wurde nicht geladen.',
  placeRetry: 'Erneut versuchen',
  placeWeapon: 'Waffe',
  placeStatus: 'Status hier',
  placeRange: 'Nominelle Reichweite',
  placeReach: 'Von der Grenze aus erreichbar?',
  placeReachYes: 'Ja',
  placeReachNo: 'Nein',
  placeReachNotApplicable: 'entfällt',
  placeRangeKm: (km: string) => `etwa ${km} km`,
  placeRangeNeverSupplied: (ranges: string) => `${ranges} (nie geliefert)`,
  placeRangeNone: 'keine Angabe in unseren Quellen',
  placeBestCase:
    'Die Reichweite gilt im günstigsten Fall: ein Werfer direkt an der Grenzlinie. Wir messen nicht von der Frontlinie aus, weil es keine frei lizenzierten Frontliniendaten gibt.',
  placeRangeSources: 'Woher die Reichweiten stammen',
  siteKinds: {
    'air-base': 'Luftwaffenstützpunkt',
    airfield: 'Flugplatz',
    arsenal: 'Arsenal',
    depot: 'Depot',
    'naval-base': 'Marinestützpunkt',
    port: 'Hafen',
    bridge: 'Brücke',
    command: 'Gefechtsstand',
    'air-defense': 'Luftverteidigungsstellung',
    radar: 'Radar',
    other: 'Militärobjekt',
  },
  siteWhy: 'Warum es von Bedeutung war',
  siteSources: 'Berichte, die es nennen',
  siteStrikes: 'Gemeldete Angriffe mit US-Waffen',
  siteNoStrikes: 'In unseren Quellen ist kein Angriff mit US-Waffen auf dieses Objekt verzeichnet.',
  siteCoordinates: (outlet: string) => `Koordinaten: ${outlet}`,
  siteClaimReported: 'Presseberichte',
  legendReach: (weapon: string, km: string) =>
    `Gestrichelter Umriss: der Teil Russlands bis ${km} km von der Grenze, die nominelle Reichweite von ${weapon} an diesem Datum (günstigster Fall: Abschuss von der Grenzlinie).`,
  legendSites: 'In der Debatte genannte Militärobjekte',
  legendSiteAir: 'Luftwaffenstützpunkte und Flugplätze',
  legendSiteOther: 'Depots, Brücken, Häfen und andere Objekte',
  pngLegendReach: (weapon: string, km: string) =>
    `Reichweite von ${weapon} ab der Grenze: ${km} km (günstigster Fall)`,
  shareSitesDownload: 'Militärobjekte mit Quellen',

  retry: 'Erneut versuchen',
  mapFailedTitle: 'Die Karte konnte nicht gezeichnet werden',
  mapFailed: (reason: string) =>
    `Ihre Umrisse oder ihr Zeichencode wurden nicht geladen (${reason}). Der Text auf dieser Seite beschreibt weiterhin, was die Karte zeigt.`,
  webglMissingBodyEmbed:
    'Ihr Browser oder Gerät kann die interaktive Karte nicht darstellen. Die Liste unten beschreibt, was sie zeigt; das Bild zeigt denselben Tag.',
  startFailedTitle: 'Die Karte konnte nicht starten',
  startFailedBody:
    'Ein Teil ihres Codes wurde nicht geladen: Möglicherweise ist die Verbindung abgebrochen, oder die Website wird gerade aktualisiert.',
  reload: 'Seite neu laden',
  updateReady: 'Eine neuere Version dieser Karte ist bereit.',
  updateReload: 'Neuere Version anzeigen',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundBody: 'Unter dieser Adresse gibt es nichts. Die Karte ist hier:',
  // Der Gebervergleich (Issue #15).
  compare: {
    open: 'Geber vergleichen',
    back: 'Zurück zur Einzelkarte',
    title: 'Geber vergleichen',
    appTitle: 'Wo durfte die Ukraine die Waffen ihrer Geber einsetzen?',
    appSubtitle:
      'Die Erlaubnis jedes Gebers, die von ihm gelieferten Waffen einzusetzen, nach Region und Datum, mit Quellen.',
    documentTitle: 'Waffen der Geber: Wo die Ukraine angreifen darf',
    heading: (date: string) => `Wo die Ukraine die Waffen der einzelnen Geber am ${date} einsetzen durfte`,
    intro:
      'Eine Karte je Geber, am selben Tag. Jede Karte zeigt die eigenen Regeln dieses Gebers für die von ihm gelieferten Waffen. „Keine öffentliche Aussage“ heißt, dass wir keine gefunden haben – nicht, dass der Einsatz verboten war.',
    dependency:
      'Britische Storm Shadow und französische SCALP wurden Berichten zufolge nur mit Zustimmung der USA für Russland freigegeben; ihre Anmerkungen nennen die Entscheidungen der USA.',
    groupLabel: 'Verglichene Waffen',
    groups: {
      all: 'Alle Waffen (ohne Luftverteidigung)',
      ground: 'Bodenwaffen und Artillerie',
      'cruise-missile': 'Marschflugkörper und weitreichende Waffen',
      'air-defense': 'Luftverteidigung über Russland',
      aircraft: 'Flugzeuge und ihre Munition',
    },
    groupsUs:
      'Bei den Vereinigten Staaten sind Bodenwaffen Artillerie und HIMARS, weitreichende Waffen ATACMS und die übrigen Langstreckensysteme, Flugzeuge die Munition der F-16.',
    summaries: {
      notSupplied: 'Nicht geliefert',
      noStatement: 'Keine öffentliche Aussage',
      anywhere: 'Überall in Russland',
      noStatementRussia: 'Keine öffentliche Aussage zu Russland',
      insideUkraine: 'Nur in der Ukraine',
      kharkivOnly: 'Nur im Raum Charkiw',
      partsOfRussia: 'Eingeschränkt in Russland',
      disputedRussia: 'In Russland umstritten',
      partlyNoStatement: 'Teils keine öffentliche Aussage',
    },
    noStatement: 'Keine öffentliche Aussage',
    explanations: {
      permitted: 'Alle verglichenen Waffen waren hier erlaubt.',
      limited: 'Einige waren erlaubt oder nur unter Bedingungen. Schraffiert.',
      prohibited: 'Keine davon war hier erlaubt.',
      disputed: 'Die Quellen widersprechen sich bei mindestens einer. Gepunktet.',
      'not-supplied': 'Keine dieser Waffen war (bisher) geliefert.',
      'no-policy': 'Keine erklärte Regelung gefunden.',
      'no-statement':
        'Wir haben keine öffentliche Aussage dieses Gebers gefunden. Das ist nicht dasselbe wie verboten.',
    },
    mapName: (donor: string, date: string, zones: string) => `${donor}, ${date}: ${zones}`,
    openDonor: 'Karte dieses Gebers öffnen',
    loadingDonor: 'Wird geladen …',
    donorFailed: (reason: string) => `Die Daten dieses Gebers konnten nicht geladen werden: ${reason}`,
    tableTitle: 'Geber nach Gebiet',
    tableCaption: (group: string, date: string) => `${group}, am ${date}`,
    tableDonor: 'Geber',
    sources: 'Quellen',
    noEvents: 'Für dieses Feld ist kein Ereignis erfasst.',
    mapsLabel: 'Karten der verglichenen Geber',
    presentCaption: (month: string) => `${month}: Wer erlaubte was`,
    embedCompare: 'Die Geber dieser Seite vergleichen',
    pngTitle: (date: string) => `Wo die Ukraine die Waffen der einzelnen Geber einsetzen durfte, ${date}`,
  },
};
