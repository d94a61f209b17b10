// Rewrites Welsh date phrases as English ones so the English (en-GB) date recogniser can read them:
// "2il o Fawrth 2026" -> "2 March 2026", "dydd Llun diwethaf" -> "last Monday", "ddoe" -> "yesterday".
// Month names are only rewritten where they must be months (next to a day number, a year or "mis"),
// because "Mawrth" is also Tuesday and "mai" is also a common conjunction ("dw i'n meddwl mai ...").
// Everything else in the text is left alone.

/** English month name -> Welsh forms: radical, soft, nasal and aspirate mutations, and short forms. */
const MONTHS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['January', ['ionawr', 'ion']],
  ['February', ['chwefror', 'chwef']],
  ['March', ['mawrth', 'fawrth', 'maw', 'faw']],
  ['April', ['ebrill', 'ebr']],
  ['May', ['mai', 'fai']],
  ['June', ['mehefin', 'fehefin', 'meh', 'feh']],
  ['July', ['gorffennaf', 'orffennaf', 'ngorffennaf', 'gorffenaf', 'orffenaf', 'gorff', 'orff']],
  ['August', ['awst', 'aws']],
  ['September', ['medi', 'fedi']],
  ['October', ['hydref']], // not "hyd": "o 10 hyd 12" is "from 10 until 12"
  ['November', ['tachwedd', 'dachwedd', 'nhachwedd', 'thachwedd', 'tach']],
  ['December', ['rhagfyr', 'ragfyr', 'rhagf', 'rhag']],
];

/** Welsh weekday (after "dydd"/"ddydd"/"nos", radical and soft forms) -> English. */
const WEEKDAYS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Monday', ['llun', 'lun']],
  ['Tuesday', ['mawrth', 'fawrth']],
  ['Wednesday', ['mercher', 'fercher']],
  ['Thursday', ['iau']],
  ['Friday', ['gwener', 'wener']],
  ['Saturday', ['sadwrn']],
  ['Sunday', ['sul']],
];

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  cyntaf: 1, gyntaf: 1, ail: 2, trydydd: 3, drydydd: 3, pedwerydd: 4, bedwerydd: 4, pumed: 5, bumed: 5,
  chweched: 6, seithfed: 7, wythfed: 8, nawfed: 9, degfed: 10, ddegfed: 10,
};

const COUNT_WORDS: Readonly<Record<string, number>> = {
  un: 1, dau: 2, dwy: 2, tri: 3, tair: 3, pedwar: 4, pedair: 4, pum: 5, pump: 5, chwe: 6, chwech: 6,
  saith: 7, wyth: 8, naw: 9, deg: 10,
};

const B = '(?<![\\p{L}\\p{N}])'; // start of a word
const E = '(?![\\p{L}])'; // end of a word
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

const monthOf = new Map<string, string>(MONTHS.flatMap(([en, forms]) => forms.map((f) => [f, en] as const)));
const weekdayOf = new Map<string, string>(WEEKDAYS.flatMap(([en, forms]) => forms.map((f) => [f, en] as const)));
const MONTH = `(${alt([...monthOf.keys()])})`;
const WEEKDAY = `(${alt([...weekdayOf.keys()])})`;
const YEAR = '(?:,?\\s+(\\d{4}))?';
const MIS = '(?:(?:fis|mis)\\s+)?';
const AGO = 'yn\\s+[oô]l';

function re(source: string): RegExp {
  return new RegExp(source, 'giu');
}

const month = (w: string): string => monthOf.get(w.toLowerCase()) ?? w;
const withYear = (year: string | undefined): string => (year ? ` ${year}` : '');
const countOf = (w: string): number => COUNT_WORDS[w.toLowerCase()] ?? Number(w);

const RULES: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  // dydd Llun diwethaf / ddydd Mawrth nesaf / nos Wener / dydd Iau yma
  [
    re(`${B}(?:dydd|ddydd|nos)\\s+${WEEKDAY}${E}(?:\\s+(diwethaf|ddiwethaf|diwetha|dwethaf|dwetha|nesaf|nesa|yma|hwn)${E})?`),
    (_m, day = '', mod) => {
      const en = weekdayOf.get(day.toLowerCase()) ?? day;
      if (!mod) return en;
      const m = mod.toLowerCase();
      return `${m.startsWith('nes') ? 'next' : m === 'yma' || m === 'hwn' ? 'this' : 'last'} ${en}`;
    },
  ],
  // 2 Mawrth 2026, 2il o Fawrth, 21ain o fis Rhagfyr 2026, 3ydd Ebrill
  [
    re(`${B}(\\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?\\.?\\s+(?:o\\s+)?${MIS}${MONTH}${E}${YEAR}`),
    (_m, d = '', mon = '', y) => `${Number(d)} ${month(mon)}${withYear(y)}`,
  ],
  // yr ail o Fawrth, y cyntaf o fis Mai 2026
  [
    re(`${B}(?:(?:y|yr)\\s+)?(${alt(Object.keys(ORDINAL_WORDS))})\\s+o\\s+${MIS}${MONTH}${E}${YEAR}`),
    (_m, ord = '', mon = '', y) => `${ORDINAL_WORDS[ord.toLowerCase()]} ${month(mon)}${withYear(y)}`,
  ],
  // Mawrth 2026, mis Mai 2026
  [re(`${B}${MIS}${MONTH}${E},?\\s+(\\d{4})(?!\\d)`), (_m, mon = '', y = '') => `${month(mon)} ${y}`],
  // (ym) mis Mawrth
  [re(`${B}(?:fis|mis)\\s+${MONTH}${E}`), (_m, mon = '') => month(mon)],
  // a few days / weeks / months ago
  [re(`${B}(?:dd|d)euddydd\\s+${AGO}${E}`), () => '2 days ago'],
  [re(`${B}(?:d|t)ridiau\\s+${AGO}${E}`), () => '3 days ago'],
  [re(`${B}(?:p|b)ythefnos\\s+${AGO}${E}`), () => '2 weeks ago'],
  [re(`${B}(\\d{1,2}|${alt(Object.keys(COUNT_WORDS))})\\s+(?:diwrnod|ddiwrnod)\\s+${AGO}${E}`), (_m, n = '') => `${countOf(n)} days ago`],
  [re(`${B}(\\d{1,2}|${alt(Object.keys(COUNT_WORDS))})\\s+(?:wythnos|mis)\\s+${AGO}${E}`), (m, n = '') => `${countOf(n)} ${/wythnos/i.test(m) ? 'weeks' : 'months'} ago`],
  [re(`${B}diwrnod\\s+${AGO}${E}`), () => '1 day ago'],
  [re(`${B}wythnos\\s+${AGO}${E}`), () => 'a week ago'],
  [re(`${B}mis\\s+${AGO}${E}`), () => 'a month ago'],
  // wythnos diwethaf / mis nesaf (periods, not days: the caller treats them as too vague)
  [re(`${B}(?:yr\\s+)?(wythnos|mis|flwyddyn|blwyddyn)\\s+(diwethaf|ddiwethaf|diwetha|dwetha|nesaf|nesa)${E}`), (_m, unit = '', mod = '') => {
    const u = unit.toLowerCase() === 'wythnos' ? 'week' : unit.toLowerCase() === 'mis' ? 'month' : 'year';
    return `${mod.toLowerCase().startsWith('nes') ? 'next' : 'last'} ${u}`;
  }],
  // single words
  [re(`${B}echdoe${E}`), () => 'the day before yesterday'],
  [re(`${B}ddoe${E}`), () => 'yesterday'], // not "doe": English has that word
  [re(`${B}heddiw${E}`), () => 'today'],
  [re(`${B}(?:drennydd|trennydd)${E}`), () => 'the day after tomorrow'],
  [re(`${B}(?:yfory|fory)${E}`), () => 'tomorrow'],
];

/** The text with Welsh date phrases replaced by English ones; other words are untouched. */
export function translateWelshDates(text: string): string {
  let out = text;
  for (const [pattern, replace] of RULES) {
    // replace() passes (match, ...groups, offset, whole text); unmatched optional groups arrive as undefined.
    out = out.replace(pattern, (...args: unknown[]) => replace(...args.slice(0, -2).map((a) => (typeof a === 'string' ? a : ''))));
  }
  return out;
}
