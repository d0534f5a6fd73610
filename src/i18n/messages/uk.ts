import type { Messages } from './en';
import { ukDonor } from '../donorMessages/uk';

// The Ukrainian message catalogue. The dataset's own texts (event titles and summaries, notes,
// conditions, our translations of quotes) are translated in data/i18n/uk.yaml.

/**
 * Weapon names are capitalised as labels ("Артилерія"); inside a sentence, after "Крим: ", a common
 * noun is lower-case. Only Cyrillic words with a lower-case second letter are touched, so "ППО",
 * "HIMARS" or "F-16" keep their capitals.
 */
const inSentence = (list: string): string =>
  list.replace(
    /(^|, )([А-ЯІЇЄҐ])(?=[а-яіїєґ’ʼ'])/g,
    (_, before: string, letter: string) => before + letter.toLowerCase(),
  );

/** "і" after a consonant or a bracket, "та" after a vowel, so no two vowels clash at the join. */
const and = (previous: string): string => (/[аеєиіїоуюя]$/i.test(previous) ? 'та' : 'і');

export const uk: Messages = {
  langName: 'Українська',
  languageLabel: 'Мова',
  /** The donor switch (issue #15): donors' names and the texts that name whose weapons. */
  donor: ukDonor,
  documentTitle: 'Зброя США: де Україні дозволено бити',
  appTitle: 'Де Україна могла застосовувати зброю США?',
  appSubtitle:
    'Дозволи США на застосування Україною американської зброї — за регіонами й датами, з джерелами.',
  skipToTimeline: 'Перейти до шкали часу',
  loading: 'Завантаження карти й даних…',
  loadFailed: (reason: string) => `Не вдалося завантажити дані: ${reason}`,
  openCurrentVersion: (version: string) => `Відкрити карту з актуальними даними (версія ${version})`,
  mapAriaLabel:
    'Карта України та західної Росії, розфарбована за дозволами на застосування зброї США на обрану дату. Таблиця нижче містить ту саму інформацію.',
  webglMissingTitle: 'Для інтерактивної карти потрібен WebGL2',
  webglMissingBody:
    'Ваш браузер або пристрій не може відобразити інтерактивну карту. Усе, що показує карта, є в таблиці нижче, а на зображенні — останній стан.',
  webglStaticAlt: (date: string) => `Статична карта зон дозволів станом на ${date}`,

  zones: {
    crimea: 'Крим',
    'kharkiv-sector': 'Росія навпроти Харківщини',
    'border-zone': 'Прикордонна зона Росії (~100 км)',
    'deep-russia': 'Решта Росії',
    ukraine: 'Решта України',
  },
  zoneDescriptions: {
    crimea: 'Автономна Республіка Крим і Севастополь: українська територія, окупована Росією з 2014 року.',
    'kharkiv-sector':
      'Територія Росії (район Бєлгорода) в межах 100 км від кордону навпроти Харківської області України.',
    'border-zone': 'Решта території Росії в межах 100 км від сухопутного кордону з Україною.',
    'deep-russia': 'Територія Росії далі ніж за 100 км від кордону з Україною.',
    ukraine:
      'Україна без Криму, включно з територіями, окупованими з 2022 року. Застосовувати зброю США тут дозволялося завжди.',
  },
  placeLabels: { 'kharkiv-oblast': 'Харківська область' },

  weapons: {
    all: 'Уся зброя США',
    artillery: 'Артилерія',
    himars: 'HIMARS / GMLRS',
    atacms: 'ATACMS',
    'air-defense': 'ППО над Росією',
    'aircraft-munitions': 'F-16 та авіаційні боєприпаси',
    'long-range-other': 'ERAM, Tomahawk',
    ground: 'Наземна зброя',
    'cruise-missile': 'Крилаті ракети',
    aircraft: 'Літаки та їхні боєприпаси',
  },

  statuses: {
    permitted: 'Дозволено',
    limited: 'Обмежено',
    prohibited: 'Заборонено',
    disputed: 'Спірно',
    'not-supplied': 'Ще не постачалося',
    'no-policy': 'Позиція не заявлена',
    'no-statement': 'Публічної заяви немає',
  },
  statusExplanations: {
    permitted: 'Політика США дозволяла застосування тут.',
    limited:
      'Дозволено лише за певних умов або в частині території (наприклад, лише для вогню у відповідь). Заштриховано.',
    prohibited: 'Політика США забороняла застосування тут.',
    disputed: 'Надійні джерела розходяться щодо того, що було дозволено. Позначено крапками.',
    'not-supplied': 'США ще не постачали цю зброю.',
    'no-policy': 'Для цієї території й дати публічних заяв США не знайдено.',
    'no-statement': 'Для цього періоду публічних заяв не знайдено: карта не вгадує.',
  },
  summaryExplanations: {
    permitted: 'Дозволено всю зброю США, поставлену на той час.',
    limited: 'Дозволено частину зброї або лише за певних умов. Заштриховано.',
    prohibited: 'Не дозволено жодної зброї США.',
    disputed: 'Джерела розходяться щодо принаймні одного виду зброї. Позначено крапками.',
    'not-supplied': 'Жоден із цих видів зброї ще не постачався.',
    'no-policy': 'Публічних заяв США не знайдено.',
    'no-statement': 'Для цього періоду публічних заяв не знайдено.',
  },

  legendTitle: 'Умовні позначення',
  legendAllWeapons:
    'Кольори узагальнюють статус усієї зброї США; оберіть один вид зброї, щоб побачити його власний статус.',
  legendOneWeapon: (weapon: string) => `Кольори показують статус: ${weapon}.`,
  legendZonesTitle: 'Зони',
  legendOutlines:
    'Пунктирні контури — підписані регіони Росії; суцільний темний контур — Харківська область; товста лінія — сухопутний кордон між Україною та Росією.',

  timelineLabel: 'Дата',
  timelineRegion: 'Шкала часу',
  sliderLabel: 'Дата, показана на карті',
  previousChange: 'Попередня зміна',
  nextChange: 'Наступна зміна',
  play: 'Відтворити',
  pause: 'Пауза',
  replay: 'Відтворити з початку',
  dateInputLabel: 'Перейти до дати',
  dateInputInvalid: (min: string, max: string) => `Введіть дату від ${min} до ${max}.`,
  beyondReview: (date: string) =>
    `Джерела опрацьовано станом на ${date}. Після цієї дати вони не показують жодних змін, тож для пізніших дат показано останній опрацьований стан.`,
  reviewedThrough: (date: string) => `Джерела опрацьовано станом на ${date}.`,
  eventMarkLabel: (date: string, title: string) => `${date}: ${title}`,

  weaponFilterLabel: 'Зброя',

  zoneListTitle: 'Зони',
  zoneListHint: 'Оберіть зону, щоб побачити пояснення.',
  detailTitle: (zone: string, date: string) => `${zone} станом на ${date}`,
  detailClose: 'Закрити подробиці',
  detailSince: (date: string) => `з ${date}`,
  eventDate: {
    day: (date: string) => date,
    month: (month: string) => month,
    season: (date: string) => `близько ${date}`,
    approximate: (date: string) => `приблизно ${date}`,
  },
  detailCondition: 'Умова',
  detailReadings: 'У чому розходяться джерела',
  detailBasis: 'Підстави',
  detailNoEvents: 'Публічних заяв щодо цього поки немає.',
  sourceStateAffiliated: 'Російське державне медіа',
  sourceAffiliation: 'Медіа, пов’язане з державою',
  sourceVia: (original: string) => `(за матеріалами ${original})`,
  sourcePublished: (date: string) => `опубліковано ${date}`,
  opensInNewTab: '(відкривається в новій вкладці)',
  claimStatus: {
    'official-on-record': 'Офіційна публічна заява',
    'anonymous-officials': 'Анонімні посадовці',
    'claimed-by-russia': 'За твердженням Росії',
    'claimed-by-ukraine': 'За твердженням України',
    disputed: 'Спірно',
  },
  confidence: { high: 'висока достовірність', medium: 'середня достовірність', low: 'низька достовірність' },

  eventListTitle: 'Зміни за хронологією',
  eventListCurrent: 'поточне',

  summaryTitle: 'Коротко',
  // Clauses follow "Крим: "; the status comes after a dash ("артилерія — дозволено"), so it never
  // has to agree in gender or number with the weapons listed.
  sentence: {
    allSupplied: 'дозволено всю поставлену зброю США',
    permitted: (weapons: string) => `${inSentence(weapons)} — дозволено`,
    limited: (weapons: string, condition: string) =>
      condition ? `${inSentence(weapons)} — обмежено (${condition})` : `${inSentence(weapons)} — обмежено`,
    disputed: (weapons: string, condition: string) =>
      condition ? `${inSentence(weapons)} — спірно (${condition})` : `${inSentence(weapons)} — спірно`,
    othersBarred: 'решту заборонено',
    othersUnstated: 'щодо решти публічних заяв немає',
    only: (status: 'prohibited' | 'no-policy' | 'not-supplied' | 'no-statement') =>
      ({
        prohibited: 'зброю США заборонено',
        'no-policy': 'позицію США не заявлено',
        'not-supplied': 'зброю США ще не постачали',
        'no-statement': 'публічних заяв не знайдено',
      })[status],
    zoneList: (zones: string[]) => {
      if (zones.length <= 1) return zones[0] ?? '';
      const head = zones.slice(0, -1).join(', ');
      return `${head} ${and(head)} ${zones.at(-1)}`;
    },
  },
  tableTitle: 'Таблиця: статус за зонами та видами зброї',
  tableCaption: (date: string) => `Статус кожного виду зброї США за зонами станом на ${date}`,
  tableZone: 'Зона',

  urlNoteTitle: 'Деякі параметри посилання проігноровано',
  urlNoteDismiss: 'Приховати',
  urlNote: (param: string, value: string, reason: string) => `«${param}=${value}» проігноровано: ${reason}.`,
  urlReasons: {
    date: 'це не дата між 24 лютого 2022 року і сьогоднішнім днем (формат РРРР-ММ-ДД)',
    weapon: 'невідомий вид зброї',
    zone: 'невідома зона',
    lang: 'мова не підтримується',
    theme: 'допустимі значення: auto, light або dark',
    version: 'це не назва версії даних',
    flag: 'допустимі значення: 0 або 1',
    duplicate: 'задано кілька разів; використано перше значення',
    place: 'немає такого об’єкта чи міста у списку',
    at: 'це не точка (пишіть at=<широта>,<довгота>)',
    unknownName: 'такого параметра карта не має (назви пишуться малими літерами; перевірте написання)',
    embedOnly: 'діє лише у вбудованому поданні (/embed/)',
    commands: 'допустимі значення: parent або перелік джерел на кшталт https://example.org',
    donor: 'невідомий донор; показано США',
    donorClass: 'у цього донора немає такого класу зброї; показано всю його зброю',
    compare: 'для compare потрібно від 2 до 6 кодів донорів, наприклад us,gb,fr,de',
    compareDonor: 'це не код донора (us, gb, fr, de, nl, be, dk, se, fi, pl, ca, cz, ee, lv, it, no, lt)',
    compareMax: 'одночасно порівнюється щонайбільше шість донорів; ці пропущено',
    group: 'невідома група (допустимі значення: all, ground, cruise-missile, air-defense або aircraft)',
    donorsUnversioned:
      'для донорів, крім США: цю версію опубліковано до того, як їхні файли отримали версії, тож для них показано актуальні дані',
  },

  attributionNote: 'Кордони: Natural Earth; geoBoundaries / © учасники OpenStreetMap (ODbL).',
  presentStart: 'Презентація',
  presentRegion: 'Презентація',
  presentPrevious: 'Попередня зміна на мапі',
  presentNext: 'Наступна зміна на мапі',
  presentEnd: 'Завершити презентацію',
  presentHint: '→ або PageDown: наступна зміна · ← або PageUp: попередня · Esc: завершити',
  shareButton: 'Поширити, вбудувати, завантажити',
  shareButtonShort: 'Поширити',
  shareTitle: 'Поширити, вбудувати й завантажити',
  shareClose: 'Закрити',
  shareEmbedTitle: 'Вбудувати на сторінку курсу, в LMS чи блог',
  shareDateLabel: 'Дата',
  shareDateCurrent: (date: string) => `Ця дата (${date})`,
  shareDateLatest: 'Завжди найновіші дані',
  shareSizeLabel: 'Розмір',
  shareSizes: {
    responsive: 'Адаптивний (уся ширина × 680 px)',
    small: 'Малий (400 × 560)',
    medium: 'Середній (640 × 640)',
    large: 'Великий (960 × 760)',
  },
  shareOptionsLabel: 'Параметри',
  shareOptionControls: 'Керування шкалою часу',
  shareOptionLegend: 'Умовні позначення',
  shareOptionStatic: 'Статичне зображення (без взаємодії; для друку й презентацій)',
  shareThemeLabel: 'Тема',
  shareThemes: { auto: 'Як у налаштуваннях читача', light: 'Світла', dark: 'Темна' },
  shareLanguageLabel: 'Мова',
  shareDataLabel: 'Дані',
  shareDataPinned: (version: string) =>
    `Закріплено цю версію (${version}): вбудована карта не змінюватиметься`,
  shareDataCurrent: 'Завжди актуальні: оновлюються, коли дані виправляють',
  sharePreview: 'Попередній перегляд',
  sharePreviewWidths: { phone: 'Телефон', tablet: 'Планшет', desktop: 'Комп’ютер' },
  sharePreviewFrameTitle: (width: string) => `Попередній перегляд вбудованої карти завширшки ${width}`,
  shareSnippetIframe: 'Iframe (працює там, де скрипти вилучають)',
  shareSnippetScript: 'Iframe з автоматичною висотою',
  shareSnippetLink: 'Посилання',
  shareCopy: 'Копіювати',
  shareCopied: 'Скопійовано',
  shareCopyFailed: 'Виділіть текст і скопіюйте його',
  shareDownloadTitle: 'Завантажити',
  sharePngLabel: 'Розмір зображення',
  sharePngSizes: { slide: 'Слайд, 1600 × 900', hd: 'Full HD, 1920 × 1080', square: 'Квадрат, 1200 × 1200' },
  sharePngButton: 'Завантажити PNG',
  sharePngWorking: 'Створення зображення…',
  sharePngFailed: 'Не вдалося створити зображення.',
  shareDataDownload: 'Набір даних із джерелами',
  shareCiteTitle: 'Як цитувати',
  citation: (title: string, url: string, version: string, reviewed: string, accessed: string) =>
    `${title}. ${url} (версія даних ${version}, джерела опрацьовано станом на ${reviewed}). Дата звернення: ${accessed}.`,
  embedFrameTitle: (date: string | null) =>
    date
      ? `Карта: де Україна могла застосовувати зброю США, ${date}`
      : 'Карта: де Україна могла застосовувати зброю США (найновіші дані)',
  pngCredit: (url: string) => `Джерело: ${url}`,
  embedOpenFull: 'Відкрити повну карту з джерелами ↗',
  embedDataLine: (version: string, reviewed: string) =>
    `версія даних ${version}, джерела опрацьовано станом на ${reviewed}`,
  embedHint: 'Торкніться зони, щоб побачити її статус.',
  embedDetails: 'джерела ↗',
  dataDownload: 'Завантажити дані',
  footerMethod: 'Статуси — наше тлумачення публічних заяв і повідомлень; кожен має посилання на джерела.',
  // Версії даних (issue #9).
  newerVersionNote: (version: string) =>
    `Цей вигляд закріплено за старішою версією даних. Новіша версія (${version}) змінює:`,
  newerVersionLink: 'Переглянути з актуальними даними',
  dataVersionsTitle: 'Версії даних',
  dataVersionsIntro:
    'Кожна опублікована версія даних залишається доступною, тож закріплена вставка ніколи не змінюється для своїх читачів. Спершу найновіша; для кожної вказано, що вона змінила порівняно з попередньою.',
  dataVersionCurrent: 'актуальна',
  dataVersionShown: 'показана тут',
  dataVersionReviewed: (date: string) => `джерела опрацьовано станом на ${date}`,
  dataVersionView: 'Відкрити карту з цією версією',

  // perf (#12): a part of the page that loads on demand
  loadingPart: 'Завантаження…',

  // Запит про місце, досяжність і військові об’єкти (issue #11).
  placeFinderTitle: 'Знайти місце',
  placeFinderLabel: 'Військовий об’єкт або місто',
  placeFinderHint: 'Почніть вводити назву або клацніть будь-де на мапі.',
  placeFinderNoMatch: 'Немає такого об’єкта чи міста.',
  placeFinderLoadingSites: 'Завантажуємо військові об’єкти …',
  placeFinderSitesFailed: 'Не вдалося завантажити військові об’єкти; у списку лише міста.',
  placeFinderSites: 'Військові об’єкти',
  placeFinderCities: 'Міста',
  placeTitle: (name: string, date: string) => `${name}, ${date}`,
  placeLatLng: (lat: number, lng: number) =>
    `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'пн. ш.' : 'пд. ш.'}, ${Math.abs(lng).toFixed(3)}° ${lng >= 0 ? 'сх. д.' : 'зх. д.'}`,
  placeCollapse: 'Згорнути панель місця',
  placeExpand: 'Розгорнути панель місця',
  placeClose: 'Закрити панель місця',
  placeZone: (zone: string) => `Зона: ${zone}`,
  placeOutside: 'Поза зонами мапи (море або інша країна).',
  placeDistance: (km: string) => `Приблизно ${km} км від українсько-російського кордону (найкоротша пряма).`,
  placeNoDistance: 'Відстань до кордону тут не вказано: це місце не в Росії.',
  placeLoading: 'Вимірюємо…',
  placeFailed: 'Не вдалося виміряти це місце: геометрія мапи не завантажилася.',
  placeRetry: 'Спробувати ще раз',
  placeWeapon: 'Зброя',
  placeStatus: 'Статус тут',
  placeRange: 'Номінальна дальність',
  placeReach: 'Дістає від кордону?',
  placeReachYes: 'Так',
  placeReachNo: 'Ні',
  placeReachNotApplicable: 'не застосовується',
  placeRangeKm: (km: string) => `близько ${km} км`,
  placeRangeNeverSupplied: (ranges: string) => `${ranges} (не постачалися)`,
  placeRangeNone: 'у наших джерелах немає цифри',
  placeBestCase:
    'Досяжність — найкращий випадок: пускова установка стоїть на лінії кордону. Від лінії фронту ми не вимірюємо, бо відкрито ліцензованих даних про лінію фронту немає.',
  placeRangeSources: 'Звідки дані про дальність',
  siteKinds: {
    'air-base': 'Авіабаза',
    airfield: 'Аеродром',
    arsenal: 'Арсенал',
    depot: 'Склад',
    'naval-base': 'Військово-морська база',
    port: 'Порт',
    bridge: 'Міст',
    command: 'Командний пункт',
    'air-defense': 'Об’єкт ППО',
    radar: 'Радар',
    other: 'Військовий об’єкт',
  },
  siteWhy: 'Чому це важливо',
  siteSources: 'Повідомлення, у яких його названо',
  siteStrikes: 'Повідомлені удари зброєю США',
  siteNoStrikes: 'Ударів зброєю США по цьому об’єкту в наших джерелах немає.',
  siteCoordinates: (outlet: string) => `Координати: ${outlet}`,
  siteClaimReported: 'Повідомлення преси',
  legendReach: (weapon: string, km: string) =>
    `Пунктирний контур: частина Росії в межах ${km} км від кордону — номінальна дальність ${weapon} на цю дату (найкращий випадок: пуск із лінії кордону).`,
  legendSites: 'Військові об’єкти, названі в дискусії',
  legendSiteAir: 'авіабази й аеродроми',
  legendSiteOther: 'склади, мости, порти та інші об’єкти',
  pngLegendReach: (weapon: string, km: string) =>
    `Досяжність ${weapon} від кордону: ${km} км (найкращий випадок)`,
  shareSitesDownload: 'Військові об’єкти з джерелами',

  // i18n (#10): data texts in every language, page metadata, plural forms.
  quoteOurTranslation: 'Наш переклад:',
  metaDescription:
    'Інтерактивна карта: де Україні дозволяли застосовувати зброю, надану США, — за датами, з джерелами.',
  mapAttribution: (naturalEarth: string, geoBoundaries: string, osm: string) =>
    `Кордони: створено за даними ${naturalEarth}; ${geoBoundaries} (Runfola et al. 2020) / © учасники ${osm} (ODbL)`,
  detailEventCount: (count: string, form: Intl.LDMLPluralRule) =>
    form === 'one' ? `${count} подія` : form === 'few' ? `${count} події` : `${count} подій`,
  mapControls: {
    zoomIn: 'Збільшити',
    zoomOut: 'Зменшити',
    toggleAttribution: 'Показати або сховати джерела карти',
    windowsHelp: 'Щоб змінити масштаб, прокручуйте з натиснутою Ctrl',
    macHelp: 'Щоб змінити масштаб, прокручуйте з натиснутою ⌘',
    mobileHelp: 'Щоб посунути карту, використовуйте два пальці',
  },

  // Повідомлення про збої, повторну спробу й оновлення (issue #13).
  retry: 'Спробувати ще раз',
  mapFailedTitle: 'Не вдалося намалювати карту',
  mapFailed: (reason: string) =>
    `Не завантажилися контури карти або код, що її малює (${reason}). Текст на цій сторінці й далі описує, що показує карта.`,
  webglMissingBodyEmbed:
    'Ваш браузер або пристрій не може намалювати інтерактивну карту. Список нижче описує, що вона показує, а зображення показує той самий день.',
  startFailedTitle: 'Карта не змогла запуститися',
  startFailedBody:
    'Частина її коду не завантажилася: можливо, обірвалося з’єднання або сайт саме оновлюється.',
  reload: 'Перезавантажити сторінку',
  updateReady: 'Готова новіша версія цієї карти.',
  updateReload: 'Показати новішу версію',
  notFoundTitle: 'Сторінку не знайдено',
  notFoundBody: 'За цією адресою нічого немає. Карта тут:',
  // Порівняння донорів (issue #15).
  compare: {
    open: 'Порівняти донорів',
    back: 'Назад до однієї карти',
    title: 'Порівняння донорів',
    appTitle: 'Де Україна могла застосовувати зброю своїх донорів?',
    appSubtitle:
      'Дозволи кожного донора на застосування Україною наданої ним зброї, за регіонами й датами, з джерелами.',
    documentTitle: 'Зброя донорів: де Україні дозволено бити',
    heading: (date: string) => `Де Україна могла застосовувати зброю кожного донора станом на ${date}`,
    intro:
      'Одна карта на донора, на той самий день. Кожна карта показує власні правила цього донора щодо переданої ним зброї. «Немає публічної заяви» означає, що ми такої не знайшли, а не те, що застосування було заборонене.',
    dependency:
      'Британські Storm Shadow і французькі SCALP, за повідомленнями, дозволили застосовувати по Росії лише за згодою США; у примітках до них названо рішення США.',
    groupLabel: 'Зброя для порівняння',
    groups: {
      all: 'Уся зброя (крім протиповітряної оборони)',
      ground: 'Наземна зброя та артилерія',
      'cruise-missile': 'Крилаті ракети та далекобійні удари',
      'air-defense': 'Протиповітряна оборона над Росією',
      aircraft: 'Літаки та їхні боєприпаси',
    },
    groupsUs:
      'Для Сполучених Штатів наземна зброя — це артилерія і HIMARS, далекобійні удари — ATACMS та інші далекобійні системи, літаки — боєприпаси F-16.',
    summaries: {
      notSupplied: 'Не постачалося',
      noStatement: 'Немає публічної заяви',
      anywhere: 'Будь-де в Росії',
      noStatementRussia: 'Немає публічної заяви щодо Росії',
      insideUkraine: 'Лише в Україні',
      kharkivOnly: 'Лише район Харкова',
      partsOfRussia: 'Обмежено в Росії',
      disputedRussia: 'Спірно щодо Росії',
      partlyNoStatement: 'Частково немає публічної заяви',
    },
    noStatement: 'Немає публічної заяви',
    explanations: {
      permitted: 'Уся порівнювана зброя була тут дозволена.',
      limited: 'Частину дозволено або лише за певних умов. Штрихування.',
      prohibited: 'Жодна з них тут не була дозволена.',
      disputed: 'Джерела розходяться щодо принаймні однієї. Крапки.',
      'not-supplied': 'Жодного з цих видів зброї (ще) не постачали.',
      'no-policy': 'Заявленої позиції не знайдено.',
      'no-statement': 'Ми не знайшли публічної заяви цього донора. Це не те саме, що заборона.',
    },
    mapName: (donor: string, date: string, zones: string) => `${donor}, ${date}: ${zones}`,
    openDonor: 'Відкрити карту цього донора',
    loadingDonor: 'Завантаження…',
    donorFailed: (reason: string) => `Не вдалося завантажити дані цього донора: ${reason}`,
    tableTitle: 'Донори за зонами',
    tableCaption: (group: string, date: string) => `${group}, станом на ${date}`,
    tableDonor: 'Донор',
    sources: 'Джерела',
    noEvents: 'Для цієї клітинки подій не записано.',
    mapsLabel: 'Карти донорів, що порівнюються',
    presentCaption: (month: string) => `${month}: хто що дозволяв`,
    embedCompare: 'Порівняти донорів цієї сторінки',
    pngTitle: (date: string) => `Де Україна могла застосовувати зброю кожного донора, ${date}`,
  },
};
