/**
 * A small lexicon that tags the tokens which can answer "when", "how many" and "how much"
 * questions: numbers, number words, money, percentages, dates and durations. It stands in
 * for wink's entity recogniser, which costs a third of wink's reading time.
 */
/** Kinds of tokens that can answer a question (named after wink's entity types). */
export type EntityType = 'DATE' | 'TIME' | 'DURATION' | 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'PERCENT';

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'dozen',
  'dozens',
  'half',
  'quarter',
]);
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'm', 'bn']);
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'last',
]);
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const DAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
]);
const UNITS_OF_TIME = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'decade',
  'decades',
  'century',
  'centuries',
  'hour',
  'hours',
  'minute',
  'minutes',
  'weekend',
  'weeklong',
  'quarter',
]);
const CURRENCY_SYMBOLS = new Set(['$', '£', '€', '¥', '₹']);
const CURRENCY_WORDS = new Set([
  'dollar',
  'dollars',
  'dlr',
  'dlrs',
  'cent',
  'cents',
  'pound',
  'pounds',
  'euro',
  'euros',
  'yen',
  'rupee',
  'rupees',
  'stg',
  'francs',
  'marks',
  'yuan',
  'crowns',
  'kroner',
  'krona',
  'kronor',
  'guilders',
  'lire',
  'lira',
  'pesos',
  'rand',
  'schillings',
  'shillings',
  'dinars',
  'riyals',
  'rupiah',
  'baht',
  'ringgit',
  'drachmas',
  'escudos',
  'pesetas',
  'cruzados',
  'australs',
  'naira',
  'won',
  'pence',
  'sterling',
]);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);
/** 40, 1,200, 2.75, 1980s, 21st; wire-copy fractions and ranges: 1-1/2, 3/4, 14-15, 1986/87. */
const NUMERIC = /^[+-]?\d[\d,.]*(?:-\d[\d,.]*)?(?:\/\d+)?(st|nd|rd|th|s)?$/i;
/** A year, a season across two (1986/87), a decade (the 1950s). */
const YEAR = /^(1[5-9]|20)\d\d(\/(\d\d){1,2})?$|^(1[5-9]|20)\d0s$/;
/** mid-1988, early-1987: a date that starts with a word. */
const PART_OF_YEAR = /^(mid|early|late)-(1[5-9]|20)\d\d$/;
/** The first quarter, the second half: periods of a (fiscal) year. */
const PERIODS_OF_YEAR = new Set(['quarter', 'half']);
const CLOCK = /^\d{1,2}:\d\d$|^(a\.m\.|p\.m\.|am|pm)$/i;
/**
 * `10.30` is a time in British copy only where it reads as one ("at 10.30", "10.30 am", "10.30
 * GMT"); elsewhere `d.dd` is a decimal ("5.17 dlrs a bushel", "rose 2.75 pct").
 */
const DOTTED_CLOCK = /^\d{1,2}\.\d\d$/;
const BEFORE_CLOCK = new Set(['at', 'by', 'until', 'till', 'before', 'after', 'from', 'around', 'about']);
const AFTER_CLOCK = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'bst', 'est', 'edt', 'cet', 'hours', 'hrs', 'local']);

/** "next week", "last year", "later this month": dates without a number. */
const RELATIVE = new Set(['next', 'last', 'this', 'later', 'earlier', 'early', 'late', 'mid', 'coming', 'past']);
const PERIODS = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'quarter',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

const CANDIDATES = new Set([
  ...PERIODS,
  ...NUMBER_WORDS,
  ...ORDINALS,
  ...MONTHS,
  ...DAYS,
  ...CURRENCY_SYMBOLS,
  'a.m.',
  'p.m.',
  'am',
  'pm',
]);

/** Starts with a digit or a sign: the only tokens the numeric patterns can match. */
function isDigitLike(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c === 43 || c === 45) && value.length > 1);
}

/** The answer type of each token, or null; `values` and `normals` are one paragraph's tokens. */
export function answerTypes(values: readonly string[], normals: readonly string[]): (EntityType | null)[] {
  const types: (EntityType | null)[] = new Array<EntityType | null>(values.length).fill(null);
  const isNumber = (i: number): boolean => {
    const value = values[i];
    if (value === undefined) return false;
    return isDigitLike(value) ? NUMERIC.test(value) : NUMBER_WORDS.has(normals[i]!);
  };
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    const normal = normals[i]!;
    // Most tokens are plain words that no list holds: skip them cheaply.
    if (!isDigitLike(value) && !CANDIDATES.has(normal) && !PART_OF_YEAR.test(normal)) continue;
    if (PART_OF_YEAR.test(normal)) {
      types[i] = 'DATE';
    } else if (ORDINALS.has(normal) && PERIODS_OF_YEAR.has(normals[i + 1] ?? '')) {
      types[i] = 'DATE';
      types[i + 1] = 'DATE';
      i += 1;
    } else if (MONTHS.has(normal) && /^[A-Z]/.test(value) && (normal !== 'may' || isNumber(i + 1) || isNumber(i - 1))) {
      types[i] = 'DATE';
      if (NUMERIC.test(values[i + 1] ?? '')) types[i + 1] = 'DATE';
      if (NUMERIC.test(values[i - 1] ?? '')) types[i - 1] = 'DATE';
    } else if (DAYS.has(normal)) {
      types[i] = 'DATE';
    } else if (PERIODS.has(normal) && RELATIVE.has(normals[i - 1] ?? '')) {
      types[i - 1] = 'DATE';
      types[i] = 'DATE';
    } else if (
      CLOCK.test(value) ||
      (DOTTED_CLOCK.test(value) &&
        (AFTER_CLOCK.has(normals[i + 1] ?? '') ||
          (BEFORE_CLOCK.has(normals[i - 1] ?? '') &&
            !CURRENCY_WORDS.has(normals[i + 1] ?? '') &&
            !PERCENT_WORDS.has(normals[i + 1] ?? ''))))
    ) {
      types[i] = 'TIME';
    } else if (CURRENCY_SYMBOLS.has(value) && isNumber(i + 1)) {
      types[i] = 'MONEY';
      for (let k = i + 1; k < values.length && (isNumber(k) || SCALE_WORDS.has(normals[k]!)); k += 1)
        types[k] = 'MONEY';
    } else if (isNumber(i) && types[i] === null) {
      let k = i;
      while (k + 1 < values.length && (isNumber(k + 1) || SCALE_WORDS.has(normals[k + 1]!))) k += 1;
      // The word after a number can say what it counts: "20 %", "40 dlrs", "three weeks", "two-day".
      const hyphen = normals[k + 1] === '-' ? 1 : 0;
      // An abbreviation closing the sentence comes as one token: "rose 2.75 pct.", "40 dlrs.".
      const after = (normals[k + 1 + hyphen] ?? '').replace(/\.$/, '');
      const unit: EntityType | null = PERCENT_WORDS.has(after)
        ? 'PERCENT'
        : CURRENCY_WORDS.has(after) && hyphen === 0
          ? 'MONEY'
          : UNITS_OF_TIME.has(after) || UNITS_OF_TIME.has(`${after}s`)
            ? 'DURATION'
            : null;
      const type: EntityType = unit ?? (k === i && YEAR.test(value) ? 'DATE' : 'CARDINAL');
      for (let j = i; j <= k; j += 1) types[j] = type;
      if (unit !== null) {
        types[k + 1 + hyphen] = unit;
        k += 1 + hyphen;
      }
      i = k;
    } else if (ORDINALS.has(normal) || /^\d+(st|nd|rd|th)$/i.test(value)) {
      types[i] = 'ORDINAL';
    }
  }
  return types;
}
