/**
 * Shorthand: the abbreviations and informal words readers type for what news articles spell out
 * ("MPs in DC" for "parliamentary delegation in Washington", "cops" for "police"). WordNet knows
 * few of them, or only under a first sense that is something else ("pot", "weed"). Each maps to the
 * words an article would use; a question word found here is expanded with them like a WordNet
 * paraphrase (./paraphrase.ts): down-weighted, and only where the corpus uses them. Lower case keys;
 * a question word is looked up lower-cased, so "US" and "us" are told apart by `caseSensitive`.
 */

/** Shorthand looked up whatever its case in the question. */
const ANY_CASE: Readonly<Record<string, readonly string[]>> = {
  cop: ['police', 'officer', 'policeman'],
  cops: ['police', 'officers', 'policemen'],
  feds: ['federal', 'authorities'],
  mp: ['parliament', 'parliamentary', 'lawmaker', 'legislator'],
  mps: ['parliament', 'parliamentary', 'lawmakers', 'legislators'],
  mep: ['european', 'parliament', 'lawmaker'],
  meps: ['european', 'parliament', 'lawmakers'],
  pm: ['prime', 'minister', 'premier'],
  govt: ['government'],
  gov: ['government', 'governor'],
  dept: ['department'],
  admin: ['administration'],
  exec: ['executive'],
  execs: ['executives'],
  ceo: ['chief', 'executive'],
  cfo: ['chief', 'financial', 'officer'],
  biz: ['business'],
  econ: ['economy', 'economic'],
  intl: ['international'],
  natl: ['national'],
  weed: ['marijuana', 'cannabis'],
  pot: ['marijuana', 'cannabis'],
  meds: ['medication', 'medicine', 'drugs'],
  docs: ['doctors', 'documents'],
  vets: ['veterans', 'veterinarians'],
  kids: ['children'],
  kid: ['child'],
  cash: ['money'],
  nuke: ['nuclear'],
  nukes: ['nuclear', 'weapons'],
  troops: ['soldiers', 'forces'],
  pols: ['politicians'],
  dems: ['democrats'],
  gop: ['republican', 'republicans'],
  reps: ['representatives'],
  rep: ['representative'],
  sen: ['senator'],
  uni: ['university'],
  tv: ['television'],
  ad: ['advertisement', 'advertising'],
  ads: ['advertisements', 'advertising'],
  cig: ['cigarette'],
  cigs: ['cigarettes'],
  bn: ['billion'],
  mln: ['million'],
  pct: ['percent'],
  dc: ['washington'],
  nyc: ['new', 'york'],
  uk: ['britain', 'british', 'kingdom'],
  eu: ['european', 'union'],
  un: ['united', 'nations'],
  nato: ['alliance'],
  opec: ['oil', 'exporting'],
  imf: ['international', 'monetary', 'fund'],
  fed: ['federal', 'reserve'],
  rcmp: ['mounties', 'police'],
  mounties: ['rcmp', 'police'],
  // Everyday informal words for people and things news names formally (`the RAF chopper`, `were the dad and son ok`).
  chopper: ['helicopter'],
  choppers: ['helicopters'],
  dad: ['father'],
  dads: ['fathers'],
  mum: ['mother'],
  mom: ['mother'],
  mums: ['mothers'],
  moms: ['mothers'],
  hubby: ['husband'],
  telly: ['television'],
  bloke: ['man'],
  blokes: ['men'],
  quid: ['pounds'],
  footy: ['football'],
  fest: ['festival'],
  gig: ['concert'],
  gigs: ['concerts'],
  cab: ['taxi'],
  cabs: ['taxis'],
  pic: ['picture', 'photograph'],
  pics: ['pictures', 'photographs'],
  vid: ['video'],
  vids: ['videos'],
};

/** Shorthand that is an ordinary word in lower case ("us", "la"): only as typed in capitals. */
const UPPER_CASE: Readonly<Record<string, readonly string[]>> = {
  US: ['united', 'states', 'american', 'america', 'washington'],
  USA: ['united', 'states', 'american', 'america'],
  LA: ['los', 'angeles'],
  AG: ['attorney', 'general'],
};

/**
 * The tables as maps: an object's lookup of a question word found its prototype's members too
 * ("who was the constructor of the tower" got Object's constructor, and the search threw), and a
 * word that is no key walked the prototype chain at every question word.
 */
const ANY_CASE_WORDS = new Map(Object.entries(ANY_CASE));
const UPPER_CASE_WORDS = new Map(Object.entries(UPPER_CASE));
const NO_WORDS: readonly string[] = [];

/** The words an article would use for `word` as typed, or none. */
export function shorthandFor(word: string): readonly string[] {
  return UPPER_CASE_WORDS.get(word) ?? ANY_CASE_WORDS.get(word.toLowerCase()) ?? NO_WORDS;
}
