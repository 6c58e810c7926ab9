/**
 * A small lexicon that tags the tokens which can answer "when", "how many", "how much", "how
 * long", "what share" and "which song" questions: numbers, number words, money, percentages and
 * shares in words ("almost half", "one in five"), dates, durations ("a decade", "hours later")
 * and short quoted titles. It stands in for wink's entity recogniser, which costs a third of
 * wink's reading time.
 */
/**
 * Kinds of tokens that can answer a question (named after wink's entity types; a share in words
 * is a PERCENT). TITLE: a word of a short quoted title ("Let It Be"), which is no number.
 */
export type EntityType = 'DATE' | 'TIME' | 'DURATION' | 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'PERCENT' | 'TITLE';

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
  'seconds',
  'fortnight',
  'fortnights',
  'hrs',
  'mins',
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
/** US$, A$, HK$, C$: wink reads a prefixed dollar sign as one token. */
const PREFIXED_CURRENCY = /^[A-Z]{1,3}[$£€¥₹]$/;
/** 35p, 99p.: pence, after a number only. */
const PENCE = new Set(['p', 'p.']);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);
/** Parts of a whole: "a third of", "two-thirds", "almost half". */
const FRACTIONS = new Set([
  'half',
  'halves',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'eighth',
  'eighths',
  'tenth',
  'tenths',
]);
/** Words before a fraction that make it a share: "a third", "almost half", "more than half". */
const BEFORE_SHARE = new Set([
  'a',
  'one',
  'almost',
  'nearly',
  'about',
  'around',
  'roughly',
  'some',
  'over',
  'under',
  'than',
  'just',
  'barely',
  'only',
  'fully',
  'exactly',
]);
/** Words after a fraction or a share word that make it one: "half of", "half the", "a third." */
const AFTER_SHARE = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', ',', '.', ';', ':', ')']);
/** "a majority", "the vast majority", "a majority stake". */
const MAJORITY = new Set(['majority', 'minority']);
const BEFORE_MAJORITY = new Set([
  'a',
  'the',
  'vast',
  'overwhelming',
  'slim',
  'narrow',
  'large',
  'small',
  'big',
  'clear',
]);
const AFTER_MAJORITY = new Set(['of', 'stake', 'stakes', 'interest', 'holding', 'shareholding', 'share', 'control']);
/** Words that make "a year", "an hour" a stretch of time, not a rate ("500 barrels a day"). */
const BEFORE_SPAN = new Set([
  'for',
  'in',
  'within',
  'over',
  'after',
  'nearly',
  'almost',
  'about',
  'around',
  'than',
  'under',
  'only',
  'just',
  'least',
  'past',
  'half',
  'whole',
  'entire',
  'full',
]);
const AFTER_SPAN = new Set(['ago', 'later', 'earlier', 'before', 'after', 'long', 'old', 'on']);
/** "several hours", "a few minutes", "many years": durations without a number. */
const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'couple']);
/** Always a stretch of time, with "a" or alone after a count-like word. */
const LONG_SPANS = new Set(['decade', 'decades', 'century', 'centuries']);
/** A stretch of time in one word: "a weeklong visit", "a yearlong strike". */
const SPAN_WORDS = new Set(['weeklong', 'yearlong', 'monthlong', 'daylong', 'hourlong', 'decadelong', 'lifelong']);
/** Quote marks a title stands between. */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
/** A title is short: at most this many tokens between its quote marks. */
const MAX_TITLE_TOKENS = 10;
const CLAUSE_PUNCTUATION = new Set([',', '.', ';', ':', '!', '?']);
/** 40, 1,200, 2.75, 1980s, 21st; wire-copy fractions and ranges: 1-1/2, 3/4, 14-15, 1986/87. */
const NUMERIC = /^[+-]?\d[\d,.]*(?:-\d[\d,.]*)?(?:\/\d+)?(st|nd|rd|th|s)?$/i;
/** A year, a season across two (1986/87), a decade (the 1950s, the 1430s). */
const YEAR = /^(1[5-9]|20)\d\d(\/(\d\d){1,2})?$|^(1\d|20)\d0s$/;
/** mid-1988, early-1987: a date that starts with a word. */
const PART_OF_YEAR = /^(mid|early|late)-(1[5-9]|20)\d\d$/;
/** The first quarter, the second half: periods of a (fiscal) year. */
const PERIODS_OF_YEAR = new Set(['quarter', 'half']);
/** 14:45, 02:28:01; a.m. and p.m. spelled with dots. "PM" alone is the Prime Minister: am and pm count after a number only. */
const CLOCK = /^\d{1,2}:\d\d(:\d\d)?$|^(a\.m\.|p\.m\.)$/i;
/** After a number ("10 pm", "9.15 a.m."), its closing dot off. */
const MERIDIEM = new Set(['am', 'pm', 'a.m', 'p.m']);
const SPAN_ENDS = new Set(['ago', 'later', 'earlier']);
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
  ...SPAN_WORDS,
  ...PERIODS,
  ...NUMBER_WORDS,
  ...ORDINALS,
  ...MONTHS,
  ...DAYS,
  ...CURRENCY_SYMBOLS,
  ...FRACTIONS,
  ...MAJORITY,
  ...VAGUE_COUNTS,
  ...LONG_SPANS,
  ...UNITS_OF_TIME,
  ...QUOTE_MARKS,
  'most',
  'a',
  'an',
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

/** US$, HK$, A$: the last character is a currency symbol. */
function endsInCurrency(value: string): boolean {
  return value.length > 1 && CURRENCY_SYMBOLS.has(value[value.length - 1]!);
}

/** Whether token `i` is a number (digits, or a number word). Module functions, not closures made per call. */
function isNumber(i: number, values: readonly string[], normals: readonly string[]): boolean {
  const value = values[i];
  if (value === undefined) return false;
  return isDigitLike(value) ? NUMERIC.test(value) : NUMBER_WORDS.has(normals[i]!);
}

/** Whether token `i` is a unit of time. */
function isUnitOfTime(i: number, normals: readonly string[]): boolean {
  return UNITS_OF_TIME.has(normals[i] ?? '');
}

/** The answer type of each token, or null; `values` and `normals` are one paragraph's tokens. */
export function answerTypes(values: readonly string[], normals: readonly string[]): (EntityType | null)[] {
  const types: (EntityType | null)[] = new Array<EntityType | null>(values.length).fill(null);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    const normal = normals[i]!;
    // Most tokens are plain words that no list holds: skip them cheaply.
    if (!isDigitLike(value) && !CANDIDATES.has(normal) && !endsInCurrency(value) && !PART_OF_YEAR.test(normal))
      continue;
    const previous = normals[i - 1] ?? '';
    const next = normals[i + 1] ?? '';
    if (QUOTE_MARKS.has(value)) {
      // A short quoted title ("Let It Be"); the closing mark is skipped so marks stay paired.
      const close = titleEnd(values, i);
      if (close > 0) for (let k = i + 1; k < close; k += 1) types[k] ??= 'TITLE';
      if (close > 0) i = close;
    } else if (PART_OF_YEAR.test(normal)) {
      types[i] = 'DATE';
    } else if (ORDINALS.has(normal) && PERIODS_OF_YEAR.has(next)) {
      types[i] = 'DATE';
      types[i + 1] = 'DATE';
      i += 1;
    } else if (FRACTIONS.has(normal) && isShare(normals, i)) {
      // "almost half", "a third of", "a quarter of the shares": a part of a whole.
      types[i] = 'PERCENT';
    } else if (normal === 'most' && next === 'of') {
      types[i] = 'PERCENT';
    } else if (MAJORITY.has(normal) && (BEFORE_MAJORITY.has(previous) || AFTER_MAJORITY.has(next))) {
      types[i] = 'PERCENT';
    } else if ((normal === 'a' || normal === 'an') && isUnitOfTime(i + 1, normals) && next !== 'quarter') {
      // "for a decade", "an hour later", "half an hour": a stretch of time; "500 barrels a day" is a rate.
      if (LONG_SPANS.has(next) || BEFORE_SPAN.has(previous) || AFTER_SPAN.has(normals[i + 2] ?? '')) {
        if (previous === 'half') types[i - 1] = 'DURATION';
        types[i] = 'DURATION';
        types[i + 1] = 'DURATION';
        i += 1;
      }
    } else if (
      VAGUE_COUNTS.has(normal) &&
      (isUnitOfTime(i + 1, normals) || (next === 'of' && isUnitOfTime(i + 2, normals)))
    ) {
      // "several hours", "a few minutes", "a couple of years".
      const end = isUnitOfTime(i + 1, normals) ? i + 1 : i + 2;
      for (let k = i; k <= end; k += 1) types[k] = 'DURATION';
      i = end;
    } else if (isUnitOfTime(i, normals) && SPAN_ENDS.has(next) && types[i] === null) {
      // "hours later", "years ago", "decades earlier".
      types[i] = 'DURATION';
      types[i + 1] = 'DURATION';
      i += 1;
    } else if (
      MONTHS.has(normal) &&
      /^[A-Z]/.test(value) &&
      (normal !== 'may' || isNumber(i + 1, values, normals) || isNumber(i - 1, values, normals))
    ) {
      types[i] = 'DATE';
      if (NUMERIC.test(values[i + 1] ?? '')) types[i + 1] = 'DATE';
      if (NUMERIC.test(values[i - 1] ?? '')) types[i - 1] = 'DATE';
    } else if (SPAN_WORDS.has(normal)) {
      types[i] = 'DURATION';
    } else if (DAYS.has(normal)) {
      types[i] = 'DATE';
    } else if (PERIODS.has(normal) && RELATIVE.has(previous)) {
      types[i - 1] = 'DATE';
      types[i] = 'DATE';
    } else if (
      CLOCK.test(value) ||
      (DOTTED_CLOCK.test(value) &&
        (AFTER_CLOCK.has(next) ||
          (BEFORE_CLOCK.has(previous) && !CURRENCY_WORDS.has(next) && !PERCENT_WORDS.has(next))))
    ) {
      types[i] = 'TIME';
      if (MERIDIEM.has(next.replace(/\.$/, ''))) {
        types[i + 1] = 'TIME';
        i += 1;
      }
    } else if ((CURRENCY_SYMBOLS.has(value) || PREFIXED_CURRENCY.test(value)) && isNumber(i + 1, values, normals)) {
      types[i] = 'MONEY';
      for (let k = i + 1; k < values.length && (isNumber(k, values, normals) || SCALE_WORDS.has(normals[k]!)); k += 1)
        types[k] = 'MONEY';
    } else if (
      isNumber(i, values, normals) &&
      next === 'in' &&
      isNumber(i + 2, values, normals) &&
      !YEAR.test(values[i + 2]!)
    ) {
      // "one in five", "1 in 4": a share.
      types[i] = 'PERCENT';
      types[i + 1] = 'PERCENT';
      types[i + 2] = 'PERCENT';
      i += 2;
    } else if (isNumber(i, values, normals) && types[i] === null) {
      let k = i;
      while (k + 1 < values.length && (isNumber(k + 1, values, normals) || SCALE_WORDS.has(normals[k + 1]!))) k += 1;
      // The word after a number can say what it counts: "20 %", "40 dlrs", "three weeks", "two-day".
      const hyphen = normals[k + 1] === '-' ? 1 : 0;
      // An abbreviation closing the sentence comes as one token: "rose 2.75 pct.", "40 dlrs.".
      const after = (normals[k + 1 + hyphen] ?? '').replace(/\.$/, '');
      const unit: EntityType | null =
        PERCENT_WORDS.has(after) || FRACTIONS.has(after)
          ? 'PERCENT'
          : (CURRENCY_WORDS.has(after) || PENCE.has(after)) && hyphen === 0
            ? 'MONEY'
            : UNITS_OF_TIME.has(after) || UNITS_OF_TIME.has(`${after}s`)
              ? 'DURATION'
              : MERIDIEM.has(after) && hyphen === 0
                ? 'TIME'
                : null;
      const type: EntityType =
        unit ?? (k === i && (YEAR.test(value) || isEarlyYear(values, normals, i)) ? 'DATE' : 'CARDINAL');
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
  sinceDates(normals, types);
  return types;
}

/** Words between "since" and its date: "since late December", "since the 1990s". */
const BEFORE_SINCE_DATE = new Set(['the', 'late', 'early', 'mid', 'last', 'at', 'least']);

/**
 * "Since late December", "since 1990": a date that starts a stretch of time up to now, which is
 * what "how long" asks; read as a duration (still a time, for "when").
 */
function sinceDates(normals: readonly string[], types: (EntityType | null)[]): void {
  for (let i = 0; i < normals.length; i += 1) {
    if (normals[i] !== 'since') continue;
    let k = i + 1;
    while (k < normals.length && BEFORE_SINCE_DATE.has(normals[k]!) && types[k] !== 'DATE') k += 1;
    if (types[k] !== 'DATE') continue;
    for (let j = i + 1; j < k; j += 1) if (RELATIVE.has(normals[j]!)) types[j] = 'DURATION';
    for (; k < normals.length && types[k] === 'DATE'; k += 1) types[k] = 'DURATION';
  }
}

/** Prepositions that put a year before 1500 in time: "in 1066", "until 960". */
const BEFORE_YEAR = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'during',
  'around',
  'c.',
  'circa',
  'ca.',
]);
/** A hyphen, an en dash or an em dash, as a token (`1990 - 1995`, `6 – 4`). */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
/** Words a year is followed by in a sentence that goes on ("in 1066 the Normans"), where a count would have its noun. */
const AFTER_YEAR = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'and',
  'when',
  'but',
  'as',
  'after',
  'before',
  'with',
  'that',
  'which',
  'where',
  'while',
  'for',
  'at',
  'on',
  'in',
]);
const EARLY_YEAR = /^\d{3,4}$/;

/**
 * A year before 1500, which a count of three or four digits also looks like: after a preposition of
 * time and not before a counted noun ("in 1066", "in 960, the…"; not "in 800 cases"), or in a range
 * of rising years ("(960\u20131279)", "r. 1368\u20131398", "from 1368 to 1644"). Wikipedia's history is
 * full of them; a wire story's counts after "in" and "by" are followed by what they count.
 */
function isEarlyYear(values: readonly string[], normals: readonly string[], i: number): boolean {
  const value = values[i]!;
  if (!EARLY_YEAR.test(value)) return false;
  const year = Number(value);
  const after = normals[i + 1] ?? '';
  const rangeAfter = DASHES.has(after) && EARLY_YEAR.test(values[i + 2] ?? '') && Number(values[i + 2]) > year;
  const rangeBefore =
    DASHES.has(normals[i - 1] ?? '') && EARLY_YEAR.test(values[i - 2] ?? '') && Number(values[i - 2]) < year;
  if (rangeAfter || rangeBefore) return true;
  // "from 1368 to 1644", "in 1371 to pay tribute"; not "from 500 to 1,000 people".
  const toYear =
    after === 'to' &&
    (isDigitLike(values[i + 2] ?? '') ? EARLY_YEAR.test(values[i + 2]!) && Number(values[i + 2]) > year : true);
  return (
    BEFORE_YEAR.has(normals[i - 1] ?? '') && (!/^[a-z]/.test(values[i + 1] ?? '') || AFTER_YEAR.has(after) || toYear)
  );
}

/**
 * A fraction word reads as a share before "of" or "the" ("half of", "a third of", "half the
 * votes") or, for half and quarter, after "a", "one" or a hedge ("almost half", "a quarter"); not
 * inside a count ("two and a half years") nor as an ordinal ("a third term").
 */
function isShare(normals: readonly string[], i: number): boolean {
  const previous = normals[i - 1] ?? '';
  const next = normals[i + 1] ?? '';
  if (previous === 'a' && normals[i - 2] === 'and') return false;
  if (next === '-' || UNITS_OF_TIME.has(next) || SCALE_WORDS.has(next) || CURRENCY_WORDS.has(next)) return false;
  if (AFTER_SHARE.has(next)) return true;
  const normal = normals[i]!;
  return (normal === 'half' || normal === 'quarter') && BEFORE_SHARE.has(previous);
}

/**
 * The index of the quote mark closing a short title that opens at quote mark `open`, or -1: at
 * most MAX_TITLE_TOKENS tokens, no clause punctuation, the first word and every word of four
 * letters or more capitalised ("Shape of You", not "We will fight on," nor "piecemeal and poor").
 */
function titleEnd(values: readonly string[], open: number): number {
  const last = Math.min(values.length - 1, open + MAX_TITLE_TOKENS + 1);
  for (let k = open + 1; k <= last; k += 1) {
    const value = values[k]!;
    if (QUOTE_MARKS.has(value)) return k > open + 1 && /^[A-Z0-9]/.test(values[open + 1]!) ? k : -1;
    if (CLAUSE_PUNCTUATION.has(value)) return -1;
    if (value.length >= 4 && /^[a-z]/.test(value)) return -1;
  }
  return -1;
}
