/**
 * What a question asks for. Question words are stop words, so they never match text; instead
 * they say what kind of token the answering sentence should hold. The words that only frame
 * the question ("how long", "what year", "what caused") are not about the topic and are not
 * searched for. The leading framing phrase decides: "Where did they train when the IAAF
 * warned them" asks for a place, not a time. A question that opens with an auxiliary and has no
 * such phrase ("Does Comcast block Tor?") asks yes or no: for a sentence that states or denies
 * the asked fact, no kind of token.
 */
import type { AnalyzedSentence } from '../nlp/analyzer.ts';

export type AnswerType =
  | 'person'
  | 'place'
  | 'time'
  | 'number'
  | 'money'
  | 'percent'
  | 'reason'
  | 'reaction'
  | 'measure'
  /** Someone's age ("how old"): a number written as one (tokenFlags' FLAG_AGE). */
  | 'age'
  /** A stretch of time ("for 15 minutes", "a decade"), not any number nor a date. */
  | 'duration'
  /** A length ("how long is the route"): a number with a length unit (tokenFlags' FLAG_LENGTH), not a duration. */
  | 'length'
  /** A game's score ("what was the score"): `6-4`, `2-1` (tokenFlags' FLAG_SCORE). */
  | 'score'
  /** The name of a work: a quoted title or a capitalised run. */
  | 'title'
  /** Yes or no: a sentence that states or denies the asked fact. */
  | 'yesno';

export interface QuestionFrame {
  readonly answerType: AnswerType | null;
  /** The question with its framing phrase removed: what is left is searched. */
  readonly topic: string;
  /**
   * For "how many [undersea cables] broke": where in `topic` the words naming what is counted
   * start (the phrase is read with its parts of speech by the caller).
   */
  readonly countedAt?: number;
  /**
   * For "how deep", "how tall", "how far", "how often", a length's "how long": the noun of what the
   * frame measures (`depth`, `height`, `distance`, `frequent`, `length`), which the answer may
   * use (`at a depth of 10 km`) though the question does not; distanceFrame reads it.
   */
  readonly measure?: string;
}

/** The noun of a measuring frame's adjective or adverb (QuestionFrame.measure). */
const MEASURE_NOUNS: Readonly<Record<string, string>> = {
  tall: 'height',
  high: 'height',
  far: 'distance',
  close: 'distance',
  deep: 'depth',
  wide: 'width',
  heavy: 'weight',
  fast: 'speed',
  quickly: 'speed',
  rapidly: 'speed',
  often: 'frequent',
  long: 'length',
};

/**
 * Things whose length "how long is" asks (a route, a bridge, a creature), not how long they last;
 * an event, a stay or a wait is not among them.
 */
const LONG_THINGS =
  '(?:routes?|roads?|bridges?|tunnels?|lines?|tracks?|railways?|rivers?|walls?|runways?|pipelines?|borders?|coastlines?|canals?|fences?|streets?|motorways?|highways?|cables?|corridors?|lanes?|paths?|trails?|beach(?:es)?|whales?|sharks?|snakes?|pythons?|crocodiles?|alligators?|dinosaurs?|fish|squids?|eels?|worms?|creatures?|boats?|ships?|vessels?|yachts?)';

const PRICE_FRAME =
  /\bwhat(?:'s| is| was| are| were)?(?: the)? (?=(?:\w+ )?(?:prices?|rates?|costs?|values?|levels?|totals?|figures?|sums?|fees?)\b)/g;
/**
 * The same with two words before the noun ("what's the black market rate", "what is the average
 * ticket price"), and "what is X's (first) name" asking a name (QuestionFrame, `wideFrames`).
 */
const WIDE_FRAMES: readonly [RegExp, AnswerType][] = [
  [
    /\bwhat(?:'s| is| was| are| were)?(?: the)? (?=(?:[\w-]+ ){0,2}(?:prices?|rates?|costs?|values?|levels?|totals?|figures?|sums?|fees?)\b)/g,
    'number',
  ],
  [/\bwhat(?:'s| is| was| are| were)? (?=[\w-]+'s? (?:(?:first|last|full|real|maiden) )?names?\b)/g, 'person'],
];

const PATTERNS: readonly [RegExp, AnswerType][] = [
  // "How long is the new tram route": a length, which a stretch of time does not answer. Only for
  // a thing that has one, named last (or before a preposition): "how long was the bridge closed"
  // asks a duration. Or asked in a unit of length ("how long is the river thames in miles").
  // Before the durations.
  [
    new RegExp(
      `\\bhow long(?= (?:is|was|are|were|will be|would be)(?: [\\w'-]+){0,4}? ${LONG_THINGS}(?:\\s*[?.!,]|\\s*$| (?:of|in|from|between|across|under|over|that|which|to|at|on|near|for|linking|connecting)\\b)|.*\\bin (?:miles|kilomet(?:re|er)s|km|metres|meters|feet|yards)\\b)`,
      'g',
    ),
    'length',
  ],
  // "What was the score", "by how much did Chelsea win": a score (`2-1`), not any number. Before
  // the counts and the measured quantities, which also read "score".
  [
    /\bwhat(?:'s| is| was| are| were)?(?: the)? (?:(?:final|full-time|half-time|match|game) )?score(?:line)?s?\b|\bby how (?:much|many(?: \w+)?)(?= (?:did|does|do|has|have|had|will|would) (?:[^\s?]+ ){1,5}?(?:win|won|beat|lose|lost|defeat)\b)/g,
    'score',
  ],
  // "How many minutes was he dead": a duration, which a count of anything else does not answer.
  // Listed before the counts: at the same place, the earlier pattern wins.
  [/\bhow many (seconds|minutes|hours|days|weeks|fortnights|months|years|decades|centuries)\b/g, 'duration'],
  // "How old was he": an age, which another number in the sentence does not answer. Before the counts.
  [/\bhow old\b|\b(?:at )?what age\b/g, 'age'],
  // "How many people" counts: "people" names the unit, which the text often leaves out ("a nine-member delegation").
  [
    /\bhow (many|much)( (people|persons|times))?\b|\bhow (often|large|big)\b|\bwhat (percentage|percent|number|amount|share|proportion|fraction)( of)?\b/g,
    'number',
  ],
  // "What price did they pay", "what's the interest rate": the noun is the topic too, so it stays.
  [PRICE_FRAME, 'number'],
  // "What is the average temperature", "what was the magnitude of": a measured quantity, a number.
  [
    /\bwhat(?:'s| is| was| are| were)?(?: the)? (?=(?:[\w-]+ ){0,2}(?:populations?|magnitudes?|temperatures?|capacit(?:y|ies)|depths?|heights?|lengths?|widths?|distances?|speeds?|weights?|altitudes?|elevations?|scores?|diameters?|densit(?:y|ies)|sizes?)\b)/g,
    'number',
  ],
  // Size and speed: a number or a duration ("8,848 metres", "within two weeks"); a distance's
  // frames ask a length where nothing moving is measured (distanceFrame).
  [/\bhow (tall|high|far|deep|wide|close|heavy|quickly|fast|soon|rapidly|strong|powerful)\b/g, 'measure'],
  // "How long was the visit": a stretch of time ("a weeklong visit", "since late December"), not a date.
  [/\bhow long\b/g, 'duration'],
  [/\bwhen\b|\b(what|which) (years?|dates?|days?|months?|time|decades?|century)\b/g, 'time'],
  [/\bwhere\b|\b(what|which) (country|countries|city|cities|place|places|state|states|region|regions)\b/g, 'place'],
  [
    /\bwho(m|se)?\b|\bwho's\b|\bwhich (person|people|official|officials|leader|leaders)\b|\bwhat(?:'s| is| was| are| were)? the names? of\b/g,
    'person',
  ],
  // "Which Korean official", "which companies": a name, the noun kept in the topic.
  [
    /\bwhich (?=(?:\w+ )?(?:officials?|executives?|ministers?|companies|company|firms?|banks?|countries|country)\b)/g,
    'person',
  ],
  // "Which song", "what TV show": a title; the noun stays in the topic ("the song 'Let It Be'").
  [
    /\b(which|what) (?=(?:(?:hit|tv|new|latest|first|last|debut|theme|title) )?(?:songs?|films?|movies?|books?|shows?|albums?|novels?|plays|series|programmes?|programs?|singles?|tracks?|operas?|musicals?|poems?|paintings?|documentar(?:y|ies)|episodes?)\b)/g,
    'title',
  ],
  [
    /\bwhy\b|\bhow come\b|\bwhat (caused|causes|cause|led to|leads to|prompted|triggered|was behind|is behind|drove|drives)\b|\bwhat (is|was|were|are) the (reasons?|causes?) (for|of|behind)\b|\bfor what reason\b/g,
    'reason',
  ],
  // "What fine did the jury want", "what were CGCT's losses": money, named by its noun, which stays
  // in the topic. After every other frame: at the same place, the earlier pattern wins.
  [
    /\bwhat(?:'s| is| was| are| were)?(?: the)? (?=(?:[\w'-]+ ){0,2}(?:fines?|fares?|salar(?:y|ies)|wages?|bonus(?:es)?|compensation|rewards?|ransoms?|losses|profits?|revenues?|surplus(?:es)?|deficits?|earnings|budgets?)\b)/g,
    'money',
  ],
  // "What does the coffee cost now", "what was Gary Ross paid": money, asked by the verb.
  [
    /^\s*what(?=(?:'s| is| was| are| were| does| did| do| would| will)\b.*\b(?:cost|costs|paid|paying|worth|earns?|earned|earning)\b)/g,
    'money',
  ],
];

// A number asked about money or a share wants that kind of number: "how much did they pay" is
// not answered by "a 3.2 pct fall".
const MONEY_WORDS =
  /\b(price[sd]?|costs?|pa(y|id|ys|ying)|payments?|fees?|fares?|tickets?|rents?|charge[sd]?|salar(y|ies)|wages?|bonus(es)?|fine[sd]?|bills?|compensation|earn(s|ed|ings)?|revenues?|profits?|loss(es)?|spen[dt]|spending|worth|value[sd]?|income|dividends?|budget|debts?|loans?|dollars?|dlrs?|pounds|euros|money|cash)\b/;
// "How much of Radiocor does Olivetti own": a share of it.
const PERCENT_WORDS =
  /\b(percent(age)?|pct|proportion|fraction|share of|what share)\b|\bhow much of\b.*\b(own|owns|owned|hold|holds|held|control|controls)\b/;
/** An auxiliary opening a question that has no question word: it asks yes or no. */
const YES_NO =
  /^\s*(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(n't|n’t| not)?\b/i;

// "How did India respond to the offer": a reaction ("India rejected it"); the verb only frames.
const REACTION =
  /^\s*how (?:did|does|do|has|have|will|would|could|might) (?:[^\s?]+ ){1,6}?(respond(?:ed)?|react(?:ed)?|repl(?:y|ied)|take|took|receive[d]?|greet(?:ed)?)\b/i;

export function questionFrame(typed: string, wideFrames = false): QuestionFrame {
  // Chat spelling: "whats the price" is "what's the price" (else "whats" is searched as a word).
  const question = typed.replace(/\b(what|who|where)s\b/gi, "$1's");
  const reaction = REACTION.exec(question);
  if (reaction) {
    const verbAt = reaction.index + reaction[0].length - reaction[1]!.length;
    return {
      answerType: 'reaction',
      topic: `${question.slice(0, verbAt)} ${question.slice(reaction.index + reaction[0].length)}`.replace(
        /^\s*how\b/i,
        ' ',
      ),
    };
  }
  const frame = leadingFrame(question, wideFrames);
  if (frame.answerType === null && YES_NO.test(question)) return { ...frame, answerType: 'yesno' };
  const lower = question.toLowerCase();
  if (frame.answerType === 'measure') return distanceFrame(frame, lower);
  if (frame.answerType !== 'number') return frame;
  if (PERCENT_WORDS.test(lower)) return { ...frame, answerType: 'percent' };
  if (/\bhow much\b/.test(lower) && MONEY_WORDS.test(lower)) return { ...frame, answerType: 'money' };
  if (/\bwhat\b/.test(lower) && /\b(price|cost|fee|value|worth)s?\b/.test(lower))
    return { ...frame, answerType: 'money' };
  return frame;
}

/** The nouns of the frames that measure a distance or a size in space: `how far`, `how deep`, `how tall`. */
const DISTANCE_NOUNS = new Set(['distance', 'depth', 'height', 'width']);
/**
 * What can go far, high or deep without being a length: a price, a share, a rate, a count ("how
 * far did skybridge's share price drop", "how high is unemployment", "how close was the vote").
 */
const NOT_IN_SPACE =
  /\b(prices?|shares?|stocks?|markets?|rates?|index|indices|values?|sales|profits?|earnings|losses?|inflation|unemployment|jobless|temperatures?|costs?|bills?|fees?|fares?|rents?|debts?|deficits?|surplus(es)?|pay|wages?|salar(y|ies)|bids?|offers?|scores?|votes?|polls?|ratings?|numbers?|figures?|levels?|totals?|amounts?|percent(age)?|pct|tax(es)?|demand|supply|output|growth|spending|budgets?|tolls?)\b|%/;

/**
 * "How far did the climber plunge", "how deep was the quake", "how close did they get": a length,
 * a number with a unit of length (`fell about 2,000 feet`, `at a depth of 10 km`, `within 80m`),
 * which a sentence's other numbers do not answer (`a 9.1-magnitude quake`); the measure's noun is
 * kept. Not where the question measures a price, a rate or a count that moves.
 */
function distanceFrame(frame: QuestionFrame, lower: string): QuestionFrame {
  if (frame.measure === undefined || !DISTANCE_NOUNS.has(frame.measure) || NOT_IN_SPACE.test(lower)) return frame;
  return { ...frame, answerType: 'length' };
}

/** A question word before it that no frame pattern reads ("what is the nickname…", "how did…", "X references what two…"). */
const QUESTION_WORD = /\b(what|which|how)\b/;
/** After a leading "when" or "where" clause, the question proper: "When the lamas were invited, who did they send?" */
const CLAUSE_THEN_QUESTION = /, (?=(?:who|whom|whose|what|which|where|when|how|why)\b)/;
/** A verb of saying or knowing just before an embedded "when" or "where": it asks ("did he say when"). */
const SAYING_BEFORE =
  /\b(?:say|says|said|tell|tells|told|know|knows|knew|announce[sd]?|reveal(?:s|ed)?|explain(?:s|ed)?|ask(?:s|ed)?|decide[sd]?|confirm(?:s|ed)?|indicate[sd]?|specif(?:y|ies|ied)|mention(?:s|ed)?|disclose[sd]?|sa(?:y|id) exactly)\s+$/;
/** A relative clause follows a noun ("the bank where"), not a joining word ("and by when"). */
const AFTER_NOUN = /\b(?!(?:and|or|but|by|since|until|till|from|to|of)\s+$)[a-z']+\s+$/;

function leadingFrame(question: string, wideFrames = false): QuestionFrame {
  const text = question.replace(/[\u2018\u2019]/g, "'");
  const lower = text.toLowerCase();
  let best: { index: number; length: number; answerType: AnswerType } | null = null;
  for (const [pattern, answerType] of PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(lower);
    if (match && (best === null || match.index < best.index))
      best = { index: match.index, length: match[0].length, answerType };
  }
  if (wideFrames)
    for (const [pattern, answerType] of WIDE_FRAMES) {
      pattern.lastIndex = 0;
      const match = pattern.exec(lower);
      if (match && (best === null || match.index < best.index))
        best = { index: match.index, length: match[0].length, answerType };
    }
  if (best === null) return { answerType: null, topic: text };
  // "When the lamas received an invite, who did they send?": a leading clause, then the question.
  if (best.index === 0 && /^(where|when)$/.test(lower.slice(0, best.length))) {
    const comma = CLAUSE_THEN_QUESTION.exec(lower);
    if (comma) {
      const rest = leadingFrame(text.slice(comma.index + 2), wideFrames);
      if (rest.answerType !== null)
        return {
          ...rest,
          topic: `${text.slice(0, comma.index + 2)}${rest.topic}`,
          ...(rest.countedAt === undefined ? {} : { countedAt: rest.countedAt + comma.index + 2 }),
        };
    }
  }
  // "How did the fire start at the bank where three workers died": after a question word of its
  // own, a bare "where" or "when" after a noun opens a relative clause; it asks nothing. So does
  // one in a question that opens with an auxiliary ("did anybody get hurt when the church
  // burned": yes or no), but after a verb of saying or knowing ("did he say when…"), which asks.
  if (
    /^(where|when)$/.test(lower.slice(best.index, best.index + best.length)) &&
    (QUESTION_WORD.test(lower.slice(0, best.index)) ||
      (YES_NO.test(lower) && !SAYING_BEFORE.test(lower.slice(0, best.index)))) &&
    AFTER_NOUN.test(lower.slice(0, best.index))
  )
    return { answerType: null, topic: text };
  const topic = `${text.slice(0, best.index)} ${text.slice(best.index + best.length)}`;
  // "How many dams": the count's noun follows the phrase; "how many people" named it in the phrase.
  const phrase = lower.slice(best.index, best.index + best.length);
  if (/^how many$/.test(phrase)) return { answerType: best.answerType, topic, countedAt: best.index + 1 };
  // "how deep", "how often", a length's "how long" (not a duration's): what is measured.
  const measured = /^how (\w+)$/.exec(phrase)?.[1];
  const measure = measured === undefined || best.answerType === 'duration' ? undefined : MEASURE_NOUNS[measured];
  return measure === undefined
    ? { answerType: best.answerType, topic }
    : { answerType: best.answerType, topic, measure };
}

/**
 * Whether the question asks for a kind of token, whose absence may tell that the corpus does not
 * answer it. A reason, a reaction or a yes or no is said in words, not in one kind of token.
 */
export function asksForToken(answerType: AnswerType | null): boolean {
  return answerType !== null && answerType !== 'reason' && answerType !== 'reaction' && answerType !== 'yesno';
}

/**
 * Words of a yes/no question that tell when or how surely the asked fact holds, not the fact
 * itself: `going to` before a word (the future: "are the red sox going to sign teixeira", whose
 * answer says `will sign` or `agreed to`; read by its spelling, so `going to Washington` would
 * lose its verb too, as "When is Nakasone going to Washington?" does for every question type:
 * hence yes/no questions only), `gonna`, and adverbs of time and certainty the analyzer
 * keeps as terms ("has anything actually moved", "did the judge give orozco the death penalty in
 * the end", "are fewer fish being landed these days"). The answer rarely repeats them (`now`,
 * `still`, `ever`, `already` are stop words already); searched, they make any sentence with `go`
 * or `end` look like the asked fact (RankParams.yesNoStateWords).
 */
const STATE_WORDS =
  /\b(?:going to(?= \w)|gonna|actually|really|definitely|certainly|currently|eventually|finally|in the end|these days|nowadays|anymore|any longer|at the moment|as well)\b/gi;

/** A yes/no question's topic without its words of time and certainty (STATE_WORDS). */
export function withoutStateWords(topic: string): string {
  return topic.replace(STATE_WORDS, ' ');
}

/** The two parts of a yes/no question: "Does [Comcast] [block Tor]?", as index terms. */
export interface YesNoRoles {
  readonly subject: readonly string[];
  readonly predicate: readonly string[];
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Parts of speech a subject is made of; after its first noun, anything else starts the predicate. */
const IN_SUBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'PART', 'X', 'SYM']);

/** Words opening a clause that sets the scene of a yes/no question's fact ("when the church burned"), not part of it. */
const CLAUSE_OPENERS = new Set([
  'when',
  'whenever',
  'after',
  'before',
  'because',
  'while',
  'since',
  'until',
  'if',
  'during',
]);

/**
 * The subject (the noun phrase after the opening auxiliary) and the predicate (what is asked of
 * it) of a yes/no question, read from the analyzed question: "Is [the PM] [ok]?", "does
 * [yeutter] [still think congress is protectionist]". With `endAtClause` (RankParams.yesNoClause), a clause
 * that sets the scene ("when comeaux escaped") ends both parts: its words are searched, not asked.
 */
export function yesNoRoles(sentences: readonly AnalyzedSentence[], endAtClause = false): YesNoRoles {
  const subject: string[] = [];
  const predicate: string[] = [];
  let first = true;
  let seenNominal = false;
  let inSubject = true;
  for (const sentence of sentences) {
    const a = sentence.arrays;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const pos = a.pos[i]!;
      // "did the guards get hurt [when comeaux escaped]": the clause tells when, it is not asked.
      if (endAtClause && !first && CLAUSE_OPENERS.has(a.normals[i]!)) return { subject, predicate };
      // The opening auxiliary and its negation ("Doesn't", "Is ... not") belong to neither part.
      if (first && (pos === 'AUX' || pos === 'VERB')) {
        first = false;
        continue;
      }
      first = false;
      if (inSubject && pos === 'PART' && a.normals[i] !== "'s") continue;
      if (inSubject && (!IN_SUBJECT.has(pos) || (seenNominal && pos === 'ADJ'))) inSubject = false;
      if (NOMINAL.has(pos)) seenNominal = true;
      const term = a.terms[i];
      if (term === null || term === undefined) continue;
      (inSubject ? subject : predicate).push(term);
    }
  }
  return { subject, predicate };
}
